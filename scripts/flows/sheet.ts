/** The contact sheet page: per flow, rows are checkpoints, columns are frames × variants. */
export interface Cell {
  /** Paths relative to the sheet's directory. */
  before: string | null;
  after: string | null;
  diff: string | null;
  /** Changed pixels against the previous run, null without one. */
  ratio: number | null;
  settled: boolean;
  axe: string[];
  consoleErrors: string[];
  /** Why the checkpoint was not reached, if it was not. */
  failure: string | null;
}

export interface FlowSheet {
  id: string;
  title: string;
  columns: string[];
  rows: { checkpoint: string; note?: string; cells: Cell[] }[];
}

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

function percent(ratio: number): string {
  if (ratio === 0) return '0 changed pixels';
  return `${(ratio * 100).toFixed(ratio < 0.001 ? 4 : 2)} % changed`;
}

function cellHtml(cell: Cell): string {
  if (!cell.after) return `<td class="missing">${escape(cell.failure ?? 'Not reached')}</td>`;
  const img = (src: string | null, label: string) =>
    src
      ? `<figure><a href="${src}"><img src="${src}" alt="${label}" loading="lazy"></a><figcaption>${label}</figcaption></figure>`
      : `<figure class="none"><figcaption>${label}: none</figcaption></figure>`;
  const ratio =
    cell.ratio === null
      ? '<p class="ratio">No previous run</p>'
      : `<p class="ratio${cell.ratio > 0 ? ' changed' : ''}">${percent(cell.ratio)}</p>`;
  const list = (title: string, items: string[]) =>
    items.length === 0
      ? ''
      : `<details><summary>${title} (${items.length})</summary><ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul></details>`;
  return `<td${cell.ratio ? ' class="changed"' : ''}><div class="shots">${img(cell.before, 'Before')}${img(cell.after, 'After')}${img(cell.diff, 'Diff')}</div>${ratio}${cell.settled ? '' : '<p class="warn">Did not settle (still moving when the time was up)</p>'}${list('axe', cell.axe)}${list('Console errors', cell.consoleErrors)}${cell.failure ? `<p class="warn">${escape(cell.failure)}</p>` : ''}</td>`;
}

export function sheetHtml(flows: FlowSheet[], meta: { at: string; seconds: number }): string {
  const sections = flows
    .map(
      (flow) => `<section><h2>${escape(flow.title)} <code>${flow.id}</code></h2>
<table><thead><tr><th>Checkpoint</th>${flow.columns.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead>
<tbody>${flow.rows
        .map(
          (row) =>
            `<tr><th scope="row">${escape(row.checkpoint)}${row.note ? `<p>${escape(row.note)}</p>` : ''}</th>${row.cells.map(cellHtml).join('')}</tr>`,
        )
        .join('\n')}</tbody></table></section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parcours flows: contact sheet</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:16px;color:#1d2026;background:#f6f7f9}
table{border-collapse:collapse;margin-bottom:32px}th,td{border:1px solid #ccd;padding:6px;vertical-align:top;background:#fff}
thead th{position:sticky;top:0;background:#eef}th[scope=row]{max-width:180px;text-align:left}th[scope=row] p{font-weight:normal;color:#555}
.shots{display:flex;gap:4px}figure{margin:0}img{display:block;max-width:150px;max-height:200px;border:1px solid #ccd}
figcaption{font-size:11px;color:#555}.ratio{margin:4px 0 0;font-weight:600}.ratio.changed{color:#b00020}
td.changed{outline:3px solid #b00020;outline-offset:-3px}.warn,.missing{color:#8a4b00}
</style></head><body><h1>Parcours flows: contact sheet</h1>
<p>Run ${escape(meta.at)} in ${meta.seconds} s. Before is the previous run, after this one; the diff draws changed pixels in red.</p>
${sections}</body></html>
`;
}
