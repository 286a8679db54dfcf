import { CookieJar } from './cookie-jar.js';
import { fetchFailure } from './fetch-failure.js';
import { findHref } from './html-links.js';
import { browserHeaders } from './wechat-user-agent.js';

/** One answer the browser received. */
export interface Visit {
  readonly url: string;
  readonly status: number;
  /** The Location header, resolved against `url`, or null. */
  readonly location: string | null;
  readonly text: string;
}

/** Where a navigation ended and every URL the browser visited on the way, redirects included. */
export interface Navigation extends Visit {
  readonly hops: readonly Visit[];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A browser for scripts: keeps cookies, follows redirects one by one (so every URL the browser saw can be
 * inspected, e.g. for a leaked secret), drops fragments as browsers do, and follows links on pages the way
 * a person would click them. No JavaScript: it approves on the mock's login page through its plain links.
 * On official-account pages it is WeChat's in-app browser, as a person there is (§2).
 */
export class ScriptedBrowser {
  readonly #jar = new CookieJar();

  constructor(
    private readonly options: {
      readonly maxRedirects?: number;
      readonly timeoutMs?: number;
      /** Where a URL is really fetched (e.g. WeChat's hosts on the mock); the visit records that URL. */
      readonly rewrite?: (url: URL) => URL;
    } = {},
  ) {}

  /** One request, redirects not followed. */
  async request(url: string, method = 'GET'): Promise<Visit> {
    const target = this.options.rewrite?.(new URL(url)) ?? new URL(url);
    target.hash = '';
    const cookie = this.#jar.header(target);
    const response = await fetch(target, {
      method,
      redirect: 'manual',
      headers: { ...browserHeaders(target), ...(cookie === null ? {} : { cookie }) },
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    }).catch((error: unknown) => {
      throw new Error(`could not open ${target.href}: ${fetchFailure(error)}`, { cause: error });
    });
    this.#jar.store(target, response.headers.getSetCookie());
    const location = response.headers.get('location');
    return {
      url: target.href,
      status: response.status,
      location: location === null ? null : new URL(location, target).href,
      text: await response.text(),
    };
  }

  /** Goes to `url` and follows redirects (a POST becomes a GET after 301/302/303, as browsers do). */
  async navigate(url: string, method = 'GET'): Promise<Navigation> {
    const hops: Visit[] = [];
    let visit = await this.request(url, method);
    hops.push(visit);
    const max = this.options.maxRedirects ?? 10;
    while (REDIRECTS.has(visit.status) && visit.location !== null) {
      if (hops.length > max) throw new Error(`more than ${max} redirects from ${url}`);
      visit = await this.request(visit.location, visit.status === 307 || visit.status === 308 ? method : 'GET');
      hops.push(visit);
    }
    return { ...visit, hops };
  }

  /** Clicks the first link on `page` whose attribute `name` is `value`; throws when there is none. */
  async click(page: Visit, name: string, value?: string): Promise<Navigation> {
    const href = findHref(page.text, name, value);
    if (href === null) {
      throw new Error(`no link with ${name}${value === undefined ? '' : `="${value}"`} on ${page.url}`);
    }
    return this.navigate(new URL(href, page.url).href);
  }

  /** On the mock's login page, approves as `persona` (its `a.persona[data-persona]` link). */
  approveAs(page: Visit, persona: string): Promise<Navigation> {
    return this.click(page, 'data-persona', persona);
  }

  /** On the mock's login page, denies (its `a.deny` link). */
  deny(page: Visit): Promise<Navigation> {
    return this.click(page, 'class', 'deny');
  }
}
