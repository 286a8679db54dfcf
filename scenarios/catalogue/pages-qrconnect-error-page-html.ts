import assert from 'node:assert/strict';
import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrorPage, qrconnectPath } from './page-expect.js';

// The captured page is weui's message block (§1.3); python-weixin reads the charset after "; " (§11, §14).
export default {
  id: 'pages.qrconnect-error-page-html',
  title: 'A qrconnect error page is HTML in weui\'s message block, Content-Type "text/html; charset=utf-8"',
  reference: '§1.3, §14',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.page(qrconnectPath(t, 'wx0000000000000000'));
    expectErrorPage(answer, PageError.AppidInvalid);
    assert.equal(answer.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.ok(answer.text.includes('<div class="weui_msg">'), 'the message sits in <div class="weui_msg">');
  },
} satisfies Scenario;
