// Runs node-webot's wechat-oauth 1.5.0 exactly as it ships (reference §12: it hard-codes
// api.weixin.qq.com) through a login: started with `node --import wechat-oauth-mock/intercept`.
// argv: appid secret code; prints one JSON line with what the client got.
import { promisify } from 'node:util';
import OAuth from 'wechat-oauth';

const [appid, secret, code] = process.argv.slice(2);
const client = new OAuth(appid, secret);
const outcome = (promise) =>
  promise.then(
    (value) => ({ value }),
    (error) => ({ error: { name: error.name, code: error.code, message: error.message } }),
  );

const token = await outcome(promisify(client.getAccessToken.bind(client))(code));
const openid = token.value?.data.openid;
const user = await outcome(promisify(client.getUser.bind(client))({ openid, lang: 'zh_CN' }));
const reused = await outcome(promisify(client.getAccessToken.bind(client))(code));
const invalid = await outcome(promisify(client.getAccessToken.bind(client))('not-a-code'));
process.stdout.write(
  `${JSON.stringify({ token: token.value?.data ?? token.error, user: user.value ?? user.error, reused, invalid })}\n`,
);
