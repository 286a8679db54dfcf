import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  type AccessTokenResponse,
  type AppView,
  type ClockSetRequest,
  type ControlErrorCode,
  ErrCode,
  type ErrcodeEffect,
  type ErrorResponse,
  errcodeEndpoints,
  errmsgs,
  type FAULT_EFFECT_TYPES,
  type Fault,
  type FaultEffect,
  type FaultEffectType,
  type FaultMatch,
  type JournalEntry,
  PageError,
  type PersonaRegion,
  type SCOPES,
  type Scope,
  SNS_ENDPOINTS,
  type SnsEndpoint,
  type USERINFO_LANGS,
  type UserInfoResponse,
  type UserinfoLang,
} from './index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts/contract.mjs');
const wechatYaml = 'contract/wechat-oauth.openapi.yaml';
const controlYaml = 'contract/mock-control.openapi.yaml';
const snsPaths: readonly SnsEndpoint[] = [
  '/sns/oauth2/access_token',
  '/sns/oauth2/refresh_token',
  '/sns/auth',
  '/sns/userinfo',
  '/sns/jscode2session',
];
/** The /cgi-bin and /wxa endpoints (ML§2, ML§4, ML§5), which share the API host with /sns. */
const cgiBinPaths: readonly SnsEndpoint[] = ['/cgi-bin/token', '/cgi-bin/stable_token'];
/** The follower lookup (ML§7), on /cgi-bin with the server token. */
const followerPaths: readonly SnsEndpoint[] = ['/cgi-bin/user/info'];
const wxaPaths: readonly SnsEndpoint[] = [
  '/wxa/checksession',
  '/wxa/resetusersessionkey',
  '/wxa/business/getuserphonenumber',
];
const apiPaths: readonly SnsEndpoint[] = [...snsPaths, ...cgiBinPaths, ...wxaPaths, ...followerPaths];
const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  responses?: Record<string, { $ref?: string }>;
}
type PathItem = Partial<Record<(typeof httpMethods)[number], Operation>>;
interface CatalogueEntry {
  errcode: number;
  name: string;
  errmsg: string;
  endpoints: string[];
  evidence: string;
}
interface PageErrorEntry {
  name: string;
  text: string;
  pages: string[];
  evidence: string;
}
interface Document {
  openapi: string;
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, { properties?: Record<string, { enum?: unknown[] }> }>;
    responses?: Record<string, { content?: Record<string, { schema?: { oneOf?: { $ref: string }[] } }> }>;
  };
  'x-wechat-errcodes'?: CatalogueEntry[];
  'x-wechat-page-errors'?: PageErrorEntry[];
}

interface ControlSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  additionalProperties?: boolean;
  required?: string[];
  properties?: Record<string, ControlSchema>;
  oneOf?: { $ref: string }[];
  discriminator?: { propertyName: string; mapping: Record<string, string> };
}
interface ControlDocument {
  security?: Record<string, string[]>[];
  paths: Record<string, PathItem>;
  components: {
    securitySchemes: Record<string, { type: string; scheme?: string }>;
    responses: Record<string, { headers?: Record<string, unknown> }>;
    schemas: Record<string, ControlSchema>;
  };
}

async function load(file: string): Promise<Document> {
  return parse(await readFile(path.join(root, file), 'utf8')) as Document;
}

async function loadControl(): Promise<ControlDocument> {
  return parse(await readFile(path.join(root, controlYaml), 'utf8')) as ControlDocument;
}

/** The schema a `#/components/schemas/Name` reference points at. */
function resolve(doc: ControlDocument, ref: string): ControlSchema {
  const schema = doc.components.schemas[ref.replace('#/components/schemas/', '')];
  if (schema === undefined) throw new Error(`${ref} is not a schema of ${controlYaml}`);
  return schema;
}

function operationsOf(item: PathItem): [string, Operation][] {
  return httpMethods.flatMap((method) => {
    const operation = item[method];
    return operation === undefined ? [] : [[method, operation] as [string, Operation]];
  });
}

