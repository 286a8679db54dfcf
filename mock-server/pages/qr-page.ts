import { PageError } from '../../contract/index.js';
import type { LoginSession } from '../model/login-sessions.js';
import type { Persona } from '../model/registry.js';
import { Html, html } from './html.js';
import { pageLayout } from './page-layout.js';
import type { QrDisplay } from './qr-display.js';
import { QR_PAGE_SCRIPT } from './qr-page-script.js';

const TEXTS = {
  cn: {
    title: '微信登录',
    scan: '使用微信扫一扫登录',
    app: (name: string) => `「${name}」`,
    scanned: '扫描成功',
    scannedHint: '请在微信中点击确认即可登录',
    cancelled: PageError.LoginCancelled,
    cancelledHint: PageError.LoginCancelledHint,
    tools: '开发者工具（模拟）',
    simulateScan: '模拟扫码：在新标签页打开手机页面',
    qrHolds: '二维码内容：',
    loopback: '手机无法访问本机回环地址：请用电脑的局域网地址打开此页（mock 需以 --host 0.0.0.0 启动）。',
    allowAs: '直接以此身份允许：',
    deny: '拒绝',
  },
  en: {
    title: 'WeChat Login',
    scan: 'Scan with WeChat to log in',
    app: (name: string) => `"${name}"`,
    scanned: 'Scanned',
    scannedHint: 'Tap Confirm in WeChat to log in',
    cancelled: 'You cancelled the login',
    cancelledHint: 'You can scan again or close the window',
    tools: 'Developer tools (simulated)',
    simulateScan: 'Simulate scan: open the phone page in a new tab',
    qrHolds: 'The QR code holds: ',
    loopback:
      "A phone cannot reach this machine's loopback address: open this page through the computer's LAN address (start the mock with --host 0.0.0.0).",
    allowAs: 'Allow at once as:',
    deny: 'Deny',
  },
} as const;

/** WeChat's QR page look (class names as on open.weixin.qq.com, so a site's `href` CSS applies). */
const STYLE = `
body.qrconnect{background:#333;color:#fff}body.embedded{background:transparent}
body.text_black.embedded{color:#191919}body.text_white{color:#fff}
.impowerBox{text-align:center;padding:50px 0 8px}.embedded .impowerBox{padding-top:0}
.impowerBox .title{font-size:20px;line-height:28px}
.impowerBox .qrcode{width:280px;height:280px;margin-top:15px;border:1px solid #e2e2e2;background:#fff;box-sizing:border-box}
.impowerBox .info{width:280px;margin:0 auto}
.impowerBox .status{padding:7px 14px;text-align:left;font-size:13px}
.impowerBox .status p{margin:0;line-height:1.6}
.standalone .impowerBox .status_browser{text-align:center;background:#232323;border-radius:100px;box-shadow:inset 0 5px 10px -5px #191919,0 1px 0 0 #444;margin-top:15px}
.embedded .impowerBox .status_browser{text-align:center}
.impowerBox .status_txt h4{margin:0;font-size:16px;font-weight:400}.status_succ,.status_fail{display:flex;gap:10px;align-items:center;margin-top:12px}
.status_icon{flex:none;width:30px;height:30px;border-radius:50%;color:#fff;font:bold 18px/30px sans-serif;text-align:center;font-style:normal}
.status_icon.succ{background:#07c160}.status_icon.succ::after{content:"\\2713"}.status_icon.warn{background:#fa5151}.status_icon.warn::after{content:"!"}
.lite .impowerBox{padding:0}.lite .impowerBox .title{display:none}.lite .impowerBox .qrcode{width:200px;height:200px;margin-top:0}.lite .impowerBox .info{width:200px}
.mock_panel a.deny{display:inline;padding:0;background:none;font-size:13px;color:inherit}
.mock_panel{max-width:420px;margin:8px auto 24px;font-size:13px;text-align:left;padding:0 12px;opacity:.85}
.mock_panel .persona{display:inline;padding:0}
.mock_panel summary{cursor:pointer;font-size:12px}.mock_panel a{color:inherit}.mock_panel code{word-break:break-all}
.mock_panel ul{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px}
.standalone .mock_panel{border-top:1px solid #444;padding-top:8px}
.embedded .mock_panel{position:absolute;left:0;right:0;bottom:0;margin:0;padding:2px 6px;opacity:1;text-align:right}
.embedded .mock_panel summary .tools_text{display:none}
.embedded .mock_panel[open]{top:0;text-align:left;background:rgba(255,255,255,.97);color:#191919;overflow:auto}`;

