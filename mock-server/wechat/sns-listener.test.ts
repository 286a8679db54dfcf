import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';
import { createLogger } from '../logging/logger.js';

const logLines: string[] = [];
let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ logger: createLogger('json', (line) => logLines.push(line)) });
});
afterAll(() => mock.close());

/** What differs from one request to the next whoever answers: rids, tokens, codes, times and durations. */
const masked = (text: string) =>
  text
    .replace(/rid: [0-9a-f-]+/g, 'rid: R')
    .replace(/86_[\w-]+(…[\w-]+)?/g, 'TOKEN')
    .replace(/"code":"\w+"/g, '"code":"C"')
    .replace(/"(time|durationMs)":("[^"]*"|[\d.e-]+)/g, '"$1":0')
    .replace(/"id":\d+/g, '"id":0');

/** One round of requests to the four endpoints (reference §3–§5, §9): each answer's status, headers and body. */
async function round(): Promise<string[]> {
  const { json: grant } = await mock.exchange(await mock.mintCode());
  const tokens = { access_token: grant.access_token as string, openid: grant.openid as string };
  const requests: [path: string, init?: RequestInit][] = [
    [withQuery('/sns/userinfo', tokens)],
    [withQuery('/sns/userinfo', tokens), { method: 'HEAD' }],
    [withQuery('/sns/auth', tokens), { method: 'POST', body: 'ignored' }],
    [
      withQuery('/sns/oauth2/refresh_token', {
        appid: WEBSITE.appid,
        grant_type: 'refresh_token',
        refresh_token: grant.refresh_token as string,
      }),
    ],
    ['/sns/oauth2/access_token?appid=wx0000000000000000&secret=x&code=y&grant_type=authorization_code'],
    ['/sns/userinfo?access_token=a&access_token=b'],
  ];
  const answers: string[] = [];
  for (const [path, init] of requests) {
    const answer = await mock.get(path, init);
    const headers = [...answer.headers].filter(([name]) => name !== 'date');
    answers.push(masked(`${init?.method ?? 'GET'} ${answer.status} ${JSON.stringify(headers)} ${answer.text}`));
  }
  return answers;
}

/** The journal entries and log lines since `fromId`, masked. */
async function recorded(fromId: number, fromLine: number): Promise<string[]> {
  const journal = await mock.get(`/__mock/journal?after=${fromId}&limit=100`);
  const entries = (journal.json.entries as object[]).map((entry) => masked(JSON.stringify(entry)));
  return [...entries, ...logLines.slice(fromLine).map(masked)];
}

describe('the /sns hot path answered before Koa (docs/decisions/0011)', () => {
  it('answers, logs and journals every /sns request exactly as the Koa routes do once a fault rule is set', async () => {
    const plainFrom = { id: await mock.journal.lastId(), line: logLines.length };
    const plain = await round();
    const plainRecords = await recorded(plainFrom.id, plainFrom.line);

    // A rule that never fires on these requests (another app's endpoint) sends /sns requests through Koa.
    const fault = await mock.get('/__mock/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { appid: OFFICIAL.appid }, effect: { type: 'errcode', errcode: -1 }, times: 100 }),
    });
    expect(fault.status).toBe(201);
    const koaFrom = { id: await mock.journal.lastId(), line: logLines.length };
    const throughKoa = await round();
    const koaRecords = await recorded(koaFrom.id, koaFrom.line);
    await mock.get(`/__mock/faults/${fault.json.id}`, { method: 'DELETE' });

    expect(throughKoa).toEqual(plain);
    expect(plain[0]).toMatch(/^GET 200 .*"nickname":"张三"/);
    expect(plain[1]).toMatch(/^HEAD 200 .*"content-length","\d+".* $/);
    expect(koaRecords).toEqual(plainRecords);
  });

  it('leaves methods the /sns endpoints do not serve to Koa: PUT /sns/userinfo is 404 Not Found', async () => {
    const answer = await mock.get('/sns/userinfo', { method: 'PUT' });
    expect(answer.status).toBe(404);
    expect(answer.text).toBe('Not Found');
  });
});
