import type { ConformanceReport } from '../model/scenario-result.js';

const escapeXml = (text: string) =>
  text
    .replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
    .split('')
    .filter((char) => char >= ' ' || char === '\t' || char === '\n' || char === '\r')
    .join('');

/** The report as JUnit XML, as CI systems read it: one testcase per scenario, classname its area. */
export function junitReport(report: ConformanceReport): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const cases = report.results.map((result) => {
    const area = result.id.split('.')[0] ?? result.id;
    const open = `  <testcase classname="${escapeXml(`conformance.${area}`)}" name="${escapeXml(`${result.id}: ${result.title}`)}" time="${seconds(result.durationMs)}">`;
    const properties = `    <properties><property name="evidence" value="${result.evidence}"/><property name="reference" value="${escapeXml(result.reference)}"/></properties>`;
    const reason = escapeXml(result.reason ?? '');
    const outcome =
      result.status === 'passed'
        ? []
        : result.status === 'failed'
          ? [`    <failure message="${reason}">${reason}</failure>`]
          : [`    <skipped message="${reason}"/>`];
    return [open, properties, ...outcome, '  </testcase>'].join('\n');
  });
  const { passed, failed, skipped } = report.counts;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="wechat-oauth-mock conformance" tests="${passed + failed + skipped}" failures="${failed}" skipped="${skipped}" time="${seconds(report.durationMs)}">
<testsuite name="${escapeXml(`conformance against ${report.target}`)}" tests="${passed + failed + skipped}" failures="${failed}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}" timestamp="${report.startedAt}">
${cases.join('\n')}
</testsuite>
</testsuites>
`;
}