/** What the tests use of scripts/contract.mjs (plain JavaScript, so typed here). */
interface ContractScript {
  runCommand(argv: string[], out: { log(line: string): void; error(line: string): void }): Promise<number>;
}

// Loaded with the file rather than inside a test: it brings openapi-typescript and the TypeScript compiler,
// whose loading should not count against a test's time.
const contract = (await import(pathToFileURL(script).href)) as ContractScript;

/**
 * Runs `scripts/contract.mjs <command> [dir]` in this process (its `runCommand`, the whole script but the
 * process exit) and returns its exit code and output: spawning a Node per case made the file slow and,
 * under load, flaky.
 */
async function runScript(command: 'check' | 'generate', dir?: string): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const collect = (line: string) => {
    lines.push(line);
  };
  const code = await contract.runCommand(dir === undefined ? [command] : [command, dir], {
    log: collect,
    error: collect,
  });
  return { code, output: lines.join('\n') };
}

// The catalogue of reference §8, as the brief lists it: name → errcode → base errmsg.
const expectedCatalogue: [name: string, errcode: number, errmsg: string][] = [
  ['SystemError', -1, 'system error'],
  ['InvalidCredential', 40001, 'invalid credential, access_token is invalid or not latest'],
  ['InvalidGrantType', 40002, 'invalid grant_type'],
  ['InvalidOpenid', 40003, 'invalid openid'],
  ['InvalidAppid', 40013, 'invalid appid'],
  ['InvalidAccessToken', 40014, 'invalid access_token'],
  ['InvalidCode', 40029, 'invalid code'],
  ['InvalidRefreshToken', 40030, 'invalid refresh_token'],
  ['InvalidAppsecret', 40125, 'invalid appsecret'],
  ['CodeBeenUsed', 40163, 'code been used'],
  ['InvalidIp', 40164, 'invalid ip, not in whitelist'],
  ['CodeBlocked', 40226, 'code blocked'],
  ['AccessTokenMissing', 41001, 'access_token missing'],
  ['AppidMissing', 41002, 'appid missing'],
  ['RefreshTokenMissing', 41003, 'refresh_token missing'],
  ['AppsecretMissing', 41004, 'appsecret missing'],
  ['MissingCode', 41008, 'missing code'],
  ['MissingOpenid', 41009, 'missing openid'],
  ['AccessTokenExpired', 42001, 'access_token expired'],
  ['RefreshTokenExpired', 42002, 'refresh_token expired'],
  ['CodeExpired', 42003, 'code expired'],
  ['RequirePostMethod', 43002, 'require POST method'],
  ['DailyQuotaLimit', 45009, 'reach max api daily quota limit'],
  ['MinuteQuotaLimit', 45011, 'api minute-quota reach limit, must slower, retry next minute'],
  ['DataFormatError', 47001, 'data format error'],
  ['ApiUnauthorized', 48001, 'api unauthorized'],
  ['InvalidSigMethod', 87008, 'invalid sig_method'],
  ['InvalidSignature', 87009, 'invalid signature'],
  ['IpNeedsAdminConfirmation', 89503, '此IP调用需要管理员确认,请联系管理员'],
];

