import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { wechatOAuthDocument } from '../../contract/index.js';

const DOCUMENT_ID = 'wechat-oauth';

type JsonObject = Record<string, unknown>;

/**
 * Validates answers against contract/wechat-oauth.openapi.yaml: the status must be one the operation
 * documents, and a JSON body must match the schema of that response (JSON Schema 2020-12, as OpenAPI 3.1
 * uses). Problems are reported with the JSON path of the offending value.
 */
export class ContractValidator {
  readonly #ajv = new Ajv2020({ strict: false, allErrors: true });
  readonly #compiled = new Map<string, ValidateFunction | null>();

  constructor() {
    this.#ajv.addSchema(wechatOAuthDocument as JsonObject, DOCUMENT_ID);
  }

  /** What is wrong with an answer to `method path` (empty when it matches the contract). */
  problems(method: string, path: string, status: number, body: unknown): string[] {
    const operation = `${method.toUpperCase()} ${path}`;
    const responses = (this.#at(['paths', path, method.toLowerCase()]) as JsonObject | undefined)?.responses;
    if (responses === undefined) return [`the contract documents no ${operation}`];
    const key = String(status) in (responses as JsonObject) ? String(status) : 'default';
    if (!(key in (responses as JsonObject))) {
      return [`HTTP ${status} is not an answer the contract documents for ${operation}`];
    }
    const validate = this.#validator(['paths', path, method.toLowerCase(), 'responses', key]);
    if (validate === null || validate(body)) return [];
    return describe(validate.errors ?? []).map((problem) => `${operation} (HTTP ${status}): ${problem}`);
  }

  /** The validator of a response's (first) body schema, following the response's $ref; null without a schema. */
  #validator(responsePath: readonly string[]): ValidateFunction | null {
    const cacheKey = responsePath.join('\0');
    const cached = this.#compiled.get(cacheKey);
    if (cached !== undefined) return cached;
    let path = [...responsePath];
    let response = this.#at(path) as JsonObject;
    if (typeof response.$ref === 'string') {
      path = refToPath(response.$ref);
      response = this.#at(path) as JsonObject;
    }
    const content = response.content as JsonObject | undefined;
    const mediaType = content === undefined ? undefined : Object.keys(content)[0];
    const validate =
      mediaType === undefined || (content?.[mediaType] as JsonObject | undefined)?.schema === undefined
        ? null
        : this.#ajv.compile({ $ref: `${DOCUMENT_ID}#${toPointer([...path, 'content', mediaType, 'schema'])}` });
    this.#compiled.set(cacheKey, validate);
    return validate;
  }

  #at(path: readonly string[]): unknown {
    return path.reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as JsonObject)[key] : undefined),
      wechatOAuthDocument,
    );
  }
}

function refToPath(ref: string): string[] {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function toPointer(path: readonly string[]): string {
  return `/${path.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

/**
 * Ajv's errors as `at /path: message`, without the bare "must match exactly one schema in oneOf" when the
 * branches' own errors say more; each distinct problem once.
 */
function describe(errors: readonly ErrorObject[]): string[] {
  const specific = errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const shown = (specific.length > 0 ? specific : errors).map((error) => {
    const where = error.instancePath === '' ? 'the body' : `at ${error.instancePath}`;
    const detail =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})`
        : error.keyword === 'enum' || error.keyword === 'const'
          ? ` (${JSON.stringify(error.params)})`
          : '';
    return `${where}: ${error.message ?? error.keyword}${detail}`;
  });
  return [...new Set(shown)];
}
