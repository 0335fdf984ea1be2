// Analysis of one paragraph on its own: its figures and, for each, the cue that covers it. Everything
// here depends only on the paragraph's text, so the result is cached by that text and an edit elsewhere
// in the draft re-uses it. What needs the rest of the document (a quotation opened by 'X said:' in the
// paragraph before, the name a pronoun stands for) is left for ./document.ts. Offsets are relative to
// the paragraph.
import type { CompiledLexicon } from '../lexicon';
import type { CueType, FigureKind, SourceKind } from './types';
import { splitSentences, type SentenceSpan } from './text/sentences';
import { tagSentence, type Token } from './nlp/tagger';
import { findFigures } from './figures/recognize';
import { Prefilter } from './figures/prefilter';
import { findCues, type CueHit } from './attribution/cues';
import { findQuotes, isSpeech, type QuoteSpan } from './attribution/quotes';
import { LruCache } from './cache';
import { nameRuns, namesOf, type NameCandidate, type NameRun } from './attribution/resolve';

export interface LocalSource {
  start: number;
  end: number;
  kind: SourceKind;
  /** A pronoun or 'the agency'-style noun that stands for a source named earlier. */
  anaphoric: boolean;
  /** Head noun of an anaphoric common-noun source ('jury'). */
  head?: string;
}

export interface LocalCue {
  start: number;
  end: number;
  type: CueType;
}

export interface Coverage {
  status: 'attributed' | 'vague';
  source: LocalSource | null;
  cue: LocalCue;
  reason: 'in-content' | 'in-quote' | 'hedged';
}

export interface LocalFigure {
  start: number;
  end: number;
  kind: FigureKind;
  minor: boolean;
  sentence: number;
  coverage: Coverage | null;
  /** No cue covers it, but it sits in a speech quotation whose speaker may be named in the paragraph before. */
  pendingQuote: boolean;
  /** A cue in the sentence, though not over this figure: 'out-of-scope' rather than 'no-cue'. */
  cueInSentence: boolean;
}

export interface ParagraphAnalysis {
  sentences: SentenceSpan[];
  figures: LocalFigure[];
  /** The paragraph opens inside a quotation (its first character is an opening mark). */
  opensWithQuote: boolean;
  /** Who speaks at the paragraph's end: an unclosed quotation's speaker, or an 'X said:' cue. */
  carry: Coverage | null;
  /** The paragraph ends inside a quotation that did not close. */
  endsInsideQuote: boolean;
  /** Tags sentence i (memoized): the document pass reads earlier sentences to resolve pronouns. */
  tag: (i: number) => Token[];
  /** Runs of capitalized words, for expanding a surname to a full name (memoized). */
  names: () => NameRun[];
  /** The names in sentence i, for resolving a pronoun (memoized; tags the sentence if needed). */
  people: (i: number) => NameCandidate[];
}

export class ParagraphAnalyzer {
  private readonly prefilter: Prefilter;
  /**
   * @param sentenceTokens tagged sentences by text, relative offsets: when a paragraph changes, its
   * unchanged sentences are not tagged again.
   */
  constructor(
    private readonly lex: CompiledLexicon,
    private readonly sentenceTokens: LruCache<Token[]> = new LruCache(0),
  ) {
    this.prefilter = new Prefilter(lex);
  }

