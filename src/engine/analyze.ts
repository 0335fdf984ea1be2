// The document pass: prose -> paragraphs -> cached paragraph analyses -> what crosses paragraphs
// (a quotation carried on from 'X said:', the name behind 'he') -> figures, sources, diagnostics.
import { builtinLexicon, compileLexicon, type CompiledLexicon, type LexiconExtension } from '../lexicon';
import { runRules, type RuleSettings } from '../rules';
import { applyDirectives } from './directives';
import { ParagraphAnalyzer, type Coverage, type ParagraphAnalysis, type ParagraphMemo } from './paragraph';
import { LruCache } from './cache';
import type { Token } from './nlp/tagger';
import { MentionMemo, nameIndex, type NameIndex, type SentenceRef } from './attribution/resolve';
import { DocumentSources } from './attribution/document-sources';
import { candidateSources, paragraphMentions, summarizeSources, type NamedMention } from './sources';
import { creditLine } from './attribution/credit';
import { prepareProse } from './text/prose';
import { splitParagraphs } from './text/paragraphs';
import { LineIndex } from './text/lines';
import type { AnalysisResult, DocumentFormat, Figure } from './types';

export interface EngineOptions {
  /** Additions to the built-in lexicon (cues, hedges, agencies, anonymous sources). */
  lexicon?: LexiconExtension;
  /** Rule id -> severity ('off' disables). */
  rules?: RuleSettings;
  /**
   * Paragraph analyses kept for re-use (tagged sentences: four times as many); 0 disables the cache.
   * An editor wants a few drafts' worth; a one-pass CLI run needs little.
   */
  cacheSize?: number;
}

export interface AnalyzeOptions {
  format?: DocumentFormat;
}

export class Engine {
  readonly lexicon: CompiledLexicon;
  private readonly paragraphs: ParagraphAnalyzer;
  private readonly cache: LruCache<ParagraphAnalysis>;
  private readonly sentenceTokens: LruCache<Token[]>;
  private readonly rules: RuleSettings;

  constructor(options: EngineOptions = {}) {
    const ext = options.lexicon;
    const empty = !ext || Object.values(ext).every((v) => !v || (Array.isArray(v) && v.length === 0));
    this.lexicon = empty ? builtinLexicon() : compileLexicon(ext);
    const size = options.cacheSize ?? 1000;
    this.cache = new LruCache(size);
    this.sentenceTokens = new LruCache(size * 4);
    this.paragraphs = new ParagraphAnalyzer(this.lexicon, this.sentenceTokens);
    this.rules = options.rules ?? {};
  }

  /** Cache statistics, for the benchmarks and the paragraph-cache tests. */
  get cacheStats(): { hits: number; misses: number; size: number } {
    return { hits: this.cache.hits, misses: this.cache.misses, size: this.cache.size };
  }

  clearCache(): void {
    this.cache.clear();
    this.sentenceTokens.clear();
  }

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    const format = options.format ?? 'text';
    const lex = this.lexicon;
    const prose = prepareProse(text, format);
    const paragraphs = splitParagraphs(prose.text, prose.blockStarts, format === 'markdown');
    // One paragraph at a time: memory follows the paragraph, not the file. What later paragraphs need
    // from earlier ones is kept small: the last sentences (for 'he' and 'they'), each paragraph's
    // text (for full names, read on demand), the named sources so far and an open quotation's speaker.
    const sentences: SentenceRef[] = [];
    // Each paragraph read so far, with its name index (made on first use, kept with its analysis).
    // Names are read from the prose (markup masked), never from the raw Markdown.
    const read: { start: number; names: () => NameIndex }[] = [];
    const memo = new MentionMemo(prose.text, read);
    const mentions: NamedMention[] = [];

