import type { ConformanceReport, ScenarioResult } from '../model/scenario-result.js';
import { REFERENCE_NOTE } from './reference-note.js';

const MARK = { passed: '✓', failed: '✗', skipped: '-' } as const;

/** One progress line per scenario as it ends (failures and skips with their reason, indented). */
export function progressLine(result: ScenarioResult, index: number, total: number): string {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const head = `${counter} ${MARK[result.status]} ${result.id} [${result.evidence}] (${result.durationMs} ms)`;
  return result.reason === null ? head : `${head}\n      ${result.reason.replaceAll('\n', '\n      ')}`;
}

/** The summary table: every scenario with its reference section, where those sections are, then the counts. */
export function summaryTable(report: ConformanceReport): string {
  const rows = report.results.map((result) => [
    MARK[result.status],
    result.id,
    result.evidence,
    result.reference,
    result.title,
  ]);
  const widths = [1, ...[1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)))];
  const lines = rows.map((row) =>
    row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  '),
  );
  const { passed, failed, skipped } = report.counts;
  return [
    `Conformance against ${report.target} (${report.results.length} scenarios, ${(report.durationMs / 1000).toFixed(1)} s)`,
    '',
    ...lines,
    '',
    REFERENCE_NOTE,
    `${passed} passed, ${failed} failed, ${skipped} skipped`,
  ].join('\n');
}
