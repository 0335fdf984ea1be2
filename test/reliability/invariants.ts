// The structural promises every analysis must keep, whatever the input: spans are exact slices of the
// input, offsets are in bounds and ordered, diagnostics point at real figures. Used by the property
// tests and the pathological-input tests. Each check throws an Error naming the broken promise, so a
// shrunk counterexample says what went wrong.
import type { AnalysisResult, DocumentFormat } from '../../src/engine';

export const FORMATS: DocumentFormat[] = ['text', 'markdown'];

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

function checkSpan(input: string, label: string, span: { text: string; start: number; end: number }): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${label} offsets are not integers`, span);
  if (start < 0 || end > input.length || start > end) fail(`${label} offsets out of bounds (length ${input.length})`, span);
  const slice = input.slice(start, end);
  if (span.text !== slice) fail(`${label} text differs from input.slice(start, end)`, { ...span, slice });
}

/** Throws on the first broken invariant. */
export function checkInvariants(input: string, result: AnalysisResult): void {
  const { figures, diagnostics, sources, candidates } = result;
  if (!Array.isArray(figures) || !Array.isArray(diagnostics) || !Array.isArray(sources) || !Array.isArray(candidates)) fail('result shape', Object.keys(result));
  figures.forEach((f, i) => {
    checkSpan(input, `figure ${i}`, f);
    if (f.start === f.end) fail(`figure ${i} is empty`, f);
    const s = f.sentence;
    if (!(0 <= s.start && s.start <= f.start && f.end <= s.end && s.end <= input.length)) fail(`figure ${i} lies outside its sentence`, { figure: [f.start, f.end], sentence: s });
    if (f.source) checkSpan(input, `figure ${i} source`, f.source);
    if (f.cue) checkSpan(input, `figure ${i} cue`, f.cue);
    if (f.status !== 'unattributed' && !f.cue) fail(`figure ${i} is ${f.status} without a cue`, f);
    if (i > 0) {
      const p = figures[i - 1];
      if (p.start > f.start) fail(`figures ${i - 1} and ${i} out of order`, [p, f]);
      if (p.end > f.start) fail(`figures ${i - 1} and ${i} overlap`, [p, f]);
    }
  });
  diagnostics.forEach((d, i) => {
    if (!Number.isInteger(d.figure) || d.figure < 0 || d.figure >= figures.length) fail(`diagnostic ${i} points at no figure`, d);
    const f = figures[d.figure];
    if (d.start !== f.start || d.end !== f.end) fail(`diagnostic ${i} range differs from its figure's`, { diagnostic: d, figure: [f.start, f.end] });
    if (typeof d.message !== 'string' || d.message.length === 0) fail(`diagnostic ${i} has no message`, d);
  });
  sources.forEach((s, i) => {
    for (const k of s.figures) if (!Number.isInteger(k) || k < 0 || k >= figures.length) fail(`source ${i} names no figure`, s);
    for (const m of s.mentions) checkSpan(input, `source ${i} mention`, m);
  });
  for (const c of candidates) if (typeof c !== 'string') fail('candidate is not a string', c);
}

/**
 * The result with every offset passed through `map` and every text through `norm`: two analyses that
 * should agree up to a change of line endings or a prefix compare equal after this.
 */
export function normalized(result: AnalysisResult, map: (offset: number) => number, norm: (s: string) => string = (s) => s): unknown {
  const span = <T extends { text: string; start: number; end: number }>(s: T) => ({ ...s, text: norm(s.text), start: map(s.start), end: map(s.end) });
  return {
    figures: result.figures.map((f) => ({
      ...span(f),
      sentence: { start: map(f.sentence.start), end: map(f.sentence.end) },
      cue: f.cue && span(f.cue),
      source: f.source && { ...span(f.source), resolved: f.source.resolved && norm(f.source.resolved) },
    })),
    diagnostics: result.diagnostics.map((d) => ({ ...d, message: norm(d.message), start: map(d.start), end: map(d.end) })),
    sources: result.sources.map((s) => ({ ...s, name: norm(s.name), mentions: s.mentions.map(span) })),
    candidates: result.candidates.map(norm),
  };
}

/** Maps offsets in `crlf` (a text with \r\n line breaks) to offsets in the same text with \n breaks. */
export function crlfToLf(crlf: string): (offset: number) => number {
  const before = new Int32Array(crlf.length + 1);
  for (let i = 0; i < crlf.length; i++) before[i + 1] = before[i] + (crlf.charCodeAt(i) === 13 ? 1 : 0);
  return (offset) => offset - before[offset];
}
