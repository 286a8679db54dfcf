import { createCipheriv, createHash } from 'node:crypto';
import type { OpenData } from '../../contract/index.js';
import type { Persona } from './registry.js';

/** The grey default avatar every anonymised profile carries, the same string in every capture (ML§3.2). */
export const GREY_AVATAR =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132';

/** What goes into one piece of open data besides the persona. */
export interface OpenDataSubject {
  readonly appid: string;
  readonly openid: string;
  /** null when the mini-program is bound to no Open Platform account. */
  readonly unionid: string | null;
  /** The live session_key, base64 (ML§2.1). */
  readonly sessionKey: string;
  /** The watermark's timestamp, Unix seconds of the mock clock. */
  readonly timestamp: number;
  /** 16 random bytes. */
  readonly iv: Buffer;
}

/**
 * The userInfo of wx.getUserProfile in the order of the official sample (ML§3.1): anonymised since 2022-11
 * (微信用户, the grey avatar, gender 0, empty strings; ML§3.2), or the persona's own profile, with its
 * English region, for a `legacy` persona.
 */
function userInfo(persona: Persona) {
  if (persona.profile !== 'legacy') {
    return {
      nickName: '微信用户',
      gender: 0,
      language: '',
      city: '',
      province: '',
      country: '',
      avatarUrl: GREY_AVATAR,
    };
  }
  const region = persona.region.en ?? { city: '', province: '', country: '' };
  return {
    nickName: persona.nickname,
    gender: persona.sex,
    language: persona.language,
    city: region.city,
    province: region.province,
    country: region.country,
    avatarUrl: persona.headimgurl,
  };
}

/**
 * The open data a mini-program hands its server (ML§3.1): `rawData`, `signature = sha1(rawData +
 * session_key)`, and `encryptedData`, AES-128-CBC/PKCS#7 keyed with the decoded session_key, of the JSON
 * with `openId`, the profile, `unionId` (bound mini-programs) and `watermark {timestamp, appid}`: camelCase
 * keys and unescaped slashes, unlike jscode2session.
 */
export function makeOpenData(persona: Persona, subject: OpenDataSubject): OpenData {
  const info = userInfo(persona);
  const rawData = JSON.stringify(info);
  const full = {
    openId: subject.openid,
    ...info,
    ...(subject.unionid === null ? {} : { unionId: subject.unionid }),
    watermark: { timestamp: subject.timestamp, appid: subject.appid },
  };
  const cipher = createCipheriv('aes-128-cbc', Buffer.from(subject.sessionKey, 'base64'), subject.iv);
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(full), 'utf8'), cipher.final()]);
  return {
    rawData,
    signature: createHash('sha1')
      .update(rawData + subject.sessionKey, 'utf8')
      .digest('hex'),
    encryptedData: encrypted.toString('base64'),
    iv: subject.iv.toString('base64'),
  };
}
