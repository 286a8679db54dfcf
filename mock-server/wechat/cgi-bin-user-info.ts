import {
  ErrCode,
  type FollowerInfoResponse,
  type NotFollowingResponse,
  USERINFO_LANGS,
  type UserinfoLang,
} from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { WeChatError } from '../model/wechat-error.js';
import { requireServerToken } from './server-token-auth.js';
import type { SnsRequest } from './sns-request.js';

const NO_REGION = { country: '', province: '', city: '' };

/**
 * `GET /cgi-bin/user/info` (ML§7): the official account's server token (ADR 0028's check: 41001, 40014,
 * 40001, 42001), an official account's (48001 otherwise, inferred), openid (41009 inferred; 40003 when it is
 * no persona's openid in this account). A follower gets the captured field set, emptied since 2021-12-27 for
 * a `current` persona; a `legacy` persona the older, full profile as on /sns/userinfo. Who does not follow
 * gets openid, unionid and tagid_list only. unionid whenever the account is bound, following or not.
 */
export function readFollowerInfo(request: SnsRequest, model: MockModel): FollowerInfoResponse | NotFollowingResponse {
  const token = requireServerToken(request, model);
  const app = model.registry.app(token.app.appid);
  if (app === undefined || app.kind !== 'official-account') throw new WeChatError(ErrCode.ApiUnauthorized);
  const openid = request.require('openid', ErrCode.MissingOpenid);
  const persona = model.registry.personaByOpenid(app, openid);
  if (persona === undefined) throw new WeChatError(ErrCode.InvalidOpenid);
  const unionid = model.registry.unionid(app, persona);
  const follower = model.registry.follower(app, persona);
  if (follower === undefined) {
    return { subscribe: 0, openid, ...(unionid === null ? {} : { unionid }), tagid_list: [] };
  }
  const legacy = persona.profile === 'legacy';
  const requested = request.param('lang');
  const lang = (
    requested !== undefined && (USERINFO_LANGS as readonly string[]).includes(requested) ? requested : 'en'
  ) as UserinfoLang;
  const region = legacy ? (persona.region[lang] ?? NO_REGION) : NO_REGION;
  return {
    subscribe: 1,
    openid,
    nickname: legacy ? persona.nickname : '',
    sex: legacy ? persona.sex : 0,
    language: persona.language,
    city: region.city,
    province: region.province,
    country: region.country,
    headimgurl: legacy ? persona.headimgurl : '',
    subscribe_time: Date.parse(follower.subscribeTime) / 1000,
    ...(unionid === null ? {} : { unionid }),
    remark: '',
    groupid: 0,
    tagid_list: [],
    subscribe_scene: follower.scene,
    qr_scene: 0,
    qr_scene_str: '',
  };
}
