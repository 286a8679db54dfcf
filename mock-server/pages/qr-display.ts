/**
 * How the qrconnect page presents itself, from wxLogin.js' parameters (reference §1.1): embedded in an
 * iframe (`login_type=jssdk`), where the confirmed login navigates (`self_redirect`), the text colour
 * (`style`), a custom stylesheet (`href`, ignored with `stylelite=1`) and the compact UI (`stylelite=1`).
 */
export interface QrDisplay {
  readonly embedded: boolean;
  /** true: the page navigates itself (inside the iframe); false: the top window (reference §1.1). */
  readonly selfRedirect: boolean;
  readonly textColor: 'black' | 'white';
  readonly stylesheet: string | undefined;
  readonly lite: boolean;
}

/**
 * The stylesheet URL `href` names, when it is one: http(s) or a `data:text/css` URI. Anything else (a
 * `javascript:` URL, markup) is ignored. wxLogin.js puts href into the URL unencoded, so the `+` of a base64
 * data URI arrives as a space and is put back.
 */
function stylesheetUrl(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  if (/^data:text\/css[;,]/i.test(href)) return /^data:[^,]*;base64,/i.test(href) ? href.replace(/ /g, '+') : href;
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:' ? href : undefined;
  } catch {
    return undefined;
  }
}

export function readQrDisplay(q: (name: string) => string | undefined): QrDisplay {
  const lite = q('stylelite') === '1';
  return {
    embedded: q('login_type') === 'jssdk',
    selfRedirect: q('self_redirect') === 'true',
    textColor: q('style') === 'white' ? 'white' : 'black',
    stylesheet: lite ? undefined : stylesheetUrl(q('href')),
    lite,
  };
}
