import { Html, html } from './html.js';

const STYLE = `
body{margin:0;font-family:-apple-system,"PingFang SC","Helvetica Neue","Microsoft YaHei",sans-serif;background:#f2f2f2;color:#191919}
.wrap{max-width:420px;margin:48px auto;background:#fff;border-radius:8px;padding:32px 28px;text-align:center;box-shadow:0 1px 4px rgba(0,0,0,.08)}
h1{font-size:20px;font-weight:500;margin:0 0 8px}.sub{color:#7f7f7f;font-size:14px;margin:0 0 24px}
.mock{display:inline-block;font-size:12px;color:#fa9d3b;border:1px solid #fa9d3b;border-radius:4px;padding:1px 6px;margin-bottom:16px}
ul.personas{list-style:none;padding:0;margin:0 0 24px;text-align:left}
ul.personas li{border-top:1px solid #eee}ul.personas li:last-child{border-bottom:1px solid #eee}
a.persona{display:flex;align-items:center;gap:12px;padding:12px 8px;color:inherit;text-decoration:none}
a.persona:hover{background:#f7f7f7}a.persona img,a.persona .noavatar{width:40px;height:40px;border-radius:4px;background:#e5e5e5;object-fit:cover}
a.persona .allow{margin-left:auto;color:#07c160;font-size:14px}
a.deny{display:inline-block;color:#576b95;font-size:15px;text-decoration:none}
.weui_msg{padding-top:36px;text-align:center}.weui_msg_title{font-weight:400;font-size:20px;margin:0 0 5px}
.weui_msg_desc{color:#888;font-size:14px}`;

/** The frame every mock page shares; `lang` is the page's language (reference §1.1 `lang`). */
export function pageLayout(title: string, body: Html, lang: 'cn' | 'en' = 'cn'): Html {
  return html`<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=0">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
