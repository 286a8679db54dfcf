import { errmsgs, FAULT_EFFECT_TYPES, type FaultEffectType, SNS_ENDPOINTS } from '../../contract/index.js';
import type { FaultEffectSpec, FaultMatchSpec, FaultSpec } from '../model/fault-rules.js';
import { join, type Reader, show } from './config-reader.js';

const ERRCODES = Object.keys(errmsgs).map(Number);
const HEADER_VALUE = { pattern: /^[\x20-\x7e]+$/, expected: 'a header value of printable ASCII' };

function readMatch(r: Reader, raw: unknown, path: string): FaultMatchSpec {
  if (raw === undefined) return { nth: 1 };
  const o = r.object(raw, path, ['endpoint', 'appid', 'persona', 'nth']);
  const endpoint =
    o.endpoint === undefined ? undefined : r.oneOf(o.endpoint, join(path, 'endpoint'), SNS_ENDPOINTS, SNS_ENDPOINTS[0]);
  const appid = o.appid === undefined ? undefined : r.requiredString(o.appid, join(path, 'appid'));
  const persona = o.persona === undefined ? undefined : r.requiredString(o.persona, join(path, 'persona'));
  return {
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(appid === undefined ? {} : { appid }),
    ...(persona === undefined ? {} : { persona }),
    nth: r.integer(o.nth, join(path, 'nth'), 1, 1, 1_000_000_000),
  };
}

function readEffect(r: Reader, raw: unknown, path: string): FaultEffectSpec {
  const type = r.oneOf(
    r.object(raw, path, ['type', 'errcode', 'errmsg', 'status', 'body', 'contentType', 'ms', 'bytes']).type,
    join(path, 'type'),
    FAULT_EFFECT_TYPES,
    'errcode',
  );
  const keysByType: Record<FaultEffectType, string[]> = {
    errcode: ['type', 'errcode', 'errmsg'],
    'http-status': ['type', 'status', 'body', 'contentType'],
    delay: ['type', 'ms'],
    'drop-connection': ['type'],
    'truncated-body': ['type', 'bytes'],
    'non-json-body': ['type', 'body', 'contentType'],
    'content-type': ['type', 'contentType'],
  };
  const o = r.object(raw, path, keysByType[type]);
  const optionalString = (key: string, test?: typeof HEADER_VALUE) =>
    o[key] === undefined ? {} : { [key]: r.string(o[key], join(path, key), '', test) };
  switch (type) {
    case 'errcode': {
      if (!ERRCODES.includes(o.errcode as number)) {
        r.fail(
          join(path, 'errcode'),
          `expected an errcode of the catalogue (${ERRCODES.join(', ')}), got ${show(o.errcode)}`,
        );
      }
      return { type, errcode: o.errcode as number, ...optionalString('errmsg') };
    }
    case 'http-status':
      return {
        type,
        // A 1xx is no final answer: curl and fetch would wait for one until their own timeouts.
        status: r.integer(o.status, join(path, 'status'), 500, 200, 599),
        ...optionalString('body'),
        ...optionalString('contentType', HEADER_VALUE),
      };
    case 'delay':
      if (o.ms === undefined) r.fail(join(path, 'ms'), 'expected a whole number of milliseconds from 0 to 120000');
      return { type, ms: r.integer(o.ms, join(path, 'ms'), 0, 0, 120_000) };
    case 'drop-connection':
      return { type };
    case 'truncated-body':
      return o.bytes === undefined
        ? { type }
        : { type, bytes: r.integer(o.bytes, join(path, 'bytes'), 0, 0, 1_000_000) };
    case 'non-json-body':
      return { type, ...optionalString('body'), ...optionalString('contentType', HEADER_VALUE) };
    case 'content-type':
      return { type, contentType: r.string(o.contentType, join(path, 'contentType'), 'text/html', HEADER_VALUE) };
  }
}

/** A fault rule from a config file or the control API (contract: FaultInput). */
export function readFault(r: Reader, raw: unknown, path: string): FaultSpec {
  const o = r.object(raw, path, ['match', 'effect', 'times', 'probability', 'seed']);
  if (o.effect === undefined) r.fail(join(path, 'effect'), 'expected an effect, e.g. {"type":"errcode","errcode":-1}');
  let times: number | 'always' = 1;
  if (o.times === 'always') times = 'always';
  else times = r.integer(o.times, join(path, 'times'), 1, 1, 1_000_000_000);
  const probability = o.probability ?? 1;
  if (typeof probability !== 'number' || !(probability >= 0 && probability <= 1)) {
    r.fail(join(path, 'probability'), `expected a number from 0 to 1, got ${show(o.probability)}`);
  }
  return {
    match: readMatch(r, o.match, join(path, 'match')),
    effect: o.effect === undefined ? { type: 'drop-connection' } : readEffect(r, o.effect, join(path, 'effect')),
    times,
    probability: typeof probability === 'number' ? probability : 1,
    ...(o.seed === undefined ? {} : { seed: r.requiredString(o.seed, join(path, 'seed')) }),
  };
}
