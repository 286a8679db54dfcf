import type { ConformanceReport, ScenarioResult } from '../model/scenario-result.js';
import { progressLine, summaryTable } from '../reporters/console-reporter.js';
import { writeReports } from '../reporters/write-reports.js';

/** Prints one progress line as a scenario or check ends. */
export function printProgress(result: ScenarioResult, index: number, total: number): void {
  process.stdout.write(`${progressLine(result, index, total)}\n`);
}

/** Writes the JSON and JUnit reports, prints the summary table and where they went; answers the exit code. */
export async function finishRun(report: ConformanceReport, directory: string, name?: string): Promise<number> {
  const written = await writeReports(report, directory, name);
  process.stdout.write(`\n${summaryTable(report)}\nReports: ${written.json}, ${written.junit}\n`);
  return report.counts.failed > 0 ? 1 : 0;
}
