import type { JournalEntry, JournalPage } from '../index.js';
import { MockControlError } from './mock-control-error.js';
import type { JournalFilter, WaitOptions } from './wechat-mock.js';

/** The longest long poll the control plane holds (`wait` of `GET /__mock/journal`). */
const MAX_WAIT_MS = 30_000;
/** The most entries one read returns. */
const PAGE = 1000;

/**
 * The oldest journal entry that matches, reading the journal page by page and then long-polling it (`after`
 * the last id seen, `wait` for what is left of the time) until one arrives or `timeoutMs` runs out. A filter
 * is applied by the control plane; a predicate here, to every entry the reads bring.
 */
export async function waitForEntry(
  read: (query: JournalFilter & { wait?: number }) => Promise<JournalPage>,
  match: JournalFilter | ((entry: JournalEntry) => boolean),
  options: WaitOptions,
): Promise<JournalEntry> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const filter = typeof match === 'function' ? {} : match;
  const accepts = typeof match === 'function' ? match : () => true;
  const deadline = performance.now() + timeoutMs;
  let after = options.after ?? filter.after;
  for (;;) {
    const left = Math.max(0, Math.floor(deadline - performance.now()));
    const page = await read({
      ...filter,
      limit: PAGE,
      ...(after === undefined ? {} : { after }),
      wait: Math.min(left, MAX_WAIT_MS),
    });
    const found = page.entries.find(accepts);
    if (found !== undefined) return found;
    // Entries were read up to the newest that matched the filter; with none, nothing matching arrived yet.
    after = page.entries.at(-1)?.id ?? page.lastId;
    if (left === 0) {
      throw new MockControlError('timeout', `no journal entry matched within ${timeoutMs} ms`, 0);
    }
  }
}
