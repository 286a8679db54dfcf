import type { JournalEntry } from '../../../contract/index.js';

/** What the dashboard knows that the journal masks: app secrets and the tokens of held grants. */
export interface Secrets {
  readonly appSecret: (appid: string) => string | undefined;
  readonly tokens: readonly string[];
}

/** A shell word in single quotes: safe whatever the journal holds. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The full value behind a masked one (`7d1e…`, `86_6Xp9q…IsjN`), when exactly one known secret fits. */
function unmask(name: string, value: string, appid: string | null, secrets: Secrets): string | undefined {
  const cut = value.indexOf('…');
  if (cut === -1) return value;
  const head = value.slice(0, cut);
  const tail = value.slice(cut + 1);
  const candidates =
    name === 'secret'
      ? [appid === null ? undefined : secrets.appSecret(appid)]
      : name === 'access_token' || name === 'refresh_token'
        ? secrets.tokens
        : [];
  const fits = candidates.filter(
    (c): c is string =>
      c !== undefined && c.length > head.length + tail.length && c.startsWith(head) && c.endsWith(tail),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A curl command that repeats a journalled WeChat call against the mock (`origin`), with the secret and
 * tokens filled back in when the dashboard knows them; `complete` is false when some stayed masked.
 */
export function curlFor(entry: JournalEntry, origin: string, secrets: Secrets): { command: string; complete: boolean } {
  const params = new URLSearchParams();
  let complete = true;
  for (const [name, value] of Object.entries(entry.query)) {
    const full = unmask(name, value, entry.appid, secrets);
    if (full === undefined) complete = false;
    params.append(name, full ?? value);
  }
  const query = params.toString();
  const url = `${origin}${entry.path}${query === '' ? '' : `?${query}`}`;
  const method = entry.method === 'GET' ? '' : ` -X ${shellQuote(entry.method)}`;
  return { command: `curl -sS -i${method} ${shellQuote(url)}`, complete };
}

/** WeChat's request id, the suffix of an errmsg (reference §8.1), or null. */
export function ridOf(body: string | null): string | null {
  return body === null ? null : (/rid: ([0-9a-f]+-[0-9a-f]+-[0-9a-f]+)/.exec(body)?.[1] ?? null);
}
