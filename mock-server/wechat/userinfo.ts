import { ErrCode, USERINFO_LANGS, type UserInfoResponse, type UserinfoLang } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { grantsProfile } from '../model/scopes.js';
import { WeChatError } from '../model/wechat-error.js';
import { authorizeToken } from './authorize-token.js';
import type { SnsRequest } from './sns-request.js';

const NO_REGION = { country: '', province: '', city: '' };

/**
 * `GET /sns/userinfo` (reference §5.2). A snsapi_base token answers 48001. The profile has WeChat's
 * key order and its undocumented `language`. Personas in the `current` profile answer as WeChat has since
 * October 2021 (sex 0, empty region and language); `legacy` personas answer the older shape, with the
 * region in the language `lang` asks for (English when absent or unknown, as WeChat defaults).
 */
export function readUserinfo(request: SnsRequest, model: MockModel): UserInfoResponse {
  const grant = authorizeToken(request, model);
  if (!grantsProfile(grant.scope)) throw new WeChatError(ErrCode.ApiUnauthorized);
  // The app and the profile as they are now: an edit over the control plane shows at once, as a user's
  // changed profile does on WeChat (reference §5.2).
  const app = model.registry.app(grant.app.appid) ?? grant.app;
  const persona = model.registry.persona(grant.persona.key) ?? grant.persona;
  const legacy = persona.profile === 'legacy';
  const requested = request.param('lang');
  const lang = (
    requested !== undefined && (USERINFO_LANGS as readonly string[]).includes(requested) ? requested : 'en'
  ) as UserinfoLang;
  const region = legacy ? (persona.region[lang] ?? NO_REGION) : NO_REGION;
  const body: UserInfoResponse = {
    openid: grant.openid,
    nickname: persona.nickname,
    sex: legacy ? persona.sex : 0,
    language: legacy ? persona.language : '',
    city: region.city,
    province: region.province,
    country: region.country,
    headimgurl: persona.headimgurl,
    privilege: [...persona.privilege],
  };
  const unionid = model.registry.unionid(app, persona);
  if (unionid !== null) body.unionid = unionid;
  return body;
}
