import type { JournalEntry, JournalPage } from '../../../contract/index.js';
import type { Api } from './api.js';
import { afterPaint } from './dom.js';

/** The most entries the dashboard holds; older ones are dropped (the view stays smooth: journal-list.ts). */
export const MAX_ENTRIES = 10_000;
/** The largest page `GET /__mock/journal` gives. */
const PAGE = 1000;
/** The first read: what fills the first screens. */
const FIRST_PAGE = 100;
/** How long the server holds a long poll (the contract allows up to 30 s). */
const WAIT_MS = 25_000;

/**
 * The journal as it grows: one first read, then a long poll (`after` + `wait`) that the server answers as
 * soon as a request arrives, so the page polls nothing on its own. A burst larger than one answer is read
 * back with `before`; so is the history, up to MAX_ENTRIES, after the first render.
 */
export class JournalFeed {
  /** Oldest first. */
  entries: JournalEntry[] = [];
  #lastId = 0;
  readonly #api: Api;
  readonly #onAdd: (added: readonly JournalEntry[], all: boolean) => void;

  /** `onAdd` gets the new entries (oldest first); `all` is true when the whole list changed (history, clear). */
  constructor(api: Api, onAdd: (added: readonly JournalEntry[], all: boolean) => void) {
    this.#api = api;
    this.#onAdd = onAdd;
  }

  async start(): Promise<void> {
    // A small first read draws the page fast; the history follows in full pages.
    const first = await this.#read(`limit=${FIRST_PAGE}`);
    this.#lastId = first.lastId;
    this.#add(first.entries, true);
    // The history (up to 10,000 entries, half a megabyte) is read after the first page is painted.
    void afterPaint()
      .then(() => this.#history(first.entries))
      .then(() => this.#follow());
  }

  /** Forgets what is shown, or one app's share (after a reset); new requests keep arriving. */
  clear(appid?: string): void {
    this.entries = appid === undefined ? [] : this.entries.filter((e) => e.appid !== appid);
    this.#onAdd([], true);
  }

  async #history(newest: readonly JournalEntry[]): Promise<void> {
    let oldest = newest[0]?.id;
    let full = newest.length === FIRST_PAGE;
    const older: JournalEntry[][] = [];
    let held = this.entries.length;
    while (oldest !== undefined && full && held < MAX_ENTRIES) {
      const { entries } = await this.#read(`limit=${PAGE}&before=${oldest}`);
      older.unshift(entries);
      held += entries.length;
      full = entries.length === PAGE;
      oldest = entries[0]?.id;
    }
    if (older.length === 0) return;
    this.entries = [...older.flat(), ...this.entries].slice(-MAX_ENTRIES);
    this.#onAdd([], true);
  }

  async #follow(): Promise<void> {
    let failures = 0;
    for (;;) {
      try {
        const page = await this.#read(`after=${this.#lastId}&limit=${PAGE}&wait=${WAIT_MS}`);
        let entries = page.entries;
        // A full answer may hide older new entries: read back to where we were.
        let full = entries.length === PAGE;
        while (full && entries[0] !== undefined && entries.length < MAX_ENTRIES) {
          const back = await this.#read(`after=${this.#lastId}&before=${entries[0].id}&limit=${PAGE}`);
          entries = [...back.entries, ...entries];
          full = back.entries.length === PAGE;
        }
        this.#lastId = Math.max(this.#lastId, page.lastId);
        if (entries.length > 0) this.#add(entries, false);
        failures = 0;
      } catch (error) {
        // The mock restarted or the network went: try again, slower each time (at most every 10 s).
        failures++;
        console.warn('journal long poll failed', error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** failures)));
      }
    }
  }

  #read(query: string): Promise<JournalPage> {
    return this.#api<JournalPage>('GET', `/journal?${query}`);
  }

  #add(entries: readonly JournalEntry[], all: boolean): void {
    this.entries = this.entries.concat(entries);
    if (this.entries.length > MAX_ENTRIES) this.entries = this.entries.slice(-MAX_ENTRIES);
    this.#onAdd(entries, all);
  }
}