describe('the OpenAPI documents', () => {
  it.each([wechatYaml, controlYaml])('%s parses and declares OpenAPI 3.1.x', async (file) => {
    const doc = await load(file);
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
  });

  it('describes GET and POST for every /sns route, with distinct operationIds', async () => {
    const doc = await load(wechatYaml);
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/sns/'))).toEqual(snsPaths);
    const ids = Object.values(doc.paths).flatMap((item) => operationsOf(item).map(([, op]) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const snsPath of snsPaths) {
      expect(Object.keys(doc.paths[snsPath] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    }
  });

  it('answers every /sns route in text/plain with either its result or an ErrorResponse', async () => {
    const doc = await load(wechatYaml);
    const success: Record<string, string> = {
      '/sns/oauth2/access_token': 'AccessTokenResponse',
      '/sns/oauth2/refresh_token': 'RefreshTokenResponse',
      '/sns/auth': 'SnsAuthOkResponse',
      '/sns/userinfo': 'UserInfoResponse',
      '/sns/jscode2session': 'Code2SessionResponse',
    };
    for (const snsPath of snsPaths) {
      for (const [, operation] of operationsOf(doc.paths[snsPath] ?? {})) {
        const ref = operation.responses?.['200']?.$ref ?? '';
        const answer = doc.components.responses?.[ref.replace('#/components/responses/', '')];
        expect(Object.keys(answer?.content ?? {})).toEqual(['text/plain']);
        expect(answer?.content?.['text/plain']?.schema?.oneOf?.map((s) => s.$ref)).toEqual([
          `#/components/schemas/${success[snsPath]}`,
          '#/components/schemas/ErrorResponse',
        ]);
      }
    }
  });

  it('answers the /cgi-bin token routes in application/json with the token or an ErrorResponse (ML§5)', async () => {
    const doc = await load(wechatYaml);
    for (const cgiBinPath of cgiBinPaths) {
      const operations = operationsOf(doc.paths[cgiBinPath] ?? {});
      expect(operations.map(([method]) => method)).toEqual(['get', 'post']);
      for (const [, operation] of operations) {
        expect(operation.responses?.['200']?.$ref).toBe('#/components/responses/ServerTokenAnswer');
      }
    }
    const answer = doc.components.responses?.ServerTokenAnswer;
    expect(answer?.content?.['application/json']?.schema?.oneOf?.map((s) => s.$ref)).toEqual([
      '#/components/schemas/ServerTokenResponse',
      '#/components/schemas/ErrorResponse',
    ]);
  });

  it('answers the /wxa routes in application/json with their result or an ErrorResponse (ML§2, ML§4)', async () => {
    const doc = await load(wechatYaml);
    const answers: Record<string, [answer: string, success: string]> = {
      '/wxa/checksession': ['WxaOkAnswer', 'WxaOkResponse'],
      '/wxa/resetusersessionkey': ['ResetSessionKeyAnswer', 'ResetSessionKeyResponse'],
      '/wxa/business/getuserphonenumber': ['PhoneNumberAnswer', 'PhoneNumberResponse'],
    };
    for (const wxaPath of wxaPaths) {
      const [answerName, success] = answers[wxaPath] ?? ['', ''];
      for (const [, operation] of operationsOf(doc.paths[wxaPath] ?? {})) {
        expect(operation.responses?.['200']?.$ref).toBe(`#/components/responses/${answerName}`);
      }
      const answer = doc.components.responses?.[answerName];
      expect(answer?.content?.['application/json']?.schema?.oneOf?.map((s) => s.$ref)).toEqual([
        `#/components/schemas/${success}`,
        '#/components/schemas/ErrorResponse',
      ]);
    }
  });

  it('marks the login UI routes as mock only', async () => {
    const doc = await load(wechatYaml);
    for (const mockPath of ['/connect/confirm/allow', '/connect/confirm/deny']) {
      for (const [, operation] of operationsOf(doc.paths[mockPath] ?? {})) {
        expect(operation).toMatchObject({ tags: ['mock-login-ui'], 'x-mock-only': true });
      }
    }
  });

  it('answers every /sns operation with HTTP 200 only (reference §9)', async () => {
    const doc = await load(wechatYaml);
    const operations = snsPaths.flatMap((p) => operationsOf(doc.paths[p] ?? {}));
    expect(operations).toHaveLength(10);
    for (const [, operation] of operations) {
      expect(Object.keys(operation.responses ?? {})).toEqual(['200']);
    }
  });
});

describe('the errcode catalogue', () => {
  it.each(expectedCatalogue)('lists %s as errcode %i with the base errmsg "%s"', async (name, errcode, errmsg) => {
    const entries = (await load(wechatYaml))['x-wechat-errcodes'] ?? [];
    expect(entries.find((entry) => entry.errcode === errcode)).toMatchObject({ name, errcode, errmsg });
  });

  it('holds exactly the catalogued codes, each on API endpoints with graded evidence', async () => {
    const doc = await load(wechatYaml);
    const entries = doc['x-wechat-errcodes'] ?? [];
    expect(entries.map((e) => e.errcode)).toEqual(expectedCatalogue.map(([, code]) => code));
    expect(doc.components.schemas.ErrorResponse?.properties?.errcode?.enum).toEqual(entries.map((e) => e.errcode));
    for (const entry of entries) {
      expect(entry.endpoints.length).toBeGreaterThan(0);
      for (const endpoint of entry.endpoints) expect(apiPaths).toContain(endpoint);
      expect(entry.evidence).toMatch(/^(DOC|CAP|LIB|INF) (ML)?§\d/);
    }
  });

  it('generates ErrCode constants that match the keys of errmsgs and errcodeEndpoints', () => {
    const codes = Object.values(ErrCode)
      .map(String)
      .sort((a, b) => Number(a) - Number(b));
    expect(Object.keys(errmsgs).sort((a, b) => Number(a) - Number(b))).toEqual(codes);
    expect(Object.keys(errcodeEndpoints).sort((a, b) => Number(a) - Number(b))).toEqual(codes);
    for (const [name, code, errmsg] of expectedCatalogue) {
      expect(ErrCode).toHaveProperty(name, code);
      expect(errmsgs[code as ErrCode]).toBe(errmsg);
    }
  });

  it('answers system error and the quota codes on every API endpoint', () => {
    for (const code of [ErrCode.SystemError, ErrCode.DailyQuotaLimit, ErrCode.MinuteQuotaLimit]) {
      expect(errcodeEndpoints[code]).toEqual(apiPaths);
    }
  });

  it('generates PageError with the texts of the HTML pages', async () => {
    const entries = (await load(wechatYaml))['x-wechat-page-errors'] ?? [];
    expect(Object.fromEntries(entries.map((e) => [e.name, e.text]))).toEqual(PageError);
    expect(PageError.RedirectUriInvalid).toBe('redirect_uri 参数错误');
    expect(PageError.LoginSessionExpired).toBe('二维码已失效，请返回并重新打开登录页');
  });

  it('exposes the schemas through contract/index.ts with their wire types', () => {
    expectTypeOf<AccessTokenResponse['expires_in']>().toEqualTypeOf<number>();
    expectTypeOf<AccessTokenResponse['is_snapshotuser']>().toEqualTypeOf<1 | undefined>();
    expectTypeOf<UserInfoResponse['sex']>().toEqualTypeOf<0 | 1 | 2>();
    expectTypeOf<ErrorResponse['errcode']>().toEqualTypeOf<ErrCode>();
    expectTypeOf<AppView['account']>().toEqualTypeOf<string | null>();
  });
});

describe('the control document', () => {
  const effectTypes = [
    'errcode',
    'http-status',
    'delay',
    'drop-connection',
    'truncated-body',
    'non-json-body',
    'content-type',
  ];

  it('gives every control operation a distinct camelCase operationId, a summary and a description', async () => {
    const doc = await loadControl();
    const operations = Object.values(doc.paths).flatMap((item) => operationsOf(item).map(([, op]) => op));
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]*$/);
      expect(operation.summary, operation.operationId).toBeTruthy();
      expect(operation.description, operation.operationId).toBeTruthy();
    }
  });

  it('requires the bearer control token on every operation but health, each declaring a 401', async () => {
    const doc = await loadControl();
    expect(doc.components.securitySchemes.controlToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ controlToken: [] }]);
    expect(doc.components.responses.Unauthorized?.headers).toHaveProperty('WWW-Authenticate');
    let guarded = 0;
    for (const [route, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of operationsOf(item)) {
        const where = `${method.toUpperCase()} ${route}`;
        if (route === '/__mock/health') {
          expect(operation.security, where).toEqual([]);
          expect(operation.responses, where).not.toHaveProperty('401');
          continue;
        }
        expect(operation.security, `${where} must inherit the root security`).toBeUndefined();
        expect(operation.responses?.['401']?.$ref, where).toBe('#/components/responses/Unauthorized');
        guarded += 1;
      }
    }
    expect(guarded).toBe(36);
  });

  it('offers exactly seven closed FaultEffect variants, one per type, mapped by the discriminator', async () => {
    const doc = await loadControl();
    const effect = doc.components.schemas.FaultEffect;
    const variants = (effect?.oneOf ?? []).map(({ $ref }) => [$ref, resolve(doc, $ref)] as const);
    const types = variants.map(([, variant]) => variant.properties?.type?.const);
    expect(types).toEqual(effectTypes);
    expect(doc.components.schemas.FaultEffectType?.enum).toEqual(effectTypes);
    expect(effect?.discriminator?.propertyName).toBe('type');
    expect(effect?.discriminator?.mapping).toEqual(
      Object.fromEntries(variants.map(([ref, v]) => [v.properties?.type?.const, ref])),
    );
    for (const [ref, variant] of variants) {
      expect(variant.additionalProperties, ref).toBe(false);
      expect(variant.required, ref).toContain('type');
    }
  });

  it('lets an ErrcodeEffect answer exactly the errcodes of the catalogue', async () => {
    const catalogue = ((await load(wechatYaml))['x-wechat-errcodes'] ?? []).map((entry) => entry.errcode);
    const errcode = (await loadControl()).components.schemas.ErrcodeEffect?.properties?.errcode;
    expect(errcode?.enum).toEqual(catalogue);
    expect(catalogue).toEqual(expectedCatalogue.map(([, code]) => code));
  });

  it('targets faults at the API endpoints of the WeChat document', async () => {
    const doc = await loadControl();
    expect(doc.components.schemas.SnsEndpoint?.enum).toEqual(apiPaths);
  });

  it('lists each string enum of the control API once, as a constant array of the same values as its type', () => {
    expect(SNS_ENDPOINTS).toEqual(apiPaths);
    expectTypeOf<(typeof SNS_ENDPOINTS)[number]>().toEqualTypeOf<SnsEndpoint>();
    expectTypeOf<(typeof SCOPES)[number]>().toEqualTypeOf<Scope>();
    expectTypeOf<(typeof USERINFO_LANGS)[number]>().toEqualTypeOf<UserinfoLang>();
    expectTypeOf<(typeof FAULT_EFFECT_TYPES)[number]>().toEqualTypeOf<FaultEffectType>();
    expectTypeOf<keyof PersonaRegion>().toEqualTypeOf<UserinfoLang>();
  });

  it('exposes the control schemas through contract/index.ts with their wire types', () => {
    expectTypeOf<FaultEffect['type']>().toEqualTypeOf<FaultEffectType>();
    expectTypeOf<ErrcodeEffect['errcode']>().toEqualTypeOf<ErrCode>();
    expectTypeOf<ClockSetRequest>().toEqualTypeOf<{ to: string } | { epochMs: number }>();
    expectTypeOf<FaultMatch['nth']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Fault['match']['nth']>().toEqualTypeOf<number>();
    expectTypeOf<Fault['times']>().toEqualTypeOf<number | 'always'>();
    expectTypeOf<Fault['remaining']>().toEqualTypeOf<number | null>();
    expectTypeOf<JournalEntry['fault']>().toEqualTypeOf<{ id: string; type: FaultEffectType } | null>();
    expectTypeOf<AppView['rateLimitPerMinute']>().toEqualTypeOf<number>();
    expectTypeOf<'unauthorized' | 'conflict' | 'internal'>().toMatchTypeOf<ControlErrorCode>();
  });
});

