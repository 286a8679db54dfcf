import { sessionKeyTable } from './session-key-table.js';
import { expectErrcode } from './wechat-expect.js';

export const [checksessionSigMethodInvalid, resetsessionkeySigMethodInvalid] = sessionKeyTable({
  behaviour: 'sig-method-invalid',
  title: (endpoint) => `${endpoint} with a sig_method other than hmac_sha256 answers 87008 invalid sig_method`,
  evidence: { check: 'inferred', reset: 'documented' },
  async run(_t, call) {
    expectErrcode(await call({ sig_method: 'sha256' }), 87008);
  },
});

export default [checksessionSigMethodInvalid, resetsessionkeySigMethodInvalid];
