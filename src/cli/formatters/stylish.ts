// Grouped by file, like ESLint's stylish:
//
//   sample/seed-article.md
//     15:26  warning  Figure "thousands" has no source      unattributed-figure
//     17:1   warning  Figure "Around 11,000" has no source  unattributed-figure
//
//   ✖ 2 problems (0 errors, 2 warnings, 0 infos)
import { countDiagnostics, severityLabel, type Formatter, type JsonDiagnostic } from '../types';
import { pad, palette, visibleLength, type Palette } from './colors';
import { summaryLine } from './summary';

export function paintSeverity(severity: JsonDiagnostic['severity'], p: Palette): string {
  const label = severityLabel(severity);
  return severity === 'error' ? p.red(label) : severity === 'warning' ? p.yellow(label) : p.blue(label);
}

/** The message on one line (a figure can span a line break). */
export const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

export const stylish: Formatter = (reports, ctx) => {
  const p = palette(ctx.color);
  let out = '';
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    const rows = r.diagnostics.map((d) => [`${d.line}:${d.column}`, paintSeverity(d.severity, p), oneLine(d.message), p.dim(d.rule)]);
    const widths = [0, 1, 2].map((i) => rows.reduce((w, row) => Math.max(w, visibleLength(row[i])), 0));
    out += `\n${p.underline(r.path)}\n`;
    for (const row of rows) out += `  ${pad(row[0], widths[0])}  ${pad(row[1], widths[1])}  ${pad(row[2], widths[2])}  ${row[3]}\n`;
  }
  const summary = summaryLine(countDiagnostics(reports), p);
  if (summary) out += `\n${summary}\n`;
  return out;
};