    const figures: Figure[] = [];
    // Who each source is, from the sources named before it.
    const sources = new DocumentSources(lex, text, sentences, memo);
    let carry: { coverage: Coverage; offset: number } | null = null;
    // Figures of a quotation that opened a paragraph and ran past its end with no speaker yet.
    let orphans: number[] = [];
    // 'Key figures, according to the ministry:' followed by a list: the cue speaks for every item.
    let listCarry: { coverage: Coverage; offset: number } | null = null;
    // Figures of the table or list just read, for a 'Source: X' line right after it.
    let block: number[] = [];
    paragraphs.forEach((p) => {
      const a = this.cache.get(p.text, () => this.paragraphs.analyze(p.text));
      const item = isListItem(text, p);
      const blockLike = item || isTableRow(text, p);
      if (!item) listCarry = null;
      if (!blockLike) {
        if (block.length) this.credit(figures, block, text, p, a);
        block = [];
      }
      const firstFigure = figures.length;
      const m = a.memo;
      read.push({ start: p.start, names: namesOf(m, p.text, lex) });
      for (const n of (m.mentions ??= paragraphMentions(p.text, lex))) mentions.push({ at: p.start + n.at, name: n.name });
      // Every sentence with its document offset, for looking back from a pronoun; older ones dropped.
      a.sentences.forEach((s, k) => {
        sentences.push({ start: p.start + s.start, end: p.start + s.end, names: () => a.people(k).map((n) => ({ ...n, start: n.start + p.start, end: n.end + p.start })) });
      });
      if (sentences.length > 2 * SENTENCE_WINDOW) sentences.splice(0, sentences.length - SENTENCE_WINDOW);
      for (const f of a.figures) {
        let coverage = f.coverage;
        let base = p.start;
        if (!coverage && f.pendingQuote && carry) {
          coverage = { ...carry.coverage, reason: 'in-quote', cue: { ...carry.coverage.cue, type: carry.coverage.cue.type === 'colon' ? 'colon' : 'quote' } };
          base = carry.offset;
        } else if (!coverage && item && listCarry) {
          coverage = { ...listCarry.coverage, reason: 'in-content', cue: { ...listCarry.coverage.cue, type: 'colon' } };
          base = listCarry.offset;
        }
        const sentence = a.sentences[f.sentence];
        const fig: Figure = {
          text: text.slice(p.start + f.start, p.start + f.end),
          start: p.start + f.start,
          end: p.start + f.end,
          kind: f.kind,
          minor: f.minor,
          status: coverage ? coverage.status : 'unattributed',
          source: null,
          cue: null,
          reason: coverage ? coverage.reason : f.cueInSentence ? 'out-of-scope' : 'no-cue',
          sentence: { start: p.start + sentence.start, end: p.start + sentence.end },
        };
        if (coverage) {
          fig.cue = { text: text.slice(base + coverage.cue.start, base + coverage.cue.end), start: base + coverage.cue.start, end: base + coverage.cue.end, type: coverage.cue.type };
          if (coverage.source) sources.attach(fig, coverage.source, base, p.start + sentence.start, base === p.start);
        }
        figures.push(fig);
      }
      // ('"We have seized ... 49 9mm bullets, ...' left open, then '"Also seized were 163gm ...," he told
      // a press conference': a quotation that runs on into the next paragraph is the speaker's named
      // at its close there.)
      const lead = a.opensWithQuote ? figures[firstFigure] : undefined;
      // (The paragraph's first figure, inside the quotation that opens it, names who speaks by a cue
      // after it: the speaker at the quotation's close.)
      if (orphans.length && lead && lead.status !== 'unattributed' && lead.source && lead.cue && lead.cue.start > lead.end) {
        for (const i of orphans) {
          figures[i].status = lead.status;
          figures[i].source = { ...lead.source };
          figures[i].cue = { ...lead.cue };
          figures[i].reason = 'in-quote';
        }
      }
      orphans = a.opensWithQuote && a.endsInsideQuote && !a.carry ? a.figures.map((f, i) => (f.pendingQuote && figures[firstFigure + i].status === 'unattributed' ? firstFigure + i : -1)).filter((i) => i >= 0) : [];
      // A quotation left open, or an 'X said:' at the end, speaks on into the next paragraph.
      if (a.carry) carry = { coverage: a.carry, offset: p.start };
      else if (!(a.opensWithQuote && a.endsInsideQuote)) carry = null;
      if (a.carry && /:\s*$/.test(p.text)) listCarry = { coverage: a.carry, offset: p.start };
      if (blockLike) for (let i = firstFigure; i < figures.length; i++) block.push(i);
    });

    const all = runRules(figures, this.rules);
    // Line numbers are only needed to apply disable comments.
    const diagnostics = prose.directives.length ? applyDirectives(all, prose.directives, new LineIndex(text)) : all;
    return { figures, diagnostics, sources: summarizeSources(figures), candidates: candidateSources(figures, mentions) };
  }

  /** 'Source: Ministry of Health.' after a table or list: the credit speaks for its unattributed figures. */
  private credit(figures: Figure[], block: number[], text: string, p: { start: number; text: string }, a: ParagraphAnalysis): void {
    const credit = creditLine(p.text, () => a.tag(0), this.lexicon);
    if (!credit) return;
    const at = (r: { start: number; end: number }) => ({ text: text.slice(p.start + r.start, p.start + r.end), start: p.start + r.start, end: p.start + r.end });
    for (const i of block) {
      const f = figures[i];
      if (f.status !== 'unattributed') continue;
      f.status = credit.source.kind === 'anonymous' ? 'vague' : 'attributed';
      f.source = { ...at(credit.source), kind: credit.source.kind, resolved: null };
      f.cue = { ...at(credit.cue), type: 'credit' };
      f.reason = 'in-content';
    }
  }
}

/**
 * The paragraph's name index, made on first use. A function of its own: a closure made inside the
 * document loop would share the loop's scope, which holds the paragraph's analysis, and so keep every
 * analysis (tokens and all) alive to the end of the document.
 */
function namesOf(memo: ParagraphMemo, text: string, lex: CompiledLexicon): () => NameIndex {
  return () => (memo.names ??= nameIndex(text, lex));
}

/**
 * What stands before the paragraph on its line in the draft (a list marker or a table pipe, masked in
 * the prose), or null when that is more than a few characters: a bounded look-back keeps this
 * constant-time (100,000 one-line paragraphs).
 */
function lineLead(text: string, start: number): string | null {
  const from = Math.max(0, start - 16);
  const m = /[\r\n]([^\r\n]*)$/.exec(text.slice(from, start));
  return m ? m[1] : from === 0 ? text.slice(0, start) : null;
}

/** A list item: its line opens with a bullet or a number and a dot ('- ', '* ', '1. '), masked or not. */
function isListItem(text: string, p: { start: number; text: string }): boolean {
  if (/^(?:[-*+•]|\d{1,3}[.)])\s/.test(p.text)) return true;
  const lead = lineLead(text, p.start);
  return lead !== null && /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+$/.test(lead);
}

/** A Markdown table row: its line opens with a pipe. */
function isTableRow(text: string, p: { start: number; text: string }): boolean {
  if (p.text.startsWith('|')) return true;
  const lead = lineLead(text, p.start);
  return lead !== null && /^[ \t]*\|[ \t]*$/.test(lead);
}

/** Sentences kept behind the current one for resolving pronouns (the resolver looks back 25). */
const SENTENCE_WINDOW = 64;

let defaultEngine: Engine | undefined;

/** Analyses a draft with the built-in lexicon and default rule severities. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return (defaultEngine ??= new Engine()).analyze(text, options);
}
