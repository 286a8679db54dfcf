import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './html.js';

describe('HTML escaping', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });

  it('escapes interpolated values, including each item of a list, but not nested html fragments', () => {
    const items = ['<b>', html`<i>${'<u>'}</i>`];
    expect(html`<p title="${'"x'}">${items}</p>`.value).toBe('<p title="&quot;x">&lt;b&gt;<i>&lt;u&gt;</i></p>');
  });
});
