import type { FaultInput, JournalEntry, SnsEndpoint } from '../../contract/index.js';
import type { Navigation, ScriptedBrowser, Visit } from '../browser/scripted-browser.js';
import type { Evidence } from '../model/scenario.js';

/** What a check can do with the site under test and the mock it logs in through. */
export interface ClientSession {
  /** The site's app on the mock, learnt from the site's login redirect. */
  readonly appid: string;
  readonly secret: string;
  /** A browser with no cookies yet. */
  newBrowser(): ScriptedBrowser;
  /** Opens the site's login URL and follows it to the mock's login page. */
  startLogin(browser: ScriptedBrowser): Promise<Navigation>;
  /** Approves on the mock's login page without following the callback: the callback URL the site would get. */
  callbackUrl(browser: ScriptedBrowser, loginPage: Visit): Promise<URL>;
  /** Approves on the mock's login page and follows everything that follows, callback included. */
  approve(browser: ScriptedBrowser, loginPage: Visit): Promise<Navigation>;
  /** Adds a fault scoped to the site's app. */
  fault(input: Omit<FaultInput, 'match'> & { match: { endpoint: SnsEndpoint } }): Promise<void>;

  snsCalls(): Promise<JournalEntry[]>;
}

/** One thing a WeChat login client must get right, judged from the site's answers and the mock's journal. */
export interface ClientCheck {
  readonly id: string;
  readonly title: string;
  /** Where the behaviour is grounded: the reference's section, or the OAuth RFC's. */
  readonly reference: string;
  /** How the reference knows the WeChat answers the check serves the site. */
  readonly evidence: Evidence;
  /** Throws when the site gets it wrong; throws CheckSkipped when the site gave nothing to judge. */
  run(session: ClientSession): Promise<void>;
}

/** The site did not do what the check needs to judge it (e.g. it never calls /sns/userinfo). */
export class CheckSkipped extends Error {
  override readonly name = 'CheckSkipped';
}
