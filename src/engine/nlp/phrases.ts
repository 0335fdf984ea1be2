// Matching the lexicon's multi-word entries ("according to", "per cent", "light-years") against
// tagged tokens. Tokens join with a space or, inside a hyphenated word that compromise split, a hyphen.
import type { Token } from './tagger';

/** The text between token i and token i+1: the first one's trailing and the second one's leading punctuation. */
export function gapAfter(tokens: Token[], i: number): string {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b) return a ? a.post : '';
  return a.post + b.pre;
}

/** Only spaces between token i and the next. */
export function cleanGap(tokens: Token[], i: number): boolean {
  return /^\s*$/.test(gapAfter(tokens, i));
}

/** Phrases indexed by first word; each list longest first. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, string[]>();
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const first = p.split(/[ -]/)[0];
      if (!this.byFirst.has(first)) this.byFirst.set(first, []);
      this.byFirst.get(first)!.push(p);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Length in tokens of the longest phrase starting at token i, or 0. */
  matchAt(tokens: Token[], i: number): { length: number; phrase: string } | null {
    const t = tokens[i];
    if (!t) return null;
    const firstWord = t.lower.split('-')[0];
    const list = this.byFirst.get(firstWord) ?? (firstWord !== t.lower ? this.byFirst.get(t.lower) : undefined);
    if (!list) return null;
    for (const p of list) {
      const n = matchString(tokens, i, p);
      if (n > 0) return { length: n, phrase: p };
    }
    return null;
  }

  /** Longest phrase that ends exactly at token `last` (inclusive). */
  matchEndingAt(tokens: Token[], last: number, maxWords = 6): { start: number; phrase: string } | null {
    for (let s = Math.max(0, last - maxWords + 1); s <= last; s++) {
      const t = tokens[s];
      if (!t) continue;
      const list = this.byFirst.get(t.lower.split('-')[0]);
      if (!list) continue;
      for (const p of list) if (matchString(tokens, s, p) === last - s + 1) return { start: s, phrase: p };
    }
    return null;
  }
}

/** Number of tokens from i that spell `phrase` exactly, or 0. */
export function matchString(tokens: Token[], i: number, phrase: string): number {
  let acc = '';
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k];
    // A contraction's hidden word ("it's" -> 'it' + 'is') reads as a word of its own.
    if (!t.text && !t.lower) return 0;
    if (!t.text && k > i && !acc.endsWith(' ')) acc += ' ';
    acc += t.lower;
    if (acc === phrase) return k - i + 1;
    const gap = gapAfter(tokens, k);
    const sep = /^\s+$/.test(gap) ? ' ' : gap === '-' || gap === '–' ? '-' : gap === '' ? '' : null;
    if (sep === null) return 0;
    acc += sep;
    if (!phrase.startsWith(acc)) return 0;
  }
  return 0;
}

const indexes = new WeakMap<string[], PhraseIndex>();
/** One index per lexicon list, built on first use. */
export function indexOf(list: string[]): PhraseIndex {
  let idx = indexes.get(list);
  if (!idx) {
    idx = new PhraseIndex(list);
    indexes.set(list, idx);
  }
  return idx;
}

/** 'NEW YORK - Health officials say', 'LONDON (Reuters) - ...': a dateline ends just before this word. */
export function afterDateline(prevText: string, prevPost: string): boolean {
  return /[-–—]\s*$/.test(prevPost) && (/^[A-Z][A-Z.]+$/.test(prevText) || /\)\s*[-–—]\s*$/.test(prevPost));
}

/**
 * Whether words are written in title case, as headlines are: at least three words of four letters or
 * more, all capitalized ('Floods Kill 40 In Kenya'; short words such as 'in' may stay lower-case).
 * Takes compromise's terms or the tagger's tokens.
 */
export function titleCaseWords(words: readonly { text: string }[]): boolean {
  const long = words.filter((x) => /^\p{L}{4,}$/u.test(x.text));
  return long.length >= 3 && long.every((x) => /^\p{Lu}/u.test(x.text));
}
