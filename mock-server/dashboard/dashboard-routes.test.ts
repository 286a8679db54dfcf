import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from '../../test-support/test-mock.js';
import { DASHBOARD_CSP } from './dashboard-routes.js';

const TOKEN = 'dashboard-test-token-42';

describe('the dashboard under /__mock/ui/, with a control token', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ config: { control: { token: TOKEN } } });
  });
  afterAll(() => mock.close());

  it('serves its shell without the token, since the shell holds no data, while the API still demands it', async () => {
    const page = await mock.get('/__mock/ui/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<div id="app">');
    expect((await mock.get('/__mock/apps')).status).toBe(401);
  });

  it('forbids inline script, foreign origins and framing', async () => {
    const page = await mock.get('/__mock/ui/');
    expect(page.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).toContain("script-src 'self';");
    expect(DASHBOARD_CSP).toContain("frame-ancestors 'none'");
    expect(DASHBOARD_CSP).not.toContain('unsafe');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // Every script of the shell is a file of the mock's own.
    expect(page.text.match(/<script[^>]*>/g)).toEqual([
      expect.stringMatching(/^<script src="\/__mock\/ui\/dashboard\.js\?v=[\w-]{16}" defer>$/),
    ]);
  });

  it('lets the shell be revalidated by ETag, and the hashed script and style be cached for a year', async () => {
    const page = await mock.get('/__mock/ui/');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{16}"$/);
    const again = await mock.get('/__mock/ui/', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    for (const [name, type] of [
      ['dashboard.js', 'text/javascript; charset=utf-8'],
      ['dashboard.css', 'text/css; charset=utf-8'],
    ] as const) {
      const href = new RegExp(`${name.replace('.', '\\.')}\\?v=[\\w-]{16}`).exec(page.text)?.[0];
      const asset = await mock.get(`/__mock/ui/${href}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toBe(type);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
      // fetch asked for gzip (and unpacked it).
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect(asset.headers.get('vary')).toBe('Accept-Encoding');
    }
    const plain = await mock.get('/__mock/ui/', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.text).toBe(page.text);
  });

  it('serves the same shell at /__mock/ui and /__mock/ui/, linking its script and style by absolute path', async () => {
    const withSlash = await mock.get('/__mock/ui/');
    const without = await mock.get('/__mock/ui');
    expect(without.status).toBe(200);
    expect(without.text).toBe(withSlash.text);
    expect(withSlash.text).toMatch(/<script src="\/__mock\/ui\/dashboard\.js\?v=[\w-]+" defer><\/script>/);
  });
});

describe('the dashboard with the control plane switched off', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ config: { control: { enabled: false } } });
  });
  afterAll(() => mock.close());

  it('is off too: 404, like every control route but health', async () => {
    for (const path of ['/__mock/ui/', '/__mock/ui/dashboard.js', '/__mock/ui']) {
      const answer = await mock.get(path);
      expect(answer.status).toBe(404);
      expect(answer.json.error).toBe('not_found');
    }
  });
});