describe('scripts/contract.mjs check', () => {
  let copy: string | undefined;

  afterEach(async () => {
    if (copy !== undefined) await rm(copy, { recursive: true, force: true });
    copy = undefined;
  });

  /** A scratch copy of contract/ (YAML and generated files) to break without touching the real tree. */
  async function copyContract(): Promise<string> {
    copy = await mkdtemp(path.join(tmpdir(), 'contract-check-'));
    await cp(path.join(root, 'contract'), path.join(copy, 'contract'), {
      recursive: true,
      filter: (source) => !source.endsWith('.test.ts'),
    });
    return copy;
  }

  /** Rewrites the WeChat YAML of a scratch copy after `edit` changed its parsed form. */
  async function editWeChatYaml(dir: string, edit: (doc: Document) => void): Promise<void> {
    const file = path.join(dir, wechatYaml);
    const doc = parse(await readFile(file, 'utf8')) as Document;
    edit(doc);
    await writeFile(file, stringify(doc));
  }

  it('passes on the committed tree', async () => {
    const { code, output } = await runScript('check');
    expect(output.trim()).toBe('contract: 6 files up to date');
    expect(code).toBe(0);
  });

  it('generate writes the committed files byte for byte', async () => {
    const dir = await copyContract();
    await rm(path.join(dir, 'contract/generated'), { recursive: true });
    const { code } = await runScript('generate', dir);
    expect(code).toBe(0);
    for (const name of ['wechat-oauth.ts', 'mock-control.ts', 'errcodes.ts', 'page-errors.ts']) {
      const file = `contract/generated/${name}`;
      expect(await readFile(path.join(dir, file), 'utf8'), file).toBe(await readFile(path.join(root, file), 'utf8'));
    }
  });

  it('fails and names the file when a generated file differs', async () => {
    const dir = await copyContract();
    const file = path.join(dir, 'contract/generated/errcodes.ts');
    await writeFile(file, `${await readFile(file, 'utf8')}// hand edit\n`);
    const { code, output } = await runScript('check', dir);
    expect(code).toBe(1);
    expect(output).toContain('contract/generated/errcodes.ts differs');
    expect(output).toContain('run npm run contract:generate');
    expect(output).not.toContain('wechat-oauth.ts');
  });

  it('fails and names the file when a generated file is missing', async () => {
    const dir = await copyContract();
    await rm(path.join(dir, 'contract/generated/mock-control.ts'));
    const { code, output } = await runScript('check', dir);
    expect(code).toBe(1);
    expect(output).toContain('contract/generated/mock-control.ts is missing');
  });

  it('fails when the YAML changed but the generated files were not regenerated', async () => {
    const dir = await copyContract();
    await editWeChatYaml(dir, (doc) => {
      const entry = doc['x-wechat-errcodes']?.find((e) => e.name === 'InvalidCode');
      if (entry !== undefined) entry.errmsg = 'invalid oauth code';
    });
    const { code, output } = await runScript('check', dir);
    expect(code).toBe(1);
    expect(output).toContain('contract/generated/errcodes.ts differs');
  });

  it('fails when ErrorResponse.errcode no longer lists a catalogued code', async () => {
    const dir = await copyContract();
    await editWeChatYaml(dir, (doc) => {
      const errcode = doc.components.schemas.ErrorResponse?.properties?.errcode;
      if (errcode?.enum !== undefined) errcode.enum = errcode.enum.filter((c) => c !== ErrCode.InvalidCredential);
    });
    const { code, output } = await runScript('check', dir);
    expect(code).toBe(1);
    expect(output).toContain('ErrorResponse.errcode enum lacks catalogued errcode 40001');
  });

  it('fails when two catalogue entries share a name', async () => {
    const dir = await copyContract();
    await editWeChatYaml(dir, (doc) => {
      const entry = doc['x-wechat-errcodes']?.find((e) => e.name === 'InvalidGrantType');
      if (entry !== undefined) entry.name = 'InvalidCredential';
    });
    const { code, output } = await runScript('check', dir);
    expect(code).toBe(1);
    expect(output).toContain('name InvalidCredential is repeated');
  });
});
