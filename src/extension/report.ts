// The attribution report (the ledger of every figure) as a webview page. Pure (no 'vscode'): all draft
// text is HTML-escaped, the page has a strict Content-Security-Policy (no remote content, inline
// script only with the nonce), and a row click posts { type: 'reveal', index } back to the extension.
import type { AnalysisResult } from '../engine';
import { LineIndex } from '../engine';
import { KIND_LABEL, SOURCE_KIND_LABEL } from './card';
import { escapeHtml, oneLine } from './escape';
import { summarize } from './summary';

export interface ReportRow {
  index: number;
  line: number;
  figure: string;
  kind: string;
  status: string;
  source: string;
  sourceKind: string;
  cue: string;
}

export function reportRows(result: AnalysisResult, text: string): ReportRow[] {
  const lines = new LineIndex(text);
  return result.figures.map((f, index) => ({
    index,
    line: lines.position(f.start).line,
    figure: oneLine(f.text, 80),
    kind: KIND_LABEL[f.kind] ?? f.kind,
    status: f.status,
    source: f.source ? oneLine(f.source.text, 60) + (f.source.resolved && f.source.resolved !== f.source.text ? ` → ${oneLine(f.source.resolved, 60)}` : '') : '',
    sourceKind: f.source ? SOURCE_KIND_LABEL[f.source.kind] ?? f.source.kind : '',
    cue: f.cue ? oneLine(f.cue.text, 40) : '',
  }));
}

export interface ReportPage {
  title: string;
  /** webview.cspSource */
  cspSource: string;
  /** A fresh random nonce for the one inline script. */
  nonce: string;
}

export function renderReportHtml(result: AnalysisResult, text: string, page: ReportPage): string {
  const e = escapeHtml;
  const rows = reportRows(result, text);
  const summary = summarize(result);
  const body = rows
    .map(
      (r) =>
        `<tr class="${e(r.status)}" data-index="${r.index}" tabindex="0" title="Reveal line ${r.line}">` +
        `<td class="num">${r.line}</td><td>${e(r.figure)}</td><td>${e(r.kind)}</td><td class="status">${e(r.status)}</td>` +
        `<td>${e(r.source) || '<span class="none">—</span>'}</td><td>${e(r.sourceKind)}</td><td>${e(r.cue)}</td></tr>`,
    )
    .join('\n');
  const csp = `default-src 'none'; style-src ${page.cspSource} 'nonce-${page.nonce}'; script-src 'nonce-${page.nonce}'; img-src ${page.cspSource}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${e(page.title)}</title>
<style nonce="${page.nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, #8884); vertical-align: top; }
  th { font-weight: 600; }
  tbody tr { cursor: pointer; }
  tbody tr:hover, tbody tr:focus { background: var(--vscode-list-hoverBackground); outline: none; }
  td.num { text-align: right; color: var(--vscode-descriptionForeground); }
  tr.unattributed td.status { color: var(--vscode-editorWarning-foreground, #c80); font-weight: 600; }
  tr.vague td.status { color: var(--vscode-editorInfo-foreground, #38c); }
  tr.attributed td.status { color: var(--vscode-testing-iconPassed, #3a3); }
  .none { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<h2>${e(page.title)}</h2>
<p id="summary">${e(summary.message)} · ${summary.attributed} attributed</p>
<table>
<thead><tr><th>Line</th><th>Figure</th><th>Kind</th><th>Status</th><th>Source</th><th>Source kind</th><th>Cue</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<script nonce="${page.nonce}">
  const vscode = acquireVsCodeApi();
  const reveal = (tr) => tr && vscode.postMessage({ type: 'reveal', index: Number(tr.dataset.index) });
  document.querySelector('tbody').addEventListener('click', (ev) => reveal(ev.target.closest('tr')));
  document.querySelector('tbody').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') reveal(ev.target.closest('tr')); });
</script>
</body>
</html>`;
}
