import assert from 'node:assert/strict';
import { sessionKeyTable } from './session-key-table.js';
import { expectErrcode } from './wechat-expect.js';

export const [checksessionSignatureInvalid, resetsessionkeySignatureInvalid] = sessionKeyTable({
  behaviour: 'signature-invalid',
  title: (endpoint) =>
    `${endpoint} signed with a key that is not the live session_key answers 87009 invalid signature, with the comma-less rid`,
  evidence: { check: 'captured', reset: 'inferred' },
  async run(_t, call) {
    const answer = await call({ signature: '0'.repeat(64) });
    expectErrcode(answer, 87009);
    assert.match(String(answer.body?.errmsg), /^invalid signature rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
  },
});

export default [checksessionSignatureInvalid, resetsessionkeySignatureInvalid];
