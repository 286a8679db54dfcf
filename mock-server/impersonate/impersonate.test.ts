import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WECHAT_HOSTS } from '../../contract/wechat-hosts.js';
import { banner } from '../banner.js';
import { type ListeningMock, listenMock } from '../listen.js';

interface Answer {
  status: number;
  body: string;
}

/** An HTTPS request to the mock's TLS port as `servername`, trusting only `ca`. */
function getAs(mock: ListeningMock, servername: string, ca: string | undefined, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const port = mock.impersonation?.port;
    get({ host: '127.0.0.1', port, servername, ca, path, headers: { host: servername } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

const impersonating = (stateDir: string) => ({ impersonate: { enabled: true, port: 0, stateDir } });

describe('impersonation', () => {
  let stateDir: string;
  let mock: ListeningMock;
  let caPem: string;
  beforeAll(async () => {
    stateDir = join(await mkdtemp(join(tmpdir(), 'wechat-mock-state-')), 'state');
    mock = await listenMock({ config: impersonating(stateDir) });
    caPem = await readFile(join(stateDir, 'ca.pem'), 'utf8');
  });
  afterAll(async () => {
    await mock.close();
    await rm(join(stateDir, '..'), { recursive: true, force: true });
  });

  it('is off by default: a mock started without it has no HTTPS listener', async () => {
    const plain = await listenMock();
    expect(plain.impersonation).toBeNull();
    await plain.close();
  });

  it.each(WECHAT_HOSTS)('serves %s over HTTPS with a certificate that chains to the local CA', async (host) => {
    const answer = await getAs(mock, host, caPem, '/connect/zh_CN/htmledition/js/wxLogin.js');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('WxLogin');
  });

  it('answers /sns/* over HTTPS exactly as over HTTP (reference §5.1: 41001 without access_token)', async () => {
    const answer = await getAs(mock, 'api.weixin.qq.com', caPem, '/sns/auth?openid=o1');
    expect(JSON.parse(answer.body)).toMatchObject({ errcode: 41001 });
  });

  it('presents a certificate that is not valid for any name but WeChat’s login hosts', async () => {
    await expect(getAs(mock, 'mp.weixin.qq.com', caPem, '/')).rejects.toMatchObject({
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
  });

  it('is not trusted by a client that has not been given the local CA', async () => {
    await expect(getAs(mock, 'api.weixin.qq.com', undefined, '/')).rejects.toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
  });

  it('keeps the CA key readable by its owner only (0600), in a directory only its owner can enter', async () => {
    expect((await stat(join(stateDir, 'ca-key.pem'))).mode & 0o777).toBe(0o600);
    expect((await stat(stateDir)).mode & 0o777).toBe(0o700);
    expect((await readdir(stateDir)).sort()).toEqual(['ca-key.pem', 'ca.pem']);
  });

  it('reuses the CA on a second start, with a new host certificate that the first CA still vouches for', async () => {
    const second = await listenMock({ config: impersonating(stateDir) });
    try {
      expect(mock.impersonation?.ca.created).toBe(true);
      expect(second.impersonation?.ca.created).toBe(false);
      expect(second.impersonation?.ca.certificatePem).toBe(caPem);
      expect((await getAs(second, 'open.weixin.qq.com', caPem, '/sns/auth')).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('refuses to start when the state directory holds half a CA, saying what to do', async () => {
    const half = await mkdtemp(join(tmpdir(), 'wechat-mock-half-'));
    const first = await listenMock({ config: impersonating(half) });
    await first.close();
    await rm(join(half, 'ca.pem'));
    await expect(listenMock({ config: impersonating(half) })).rejects.toThrow(
      /ca\.pem is missing.*remove the directory/,
    );
    await rm(half, { recursive: true, force: true });
  });

  it('says in the banner that a local CA for WeChat’s names is trusted, how to trust it and how to remove that trust', () => {
    const text = banner(mock);
    expect(text).toContain('IMPERSONATING WECHAT');
    expect(text).toContain(join(stateDir, 'ca.pem'));
    expect(text).toContain('will believe this mock');
    expect(text).toContain(`REQUESTS_CA_BUNDLE=${join(stateDir, 'ca.pem')}`);
    expect(text).toContain('Remove that trust');
    expect(text).toContain(`rm -r ${stateDir}`);
  });

  it('says nothing about a CA in the banner of a mock that does not impersonate', async () => {
    const plain = await listenMock();
    expect(banner(plain)).not.toContain('CA');
    await plain.close();
  });
});
