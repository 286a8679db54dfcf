/**
 * Builds DOM nodes from data without ever parsing markup: text goes in as text nodes, attributes through
 * setAttribute. Everything the dashboard shows (app names, nicknames, journal entries) is attacker-controlled
 * on a shared mock, so no code path here takes HTML.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly class?: string;
  /** Attributes; event-handler attributes (on…) are refused: handlers go in `on`. */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class !== undefined) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`event attribute ${name} refused`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, children);
  return element;
}

/** Appends children, strings and numbers as text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** A labelled form field: the label is tied to the control by id, for screen readers and clicks. */
let fieldIds = 0;
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = `f${++fieldIds}`;
  control.id = id;
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id } }, label),
    control,
    hint ? h('small', {}, hint) : null,
  );
}

export function input(name: string, value = '', attrs: Props['attrs'] = {}): HTMLInputElement {
  const element = h('input', { attrs: { name, type: 'text', autocomplete: 'off', ...attrs } });
  if (value !== undefined) element.value = value;
  return element;
}

/** A select of `[value, label]` options; `value` picks one (else the first is selected). */
export function select(
  name: string,
  options: readonly (readonly [string, string])[],
  value?: string,
): HTMLSelectElement {
  const element = h(
    'select',
    { attrs: { name } },
    ...options.map(([v, text]) => h('option', { attrs: { value: v } }, text)),
  );
  if (value !== undefined) element.value = value;
  return element;
}

export function button(
  text: string,
  onClick: (event: MouseEvent) => void,
  attrs: Props['attrs'] = {},
): HTMLButtonElement {
  return h('button', { attrs: { type: 'button', ...attrs }, on: { click: onClick } }, text);
}

/** Resolves once the browser has painted what the DOM holds now: work queued after it cannot delay that frame. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
