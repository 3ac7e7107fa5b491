/** Small statistics and formatting helpers for the bench report. */

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: number[]) => percentile(values, 50);

export const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : NaN;

export const kb = (bytes: number) => round(bytes / 1024, 1);

export const ratio = (value: number, base: number) =>
  base > 0 && Number.isFinite(value) ? `${(value / base).toFixed(2)}×` : '–';

/** One row of the report: section, measure, value, baseline, ratio, target verdict. */
export interface Row {
  section: string;
  measure: string;
  value: string;
  baseline?: string;
  ratio?: string;
  target?: string;
  /** true: met, false: missed, undefined: no target. */
  met?: boolean | undefined;
}

export function formatTable(rows: Row[]): string {
  const header = ['section', 'measure', 'value', 'baseline (same run)', 'ratio', 'target', ''];
  const cells = rows.map((r) => [
    r.section,
    r.measure,
    r.value,
    r.baseline ?? '',
    r.ratio ?? '',
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((cell, i) =>
        i === 2 || i === 3 || i === 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
