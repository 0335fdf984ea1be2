// --report: the ledger of every figure, the terminal version of the editor's hover card, for
// fact-checkers. One table per file, columns shrunk (long cells cut with an ellipsis) to fit the
// terminal width, then the sources each file names and a closing summary.
//
//   sample/seed-article.md
//     line:col  figure           kind   status        source                        source kind  cue
//     21:64     more than 3,000  count  attributed    Ukrainian President Zelensky  person       claimed
import { countDiagnostics, type FormatContext, type Formatter, type JsonFigure, type JsonFileReport } from '../types';
import { pad, palette, truncate, type Palette } from './colors';
import { oneLine } from './stylish';
import { summaryLine } from './summary';
import { summarizeSources } from '../../engine/sources';

const HEADERS = ['line:col', 'figure', 'kind', 'status', 'source', 'source kind', 'cue'];
/** Shorter headers, used when the table does not fit. */
const SHORT_HEADERS = ['ln:col', 'figure', 'kind', 'status', 'source', 'src kind', 'cue'];
/** Columns that may be shrunk (cells cut with an ellipsis), with the narrowest each may get. */
const SHRINK: Record<number, number> = { 1: 10, 4: 12, 6: 8, 2: 5, 5: 6 };
const GAP = 2;

export function figureCells(f: JsonFigure): string[] {
  const source = f.source ? (f.source.resolved && f.source.resolved !== f.source.text ? `${f.source.text} -> ${f.source.resolved}` : f.source.text) : '-';
  return [`${f.line}:${f.column}`, oneLine(f.text), f.minor ? `${f.kind}*` : f.kind, f.status, oneLine(source), f.source ? f.source.kind : '-', f.cue ? oneLine(f.cue.text) : '-'];
}

export interface Layout {
  headers: string[];
  widths: number[];
  indent: number;
}

const tableWidth = (w: number[], indent: number) => indent + w.reduce((a, b) => a + b, 0) + GAP * (w.length - 1);

/**
 * A layout of the rows within `width` columns. In order, until it fits: the full headers indented by
 * two; shorter headers; no indent; then the widest shrinkable column loses a column at a time (its
 * cells cut with an ellipsis), down to each column's minimum.
 */
export function fitColumns(rows: readonly string[][], width: number): Layout {
  const natural = (headers: string[]) => headers.map((h, i) => rows.reduce((w, row) => Math.max(w, Array.from(row[i]).length), h.length));
  let headers = HEADERS;
  let w = natural(headers);
  let indent = 2;
  if (tableWidth(w, indent) > width) {
    headers = SHORT_HEADERS;
    w = natural(headers);
  }
  if (tableWidth(w, indent) > width) indent = 0;
  while (tableWidth(w, indent) > width) {
    let best = -1;
    for (const [k, min] of Object.entries(SHRINK)) {
      const i = Number(k);
      if (w[i] > min && (best < 0 || w[i] - SHRINK[i] > w[best] - SHRINK[best])) best = i;
    }
    if (best < 0) break;
    w[best]--;
  }
  return { headers, widths: w, indent };
}

function paintStatus(status: string, minor: boolean, p: Palette): (s: string) => string {
  if (minor) return p.dim;
  return status === 'attributed' ? p.green : status === 'vague' ? p.yellow : p.red;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function statusCounts(figures: readonly JsonFigure[]): string {
  const n = (s: string) => figures.filter((f) => f.status === s).length;
  const minor = figures.filter((f) => f.minor).length;
  return `${plural(figures.length, 'figure')}: ${n('attributed')} attributed, ${n('vague')} vague, ${n('unattributed')} unattributed${minor ? ` (${minor} minor)` : ''}`;
}

/** The sources a file names, each with how many figures it asserts, in order of first appearance. */
export function sourceList(figures: readonly JsonFigure[]): { name: string; kind: string; figures: number }[] {
  // The engine's own summary, so the ledger names sources as the extension's Sources view does.
  return summarizeSources(figures).map((s) => ({ name: oneLine(s.name), kind: s.kind, figures: s.figures.length }));
}

function fileLedger(r: JsonFileReport, ctx: FormatContext, p: Palette): string {
  let out = `\n${p.underline(r.path)}  ${p.dim(statusCounts(r.figures))}\n`;
  if (r.figures.length === 0) return out;
  const rows = r.figures.map(figureCells);
  const { headers, widths, indent } = fitColumns(rows, ctx.width);
  const line = (cells: string[], paint: (i: number, s: string) => string) =>
    ' '.repeat(indent) +
    cells
      .map((c, i) => {
        const cut = truncate(c, widths[i]);
        const painted = paint(i, cut);
        return i === cells.length - 1 ? painted : pad(painted, widths[i]);
      })
      .join(' '.repeat(GAP))
      .trimEnd() +
    '\n';
  out += line(headers, (_, s) => p.bold(s));
  r.figures.forEach((f, k) => {
    const status = paintStatus(f.status, f.minor, p);
    out += line(rows[k], (i, s) => (i === 3 ? status(s) : i === 0 ? p.dim(s) : s));
  });
  const margin = ' '.repeat(indent);
  if (r.figures.some((f) => f.minor)) out += `${margin}${p.dim('* minor figure (one to nine, "a single", "twice"): only the minor-figure rule reports it')}\n`;
  const sources = sourceList(r.figures);
  if (sources.length > 0) {
    out += `${margin}${p.bold('sources')}\n`;
    const nameWidth = Math.min(ctx.width - 30, sources.reduce((w, s) => Math.max(w, Array.from(s.name).length), 0));
    for (const s of sources) out += `${margin}  ${pad(truncate(s.name, nameWidth), nameWidth)}  ${pad(s.kind, 12)}  ${plural(s.figures, 'figure')}\n`;
  }
  return out;
}

export const ledger: Formatter = (reports, ctx) => {
  const p = palette(ctx.color);
  let out = '';
  for (const r of reports) out += fileLedger(r, ctx, p);
  const all = reports.flatMap((r) => r.figures);
  out += `\n${statusCounts(all)} in ${plural(reports.length, 'file')}\n`;
  const summary = summaryLine(countDiagnostics(reports), p);
  if (summary) out += `${summary}\n`;
  return out;
};
