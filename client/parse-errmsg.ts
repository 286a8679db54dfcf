/** An errmsg split into WeChat's base text and the request id it carries (reference §8.1). */
export interface ParsedErrmsg {
  /** The text without the request-id suffix, e.g. `invalid code`. */
  readonly base: string;
  /** The request id (`rid`, `req_id` or `hint`), or null when the errmsg has none (the docs' bare form). */
  readonly rid: string | null;
  /** For a modern rid, the time WeChat stamped in its first group (Unix seconds in hex); otherwise null. */
  readonly ridTime: Date | null;
}

// Every era's suffix (reference §8.1), tried in this order; each captures the id as `id`.
const SUFFIXES = [
  // 2021→now `, rid: 63106779-282330ba-5d5deaf3` and the comma-less `rid: …`, including the 2020
  // transition that put a hint before it (`invalid openid hint: [lggEzMNre-I] rid: 5f8539c4-…`).
  /(?:,\s*|\s+)(?:hint:\s*\[[^\]]*\]\s*)?rid:\s*(?<id>[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8})\s*$/i,
  // 2017–2020 `, hints: [ req_id: zIibq6yFe-jAwJGa ]`
  /,?\s*hints:\s*\[\s*req_id:\s*(?<id>[^\]\s]+)\s*\]\s*$/,
  // 2013–2019 ` hint: [I9JQua0689a456!]`
  /,?\s*hint:\s*\[(?<id>[^\]]+)\]\s*$/,
];

export function parseErrmsg(errmsg: string): ParsedErrmsg {
  for (const suffix of SUFFIXES) {
    const match = suffix.exec(errmsg);
    const id = match?.groups?.id;
    if (match === null || id === undefined) continue;
    const base = errmsg.slice(0, match.index);
    return { base, rid: id, ridTime: ridTime(id) };
  }
  return { base: errmsg, rid: null, ridTime: null };
}

function ridTime(rid: string): Date | null {
  if (!/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/i.test(rid)) return null;
  return new Date(Number.parseInt(rid.slice(0, 8), 16) * 1000);
}
