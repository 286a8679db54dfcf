/**
 * The dashboard's two languages, picked like the login pages (`lang=en` or `lang=cn` in the query),
 * else from the browser's language.
 */
export type Lang = 'cn' | 'en';

export function pickLang(search: string, browser: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'en' || asked === 'cn') return asked;
  return browser.some((l) => /^zh\b/i.test(l)) ? 'cn' : browser.length > 0 ? 'en' : 'cn';
}

const TEXTS = {
  title: ['模拟器控制台', 'Mock dashboard'],
  journal: ['请求日志', 'Journal'],
  apps: ['应用', 'Apps'],
  personas: ['用户', 'Personas'],
  faults: ['故障', 'Faults'],
  clockTokens: ['时钟与令牌', 'Clock & tokens'],
  language: ['English', '中文'],
  tokenTitle: ['需要控制令牌', 'Control token needed'],
  tokenHelp: [
    '此模拟器的控制接口需要令牌（见启动信息）。令牌只保存在本标签页的会话中。',
    "This mock's control plane needs its token (printed in its start banner). It is kept for this tab's session only.",
  ],
  tokenWrong: ['令牌不正确，请重试。', 'That token was refused; try again.'],
  token: ['令牌', 'Token'],
  ok: ['确定', 'OK'],
  all: ['全部', 'all'],
  app: ['应用', 'App'],
  persona: ['用户', 'Persona'],
  endpoint: ['接口', 'Endpoint'],
  errcode: ['错误码', 'errcode'],
  login: ['登录', 'Login'],
  clearFilter: ['清除筛选', 'Clear filters'],
  entries: ['条', 'entries'],
  waiting: ['等待请求…', 'Waiting for requests…'],
  pickEntry: ['选择一条请求查看微信的原始应答。', "Pick a request to see WeChat's answer as sent."],
  status: ['状态', 'Status'],
  headers: ['响应头', 'Headers'],
  body: ['响应体', 'Body'],
  query: ['参数', 'Parameters'],
  location: ['跳转', 'Location'],
  fault: ['故障', 'Fault'],
  firedFault: ['触发了故障', 'fault fired'],
  copyCurl: ['复制为 curl', 'Copy as curl'],
  copied: ['已复制', 'Copied'],
  masked: ['（部分密钥仍被遮盖）', '(some secrets are still masked)'],
  name: ['名称', 'Name'],
  kind: ['类型', 'Kind'],
  account: ['开放平台账号', 'Open Platform account'],
  callbackDomains: ['授权回调域', 'Callback domains'],
  callbackHint: ['以空格或逗号分隔的主机名', 'host names, separated by spaces or commas'],
  rateLimit: ['每分钟调用上限', 'Calls per minute'],
  scopes: ['可用 scope', 'Scopes'],
  secret: ['AppSecret', 'AppSecret'],
  optional: ['可留空', 'optional'],
  create: ['新建', 'Create'],
  save: ['保存', 'Save'],
  edit: ['编辑', 'Edit'],
  cancel: ['取消', 'Cancel'],
  delete: ['删除', 'Delete'],
  confirmDelete: ['确定删除 {0}？', 'Delete {0}?'],
  startLogin: ['开始登录', 'Start a login'],
  mintCode: ['生成 code', 'Mint a code'],
  mintedCode: ['code：{0}（{1} 过期）', 'code: {0} (expires {1})'],
  resetApp: ['重置此应用', 'Reset this app'],
  resetAll: ['全部重置', 'Reset everything'],
  confirmReset: ['恢复到初始状态？', 'Restore the seeded state?'],
  key: ['标识', 'Key'],
  nickname: ['昵称', 'Nickname'],
  sex: ['性别', 'Sex'],
  sexes: ['未知|男|女', 'unknown|male|female'],
  languageField: ['语言', 'Language'],
  avatar: ['头像', 'Avatar'],
  hasAvatar: ['有头像', 'has an avatar'],
  headimgurl: ['头像地址', 'Avatar URL'],
  profile: ['用户信息格式', 'Userinfo shape'],
  profileCurrent: ['current（2021 年后）', 'current (since 2021)'],
  profileLegacy: ['legacy（2021 年前）', 'legacy (before 2021)'],
  identities: ['openid / unionid', 'openid / unionid'],
  noUnionid: ['（未绑定开放平台账号）', '(app bound to no account)'],
  effect: ['效果', 'Effect'],
  nth: ['从第 n 次起', 'From the nth call'],
  times: ['次数（数字或 always）', 'Times (a number or always)'],
  probability: ['概率', 'Probability'],
  seed: ['种子', 'Seed'],
  matched: ['匹配', 'matched'],
  fired: ['触发', 'fired'],
  remaining: ['剩余', 'left'],
  addFault: ['添加故障', 'Add fault'],
  httpStatus: ['HTTP 状态码', 'HTTP status'],
  delayMs: ['延迟（毫秒）', 'Delay (ms)'],
  bytes: ['字节数', 'Bytes'],
  contentType: ['Content-Type', 'Content-Type'],
  errmsg: ['errmsg（可选）', 'errmsg (optional)'],
  clock: ['时钟', 'Clock'],
  now: ['模拟器时间', 'Mock time'],
  offset: ['与真实时间相差', 'Offset from real time'],
  frozen: ['已冻结', 'frozen'],
  running: ['运行中', 'running'],
  freeze: ['冻结', 'Freeze'],
  unfreeze: ['恢复', 'Unfreeze'],
  advance: ['前进', 'Advance'],
  seconds: ['秒', 'Seconds'],
  setTo: ['设置为（UTC）', 'Set to (UTC)'],
  set: ['设置', 'Set'],
  grants: ['授权（令牌）', 'Grants (tokens)'],
  refresh: ['刷新', 'Refresh'],
  live: ['有效', 'live'],
  expired: ['已过期', 'expired'],
  expireAccess: ['使 access_token 过期', 'Expire access_token'],
  expireRefresh: ['使 refresh_token 过期', 'Expire refresh_token'],
  revoke: ['撤销', 'Revoke'],
  none: ['暂无', 'none yet'],
  error: ['出错：{0}', 'Failed: {0}'],
  any: ['任意', 'any'],
} as const;

export type TextKey = keyof typeof TEXTS;

/** The text of `key` in `lang`, `{0}`, `{1}` … replaced by `args` (as text, never markup). */
export function translator(lang: Lang) {
  const index = lang === 'cn' ? 0 : 1;
  return (key: TextKey, ...args: readonly (string | number)[]): string =>
    TEXTS[key][index].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

export type T = ReturnType<typeof translator>;
