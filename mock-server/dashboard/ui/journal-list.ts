import type { JournalEntry } from '../../../contract/index.js';
import { h, replace } from './dom.js';
import type { LoginTag } from './login-groups.js';

/** Every row has this height (CSS .row), so the list draws only the rows in view. */
export const ROW_HEIGHT = 30;
const OVERSCAN = 8;

export interface ListSource {
  /** How many rows; row 0 is the newest. */
  readonly length: number;
  entry(row: number): JournalEntry;
  tag(entry: JournalEntry): LoginTag | null;
  loginLabel(tag: LoginTag): string;
}

/**
 * The journal as a virtual list: a spacer as tall as all rows, and only the rows in view (plus a few) in the
 * DOM, so 10,000 entries scroll like 30. A listbox for assistive technology: arrow keys move the selection,
 * Home/End jump.
 */
export class JournalList {
  readonly element: HTMLDivElement;
  readonly #spacer: HTMLDivElement;
  readonly #rows: HTMLDivElement;
  #source: ListSource = { length: 0, entry: () => undefined as never, tag: () => null, loginLabel: () => '' };
  #selectedId: number | null = null;
  #drawn = '';
  #frame = 0;
  readonly #onSelect: (entry: JournalEntry) => void;

  constructor(label: string, onSelect: (entry: JournalEntry) => void) {
    this.#onSelect = onSelect;
    this.#spacer = h('div', { class: 'spacer' });
    this.#rows = h('div', { class: 'rows' });
    this.element = h(
      'div',
      {
        class: 'vlist',
        attrs: { role: 'listbox', tabindex: 0, 'aria-label': label },
        on: {
          scroll: () => this.#schedule(),
          keydown: (event) => this.#key(event),
          click: (event) => {
            const row = (event.target as Element).closest<HTMLElement>('[data-row]');
            if (row !== null) this.#select(Number(row.dataset.row));
          },
        },
      },
      this.#spacer,
      this.#rows,
    );
    new ResizeObserver(() => this.#schedule()).observe(this.element);
  }

  show(source: ListSource): void {
    this.#source = source;
    this.#spacer.style.height = `${source.length * ROW_HEIGHT}px`;
    this.#drawn = '';
    this.#schedule();
  }

  #schedule(): void {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  }

  #draw(): void {
    const { scrollTop, clientHeight } = this.element;
    const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.#source.length, Math.ceil((scrollTop + clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const key = `${first}:${last}:${this.#selectedId}:${this.#source.length}`;
    if (key === this.#drawn) return;
    this.#drawn = key;
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) rows.push(this.#row(i));
    this.#rows.style.transform = `translateY(${first * ROW_HEIGHT}px)`;
    replace(this.#rows, ...rows);
  }

  #row(index: number): HTMLElement {
    const entry = this.#source.entry(index);
    const tag = this.#source.tag(entry);
    const selected = entry.id === this.#selectedId;
    const outcome = entry.errcode !== null && entry.errcode !== 0 ? `errcode ${entry.errcode}` : String(entry.status);
    const failed =
      entry.fault !== null ||
      (entry.errcode !== null && entry.errcode !== 0) ||
      entry.status >= 400 ||
      entry.status === 0;
    return h(
      'div',
      {
        class: `row${selected ? ' selected' : ''}${failed ? ' failed' : ''}`,
        attrs: { role: 'option', 'aria-selected': String(selected), 'data-row': index, id: `entry-${entry.id}` },
      },
      h('span', { class: 'time' }, entry.time.slice(11, 19), h('span', { class: 'ms' }, entry.time.slice(19, 23))),
      h('span', { class: 'path' }, `${entry.method} ${entry.path}`),
      h('span', { class: 'who' }, entry.persona ?? ''),
      h('span', { class: 'outcome' }, outcome),
      entry.fault === null ? null : h('span', { class: 'badge fault' }, `⚡ ${entry.fault.id}`),
      tag === null ? null : h('span', { class: `badge step-${tag.step}` }, this.#source.loginLabel(tag)),
    );
  }

  #select(index: number): void {
    if (index < 0 || index >= this.#source.length) return;
    const entry = this.#source.entry(index);
    this.#selectedId = entry.id;
    const top = index * ROW_HEIGHT;
    if (top < this.element.scrollTop) this.element.scrollTop = top;
    else if (top + ROW_HEIGHT > this.element.scrollTop + this.element.clientHeight) {
      this.element.scrollTop = top + ROW_HEIGHT - this.element.clientHeight;
    }
    this.element.setAttribute('aria-activedescendant', `entry-${entry.id}`);
    this.#drawn = '';
    this.#draw();
    this.#onSelect(entry);
  }

  #selectedIndex(): number {
    for (let i = 0; i < this.#source.length; i++) if (this.#source.entry(i).id === this.#selectedId) return i;
    return -1;
  }

  #key(event: KeyboardEvent): void {
    const moves: Record<string, (i: number) => number> = {
      ArrowDown: (i) => i + 1,
      ArrowUp: (i) => Math.max(0, i - 1),
      Home: () => 0,
      End: () => this.#source.length - 1,
      PageDown: (i) => i + Math.floor(this.element.clientHeight / ROW_HEIGHT),
      PageUp: (i) => Math.max(0, i - Math.floor(this.element.clientHeight / ROW_HEIGHT)),
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    this.#select(Math.min(this.#source.length - 1, move(this.#selectedIndex())));
  }
}
