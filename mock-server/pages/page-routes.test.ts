import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOnPhone, openQrLogin, poll } from '../../test-support/qr-login.js';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

describe('the pages in the request journal', () => {
  it("journals every request of a QR login under the app's appid, and the approval under the persona too", async () => {
    const fromId = await mock.journal.lastId();
    const uuid = await openQrLogin(mock);
    expect((await mock.get(`/connect/qrcode/${uuid}`)).status).toBe(200);
    expect((await mock.get(`/connect/confirm?uuid=${uuid}`)).status).toBe(200);
    expect((await poll(mock, uuid, 408)).errcode).toBe(404);
    expect((await answerOnPhone(mock, uuid, { action: 'allow', persona: 'lisi' })).status).toBe(200);
    const { json } = await mock.get(`/__mock/journal?after=${fromId}&appid=${WEBSITE.appid}`);
    const seen = (json.entries as { method: string; path: string; persona: string | null }[]).map(
      (entry) => `${entry.method} ${entry.path} ${entry.persona}`,
    );
    expect(seen).toEqual([
      'GET /connect/qrconnect null',
      `GET /connect/qrcode/${uuid} null`,
      'GET /connect/confirm null',
      'GET /connect/l/qrconnect null',
      'POST /connect/confirm lisi',
    ]);
  });
});
