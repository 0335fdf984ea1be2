// Analysis of one paragraph on its own: its figures and, for each, the cue that covers it. Everything
// here depends only on the paragraph's text, so the result is cached by that text and an edit elsewhere
// in the draft re-uses it. What needs the rest of the document (a quotation opened by 'X said:' in the
// paragraph before, the name a pronoun stands for) is left for ./document.ts. Offsets are relative to
// the paragraph.
import type { CompiledLexicon } from '../lexicon';
import type { CueType, FigureKind } from './types';
import { splitSentences, type SentenceSpan } from './text/sentences';
import { tagSentence, type Token } from './nlp/tagger';
import { findFigures } from './figures/recognize';
import { Prefilter } from './figures/prefilter';
import { findCues, type CueHit } from './attribution/cues';
import { findQuotes, isSpeech, type QuoteSpan } from './attribution/quotes';
import { LruCache } from './cache';
import { namesOf, type NameCandidate, type NameIndex } from './attribution/resolve';
import type { NamedMention } from './sources';
import type { FoundSource } from './attribution/document-sources';

/** A source as the paragraph pass finds it, in paragraph offsets (the document pass resolves it). */
export type LocalSource = FoundSource;

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
  /** The names in sentence i, for resolving a pronoun (memoized; tags the sentence if needed). */
  people: (i: number) => NameCandidate[];
  /**
   * What the document pass reads from the paragraph's text, filled in by it on first use and kept with
   * the cached analysis. A separate object, so that keeping it for the rest of the document does not
   * keep the paragraph's tokens.
   */
  memo: ParagraphMemo;
}

export interface ParagraphMemo {
  /** Possible full names, by surname. */
  names?: NameIndex;
  /** Sources named in the paragraph, for the "Add attribution…" candidates. */
  mentions?: NamedMention[];
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
    const sentenceStarts = new Set(sentences.map((s) => s.start));
    const quotes = findQuotes(text);
    const speakerMemo = new Map<QuoteSpan, Coverage | null>();
    const speakerOf = (q: QuoteSpan) => {
      if (!speakerMemo.has(q)) speakerMemo.set(q, this.quoteSpeaker(q, text, sentences, tag, cuesOf));
      return speakerMemo.get(q)!;
    };
    // A quotation that runs on in the paragraph takes the speaker of the nearest speech quotation
    // before it that has one, or else of the nearest after it. Two passes over the quotations, done
    // once and only when a figure needs them (finding speakers tags sentences).
    const speech = quotes.map((q) => isSpeech(text, q, sentenceStarts));
    let before: (Coverage | null)[] | null = null;
    let after: (Coverage | null)[] | null = null;
    const inheritedSpeaker = (qi: number): Coverage | null => {
      if (!before || !after) {
        before = [];
        after = [];
        let last: Coverage | null = null;
        for (let k = 0; k < quotes.length; k++) {
          before.push(last);
          if (speech[k]) last = speakerOf(quotes[k]) ?? last;
        }
        last = null;
        for (let k = quotes.length - 1; k >= 0; k--) {
          after[k] = last;
          if (speech[k]) last = speakerOf(quotes[k]) ?? last;
        }
      }
      return before[qi] ?? after[qi];
    };

    // Each figure takes the innermost cue covering it; an agentless hedge only where no named cue
    // covers it. Cues are visited innermost first and each figure is assigned once, so a sentence
    // with many cues and many figures stays linear.
    const bySentence = new Map<number, number[]>();
    figTokens.forEach((ft, n) => {
      if (!bySentence.has(ft.sentence)) bySentence.set(ft.sentence, []);
      bySentence.get(ft.sentence)!.push(n);
    });
    for (const [i, list] of bySentence) {
      const hits = cuesOf(i);
      for (const n of list) figures[n].cueInSentence = hits.length > 0;
      if (hits.length === 0) continue;
      const best = assignCues(hits, list.map((n) => figTokens[n]), tag(i));
      best.forEach((h, k) => {
        if (h) figures[list[k]].coverage = coverageOf(h, tag(i));
      });
    }

