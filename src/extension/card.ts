// The hover card of a figure, as Markdown text. Pure (no 'vscode'): extension.ts wraps it in a
// MarkdownString with supportHtml: false and no trust, and vitest checks that draft text stays inert.
// Every piece of draft text goes through escapeMarkdown; the rest is our own fixed wording.
import type { AnalysisResult, Figure, FigureKind, Reason, SourceKind } from '../engine';
import { LineIndex } from '../engine';
import { escapeMarkdown } from './escape';

export const KIND_LABEL: Record<FigureKind, string> = {
  count: 'count',
  approximate: 'approximate number',
  money: 'amount of money',
  percent: 'percentage',
  ratio: 'ratio',
  change: 'change',
  measure: 'measurement',
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  person: 'person',
  agency: 'agency',
  organization: 'organization',
  media: 'media',
  document: 'document',
  anonymous: 'anonymous source',
};

export const REASON_TEXT: Record<Reason, string> = {
  'in-content': 'it is in the reported content of the cue',
  'in-quote': 'it is inside a quotation with a named speaker',
  hedged: 'it is hedged, but no source is named',
  'no-cue': 'there is no attribution cue (said, according to, …) in its sentence',
  'out-of-scope': "its sentence has a cue, but the cue's scope does not reach the figure",
};

const STATUS_LINE = {
  attributed: '✓ **Attributed**',
  vague: '◐ **Vague attribution**',
  unattributed: '⚠ **Unattributed**',
} as const;

/** The index of the figure at a document offset (start inclusive, end inclusive so a cursor right after it counts). */
export function figureAt(result: AnalysisResult, offset: number): number {
  const figs = result.figures;
  let lo = 0;
  let hi = figs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = figs[mid];
    if (offset < f.start) hi = mid - 1;
    else if (offset > f.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface CardOptions {
  /** Line numbers for "other figures" (1-based); computed from the text when absent. */
  lines?: LineIndex;
  text?: string;
  /** At most this many other figures are listed. */
  maxOthers?: number;
}

const q = (s: string, max?: number) => `“${escapeMarkdown(s, max)}”`;

/** The Markdown of the hover card of result.figures[index]. */
export function renderHoverCard(result: AnalysisResult, index: number, options: CardOptions = {}): string {
  const fig = result.figures[index];
  if (!fig) return '';
  const lines = options.lines ?? (options.text !== undefined ? new LineIndex(options.text) : undefined);
  const lineOf = (f: Figure) => (lines ? ` (line ${lines.position(f.start).line})` : '');
  const maxOthers = options.maxOthers ?? 8;
  const out: string[] = [];

  out.push(`**${q(fig.text, 80)}** · ${KIND_LABEL[fig.kind] ?? escapeMarkdown(fig.kind)}${fig.minor ? ' · minor figure' : ''}`);
  out.push(`${STATUS_LINE[fig.status]}: ${REASON_TEXT[fig.reason] ?? escapeMarkdown(fig.reason)}.`);

  if (fig.source) {
    const s = fig.source;
    const resolved = s.resolved && s.resolved !== s.text ? ` → ${escapeMarkdown(s.resolved, 80)}` : '';
    out.push(`**Source:** ${escapeMarkdown(s.text, 80)}${resolved} · ${SOURCE_KIND_LABEL[s.kind] ?? escapeMarkdown(s.kind)}`);
  } else if (fig.status !== 'unattributed') {
    out.push('**Source:** none named');
  }
  if (fig.cue) out.push(`**Cue:** ${q(fig.cue.text, 60)} (${escapeMarkdown(fig.cue.type)})`);

  if (fig.source) {
    const summary = result.sources.find((s) => s.figures.includes(index));
    const others = summary ? summary.figures.filter((i) => i !== index) : [];
    if (others.length === 0) out.push('**Other figures from this source:** none');
    else {
      const shown = others.slice(0, maxOthers).map((i) => `${q(result.figures[i].text, 40)}${lineOf(result.figures[i])}`);
      const more = others.length > maxOthers ? `, and ${others.length - maxOthers} more` : '';
      out.push(`**Other figures from this source:** ${shown.join(', ')}${more}`);
    }
  }

  if (fig.status !== 'attributed') {
    const names = result.candidates.slice(0, maxOthers).map((c) => escapeMarkdown(c, 60));
    if (names.length > 0) out.push(`**Sources already named in this draft:** ${names.join('; ')}`);
    else out.push('**Sources already named in this draft:** none yet');
  }
  return out.join('\n\n');
}
