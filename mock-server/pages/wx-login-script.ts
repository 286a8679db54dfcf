import type { Context } from 'koa';
import { NO_SUBJECT, type RequestSubject } from '../logging/record-request.js';

/**
 * The mock's wxLogin.js, compatible with WeChat's (reference §1.1): `new WxLogin(options)` empties the
 * element `options.id` and puts in a 300×400 iframe loading qrconnect with `login_type=jssdk`,
 * `self_redirect` as `true`/`false`/`default`, the styling parameters and the optional `style`, `href`,
 * `lang=en`, `stylelite=1`, `fast_login=0`, all concatenated without encoding, in WeChat's order. Callers
 * must encode redirect_uri themselves, as with WeChat. `onReady(true)` is called once the iframe loaded.
 *
 * WeChat's script points at https://open.weixin.qq.com; the mock's points at the origin it was itself
 * loaded from, so a site that loads it from the mock's base URL embeds the mock's page.
 */
export const WX_LOGIN_SCRIPT = `(function (window, document) {
  var me = document.currentScript;
  var origin = me && me.src ? me.src.replace(/^(https?:\\/\\/[^\\/]+).*$/, '$1') : '';
  window.WxLogin = function (options) {
    var selfRedirect = 'default';
    if (options.self_redirect === true) selfRedirect = 'true';
    else if (options.self_redirect === false) selfRedirect = 'false';
    var src = origin + '/connect/qrconnect?appid=' + options.appid + '&scope=' + options.scope +
      '&redirect_uri=' + options.redirect_uri + '&state=' + options.state +
      '&login_type=jssdk&self_redirect=' + selfRedirect +
      '&styletype=' + (options.styletype || '') + '&sizetype=' + (options.sizetype || '') +
      '&bgcolor=' + (options.bgcolor || '') + '&rst=' + (options.rst || '');
    src += options.style ? '&style=' + options.style : '';
    src += options.href ? '&href=' + options.href : '';
    src += options.lang === 'en' ? '&lang=en' : '';
    src += options.stylelite === 1 ? '&stylelite=1' : '';
    src += options.fast_login === 0 ? '&fast_login=0' : '';
    var frame = document.createElement('iframe');
    frame.src = src;
    frame.frameBorder = '0';
    frame.allowTransparency = 'true';
    frame.scrolling = 'no';
    frame.width = '300px';
    frame.height = '400px';
    if (typeof options.onReady === 'function') frame.onload = function () { options.onReady(true); };
    var box = document.getElementById(options.id);
    box.innerHTML = '';
    box.appendChild(frame);
  };
})(window, document);
`;

/** `GET /connect/zh_CN/htmledition/js/wxLogin.js`, the path of res.wx.qq.com (reference §1.1). */
export function wxLoginScript(ctx: Context): RequestSubject {
  ctx.type = 'application/javascript';
  ctx.body = WX_LOGIN_SCRIPT;
  return NO_SUBJECT;
}