    let qi = 0;
    figures.forEach((f) => {
      // '"We expect 3,000 more," the governor said': inside a quotation, 'we' and 'I' are the
      // speaker's own voice, so the quotation's speaker is the source (where it has one).
      const src = f.coverage?.source;
      const firstPerson = !!src && FIRST_PERSON.test(text.slice(src.start, src.end));
      // Figures and quotations are both in text order.
      while (qi < quotes.length && quotes[qi].close < f.end) qi++;
      const q = quotes[qi];
      if (!q || !(q.open < f.start && f.end <= q.close)) return;
      // ('"The biggest objects are tracked by the US Department of Defense," said a NASA scientist',
      // '"... follow through and seek zero tariffs," Kudlow said': a verb of measuring or of position
      // inside the quotation is part of what the named speaker says; the speaker asserts.)
      const cue = f.coverage?.cue;
      const innerNonSpeech = !!cue && cue.type === 'verb' && q.open < cue.start && cue.end <= q.close && ![...(lex.cueForms.get(text.slice(cue.start, cue.end).toLowerCase()) ?? [])].some((r) => r === 'speech' || r === 'object');
      if (f.coverage && !firstPerson && !(innerNonSpeech && speakerOf(q))) return;
      let speaker: Coverage | null = speakerOf(q);
      if (!speaker && speech[qi]) {
        speaker = inheritedSpeaker(qi);
        // The paragraph before may name the speaker (document pass).
        if (!speaker && q.open === 0 && !f.coverage) f.pendingQuote = true;
      }
      if (speaker) f.coverage = { ...speaker, reason: 'in-quote', cue: { ...speaker.cue, type: speaker.cue.type === 'colon' ? 'colon' : 'quote' } };
    });

