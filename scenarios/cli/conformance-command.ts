import { parseArgs } from 'node:util';
import { UsageError } from '../../mock-server/index.js';
import { CATALOGUE } from '../catalogue/index.js';
import { EVIDENCE_GRADES, type Evidence } from '../model/scenario.js';
import { REFERENCE_NOTE } from '../reporters/reference-note.js';
import { runConformance, withEvidence } from '../runner/run-conformance.js';
import { createTarget, TARGET_KINDS, type TargetKind } from '../targets/create-target.js';
import { finishRun, printProgress } from './command-output.js';

export const CONFORMANCE_USAGE = `Usage: wechat-oauth-mock conformance --target <${TARGET_KINDS.join('|')}> [options]

Runs the conformance scenarios against a target and reports passed, failed (what differed) or skipped
(the capability the target lacks) per scenario. Exits 1 when a scenario failed.

Options:
  --target KIND        in-process (a mock started here), url (a mock at --url), container (the mock's
                       image through testcontainers), wechat (the real API, configured by WECHAT_* env)
  --url URL            the mock's base URL (--target url)
  --control-token T    its control plane's token (env WECHAT_MOCK_CONTROL_TOKEN)
  --appid ID --secret S   the website app, for a mock whose control plane is off
  --image IMAGE        the image for --target container (env WECHAT_MOCK_IMAGE)
                       On an engine without a bridge network (common in CI sandboxes) set
                       WECHAT_MOCK_CONTAINER_NETWORK=host: the container then shares the host's network
  --only TEXT          run only scenarios whose id contains TEXT (repeatable)
  --evidence GRADE     run only scenarios graded GRADE or firmer: captured (what real answers of WeChat
                       show; use it against a new target first), documented (also what WeChat's documentation
                       says), inferred (everything, the default)
  --reports DIR        where to write conformance.json and conformance.junit.xml (default reports/conformance)
  --list               list the scenarios and what they need, and exit
  -h, --help           show this help`;

/** `wechat-oauth-mock conformance …`: answers the exit code. */
export async function conformanceCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      target: { type: 'string' },
      url: { type: 'string' },
      'control-token': { type: 'string' },
      appid: { type: 'string' },
      secret: { type: 'string' },
      image: { type: 'string' },
      only: { type: 'string', multiple: true },
      evidence: { type: 'string' },
      reports: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${CONFORMANCE_USAGE}\n`);
    return 0;
  }
  const only = values.only ?? [];
  const evidence = (values.evidence ?? 'inferred') as Evidence;
  if (!EVIDENCE_GRADES.includes(evidence))
    throw new UsageError(`--evidence must be one of ${EVIDENCE_GRADES.join(', ')}`);
  const scenarios = withEvidence(
    CATALOGUE.filter((scenario) => only.length === 0 || only.some((text) => scenario.id.includes(text))),
    evidence,
  );
  if (values.list) {
    for (const scenario of scenarios) {
      const needs = scenario.needs.length === 0 ? '' : `  [${scenario.needs.join(', ')}]`;
      process.stdout.write(`${scenario.id}  ${scenario.title} (${scenario.reference}; ${scenario.evidence})${needs}\n`);
    }
    process.stdout.write(`${REFERENCE_NOTE}\n`);
    return 0;
  }
  const kind = values.target as TargetKind | undefined;
  if (kind === undefined || !TARGET_KINDS.includes(kind)) {
    throw new UsageError(`--target must be one of ${TARGET_KINDS.join(', ')}`);
  }
  if (scenarios.length === 0) {
    throw new UsageError(
      `no scenario${only.length > 0 ? ` whose id contains ${only.join(' or ')}` : ''} is graded ${evidence} or firmer`,
    );
  }
  if (kind === 'url' && values.url === undefined) throw new UsageError('--target url needs --url');
  const controlToken = values['control-token'] ?? (env.WECHAT_MOCK_CONTROL_TOKEN || undefined);
  const image = values.image ?? (env.WECHAT_MOCK_IMAGE || undefined);
  const target = await createTarget(kind, {
    env,
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(controlToken === undefined ? {} : { controlToken }),
    ...(values.appid === undefined ? {} : { appid: values.appid }),
    ...(values.secret === undefined ? {} : { secret: values.secret }),
    ...(image === undefined ? {} : { image }),
  });
  const graded = evidence === 'inferred' ? '' : ` (evidence ${evidence}${evidence === 'captured' ? '' : ' or firmer'})`;
  process.stdout.write(`Running ${scenarios.length} scenarios${graded} against ${target.name}\n`);
  // Ctrl-C or a CI runner's SIGTERM mid-run must not leave a container (or a mock) behind.
  const stopOnSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`wechat-oauth-mock conformance: ${signal}: stopping ${target.name}\n`);
    target.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const report = await runConformance({
      target,
      scenarios,
      onResult: printProgress,
    });
    return await finishRun(report, values.reports ?? 'reports/conformance');
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await target.close();
  }
}
