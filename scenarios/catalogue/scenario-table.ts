import type { SnsEndpoint } from '../../contract/index.js';
import type { Evidence } from '../model/scenario.js';

/**
 * One row of a scenario table: what tells apart the scenarios of one behaviour on several endpoints. A table
 * file is named after the behaviour and its scenarios' ids are `<area>.<behaviour>` (ADR 0024).
 */
export interface ScenarioRow {
  readonly area: string;
  readonly endpoint: SnsEndpoint;
  readonly title: string;
  readonly reference: string;
  readonly evidence: Evidence;
}
