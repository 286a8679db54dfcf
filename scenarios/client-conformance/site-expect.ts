import assert from 'node:assert/strict';
import type { JournalEntry } from '../../contract/index.js';
import type { Navigation } from '../browser/scripted-browser.js';

/** Asserts that no answer the browser got on the way was a server error. */
export function expectNoServerError(navigation: Navigation): void {
  const failed = navigation.hops.find((hop) => hop.status >= 500);
  assert.ok(failed === undefined, `the site answered HTTP ${failed?.status} at ${failed?.url}`);
}

/** Asserts that the secret appears in no URL the browser visited and in no page it was shown. */
export function expectSecretHidden(navigation: Navigation, secret: string): void {
  const forms = [secret, encodeURIComponent(secret)];
  for (const hop of navigation.hops) {
    for (const form of forms) {
      assert.ok(
        !hop.url.includes(form),
        `the app secret is in a URL the browser visited: ${hop.url.replace(secret, '…')}`,
      );
      assert.ok(!hop.text.includes(form), `the app secret is in the page at ${hop.url}`);
    }
  }
}

export const exchanges = (calls: readonly JournalEntry[]) =>
  calls.filter((call) => call.path === '/sns/oauth2/access_token');

/** Asserts how many code exchanges the site made. */
export function expectExchanges(calls: readonly JournalEntry[], count: number, why: string): void {
  const made = exchanges(calls).length;
  assert.equal(made, count, `${why}: the site exchanged a code ${made} time(s), expected ${count}`);
}
