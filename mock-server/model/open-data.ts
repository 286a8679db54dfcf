import { createCipheriv, createHash } from 'node:crypto';
import type { OpenData, PhoneInfo, PhoneOpenData } from '../../contract/index.js';
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
  return {
    rawData,
    signature: createHash('sha1')
      .update(rawData + subject.sessionKey, 'utf8')
      .digest('hex'),
    ...encrypt(full, subject.sessionKey, subject.iv),
  };
}

/** The old getPhoneNumber's encryptedData (ML§4.2): the phone_info object alone, encrypted as profiles are. */
export function makePhoneOpenData(info: PhoneInfo, sessionKey: string, iv: Buffer): PhoneOpenData {
  return encrypt(info, sessionKey, iv);
}

/** AES-128-CBC/PKCS#7 of the JSON, keyed with the decoded session_key (ML§3.1); both parts base64. */
function encrypt(value: object, sessionKey: string, iv: Buffer): { encryptedData: string; iv: string } {
  const cipher = createCipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), iv);
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { encryptedData: encrypted.toString('base64'), iv: iv.toString('base64') };
}
