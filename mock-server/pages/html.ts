import type { Context } from 'koa';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attributes: every value a page echoes goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Markup that is already safe: `html` inserts it as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A tagged template that escapes every interpolated value (and each item of a list) unless it is `Html`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] as string;
  const render = (value: unknown): string => (value instanceof Html ? value.value : escapeHtml(String(value ?? '')));
  values.forEach((value, i) => {
    out += Array.isArray(value) ? value.map(render).join('') : render(value);
    out += strings[i + 1] as string;
  });
  return new Html(out);
}

/**
 * Sends a page the way WeChat's authorize pages come: HTTP 200 even for errors (reference §1.3, §9),
 * `text/html; charset=utf-8` with the space python-weixin's parser needs (reference §11).
 */
export function sendHtml(ctx: Context, page: Html): void {
  ctx.status = 200;
  ctx.set('Content-Type', 'text/html; charset=utf-8');
  ctx.body = page.value;
}
