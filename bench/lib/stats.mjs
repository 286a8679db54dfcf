export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const min = (values) => Math.min(...values);

export const mib = (bytes) => bytes / 2 ** 20;

/** `x` with `digits` decimals, or `-` when it is not a number. */
export function fmt(x, digits = 0) {
  return typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '-';
}
