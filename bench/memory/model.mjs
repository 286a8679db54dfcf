// Builds the mock's model in process from the built files (run `npm run build` first).
import { validateConfig } from '../../dist/mock-server/config/validate-config.js';
import { createSystemClock } from '../../dist/mock-server/core/clock.js';
import { cryptoRandom } from '../../dist/mock-server/core/random-source.js';
import { MockModel } from '../../dist/mock-server/model/mock-model.js';

export const APPID = 'wx5f3b9c0d2e1a4b67';
export const SCOPE = 'snsapi_login';

/** A MockModel of the demo config on a clock that can be moved, with its website app, a persona and its openid. */
export function demoModel() {
  const model = new MockModel(validateConfig(undefined), createSystemClock(), cryptoRandom);
  const app = model.registry.app(APPID);
  const persona = model.registry.persona('zhangsan');
  if (!app || !persona) throw new Error(`the demo config has no app ${APPID} or persona zhangsan`);
  return { model, app, persona, openid: model.registry.openid(app, persona) };
}

/** Fully collected heap, in bytes (needs `node --expose-gc`). */
export function settledMemory() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) globalThis.gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

export function progress(line) {
  process.stderr.write(`${line}\n`);
}
