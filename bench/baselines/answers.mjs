// Fixed answers shaped like the mock's (same keys, same sizes within a few bytes), so that the load
// and start-up probes of the bench run unchanged against the baselines.

const USERINFO =
  '{"openid":"o2bL2Ajsjp0ViDWO6RXs7n8axasQ","nickname":"张三","sex":0,"language":"","city":"","province":"",' +
  '"country":"","headimgurl":"https:\\/\\/thirdwx.qlogo.cn\\/mmopen\\/vi_32\\/g86iC5POI7RpZth9eNJCmx7rN2Dl59qQHSfpuX' +
  'qP2egVL8WYqS1i-qW4-bwx5cjR73AEpqM1FCHEIsHo3RfSXI\\/132","privilege":[],"unionid":"o_kagFpSv__n9PblYD9KWkX-vs9f"}';

const ACCESS_TOKEN =
  '{"access_token":"86_XN6QGDpNOO15YCba9_9dpVf61tGn18B4t6EcP0bBwTf5Jb_5UOeKKWhHtqakOXKjrZzIRcpJKS2TzGzjL8eVWnzWm9_' +
  'UwQnrWp4J-fpPQcq","expires_in":7200,"refresh_token":"86_VUoTDSmkBZ2DZGkDav-l6jr_jENCXCzMGUAJw2nQlA6b2GSz_bqw5m_2' +
  'v_vrpnl4nKLBh6H50VNJb234L2MeTyzEFYvxItikyc7Y-8xOpN0","openid":"o2bL2Ajsjp0ViDWO6RXs7n8axasQ","scope":"snsapi_lo' +
  'gin","unionid":"o_kagFpSv__n9PblYD9KWkX-vs9f"}';

const HEALTH = '{"status":"ok","service":"wechat-oauth-mock"}';

const answer = (body, contentType) => ({ body, contentType, length: Buffer.byteLength(body) });
const answers = {
  userinfo: answer(USERINFO, 'text/plain'),
  accessToken: answer(ACCESS_TOKEN, 'text/plain'),
  health: answer(HEALTH, 'application/json; charset=utf-8'),
};

/** The fixed answer for a request URL: health, the access_token body, or the userinfo body for anything else. */
export function answerFor(url = '/') {
  if (url.startsWith('/sns/oauth2/access_token')) return answers.accessToken;
  if (url.startsWith('/__mock/health')) return answers.health;
  return answers.userinfo;
}

/** `--port N` and `--host H` (127.0.0.1 by default), as the mock's CLI takes them. */
export function listenOptions(argv = process.argv.slice(2)) {
  let port = 0;
  let host = '127.0.0.1';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') port = Number(argv[++i]);
    else if (argv[i] === '--host') host = String(argv[++i]);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port: ${port}`);
  return { port, host };
}
