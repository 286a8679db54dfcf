/** One `<a>` element of a page: its attributes, entity-decoded, and its text. */
export interface PageLink {
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
}

const LINK = /<a\b([^>]*)>([\s\S]*?)<\/a>/gi;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The links of an HTML page, as a script that follows links sees them. */
export function pageLinks(html: string): PageLink[] {
  return [...html.matchAll(LINK)].map(([, attributeText = '', inner = '']) => {
    const attributes: Record<string, string> = {};
    for (const [, name = '', double, single] of attributeText.matchAll(ATTRIBUTE)) {
      attributes[name.toLowerCase()] = decodeEntities(double ?? single ?? '');
    }
    return { attributes, text: decodeEntities(inner.replace(/<[^>]*>/g, '')).trim() };
  });
}

/** The href of the first link whose attribute `name` is `value` (or that has it, when value is omitted). */
export function findHref(html: string, name: string, value?: string): string | null {
  const link = pageLinks(html).find((candidate) => {
    const actual = candidate.attributes[name];
    return actual !== undefined && (value === undefined || actual.split(/\s+/).includes(value) || actual === value);
  });
  return link?.attributes.href ?? null;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