    // What carries into the next paragraph: an unclosed quotation's speaker, or a closing 'X said:'.
    let carry: Coverage | null = null;
    const lastQuote = quotes[quotes.length - 1];
    if (lastQuote && !lastQuote.closed) carry = speakerOf(lastQuote);
    // (trimEnd first: a regex with two optional spaces around the quote mark backtracks on long blanks)
    if (!carry && /:["“]?$/.test(text.trimEnd().replace(/["“]\s+$/, (m) => m[0])) && sentences.length) {
      const last = sentences.length - 1;
      // 'The ministry said:' and 'Key figures, according to the ministry:' both introduce what follows.
      const colon = cuesOf(last).find((h) => (h.colon || h.type === 'according') && h.source && !h.hedge);
      if (colon) carry = coverageOf(colon, tag(last));
    }
    const people: NameCandidate[][] = [];
    const slice = (s: number, e: number) => text.slice(s, e);
    return {
      sentences,
      figures,
      opensWithQuote: /^["“]/.test(text),
      carry,
      endsInsideQuote: !!lastQuote && !lastQuote.closed,
      tag,
      people: (i) => (people[i] ??= namesOf(tag(i), slice, lex)),
      memo: {},
    };
  }

  /** The speaker named next to a quotation: '"...," X said', '"...", said X', 'X said, "..."', 'X said: "..."'. */
  private quoteSpeaker(q: QuoteSpan, text: string, sentences: SentenceSpan[], tag: (i: number) => Token[], cuesOf: (i: number) => CueHit[]): Coverage | null {
    // The sentences the quotation touches: from the last one starting at or before its opening mark.
    let first = 0;
    let hi = sentences.length - 1;
    while (first < hi) {
      const mid = (first + hi + 1) >> 1;
      if (sentences[mid].start <= q.open) first = mid;
      else hi = mid - 1;
    }
    for (let i = first; i < sentences.length && sentences[i].start <= q.close; i++) {
      if (!(q.open < sentences[i].end)) continue;
      const toks = tag(i);
      for (const h of cuesOf(i)) {
        if (h.hedge || !h.source) continue;
        const cueStart = toks[h.cue.first].start;
        const cueEnd = toks[h.cue.last].end;
        // The cue sits outside the quotation, right before or after it, and its content reaches into it.
        if (cueStart > q.open && cueEnd < q.close) continue;
        const reaches = h.content.some((r) => toks[r.first].start <= q.close && q.open < toks[r.last].end) || (h.colon && cueEnd <= q.open);
        // '"Probably 70 percent," Fauci said when asked ...': a speech tag right after the quotation is
        // its speaker, whatever the verb's own content.
        const tagAfter = cueStart >= q.close && /^["”’\s,]*$/.test(text.slice(q.close, Math.min(cueStart, toks[h.source.first].start)));
        if (!reaches && !tagAfter) continue;
        const nearBefore = cueEnd <= q.open && !/[.!?]/.test(text.slice(cueEnd, q.open).replace(/\s+/g, ''));
        const nearAfter = cueStart >= q.close && text.slice(q.close, cueStart).length < 80;
        if (nearBefore || nearAfter) return coverageOf(h, toks);
      }
    }
    // 'Colonel Randrianirina called for "international solidarity" after the cyclone "ravaged up to
    // 75 percent of Toamasina"': a quotation inside one sentence whose only speaker is named there,
    // before it, is that speaker's, though the verb's content stops short of it.
    const s = sentences[first];
    if (s && q.closed && q.close <= s.end) {
      const toks = tag(first);
      const before = cuesOf(first).filter((h) => !h.hedge && h.source && h.sourceClass && h.sourceClass.kind !== 'anonymous' && h.sourceClass.kind !== 'document' && toks[h.cue.last].end <= q.open);
      const sources = new Set(before.map((h) => `${h.source!.first}:${h.source!.last}`));
      if (before.length && sources.size === 1) return coverageOf(before[before.length - 1], toks);
    }
    return null;
  }
}

/**
 * The cue for each figure (token ranges in one sentence): the innermost covering cue wins, and an
 * agentless hedge loses to a named source that covers the same figure. Named cues are visited first,
 * smallest content first, then hedges; a figure keeps the first cue that reaches it. An unnamed
 * source's cue, or a lone 'it'/'they'/'we' one, then gives way to a named source's 'according to'
 * frame or verb of saying around it (a pronoun gives way only to the verb of saying).
 */
