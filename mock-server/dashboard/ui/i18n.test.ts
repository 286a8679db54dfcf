import { describe, expect, it } from 'vitest';
import { pickLang, translator } from './i18n.js';

describe("the dashboard's language", () => {
  it('follows lang=en / lang=cn in the query, like the login pages', () => {
    expect(pickLang('?lang=en', ['zh-CN'])).toBe('en');
    expect(pickLang('?lang=cn', ['en-US'])).toBe('cn');
  });

  it("else follows the browser's language, Chinese for any zh", () => {
    expect(pickLang('', ['zh-TW', 'en'])).toBe('cn');
    expect(pickLang('?lang=fr', ['en-GB'])).toBe('en');
    expect(pickLang('', [])).toBe('cn');
  });

  it('fills placeholders as text', () => {
    expect(translator('en')('confirmDelete', '<b>x</b>')).toBe('Delete <b>x</b>?');
    expect(translator('cn')('confirmDelete', 'x')).toBe('确定删除 x？');
  });
});
