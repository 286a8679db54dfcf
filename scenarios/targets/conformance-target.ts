import type { WeChatMock } from '../../contract/control-client/index.js';
import type { Scope } from '../../contract/index.js';
import type { Capability } from '../model/scenario.js';
import type { AppCredentials } from '../model/scenario-context.js';

/** A server the scenarios run against: the mock in some form, or the real WeChat. */
export interface ConformanceTarget {
  /** e.g. `in-process`, `url http://127.0.0.1:3099`, `wechat`. */
  readonly name: string;
  readonly capabilities: ReadonlySet<Capability>;
  /** Where the login pages live (in place of https://open.weixin.qq.com). */
  readonly openBaseUrl: string;
  /** Where the /sns API lives (in place of https://api.weixin.qq.com). */
  readonly apiBaseUrl: string;
  readonly website: AppCredentials;
  /** A redirect_uri the target's apps accept: one of their callback domains (§1.4). */
  readonly callbackUrl: string;
  readonly officialAccount: AppCredentials | null;
  /** A mini-program bound to the website app's Open Platform account (`mini-program` capability), or null. */
  readonly miniProgram: AppCredentials | null;
  /** A mobile app bound to the website app's Open Platform account (`mobile-app` capability), or null. */
  readonly mobileApp: AppCredentials | null;
  /** The mock's control plane, or null for a target without one. */
  readonly control: WeChatMock | null;
  /** How long one scenario may take; longer where a person has to scan. */
  readonly scenarioTimeoutMs: number;
  /** A new code from a new login of `app` with `scope`. */
  freshCode(app: AppCredentials, scope: Scope): Promise<string>;
  /** A new `wx.login` code of the mini-program, for the persona that `freshCode` logs in as (ML§1.4). */
  wxLoginCode(): Promise<string>;
  /** A new code of the mobile app's SDK login (ML§6.1), for the persona that `freshCode` logs in as. */
  mobileAppCode(): Promise<string>;
  /** The persona that `freshCode` logs in as follows the official account now (ML§7; `control` capability). */
  follow(): Promise<void>;
  /** A new getPhoneNumber code of the mini-program for the same persona, whose number is 13800138000 (ML§4.1). */
  phoneCode(): Promise<string>;
  /** Undoes what a scenario may have left behind (faults, codes, grants of the target's apps). */
  afterScenario(): Promise<void>;
  close(): Promise<void>;
}

/** Why a target lacks a capability, for the skip reason. */
export const MISSING_CAPABILITY: Readonly<Record<Capability, string>> = {
  'fresh-code': 'the target cannot make a new login',
  control: 'the target has no control plane (faults, journal)',
  clock: 'the target cannot move its clock',
  'official-account': 'the target has no official-account app',
  'mini-program': 'the target has no mini-program with wx.login codes',
  'mobile-app': 'the target has no mobile app with codes of its SDK login',
};
