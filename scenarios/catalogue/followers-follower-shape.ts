import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, serverTokenParams } from './wechat-expect.js';

export default {
  id: 'followers.follower-shape',
  title:
    'user/info answers a follower with subscribe 1 and the profile keys kept but emptied since 2021-12-27, then subscribe_time, unionid, remark, groupid, tagid_list, subscribe_scene, qr_scene and qr_scene_str',
  reference: 'ML§7',
  evidence: 'captured',
  needs: ['fresh-code', 'official-account', 'control'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    await t.follow();
    const token = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.officialAccount)));
    const query = { access_token: token.access_token as string, openid: grant.openid, lang: 'zh_CN' };
    const body = expectSuccess(await t.sns('/cgi-bin/user/info', query));
    assert.deepEqual(Object.keys(body), [
      'subscribe',
      'openid',
      'nickname',
      'sex',
      'language',
      'city',
      'province',
      'country',
      'headimgurl',
      'subscribe_time',
      'unionid',
      'remark',
      'groupid',
      'tagid_list',
      'subscribe_scene',
      'qr_scene',
      'qr_scene_str',
    ]);
    assert.equal(body.subscribe, 1);
    assert.equal(body.unionid, grant.unionid);
    assert.deepEqual([body.nickname, body.sex, body.headimgurl, body.city], ['', 0, '', '']);
    assert.equal(typeof body.subscribe_time, 'number');
    assert.match(String(body.subscribe_scene), /^ADD_SCENE_[A-Z_]+$/);
  },
} satisfies Scenario;