/** What the QR page is built from. */
export interface QrPage {
  readonly session: LoginSession;
  readonly display: QrDisplay;
  readonly personas: readonly Persona[];
  /** What the QR code encodes: the phone page on the mock's own origin. */
  readonly phoneUrl: string;
  /** The page was reached through loopback, so a real phone could not open the QR code. */
  readonly loopback: boolean;
}

/**
 * The developer panel under the QR code: "simulate scan" opens the phone page in a new tab; the
 * `a.persona[data-persona]` and `a.deny` links answer at once, for scripts that follow links (an allow link
 * redirects to the callback in the top window unless `self_redirect=true`).
 */
function mockPanel({ session, display, personas, phoneUrl, loopback }: QrPage): Html {
  const t = TEXTS[session.lang];
  const id = encodeURIComponent(session.id);
  const target = display.embedded && !display.selfRedirect ? html` target="_top"` : '';
  const shortcuts = personas.map((persona) => {
    const href = `/connect/confirm/allow?uuid=${id}&persona=${encodeURIComponent(persona.key)}`;
    return html`<li><a class="persona" data-persona="${persona.key}" href="${href}"${target}>${persona.nickname}</a></li>`;
  });
  return html`<details class="mock_panel"${display.embedded ? '' : html` open`}>
<summary><span class="mock">wechat-oauth-mock</span> <span class="tools_text">${t.tools}</span></summary>
<p><a class="simulate_scan" href="/connect/confirm?uuid=${id}" target="_blank">${t.simulateScan}</a></p>
<p class="phone_url">${t.qrHolds}<code>${phoneUrl}</code></p>
${loopback ? html`<p class="lan_hint">${t.loopback}</p>` : ''}
<p>${t.allowAs}</p>
<ul class="shortcuts">${shortcuts}</ul>
<a class="deny" href="/connect/confirm/deny?uuid=${id}">${t.deny}</a>
</details>`;
}

/**
 * The website login page (reference §1.2), modelled on WeChat's: title, the QR code image, "scan with
 * WeChat" and the app's name, the scanned and cancelled states, and the script that long-polls and
 * navigates. In an iframe from wxLogin.js (`login_type=jssdk`) it is transparent, coloured by `style`,
 * restyled by `href` (a stylesheet link, never inlined) and compact with `stylelite=1` (reference §1.1).
 */
export function qrPage(page: QrPage): Html {
  const { session, display } = page;
  const t = TEXTS[session.lang];
  const id = encodeURIComponent(session.id);
  const classes = [
    'qrconnect',
    display.embedded ? 'embedded' : 'standalone',
    `text_${display.textColor}`,
    display.lite ? 'lite' : '',
  ]
    .filter((c) => c !== '')
    .join(' ');
  const body = html`<div id="wx_page">
<div class="main impowerBox" id="wx_login" data-poll-url="/connect/l/qrconnect?uuid=${id}" data-redirect-uri="${session.redirectUri}" data-state="${session.state}" data-self-redirect="${String(display.selfRedirect)}" data-shown="waiting">
<div class="loginPanel normalPanel">
<div class="title">${t.title}</div>
<div class="waiting panelContent">
<div class="wrp_code"><img class="qrcode lightBorder" src="/connect/qrcode/${id}" alt="${t.scan}"></div>
<div class="info">
<div class="status status_browser js_status" data-status="waiting"><p>${t.scan}</p><p>${t.app(session.app.name)}</p></div>
<div class="status status_succ js_status" data-status="scanned" hidden><i class="status_icon succ"></i><div class="status_txt"><h4>${t.scanned}</h4><p>${t.scannedHint}</p></div></div>
<div class="status status_fail js_status" data-status="cancelled" hidden><i class="status_icon warn"></i><div class="status_txt"><h4>${t.cancelled}</h4><p>${t.cancelledHint}</p></div></div>
</div>
</div>
</div>
</div>
${mockPanel(page)}
</div>
${display.stylesheet === undefined ? '' : html`<link rel="stylesheet" href="${display.stylesheet}">`}
<script>${new Html(QR_PAGE_SCRIPT)}</script>`;
  return pageLayout(t.title, body, { lang: session.lang, css: STYLE, bodyClass: classes });
}
