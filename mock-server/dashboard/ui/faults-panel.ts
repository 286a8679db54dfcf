import { FAULT_EFFECT_TYPES, SNS_ENDPOINTS } from '../../../contract/generated/control-enums.js';
import { errmsgs } from '../../../contract/generated/errcodes.js';
import type { Fault, FaultEffect, FaultInput, FaultMatch } from '../../../contract/index.js';
import { button, field, h, input, replace, select } from './dom.js';
import type { Store } from './store.js';

/** One line saying what a fault does. */
export function describeEffect(effect: FaultEffect): string {
  switch (effect.type) {
    case 'errcode':
      return `errcode ${effect.errcode}${effect.errmsg === undefined ? '' : ` "${effect.errmsg}"`}`;
    case 'http-status':
      return `HTTP ${effect.status}`;
    case 'delay':
      return `delay ${effect.ms} ms`;
    case 'truncated-body':
      return `truncated body${effect.bytes === undefined ? '' : ` (${effect.bytes} bytes)`}`;
    case 'non-json-body':
      return 'non-JSON body';
    case 'content-type':
      return `Content-Type ${effect.contentType}`;
    case 'drop-connection':
      return 'drop connection';
  }
}

/** Faults: a form with the seven effects, their scope (endpoint, app, persona, nth) and counts; the list with what fired. */
export function faultsPanel(store: Store): HTMLElement {
  const { t, api } = store;
  const any = (): [string, string] => ['', t('any')];
  const endpoint = select('endpoint', [any(), ...SNS_ENDPOINTS.map((p): [string, string] => [p, p])]);
  const appid = select('appid', [any()]);
  const persona = select('persona', [any()]);
  const nth = input('nth', '1', { type: 'number', min: 1 });
  const type = select(
    'type',
    FAULT_EFFECT_TYPES.map((e): [string, string] => [e, e]),
  );
  const errcode = select(
    'errcode',
    Object.entries(errmsgs).map(([code, msg]): [string, string] => [code, `${code} ${msg}`]),
    '-1',
  );
  const errmsg = input('errmsg');
  const status = input('status', '502', { type: 'number', min: 100, max: 599 });
  const ms = input('ms', '3000', { type: 'number', min: 0, max: 120000 });
  const bytes = input('bytes', '', { type: 'number', min: 0 });
  const body = input('body');
  const contentType = input('contentType', 'text/html; charset=gbk');
  const times = input('times', '1');
  const probability = input('probability', '1', { type: 'number', min: 0, max: 1, step: 'any' });
  const seed = input('seed');
  const params: Record<FaultEffect['type'], HTMLElement[]> = {
    errcode: [field(t('errcode'), errcode), field(t('errmsg'), errmsg)],
    'http-status': [field(t('httpStatus'), status), field(t('body'), body), field(t('contentType'), contentType)],
    delay: [field(t('delayMs'), ms)],
    'drop-connection': [],
    'truncated-body': [field(t('bytes'), bytes, t('optional'))],
    'non-json-body': [field(t('body'), body), field(t('contentType'), contentType)],
    'content-type': [field(t('contentType'), contentType)],
  };
  const paramBox = h('div', { class: 'row-fields' });
  const showParams = () => replace(paramBox, ...params[type.value as FaultEffect['type']]);
  type.addEventListener('change', showParams);
  showParams();

  const effect = (): FaultEffect => {
    const optional = (name: string, control: HTMLInputElement) =>
      control.value === '' ? {} : { [name]: control.value };
    switch (type.value as FaultEffect['type']) {
      case 'errcode':
        return { type: 'errcode', errcode: Number(errcode.value) as never, ...optional('errmsg', errmsg) };
      case 'http-status':
        return {
          type: 'http-status',
          status: Number(status.value),
          ...optional('body', body),
          ...optional('contentType', contentType),
        };
      case 'delay':
        return { type: 'delay', ms: Number(ms.value) };
      case 'truncated-body':
        return bytes.value === '' ? { type: 'truncated-body' } : { type: 'truncated-body', bytes: Number(bytes.value) };
      case 'non-json-body':
        return { type: 'non-json-body', ...optional('body', body), ...optional('contentType', contentType) };
      case 'content-type':
        return { type: 'content-type', contentType: contentType.value };
      default:
        return { type: 'drop-connection' };
    }
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const match: FaultMatch = { nth: Number(nth.value) || 1 };
    if (endpoint.value !== '') match.endpoint = endpoint.value as FaultMatch['endpoint'] & string;
    if (appid.value !== '') match.appid = appid.value;
    if (persona.value !== '') match.persona = persona.value;
    const fault: FaultInput = {
      match,
      effect: effect(),
      times: times.value.trim() === 'always' ? 'always' : Number(times.value),
      probability: Number(probability.value),
    };
    if (seed.value !== '') fault.seed = seed.value;
    void store.act(() => api('POST', '/faults', fault), 'faults');
  };

  const table = h('div');
  const draw = () => {
    if (store.faults.length === 0) {
      replace(table, h('p', { class: 'muted' }, t('none')));
      return;
    }
    const row = (f: Fault) =>
      h(
        'tr',
        { class: f.fired > 0 ? 'fired' : '' },
        h('td', { class: 'mono id' }, f.id),
        h(
          'td',
          {},
          [f.match.endpoint ?? t('any'), f.match.appid ?? '', f.match.persona ?? '', `nth ${f.match.nth}`]
            .filter((s) => s !== '')
            .join(' · '),
        ),
        h('td', {}, describeEffect(f.effect)),
        h(
          'td',
          {},
          `${t('matched')} ${f.matched} · ${t('fired')} ${f.fired}${f.fired > 0 ? ' ⚡' : ''} · ${t('remaining')} ${f.remaining ?? '∞'}`,
        ),
        h(
          'td',
          {},
          button(t('delete'), () => store.act(() => api('DELETE', `/faults/${encodeURIComponent(f.id)}`), 'faults'), {
            class: 'danger',
            'aria-label': `${t('delete')} ${f.id}`,
          }),
        ),
      );
    replace(
      table,
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['id', t('endpoint'), t('effect'), t('firedColumn'), ''].map((c) =>
              h('th', { attrs: { scope: 'col' } }, c),
            ),
          ),
        ),
        h('tbody', {}, ...store.faults.map(row)),
      ),
    );
  };
  store.on('faults', draw);
  const fillChoices = () => {
    replace(
      appid,
      ...[any(), ...store.apps.map((a): [string, string] => [a.appid, `${a.name} (${a.appid})`])].map(([v, l]) =>
        h('option', { attrs: { value: v } }, l),
      ),
    );
    replace(
      persona,
      ...[any(), ...store.personas.map((p): [string, string] => [p.key, `${p.nickname} (${p.key})`])].map(([v, l]) =>
        h('option', { attrs: { value: v } }, l),
      ),
    );
  };
  store.on('apps', fillChoices);
  store.on('personas', fillChoices);
  fillChoices();

  return h(
    'div',
    {},
    h(
      'form',
      { class: 'editor', attrs: { 'aria-label': t('addFault') }, on: { submit } },
      h(
        'div',
        { class: 'row-fields' },
        field(t('endpoint'), endpoint),
        field(t('app'), appid),
        field(t('persona'), persona),
        field(t('nth'), nth),
      ),
      h('div', { class: 'row-fields' }, field(t('effect'), type), paramBox),
      h(
        'div',
        { class: 'row-fields' },
        field(t('times'), times),
        field(t('probability'), probability),
        field(t('seed'), seed, t('optional')),
      ),
      h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' }, class: 'primary' }, t('addFault'))),
    ),
    table,
  );
}