export function assignCues(hits: CueHit[], figs: { first: number; last: number }[], toks: Token[]): (CueHit | null)[] {
  const out: (CueHit | null)[] = figs.map(() => null);
  const size = (h: CueHit) => h.content.reduce((n, r) => n + (r.last - r.first + 1), 0);
  // ('He also said that 48 districts ..., according to a new report in ANI.': a verb of saying inside
  // a closing 'according to' frame reports up to the frame; the speaker is innermost, the frame
  // reports what the speaker said.)
  const closingFrames = hits.filter((f) => f.type === 'according' && !f.hedge && f.content.length === 1 && f.content[0].first === 0 && f.content[0].last === f.cue.first - 1);
  const inner = (h: CueHit): number => (h.type !== 'verb' || h.hedge ? 0 : closingFrames.reduce((n, f) => n + h.content.reduce((m, r) => m + (h.cue.last < f.cue.first && r.first < f.cue.first && r.last >= f.cue.first ? r.last - f.cue.first + 1 : 0), 0), 0));
  const order = hits
    .map((h) => ({ h, size: size(h) - inner(h) }))
    .sort((a, b) => Number(a.h.hedge) - Number(b.h.hedge) || a.size - b.size)
    .map((x) => x.h);
  // next[k]: the first figure at or after k still without a cue (union-find style path jumping).
  const next = figs.map((_, k) => k);
  const find = (k: number): number => {
    while (k < figs.length && next[k] !== k) {
      next[k] = next[next[k]] ?? figs.length;
      k = next[k];
    }
    return k;
  };
  let left = figs.length;
  for (const h of order) {
    if (left === 0) break;
    for (const r of h.content) {
      // The first figure that starts inside the range (figures are ordered).
      let lo = 0;
      let hi = figs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (figs[mid].first < r.first) lo = mid + 1;
        else hi = mid;
      }
      for (let k = find(lo); k < figs.length && figs[k].first <= r.last; k = find(k + 1)) {
        if (figs[k].last > r.last) continue;
        out[k] = h;
        next[k] = k + 1;
        left--;
      }
    }
  }
  const covers = (f: CueHit, r: { first: number; last: number }) => f.content.some((c) => c.first <= r.first && r.last <= c.last);
  // ('Apple reported revenue of $89.5 billion, below Wall Street estimates of $89.3 billion,
  // according to LSEG data': an unowned estimate inside a speaker's report, with a closing 'according
  // to' frame, is the frame's: the data provider's consensus, not the speaker's.)
  for (const f of closingFrames) {
    for (const h of hits) {
      if (!h.hedge || h.cue.first >= f.cue.first || !/^(estimates?|expectations?|forecasts?|consensus|projections?)$/.test(toks[h.cue.first].lower)) continue;
      figs.forEach((g, k) => {
        if (out[k] && out[k] !== f && !out[k]!.hedge && out[k]!.cue.last < h.cue.first && covers(h, g) && covers(f, g)) out[k] = f;
      });
    }
  }
  // 'Analysts expected 19 cents a share, according to Refinitiv', 'Police said that residents
  // reported 250 houses destroyed': an unnamed source's cue inside an 'according to' frame or a
  // verb of saying that names one; the named source asserts the figure.
  const named = (h: CueHit) => !h.hedge && !!h.sourceClass && h.sourceClass.kind !== 'anonymous';
  // ('The chipmaker said it expects $4.40 billion, compared with analysts' estimates of $3.97 billion,
  // according to IBES data': an 'according to' frame names where an unnamed group's estimate comes
  // from before a verb of saying around it does.)
  const frames = hits.filter((h) => named(h) && (h.type === 'according' || h.speech)).sort((a, b) => Number(b.type === 'according') - Number(a.type === 'according'));
  if (frames.length) {
    out.forEach((h, k) => {
      // ('The jury said it believes 40 cases ...': the pronoun is the speaker of the frame. A person's
      // 'he' or 'she' keeps the figure: it resolves to the same person, by gender where names share a surname.)
      const pronoun = !!h?.source && h.source.first === h.source.last && /^(it|they|we)$/.test(toks[h.source.first].lower);
      // ('"To date, the provisional report shows 28 suspected cases," Kamba said': a document that
      // names nobody, inside what a named speaker says, is the speaker's evidence; the speaker asserts.)
      const unnamedDocument = !!h?.source && h.sourceClass?.kind === 'document' && !toks.slice(h.source.first + 1, h.source.last + 1).some((t) => /^\p{Lu}/u.test(t.text)) && !/^\p{Lu}/u.test(toks[h.source.first].text.replace(/^(The|A|An|This|These)$/, ''));
      // ('FAAN disclosed that Port Harcourt International Airport recorded 812,479 passengers': a verb of
      // measurement inside what a named source says is part of its report.)
      const measured = !!h?.measurement && frames.some((f) => f.speech && f.cue.last < h.cue.first && covers(f, h.cue));
      if (!h || h.hedge || (h.sourceClass?.kind !== 'anonymous' && !pronoun && !unnamedDocument && !measured)) return;
      // ('Police said 12 died, and witnesses said 30 were hurt': a clause of its own after 'and' or
      // 'but', not a report inside the frame's.)
      // ('The user count rose to 330 million, while analysts had expected 318.8 million, according to
      // data from Refinitiv': a closing 'according to' frame still covers such a clause.)
      const lead = h.source ? toks[h.source.first - 1] : undefined;
      const ownClause = !!lead && /^(and|but|while|whereas|although|though|yet)$/.test(lead.lower);
      // ("..., the EIA said, compared with analysts' expectations for a 1.3 million-barrel draw": an
      // unnamed group's estimate that the writer compares with is theirs, not the speaker's.)
      // (An 'according to' frame still names where the estimate comes from.)
      // ('lower than the 5 percent predicted by analysts': so is an amount an unnamed agent put forward.)
      const compared = (h.type === 'noun' && !!h.source && toks.slice(Math.max(0, h.source.first - 3), h.source.first).some((t) => COMPARED.test(t.lower))) || (h.type === 'passive-agent' && h.content.length > 0 && toks.slice(Math.max(0, h.content[0].first - 2), h.content[0].first + 1).some((t) => COMPARED.test(t.lower)));
      // (A document yields only to somebody: 'By the numbers: ..., according to the report' keeps the report.)
      const somebody = (f: CueHit) => !unnamedDocument || (f.sourceClass?.kind !== 'document' && f.type !== 'according');
      const frame = frames.find((f) => f !== h && covers(f, figs[k]) && (f.type === 'according' || (covers(f, h.cue) && !compared && !ownClause)) && (!pronoun || f.type !== 'according') && somebody(f));
      if (frame) out[k] = frame;
    });
  }
  return out;
}