  analyze(text: string): ParagraphAnalysis {
    const lex = this.lex;
    const sentences = splitSentences(text, 0, lex);
    const tokens: (Token[] | undefined)[] = new Array(sentences.length);
    const cues: (CueHit[] | undefined)[] = new Array(sentences.length);
    const tag = (i: number) => {
      const s = sentences[i];
      if (tokens[i]) return tokens[i]!;
      const own = this.sentenceTokens.get(text.slice(s.start, s.end), () => tagSentence(text.slice(s.start, s.end), 0, lex));
      return (tokens[i] = s.start === 0 ? own : own.map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })));
    };
    const cuesOf = (i: number) => (cues[i] ??= findCues(tag(i), lex));
    const figures: LocalFigure[] = [];
    const figTokens: { sentence: number; first: number; last: number }[] = [];
    sentences.forEach((s, i) => {
      if (!this.prefilter.mayHoldFigure(text.slice(s.start, s.end))) return;
      const toks = tag(i);
      for (const f of findFigures(toks, lex)) {
        figures.push({ start: toks[f.first].start, end: toks[f.last].end, kind: f.kind, minor: f.minor, sentence: i, coverage: null, pendingQuote: false, cueInSentence: false });
        figTokens.push({ sentence: i, first: f.first, last: f.last });
      }
    });
    const sentenceStarts = sentences.map((s) => s.start);
    const quotes = findQuotes(text);
    const speakerMemo = new Map<QuoteSpan, Coverage | null>();
    const speakerOf = (q: QuoteSpan) => {
      if (!speakerMemo.has(q)) speakerMemo.set(q, this.quoteSpeaker(q, text, sentences, tag, cuesOf));
      return speakerMemo.get(q)!;
    };

    figures.forEach((f, n) => {
      const ft = figTokens[n];
      const hits = cuesOf(ft.sentence);
      f.cueInSentence = hits.length > 0;
      const covering = hits.filter((h) => h.content.some((r) => r.first <= ft.first && ft.last <= r.last));
      const best = pickCue(covering);
      if (best) {
        f.coverage = coverageOf(best, tag(ft.sentence));
        return;
      }
      const q = quotes.find((q) => q.open < f.start && f.end <= q.close);
      if (!q) return;
      let speaker = speakerOf(q);
      if (!speaker && isSpeech(text, q, sentenceStarts)) {
        // A quotation running on in the paragraph: the nearest quotation before (or else after) with a speaker.
        const others = quotes.filter((o) => o !== q && isSpeech(text, o, sentenceStarts));
        const before = others.filter((o) => o.open < q.open).reverse();
        const after = others.filter((o) => o.open > q.open);
        for (const o of [...before, ...after]) {
          speaker = speakerOf(o);
          if (speaker) break;
        }
        // The paragraph before may name the speaker (document pass).
        if (!speaker && q.open === 0) f.pendingQuote = true;
      }
      if (speaker) f.coverage = { ...speaker, reason: 'in-quote', cue: { ...speaker.cue, type: speaker.cue.type === 'colon' ? 'colon' : 'quote' } };
    });

    // What carries into the next paragraph: an unclosed quotation's speaker, or a closing 'X said:'.
    let carry: Coverage | null = null;
    const lastQuote = quotes[quotes.length - 1];
    if (lastQuote && !lastQuote.closed) carry = speakerOf(lastQuote);
    if (!carry && /:\s*["“]?\s*$/.test(text) && sentences.length) {
      const last = sentences.length - 1;
      const colon = cuesOf(last).find((h) => h.colon && h.source);
      if (colon) carry = coverageOf(colon, tag(last));
    }
    let names: NameRun[] | undefined;
    const people: NameCandidate[][] = [];
    const slice = (s: number, e: number) => text.slice(s, e);
    return {
      sentences,
      figures,
      opensWithQuote: /^["“]/.test(text),
      carry,
      endsInsideQuote: !!lastQuote && !lastQuote.closed,
      tag,
      names: () => (names ??= nameRuns(text)),
      people: (i) => (people[i] ??= namesOf(tag(i), slice, lex)),
    };
  }

  /** The speaker named next to a quotation: '"...," X said', '"...", said X', 'X said, "..."', 'X said: "..."'. */
  private quoteSpeaker(q: QuoteSpan, text: string, sentences: SentenceSpan[], tag: (i: number) => Token[], cuesOf: (i: number) => CueHit[]): Coverage | null {
    const within = (i: number) => sentences[i].start <= q.close && q.open < sentences[i].end;
    for (let i = 0; i < sentences.length; i++) {
      if (!within(i)) continue;
      const toks = tag(i);
      for (const h of cuesOf(i)) {
        if (h.hedge || !h.source) continue;
        const cueStart = toks[h.cue.first].start;
        const cueEnd = toks[h.cue.last].end;
        // The cue sits outside the quotation, right before or after it, and its content reaches into it.
        if (cueStart > q.open && cueEnd < q.close) continue;
        const reaches = h.content.some((r) => toks[r.first].start <= q.close && q.open < toks[r.last].end) || (h.colon && cueEnd <= q.open);
        if (!reaches) continue;
        const nearBefore = cueEnd <= q.open && !/[.!?]/.test(text.slice(cueEnd, q.open).replace(/\s+/g, ''));
        const nearAfter = cueStart >= q.close && text.slice(q.close, cueStart).length < 80;
        if (nearBefore || nearAfter) return coverageOf(h, toks);
      }
    }
    return null;
  }
}

/** The innermost cue wins; an agentless hedge loses to a named source that covers the same figure. */
function pickCue(covering: CueHit[]): CueHit | null {
  if (covering.length === 0) return null;
  const size = (h: CueHit) => h.content.reduce((n, r) => n + (r.last - r.first + 1), 0);
  const sorted = [...covering].sort((a, b) => size(a) - size(b));
  return sorted.find((h) => !h.hedge) ?? sorted[0];
}

function coverageOf(h: CueHit, toks: Token[]): Coverage {
  const cue: LocalCue = { start: toks[h.cue.first].start, end: toks[h.cue.last].end, type: h.type };
  if (h.hedge || !h.source || !h.sourceClass) return { status: 'vague', source: null, cue, reason: 'hedged' };
  const source: LocalSource = { start: toks[h.source.first].start, end: toks[h.source.last].end, kind: h.sourceClass.kind, anaphoric: h.sourceClass.anaphoric, head: h.sourceClass.head };
  return { status: h.sourceClass.kind === 'anonymous' ? 'vague' : 'attributed', source, cue, reason: 'in-content' };
}
