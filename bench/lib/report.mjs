// The summary table: one row per figure, the mock against the two baselines, with the target's verdict.
import { fmt } from './stats.mjs';

const COLUMNS = [
  ['metric', 'left'],
  ['mock', 'right'],
  ['bare-node', 'right'],
  ['bare-koa', 'right'],
  ['ratio', 'right'],
  ['target', 'left'],
  ['result', 'left'],
];

/** A row judged against a target: `pass` true/false, or null for figures given as information. */
export function row(metric, { mock = '-', node = '-', koa = '-', ratio = '-', target = 'info', pass = null, note }) {
  let result = 'info';
  if (pass === true) result = 'PASS';
  else if (pass === false) result = 'FAIL  <<<';
  else if (pass === 'invalid') result = 'INVALID  <<<';
  return { metric, mock, 'bare-node': node, 'bare-koa': koa, ratio, target, result, note };
}

export function formatTable(rows) {
  const widths = COLUMNS.map(([key]) => Math.max(key.length, ...rows.map((r) => String(r[key]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (COLUMNS[i][1] === 'right' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(COLUMNS.map(([key]) => key)), line(widths.map((w) => '-'.repeat(w)))];
  for (const r of rows) out.push(line(COLUMNS.map(([key]) => r[key])));
  const notes = rows.filter((r) => r.note).map((r) => `  * ${r.metric}: ${r.note}`);
  if (notes.length > 0) out.push('', 'notes:', ...notes);
  return out.join('\n');
}

/** `1.23x koa`; with three decimals when two would read as the `threshold` itself. */
export function ratioText(value, label, threshold) {
  if (!Number.isFinite(value)) return '-';
  const digits = threshold !== undefined && fmt(value, 2) === fmt(threshold, 2) && value !== threshold ? 3 : 2;
  return `${fmt(value, digits)}x ${label}`;
}

/** The start-up breakdown: one row per phase, one column per program. */
export function formatStartup(breakdown, programs) {
  const header = ['phase', ...programs.map((p) => p.name)];
  const rows = breakdown.phases.map((phase) => [phase.phase, ...programs.map((p) => fmt(phase[p.name], 1))]);
  rows.push(['CommonJS modules loaded', ...programs.map((p) => String(breakdown.cjsModules[p.name]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
