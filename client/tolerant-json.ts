/**
 * Parses JSON as WeChat writes it: strings may hold raw control characters (a nickname with `\x14`,
 * reference §9), which JSON.parse rejects. Those characters are escaped inside strings only, so the
 * whitespace between tokens stays whitespace. Throws SyntaxError for anything else that is not JSON.
 */
export function parseTolerantJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const escaped = escapeControlCharactersInStrings(text);
    if (escaped === text) throw error;
    return JSON.parse(escaped);
  }
}

/** The text as a JSON object (tolerating raw control characters), or null when it is not one. */
export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value = parseTolerantJson(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function escapeControlCharactersInStrings(text: string): string {
  let out = '';
  let inString = false;
  let escaping = false;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (inString && !escaping && code < 0x20) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
      continue;
    }
    out += char;
    if (escaping) escaping = false;
    else if (inString && char === '\\') escaping = true;
    else if (char === '"') inString = !inString;
  }
  return out;
}
