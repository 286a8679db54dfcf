// wechat-oauth-mock/scenarios: the conformance kit's programmatic API.
export { CATALOGUE } from './catalogue/index.js';
export { CheckSkipped, type ClientCheck, type ClientSession } from './client-conformance/client-check.js';
export { CLIENT_CHECKS } from './client-conformance/client-checks.js';
export {
  type VerifyClientOptions,
  verifyClient,
} from './client-conformance/verify-client.js';
export { CapabilityUnavailable } from './model/capability-unavailable.js';
export { type Capability, EVIDENCE_GRADES, type Evidence, type Scenario } from './model/scenario.js';
export type { AppCredentials, ScenarioContext, WireAnswer } from './model/scenario-context.js';
export type { ConformanceReport, ScenarioResult, ScenarioStatus } from './model/scenario-result.js';
export { progressLine, summaryTable } from './reporters/console-reporter.js';
export { junitReport } from './reporters/junit-report.js';
export { writeReports } from './reporters/write-reports.js';
export { ContractValidator } from './runner/contract-validator.js';
export { type RunOptions, runConformance, withEvidence } from './runner/run-conformance.js';
export type { ConformanceTarget } from './targets/conformance-target.js';
export { type ContainerTargetOptions, containerTarget } from './targets/container-target.js';
export { controlledMockTarget } from './targets/controlled-mock-target.js';
export { createTarget, TARGET_KINDS, type TargetKind, type TargetOptions } from './targets/create-target.js';
export { type ForeignServer, foreignTarget } from './targets/foreign-target.js';
export { inProcessTarget } from './targets/in-process-target.js';
export { type LoginPerson, scriptedPerson, terminalPerson } from './targets/login-person.js';
export { type UrlTargetOptions, urlTarget } from './targets/url-target.js';
export { wechatTarget } from './targets/wechat-target.js';
