import type { Scenario } from '../model/scenario.js';
import exchangeCodeExpires from './exchange-code-expires.js';
import exchangeCodeSingleUse from './exchange-code-single-use.js';
import exchangeSuccessShape from './exchange-success-shape.js';
import exchangeSystemErrorBurnsCode from './exchange-system-error-burns-code.js';
import wireErrmsgRidSuffix from './wire-errmsg-rid-suffix.js';

/** Every scenario, in the order the runner runs them. */
export const CATALOGUE: readonly Scenario[] = [
  exchangeSuccessShape,
  exchangeCodeSingleUse,
  exchangeCodeExpires,
  exchangeSystemErrorBurnsCode,
  wireErrmsgRidSuffix,
];
