import { createDecipheriv, createHash, timingSafeEqual } from 'node:crypto';

/** The user data a mini-program's open-data API encrypts, with its watermark (ML§3.1). */
export interface DecryptedOpenData {
  readonly openId?: string;
  readonly unionId?: string;
  readonly watermark: { readonly timestamp: number; readonly appid: string };
  readonly [field: string]: unknown;
}

/** What a mini-program hands its server from wx.getUserProfile (or another open-data API). */
export interface OpenDataInput {
  readonly encryptedData: string;
  readonly iv: string;
}

/**
 * Decrypts a mini-program's `encryptedData` (ML§3.1): AES-128-CBC with PKCS#7 padding, keyed with the
 * base64-decoded session_key, the base64-decoded `iv`; then checks that the watermark names `appid`, as
 * WeChat asks servers to. Throws when the key is not the live one (the padding or the JSON is wrong) or the
 * data is another app's.
 */
export function decryptOpenData(data: OpenDataInput, sessionKey: string, appid: string): DecryptedOpenData {
  let parsed: unknown;
  try {
    const decipher = createDecipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), Buffer.from(data.iv, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(data.encryptedData, 'base64')), decipher.final()]);
    parsed = JSON.parse(plain.toString('utf8'));
  } catch {
    throw new Error('the open data does not decrypt with this session_key (a rotated key, or another user’s)');
  }
  const watermark = (parsed as { watermark?: { appid?: unknown } } | null)?.watermark;
  if (watermark?.appid !== appid) {
    throw new Error(`the open data's watermark names ${JSON.stringify(watermark?.appid)}, not ${appid}`);
  }
  return parsed as DecryptedOpenData;
}

/** Whether `signature` is `sha1(rawData + session_key)` (ML§3.1), compared in constant time. */
export function verifyRawData(rawData: string, signature: string, sessionKey: string): boolean {
  const expected = createHash('sha1')
    .update(rawData + sessionKey, 'utf8')
    .digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
