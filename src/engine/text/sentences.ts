// Sentence splitting, written for news prose rather than taken from compromise: compromise keeps a
// quotation that spans sentences as one sentence and splits "No. 10", and a cue's scope is exactly
// one sentence (guide section 2), so the boundaries must be predictable.
import type { CompiledLexicon } from '../../lexicon';

export interface SentenceSpan {
  start: number;
  end: number;
}

const CLOSERS = '"\'”’)]»';
/** Longest sentence handed to the tagger, in characters (news sentences are rarely over 500). */
const MAX_SENTENCE = 2000;
const OPENERS = '"\'“‘([«';

/** The word before a period, without leading punctuation: "(Mr." -> "mr", "U.S." -> "u.s". */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  return text
    .slice(s, dot)
    .replace(/^[("'“‘[]+/, '')
    .toLowerCase();
}

function wordAfter(text: string, at: number): string {
  const m = /^[("'“‘[]*([\p{L}\p{N}'’.-]+)/u.exec(text.slice(at, at + 40));
  return m ? m[1].toLowerCase().replace(/[’]/g, "'").replace(/\.$/, '') : '';
}

/**
 * Splits one paragraph. `offset` is the paragraph's start in the document; spans are document offsets,
 * trimmed of surrounding spaces.
 */
export function splitSentences(text: string, offset: number, lex: CompiledLexicon): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // A 'sentence' thousands of characters long has lost its punctuation (a pasted table, a run of
    // numbers): cut it at spaces, since tagging time grows faster than its length.
    while (e - s > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
      // Never inside a word: a 10,000-digit number stays one token.
      if (cut <= s) cut = text.indexOf(' ', s + MAX_SENTENCE);
      if (cut < 0 || cut >= e) break;
      out.push({ start: offset + s, end: offset + cut });
      s = cut;
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s) out.push({ start: offset + s, end: offset + e });
  };
  const n = text.length;
  const runIn = runInHeadings(text, lex);
  for (let i = 0; i < n; i++) {
    if (runIn.has(i) && i > start) {
      push(i);
      start = i;
    }
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Take the whole run of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…' || CLOSERS.includes(text[j]))) j++;
    // ('this time.The poll': a stop glued to the next sentence, as pasted web copy often has it, still
    // ends a sentence when a lower-case word ends there and a capitalized word follows.)
    const glued = j === i + 1 && j < n && /\p{Ll}\p{Ll}$/u.test(text.slice(Math.max(start, i - 2), i)) && /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2)) && !/[./@:]\S*$/.test(text.slice(Math.max(start, i - 40), i));
    if (glued) {
      push(j);
      start = j;
      i = j - 1;
      continue;
    }
    if (j < n && !/\s/.test(text[j])) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && /\s/.test(text[k])) k++;
    if (k >= n) break;
    const next = text[k];
    // A sentence starts with a capital, a digit or an opening quote or bracket, or with a brand
    // written in camel case ('iPod shipments also topped ...', 'eBay said').
    if (!/[\p{Lu}\p{N}]/u.test(next) && !OPENERS.includes(next) && !/^\p{Ll}\p{Lu}\p{Ll}/u.test(text.slice(k, k + 3))) {
      i = j - 1;
      continue;
    }
    // ('"That's 70 games!" Rodgers said.': a quotation's tag after '!' or '?' belongs to it.)
    if (c !== '.' && /["”’']/.test(text.slice(i + 1, j)) && speakerTagAt(text, k, lex)) {
      i = j - 1;
      continue;
    }
    if (c === '.' && j === i + 1) {
      const w = wordBefore(text, i);
      // ('Sept. 29-Oct. 8': an abbreviation glued to a span by a hyphen.)
      const bare = w.replace(/\.$/, '').replace(/^.*-(?=\p{L})/u, '');
      // Initials (Charles A. Black) and titles never end a sentence.
      // ('Thomson Reuters I/B/E/S.': a letter after a slash is part of a name, not an initial.)
      // ('in the U.S. Prices rose': a dotted name such as U.S. or B.C. is decided below, as 'maybe'.)
      if (/^\p{Lu}$/u.test(text[i - 1] ?? '') && (i < 2 || !/[\p{L}\p{N}/]/u.test(text[i - 2])) && !lex.abbrevMaybe.has(bare.toLowerCase())) {
        i = j - 1;
        continue;
      }
      if (lex.abbrevNever.has(bare)) {
        i = j - 1;
        continue;
      }
      if (lex.abbrevMaybe.has(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare)) {
        if (!lex.sentenceOpeners.has(wordAfter(text, k))) {
          i = j - 1;
          continue;
        }
      }
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return out;
}

/** A speaker's tag at `at`: one to four capitalized words, then a verb of speech ('Rodgers said', 'Coach Andy Reid told'). */
function speakerTagAt(text: string, at: number, lex: CompiledLexicon): boolean {
  const m = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(\p{Ll}+)\b/u.exec(text.slice(at, at + 80));
  return !!m && !!lex.cueForms.get(m[2])?.has('speech');
}

/**
 * Run-in headings: a heading glued to the paragraph it heads ('Merger proposed However, the jury
 * said', 'Two of three report gains Among individual dealers'), as text pasted from web pages and
 * wire copy often has. A capitalized sentence opener right after a lower-case word, with no
 * punctuation between, starts a new sentence. Returns the offsets where such sentences start.
 */
function runInHeadings(text: string, lex: CompiledLexicon): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/(?<=[\p{Ll}\d])\s+(\p{Lu}\p{Ll}+)(?=[\s,])/gu)) {
    if (lex.runInOpeners.has(m[1]) && !titleCaseBefore(text, m.index!)) out.add(m.index! + m[0].length - m[1].length);
  }
  return out;
}

/**
 * Whether the words before `at` are a title-case headline's ('Quake Kills 3,000 In Herat'), where a
 * capitalized 'In' or 'After' is one more word of the title, not a new sentence: each of the last
 * words of four letters or more (up to five) is capitalized, and there are at least two.
 */
function titleCaseBefore(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 60), at).split(/\s+/).slice(-5).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}
