// Which sentences are worth tagging. Tagging is most of the cost of an analysis, and a sentence can
// only hold a figure if it has a digit or a number word; many of those numbers are plainly years,
// dates, times or ordinals ('in 1961', 'Dec. 27', '6:30', '11th'). This scan rules those out on the
// raw text, conservatively: a sentence it passes may still hold no figure, but a sentence it rejects
// never would have held one.
import type { CompiledLexicon } from '../../lexicon';

const YEAR_LEAD = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'during', 'early', 'late', 'mid', 'before', 'after', 'of', 'between', 'through', 'circa']);
const YEAR_TAIL = /^(?:[,.;:)!?'’"”]|\s+(?:and|to|when|the|a|an|with|as|after|before|at|in|on|for|but|or|-|–|until|through|was|were|is|had|has|that|which|season|census|election|elections|budget|law|act|campaign|\p{Lu}))/u;
const ONE_LEAD = /\b(?:only|just|but|least|most|than|exactly|nearly|almost|about|some|over|under|no|not)\s+$/i;
const ONE_TAIL = /^\s*(?:hundred|thousand|million|billion|trillion|in|and|-|–|out|or|to|point|quarter|third|half|fifth|tenth|per)\b/i;

export class Prefilter {
  private readonly any: RegExp;
  private readonly months: Set<string>;

  constructor(lex: CompiledLexicon) {
    const words = [...lex.numberWords.keys(), ...lex.scales.keys(), ...lex.approximate, ...lex.fractions.keys(), ...lex.changes, ...lex.multipliers, ...lex.dozen, 'single', 'couple', 'pair', 'multi', 'multimillion', 'multibillion', 'multitrillion'];
    this.any = new RegExp(`\\d[\\d,.:'’]*\\p{L}*|\\b(?:${words.filter((w) => /^[a-z]+$/.test(w)).join('|')})\\b`, 'giu');
    this.months = lex.months;
  }

  /** False only when every number in the sentence is surely not a figure. */
  mayHoldFigure(sentence: string): boolean {
    this.any.lastIndex = 0;
    for (let m = this.any.exec(sentence); m; m = this.any.exec(sentence)) {
      if (!this.surelyNot(sentence, m[0], m.index)) return true;
    }
    return false;
  }

  private surelyNot(s: string, w: string, at: number): boolean {
    const before = s.slice(Math.max(0, at - 24), at);
    const after = s.slice(at + w.length, at + w.length + 24);
    const prevWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1].toLowerCase() ?? '';
    if (/^\d/.test(w)) {
      // Glued to letters or symbols: 'K2-18b', '$5', '5%', '£40m' - leave those to the recognizer.
      if (/^\d+(st|nd|rd|th|d)$/i.test(w)) return true; // an ordinal
      if (/\p{L}$/u.test(w) || /[\p{L}$£€¥%-]$/u.test(before) || /^[\p{L}%-]/u.test(after)) return false;
      if (/^\d{1,2}:\d{2}$/.test(w)) return true; // a time
      // A day after a month: 'Dec. 27', 'December 27,' (not 'Dec. 27 tons').
      if (/^\d{1,2}$/.test(w) && this.months.has(prevWord) && /^(?:[,.;:)]|\s+(?:and|to|\d{4}|at|in|the|when|$)|$)/.test(after)) return true;
      // A year: 'in 1961,' 'since 1937 the ...'
      if (/^(1[89]|20)\d\d$/.test(w) && YEAR_LEAD.has(prevWord) && (after === '' || YEAR_TAIL.test(after))) return true;
      return false;
    }
    // A bare 'one' is never a figure on its own ('one of the', 'no one', 'one day').
    if (w.toLowerCase() === 'one' && !ONE_LEAD.test(before) && !ONE_TAIL.test(after)) return true;
    return false;
  }
}
