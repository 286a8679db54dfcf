import type { PageError } from '../../contract/index.js';
import { type Html, html } from './html.js';
import { pageLayout } from './page-layout.js';

/** The weui message page's icons: WeChat's info icon for errors, a green tick for the phone's "done". */
export type MessageIcon = 'info' | 'success';

/**
 * A weui message page as WeChat's authorize pages show it (reference §1.3): HTTP 200, the message in
 * `<h4 class="weui_msg_title">`, and the commented-out reference number, as in the captured page.
 */
export function messagePage(message: string, hint?: string, icon: MessageIcon = 'info', title = '微信登录'): Html {
  const body = html`<div class="weui_msg"> <div class="weui_icon_area"><i class="weui_icon_${icon} weui_icon_msg"></i></div>
<div class="weui_text_area"> <h4 class="weui_msg_title">${message}</h4> ${hint === undefined ? '' : html`<p class="weui_msg_desc">${hint}</p>`}</div>
<!-- <div style="color: gray;font-size: 15px;margin-top: 5px;">(wechat-oauth-mock)</div> --> </div>`;
  return pageLayout(title, body);
}

/** WeChat's authorize error page (reference §1.3, §2) with one of its catalogued texts. */
export function errorPage(message: PageError | string, hint?: string, title?: string): Html {
  return messagePage(message, hint, 'info', title);
}
