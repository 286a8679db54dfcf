import { describe, expect, it } from 'vitest';
import { parseTolerantJson } from './tolerant-json.js';

describe('parseTolerantJson reads JSON as WeChat writes it (reference §9)', () => {
  it('accepts raw control characters inside strings, as in a nickname with \\x14', () => {
    expect(parseTolerantJson('{"nickname":"a\x14b\tc","sex":0}')).toEqual({ nickname: 'a\x14b\tc', sex: 0 });
  });

  it('keeps newlines between tokens as whitespace while escaping those inside strings', () => {
    expect(parseTolerantJson('{\n"a":"x\ny",\r\n"b":"\\"q\\""\n}')).toEqual({ a: 'x\ny', b: '"q"' });
  });

  it('still rejects what is not JSON at all', () => {
    expect(() => parseTolerantJson('<html>502 Bad Gateway</html>')).toThrow(SyntaxError);
    expect(() => parseTolerantJson('{"a":"unterminated\x01')).toThrow(SyntaxError);
  });
});
