import { Html, html } from './html.js';

/** What every page shares: fonts, WeChat's weui message page, the mobile (phone and consent) pages. */
const STYLE = `
body{margin:0;font-family:-apple-system,"PingFang SC","Helvetica Neue","Microsoft YaHei",sans-serif;background:#ededed;color:#191919}
[hidden]{display:none!important}
.mock{display:inline-block;font-size:12px;color:#fa9d3b;border:1px solid #fa9d3b;border-radius:4px;padding:1px 6px}
.weui_msg{padding-top:36px;text-align:center}.weui_msg_title{font-weight:400;font-size:20px;margin:16px 0 5px}
.weui_msg_desc{color:#888;font-size:14px;margin:0 24px}
.weui_icon_msg{display:inline-block;width:64px;height:64px;border-radius:50%;color:#fff;font:bold 40px/64px Georgia,serif;font-style:normal}
.weui_icon_info{background:#10aeff}.weui_icon_info::after{content:"i"}
.weui_icon_success{background:#07c160}.weui_icon_success::after{content:"\\2713";font-family:sans-serif}
.mobile{max-width:480px;margin:0 auto;min-height:100vh;background:#fff;padding:24px 20px 32px;box-sizing:border-box;text-align:center}
.mobile .mock{display:table;margin:0 auto}
.mobile .app_icon{display:inline-flex;width:64px;height:64px;border-radius:14px;background:#07c160;color:#fff;font-size:30px;align-items:center;justify-content:center;margin:24px 0 12px}
.mobile .app_name{font-size:17px;font-weight:600;margin:0 0 6px}
.mobile .ask{font-size:15px;color:#7f7f7f;margin:0 0 24px}
.mobile .pick{font-size:13px;color:#7f7f7f;text-align:left;margin:0 0 6px}
ul.personas{list-style:none;padding:0;margin:0 0 28px;text-align:left}
ul.personas li{border-top:1px solid #eee}ul.personas li:last-child{border-bottom:1px solid #eee}
.persona{display:flex;align-items:center;gap:12px;padding:12px 4px;color:inherit;text-decoration:none;cursor:pointer}
.persona .avatar{width:40px;height:40px;border-radius:4px;background:#c8d6e5;overflow:hidden;flex:none;display:flex;align-items:center;justify-content:center;pointer-events:none}
.persona .initial{font-size:18px;color:#fff}
.persona .nickname{flex:1}.persona input{accent-color:#07c160;width:20px;height:20px;margin:0}
.weui_btn{display:block;width:100%;box-sizing:border-box;border:0;border-radius:8px;padding:12px;font-size:17px;font-weight:500;margin:0 0 12px;cursor:pointer;text-decoration:none;font-family:inherit}
.weui_btn_primary{background:#07c160;color:#fff}.weui_btn_default{background:#f2f2f2;color:#06ae56}
a.deny{display:block;padding:12px;font-size:17px;color:#576b95;text-decoration:none;border-radius:8px;background:#f2f2f2}
.mobile .mock_panel{margin-top:20px;font-size:13px;text-align:left;color:#888}.mobile .mock_panel summary{cursor:pointer}
.mobile .mock_panel ul{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px}
.mobile .mock_panel .persona,.mobile .mock_panel a.deny{display:inline;padding:0;background:none;font-size:13px;color:inherit}`;

/** A page's own additions to the frame: constants, never request data. */
export interface PageFrame {
  /** The page's language (reference §1.1 `lang`). */
  readonly lang?: 'cn' | 'en';
  readonly css?: string;
  readonly bodyClass?: string;
}

/** The frame every mock page shares. */
export function pageLayout(title: string, body: Html, { lang = 'cn', css = '', bodyClass = '' }: PageFrame = {}): Html {
  return html`<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=0">
<title>${title}</title>
<style>${new Html(STYLE + css)}</style>
</head>
<body class="${bodyClass}">
${body}
</body>
</html>
`;
}
