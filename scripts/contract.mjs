#!/usr/bin/env node
// Generates contract/generated/*.ts from the OpenAPI documents in contract/, and checks them for drift.
//
//   node scripts/contract.mjs generate [root]   write the generated files
//   node scripts/contract.mjs check [root]      regenerate in memory and compare byte for byte
//
// `root` (default: the repository) is the directory holding contract/; the tests point it at a copy.
// The functions are exported so they can be used without spawning the script.

import { realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

export const DEFAULT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WECHAT_YAML = 'contract/wechat-oauth.openapi.yaml';
export const CONTROL_YAML = 'contract/mock-control.openapi.yaml';
export const GENERATED_DIR = 'contract/generated';
const GENERATE_COMMAND = 'npm run contract:generate';

const EVIDENCE_RE = /^(DOC|CAP|LIB|INF) (ML)?§\d/;
const IDENTIFIER_RE = /^[A-Z][A-Za-z0-9]*$/;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Reads and parses one YAML document of `root`. */
export async function loadDocument(root, file) {
  const text = await readFile(path.join(root, file), 'utf8');
  return { text, doc: parse(text) };
}

/**
 * Every generated file of `root`, regenerated from the YAML documents: a Map from the path relative to
 * `root` (POSIX separators) to the file's content. Throws when the catalogue is inconsistent.
 */
export async function generateAll(root = DEFAULT_ROOT) {
  const documents = await loadDocuments(root);
  const problems = catalogueProblems(documents.wechat.doc);
  if (problems.length > 0) {
    throw new Error(`${WECHAT_YAML} is inconsistent:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return render(root, documents);
}

async function loadDocuments(root) {
  return { wechat: await loadDocument(root, WECHAT_YAML), control: await loadDocument(root, CONTROL_YAML) };
}

async function render(root, { wechat, control }) {
  const cwd = pathToFileURL(path.join(root, 'contract') + path.sep);
  return new Map([
    [`${GENERATED_DIR}/wechat-oauth.ts`, header(WECHAT_YAML) + (await openapiTypes(wechat.text, cwd))],
    [`${GENERATED_DIR}/mock-control.ts`, header(CONTROL_YAML) + (await openapiTypes(control.text, cwd))],
    [`${GENERATED_DIR}/errcodes.ts`, header(WECHAT_YAML, 'x-wechat-errcodes') + errcodesModule(wechat.doc)],
    [`${GENERATED_DIR}/page-errors.ts`, header(WECHAT_YAML, 'x-wechat-page-errors') + pageErrorsModule(wechat.doc)],
    [`${GENERATED_DIR}/wechat-oauth-document.ts`, header(WECHAT_YAML) + documentModule(wechat.doc)],
    [
      `${GENERATED_DIR}/control-enums.ts`,
      header(CONTROL_YAML, 'string enums of components.schemas') + enumsModule(control.doc),
    ],
  ]);
}

/** Writes the generated files and removes stale ones from contract/generated/. Returns the paths written. */
export async function writeAll(root = DEFAULT_ROOT) {
  const files = await generateAll(root);
  await mkdir(path.join(root, GENERATED_DIR), { recursive: true });
  for (const stale of await existingGenerated(root)) {
    if (!files.has(stale)) await rm(path.join(root, stale));
  }
  for (const [file, content] of files) await writeFile(path.join(root, file), content);
  return [...files.keys()];
}

/**
 * Compares the committed generated files of `root` with what the YAML documents produce now.
 * Returns `{ count, inconsistencies, drift }`: what is wrong in the YAML itself (see `catalogueProblems`), and
 * which generated files are missing, differ or are stale. Both lists are empty when everything is up to date.
 */
export async function checkAll(root = DEFAULT_ROOT) {
  const documents = await loadDocuments(root);
  const inconsistencies = catalogueProblems(documents.wechat.doc);
  if (inconsistencies.length > 0) return { count: 0, inconsistencies, drift: [] };
  const files = await render(root, documents);
  const drift = [];
  for (const [file, expected] of files) {
    let actual;
    try {
      actual = await readFile(path.join(root, file), 'utf8');
    } catch {
      drift.push(`${file} is missing`);
      continue;
    }
    if (actual !== expected) drift.push(`${file} differs from what its YAML generates`);
  }
  for (const extra of await existingGenerated(root)) {
    if (!files.has(extra)) drift.push(`${extra} is not generated from any YAML (stale file)`);
  }
  return { count: files.size, inconsistencies, drift };
}

/**
 * What is wrong with the errcode and page-error catalogues of the WeChat document (empty when nothing):
 * ErrorResponse's errcode enum must list exactly the catalogued codes, names must be unique identifiers,
 * endpoints must be /sns paths of the document, and every /sns operation must answer HTTP 200 only (reference §9).
 */
export function catalogueProblems(doc) {
  const problems = [];
  const paths = Object.keys(doc?.paths ?? {});
  const snsPaths = snsEndpoints(doc);

  const errcodes = doc?.['x-wechat-errcodes'];
  if (!Array.isArray(errcodes) || errcodes.length === 0) {
    problems.push('x-wechat-errcodes must be a non-empty list');
  } else {
    problems.push(...duplicates(errcodes.map((e) => e?.name)).map((n) => `x-wechat-errcodes: name ${n} is repeated`));
    problems.push(
      ...duplicates(errcodes.map((e) => e?.errcode)).map((c) => `x-wechat-errcodes: errcode ${c} is repeated`),
    );
    for (const [i, entry] of errcodes.entries()) {
      const where = `x-wechat-errcodes[${i}] (${entry?.name ?? '?'})`;
      if (!Number.isInteger(entry?.errcode)) problems.push(`${where}: errcode must be an integer`);
      if (!IDENTIFIER_RE.test(entry?.name ?? '')) problems.push(`${where}: name must be a PascalCase identifier`);
      if (typeof entry?.errmsg !== 'string' || entry.errmsg === '') problems.push(`${where}: errmsg must be text`);
      if (!Array.isArray(entry?.endpoints) || entry.endpoints.length === 0) {
        problems.push(`${where}: endpoints must be a non-empty list`);
      } else {
        for (const endpoint of entry.endpoints) {
          if (!snsPaths.includes(endpoint)) problems.push(`${where}: endpoint ${endpoint} is not an API path`);
        }
        for (const endpoint of duplicates(entry.endpoints)) problems.push(`${where}: endpoint ${endpoint} is repeated`);
      }
      if (!EVIDENCE_RE.test(entry?.evidence ?? '')) {
        problems.push(`${where}: evidence must be DOC|CAP|LIB|INF and a reference section, e.g. "CAP §8"`);
      }
    }
    const enumCodes = doc?.components?.schemas?.ErrorResponse?.properties?.errcode?.enum;
    if (!Array.isArray(enumCodes)) {
      problems.push('components.schemas.ErrorResponse.properties.errcode.enum is missing');
    } else {
      const catalogued = new Set(errcodes.map((e) => e?.errcode));
      const enumerated = new Set(enumCodes);
      for (const code of catalogued) {
        if (!enumerated.has(code)) problems.push(`ErrorResponse.errcode enum lacks catalogued errcode ${code}`);
      }
      for (const code of enumerated) {
        if (!catalogued.has(code))
          problems.push(`ErrorResponse.errcode enum has ${code}, absent from x-wechat-errcodes`);
      }
      for (const code of duplicates(enumCodes)) problems.push(`ErrorResponse.errcode enum repeats ${code}`);
    }
  }

  const pageErrors = doc?.['x-wechat-page-errors'];
  if (!Array.isArray(pageErrors) || pageErrors.length === 0) {
    problems.push('x-wechat-page-errors must be a non-empty list');
  } else {
    problems.push(
      ...duplicates(pageErrors.map((e) => e?.name)).map((n) => `x-wechat-page-errors: name ${n} is repeated`),
    );
    problems.push(
      ...duplicates(pageErrors.map((e) => e?.text)).map((t) => `x-wechat-page-errors: text ${t} is repeated`),
    );
    for (const [i, entry] of pageErrors.entries()) {
      const where = `x-wechat-page-errors[${i}] (${entry?.name ?? '?'})`;
      if (!IDENTIFIER_RE.test(entry?.name ?? '')) problems.push(`${where}: name must be a PascalCase identifier`);
      if (typeof entry?.text !== 'string' || entry.text === '') problems.push(`${where}: text must be text`);
      if (!Array.isArray(entry?.pages) || entry.pages.length === 0) {
        problems.push(`${where}: pages must be a non-empty list`);
      } else {
        for (const page of entry.pages) {
          if (!paths.includes(page) || API_PATH_RE.test(page))
            problems.push(`${where}: page ${page} is not a page path`);
        }
      }
      if (!EVIDENCE_RE.test(entry?.evidence ?? '')) {
        problems.push(`${where}: evidence must be DOC|CAP|LIB|INF and a reference section, e.g. "CAP §1.3"`);
      }
    }
  }

  for (const snsPath of snsPaths) {
    for (const method of HTTP_METHODS) {
      const operation = doc.paths[snsPath][method];
      if (!operation) continue;
      const statuses = Object.keys(operation.responses ?? {});
      if (statuses.length !== 1 || statuses[0] !== '200') {
        problems.push(`${method.toUpperCase()} ${snsPath} must answer HTTP 200 only (reference §9), not ${statuses}`);
      }
    }
  }
  return problems;
}

/** The API host's families of paths: /sns, and /cgi-bin and /wxa (ML§5), all on api.weixin.qq.com. */
const API_PATH_RE = /^\/(sns|cgi-bin|wxa)\//;

/**
 * The API paths of the WeChat document (/sns, /cgi-bin, /wxa), in document order: what `SnsEndpoint` names
 * (the name predates /cgi-bin and /wxa; ML§5).
 */
export function snsEndpoints(doc) {
  return Object.keys(doc?.paths ?? {}).filter((p) => API_PATH_RE.test(p));
}

function duplicates(values) {
  const seen = new Set();
  const repeated = new Set();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

async function existingGenerated(root) {
  let names;
  try {
    names = await readdir(path.join(root, GENERATED_DIR));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `${GENERATED_DIR}/${name}`);
}

function header(yamlFile, extension) {
  const source = extension ? `${extension} of ${yamlFile}` : yamlFile;
  return [
    '/**',
    ` * Generated from ${source} by \`${GENERATE_COMMAND}\`.`,
    ' * Do not edit: change the YAML and regenerate (`npm run contract:check` fails on drift).',
    ' */',
    '',
    '',
  ].join('\n');
}

async function openapiTypes(yamlText, cwd) {
  const ast = await openapiTS(yamlText, { cwd });
  return ensureFinalNewline(astToString(ast));
}

function ensureFinalNewline(text) {
  return `${text.replace(/\s+$/, '')}\n`;
}

/** A single-quoted TypeScript string literal. */
function str(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** Text safe inside a block comment. */
function comment(value) {
  return String(value).replace(/\*\//g, '*\\/');
}

/** A numeric errcode as an object key: negative numbers must be quoted. */
function codeKey(code) {
  return code < 0 ? str(String(code)) : String(code);
}

function errcodesModule(doc) {
  const entries = doc['x-wechat-errcodes'];
  const endpoints = snsEndpoints(doc);
  const lines = [
    "/** WeChat's API errcodes by name (reference §8, ML§5). Branch on these, never on errmsg. */",
    'export const ErrCode = {',
    ...entries.flatMap((e) => [
      `  /** "${comment(e.errmsg)}" on ${comment(e.endpoints.join(', '))}. Evidence: ${comment(e.evidence)}. */`,
      `  ${e.name}: ${e.errcode},`,
    ]),
    '} as const;',
    '',
    'export type ErrCode = (typeof ErrCode)[keyof typeof ErrCode];',
    '',
    '/** The endpoints of the WeChat API host: /sns, /cgi-bin and /wxa (reference §3–§5, ML§1–ML§5). */',
    `export type SnsEndpoint = ${endpoints.map(str).join(' | ')};`,
    '',
    '/** The base errmsg of each errcode; WeChat appends a suffix such as `, rid: xxxxxxxx-xxxxxxxx-xxxxxxxx` (reference §8.1). */',
    'export const errmsgs: { readonly [K in ErrCode]: string } = {',
    ...entries.map((e) => `  ${codeKey(e.errcode)}: ${str(e.errmsg)},`),
    '};',
    '',
    '/** The endpoints on which each errcode is answered (reference §3.3, §4, §5, §8, ML§5). */',
    'export const errcodeEndpoints: { readonly [K in ErrCode]: readonly SnsEndpoint[] } = {',
    ...entries.map((e) => `  ${codeKey(e.errcode)}: [${e.endpoints.map(str).join(', ')}],`),
    '};',
  ];
  return `${lines.join('\n')}\n`;
}

function pageErrorsModule(doc) {
  const entries = doc['x-wechat-page-errors'];
  const lines = [
    '/** Texts of the HTML error and cancel pages, shown in `<h4 class="weui_msg_title">` (reference §1.2, §1.3, §2). */',
    'export const PageError = {',
    ...entries.flatMap((e) => [
      `  /** On ${comment(e.pages.join(', '))}. Evidence: ${comment(e.evidence)}. */`,
      `  ${e.name}: ${str(e.text)},`,
    ]),
    '} as const;',
    '',
    'export type PageError = (typeof PageError)[keyof typeof PageError];',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Runs one command (`generate` or `check`, then an optional root) and answers its exit code; `out` receives
 * what the script prints. The tests call this in-process, so they do not pay for a Node start per case.
 */
export async function runCommand(argv, out = { log: console.log, error: console.error }) {
  const [command, root = DEFAULT_ROOT] = argv;
  const absoluteRoot = path.resolve(root);
  try {
    if (command === 'generate') {
      const written = await writeAll(absoluteRoot);
      out.log(`contract: wrote ${written.length} files (${written.join(', ')})`);
      return 0;
    }
    if (command === 'check') {
      const { count, inconsistencies, drift } = await checkAll(absoluteRoot);
      if (inconsistencies.length > 0) {
        for (const problem of inconsistencies) out.error(`contract: ${WECHAT_YAML}: ${problem}`);
        out.error(`contract: fix ${WECHAT_YAML}, then run ${GENERATE_COMMAND}`);
        return 1;
      }
      if (drift.length > 0) {
        for (const problem of drift) out.error(`contract: ${problem}`);
        out.error(`contract: generated files are out of date; run ${GENERATE_COMMAND}`);
        return 1;
      }
      out.log(`contract: ${count} files up to date`);
      return 0;
    }
  } catch (error) {
    out.error(`contract: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  out.error('usage: node scripts/contract.mjs generate|check [root]');
  return 2;
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  process.exitCode = await runCommand(process.argv.slice(2));
}

/**
 * Every string enum among the schemas of a document as a constant array, so code that checks input at run
 * time (config readers, the control plane) lists the values once, from the contract: `SnsEndpoint` becomes
 * `SNS_ENDPOINTS`.
 */
function enumsModule(doc) {
  const schemas = Object.entries(doc?.components?.schemas ?? {}).filter(
    ([, schema]) => schema?.type === 'string' && Array.isArray(schema.enum),
  );
  const lines = schemas.flatMap(([name, schema]) => [
    `/** ${comment((schema.description ?? name).trim().replace(/\s+/g, ' '))} */`,
    `export const ${name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toUpperCase()}S = [${schema.enum.map(str).join(', ')}] as const;`,
  ]);
  return `${lines.join('\n')}\n`;
}

/** The WeChat document itself as data, for validating answers at run time without reading the YAML. */
function documentModule(doc) {
  return (
    '/** contract/wechat-oauth.openapi.yaml as a JSON value (OpenAPI 3.1), e.g. for validating answers. */\n' +
    `export const wechatOAuthDocument: Readonly<Record<string, unknown>> = ${JSON.stringify(doc, null, 2)};\n`
  );
}
