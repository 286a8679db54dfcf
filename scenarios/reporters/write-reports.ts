import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConformanceReport } from '../model/scenario-result.js';
import { junitReport } from './junit-report.js';

/** Writes `conformance.json` and `conformance.junit.xml` into `directory`; answers their paths. */
export async function writeReports(report: ConformanceReport, directory: string, name = 'conformance') {
  await mkdir(directory, { recursive: true });
  const json = path.join(directory, `${name}.json`);
  const junit = path.join(directory, `${name}.junit.xml`);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(junit, junitReport(report));
  return { json, junit };
}
