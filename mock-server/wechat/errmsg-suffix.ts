import type { ErrmsgSuffixStyle } from '../config/mock-config.js';
import type { Identifiers } from '../core/identifiers.js';

/**
 * WeChat's errmsg is the base text plus a request id whose shape changed over the years (reference §8.1):
 * `comma-rid` is today's `, rid: 65a33cd8-…`; `rid` the comma-less variant some codes still send (and
 * /cgi-bin and /wxa mostly, ML§5.1); `hint-rid` the /wxa `hint: [9-6] rid: …` of the 2020s (ML§4.2);
 * `hints` the 2017-2020 `, hints: [ req_id: … ]`; `hint` the older `hint: [...]`; `none` the docs' bare text.
 */
export function withErrmsgSuffix(base: string, style: ErrmsgSuffixStyle, ids: Identifiers, nowMs: number): string {
  switch (style) {
    case 'comma-rid':
      return `${base}, rid: ${ids.rid(nowMs)}`;
    case 'rid':
      return `${base} rid: ${ids.rid(nowMs)}`;
    case 'hint-rid':
      return `${base} hint: [${ids.hintId(9)}-${ids.hintId(6)}] rid: ${ids.rid(nowMs)}`;
    case 'hints':
      return `${base}, hints: [ req_id: ${ids.hintId(9)}-${ids.hintId(6)} ]`;
    case 'hint':
      return `${base} hint: [${ids.hintId(14)}]`;
    case 'none':
      return base;
  }
}
