import type { PhoneInfo } from '../../contract/index.js';
import type { PersonaPhone } from '../config/mock-config.js';

/**
 * A phone number as WeChat gives it (ML§4.2), keys in WeChat's order, the same object in getuserphonenumber's
 * `phone_info` and in the old encryptedData. For +86, phoneNumber equals purePhoneNumber; other numbers carry
 * their country code ("国外手机号会有区号"), written `+<code><number>` here, a form nobody captured (ML§10).
 */
export function phoneInfo(phone: PersonaPhone, timestampMs: number, appid: string): PhoneInfo {
  return {
    phoneNumber: phone.countryCode === '86' ? phone.number : `+${phone.countryCode}${phone.number}`,
    purePhoneNumber: phone.number,
    countryCode: phone.countryCode,
    watermark: { timestamp: Math.floor(timestampMs / 1000), appid },
  };
}
