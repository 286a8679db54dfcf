import { USERINFO_LANGS, type UserinfoLang } from '../../contract/index.js';
import { deriveHeadimgurl } from '../core/identifiers.js';
import { join, type Reader, show } from './config-reader.js';
import type { PersonaConfig, PersonaPhone, ProfileEra, Region, Sex } from './mock-config.js';

const PROFILES: readonly ProfileEra[] = ['current', 'legacy'];

function readRegion(r: Reader, raw: unknown, path: string): Region {
  const o = r.object(raw, path, ['country', 'province', 'city']);
  return {
    country: r.string(o.country, join(path, 'country'), ''),
    province: r.string(o.province, join(path, 'province'), ''),
    city: r.string(o.city, join(path, 'city'), ''),
  };
}

/** A phone number: `{ number, countryCode? }` (country code 86 by default), or null for none (ML§4). */
export function readPhone(r: Reader, raw: unknown, path: string): PersonaPhone | null {
  if (raw === undefined || raw === null) return null;
  const o = r.object(raw, path, ['countryCode', 'number']);
  return {
    countryCode: r.string(o.countryCode, join(path, 'countryCode'), '86', {
      pattern: /^[1-9][0-9]{0,3}$/,
      expected: 'a country calling code of 1 to 4 digits without "+"',
    }),
    number: r.string(o.number, join(path, 'number'), '', { pattern: /^[0-9]{4,15}$/, expected: '4 to 15 digits' }),
  };
}

/** A persona from a config file or the control API. */
export function readPersona(r: Reader, raw: unknown, path: string, seed: string): PersonaConfig {
  const o = r.object(raw, path, [
    'key',
    'nickname',
    'sex',
    'language',
    'avatar',
    'headimgurl',
    'privilege',
    'profile',
    'region',
    'phone',
  ]);
  const key = r.requiredString(o.key, join(path, 'key'));
  if (key && !/^[A-Za-z0-9_-]{1,64}$/.test(key)) {
    r.fail(join(path, 'key'), `expected 1 to 64 characters of A-Z, a-z, 0-9, _ or -, got ${show(key)}`);
  }
  const hasAvatar = r.boolean(o.avatar, join(path, 'avatar'), true);
  const headimgurl = r.string(o.headimgurl, join(path, 'headimgurl'), hasAvatar ? deriveHeadimgurl(seed, key) : '');
  const privilegePath = join(path, 'privilege');
  const privilege = o.privilege === undefined ? [] : r.array(o.privilege, privilegePath);
  const region: Partial<Record<UserinfoLang, Region>> = {};
  if (o.region !== undefined) {
    const regions = r.object(o.region, join(path, 'region'), USERINFO_LANGS);
    for (const lang of USERINFO_LANGS) {
      if (regions[lang] !== undefined) region[lang] = readRegion(r, regions[lang], join(join(path, 'region'), lang));
    }
  }
  return {
    key,
    nickname: r.requiredString(o.nickname, join(path, 'nickname')),
    sex: r.oneOf<Sex>(o.sex, join(path, 'sex'), [0, 1, 2], 0),
    language: r.string(o.language, join(path, 'language'), 'zh_CN'),
    headimgurl,
    privilege: privilege.map((p, index) => r.requiredString(p, join(privilegePath, index))),
    profile: r.oneOf(o.profile, join(path, 'profile'), PROFILES, 'current'),
    region,
    phone: readPhone(r, o.phone, join(path, 'phone')),
  };
}