/** Words before an unnamed group's estimate that mark it as what the writer compares with: 'compared with analysts' expectations'. */
const COMPARED = /^(compared|than|versus|vs|against|beat|beating|missed|missing|topped|topping|exceeding)$/;

// ('I'd say the farmers have lost about 50 percent," Carpenter said': with a contraction too.)
const FIRST_PERSON = /^(i|we|me|us|my|our)(['’](d|m|ve|ll|re))?$/i;

function coverageOf(h: CueHit, toks: Token[]): Coverage {
  // (A cue that opens on a contraction's hidden word, "It's expected", starts at its first written word.)
  let cueFirst = h.cue.first;
  while (cueFirst < h.cue.last && toks[cueFirst].text === '') cueFirst++;
  const cue: LocalCue = { start: toks[cueFirst].start, end: toks[h.cue.last].end, type: h.type };
  if (h.hedge || !h.source || !h.sourceClass) return { status: 'vague', source: null, cue, reason: 'hedged' };
  // "the ministry's tally": the source is 'the ministry', without the possessive ending. ("analysts
  // at Moody's said": before a verb the ending is part of the name.)
  const last = toks[h.source.last];
  // ("the ministry's estimate", "the region's $868-million projection": the owner without its 's.)
  const owned = (toks[h.source.last + 1]?.tags.has('Noun') || toks[h.source.last + 1]?.tags.has('Value')) ?? false;
  let end = last.text.length > 2 && /['’]s$/.test(last.text) && owned ? last.end - 2 : last.end;
  // 'The British Crime Survey (BCS)': a source that opens a bracket closes it.
  const opened = toks.slice(h.source.first + 1, h.source.last + 1).some((t, i) => /\(\s*$/.test(toks[h.source!.first + i].post + t.pre));
  if (opened && /^\)/.test(last.post)) end = last.end + 1;
  const antecedent = h.antecedent ? { start: toks[h.antecedent.first].start, end: toks[h.antecedent.last].end } : undefined;
  const source: LocalSource = { start: toks[h.source.first].start, end, kind: h.sourceClass.kind, anaphoric: h.sourceClass.anaphoric, head: h.sourceClass.head, unknownName: h.sourceClass.unknownName, antecedent };
  return { status: h.sourceClass.kind === 'anonymous' ? 'vague' : 'attributed', source, cue, reason: 'in-content' };
}
