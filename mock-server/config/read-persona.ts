import { USERINFO_LANGS, type UserinfoLang } from '../../contract/index.js';
import { deriveHeadimgurl } from '../core/identifiers.js';
import { join, type Reader, show } from './config-reader.js';
import type { PersonaConfig, ProfileEra, Region, Sex } from './mock-config.js';

const PROFILES: readonly ProfileEra[] = ['current', 'legacy'];

function readRegion(r: Reader, raw: unknown, path: string): Region {
  const o = r.object(raw, path, ['country', 'province', 'city']);
  return {
    country: r.string(o.country, join(path, 'country'), ''),
    province: r.string(o.province, join(path, 'province'), ''),
    city: r.string(o.city, join(path, 'city'), ''),
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
  };
}
