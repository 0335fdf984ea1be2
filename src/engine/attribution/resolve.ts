// What a pronoun or a common noun source stands for ('he' -> 'Zelensky', 'the jury' -> 'The Fulton
// County Grand Jury'), and the full name behind a short one ('Mr. Hawksley' -> 'Raymond H. Hawksley').
// Looks back through the document only, never forward: a reader meets the name first.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';

/** A sentence the resolver can read: its document offset and its tokens (tagged on demand). */
export interface SentenceRef {
  start: number;
  end: number;
  tokens: () => Token[];
}

/** How far back to look, in sentences. */
const PERSON_WINDOW = 25;
const NOUN_WINDOW_CHARS = 20000;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The most recent person named before `position`, as a run of name tokens ('Mr. Hawksley', 'Willy Fiedler'). */
export function lastPersonBefore(sentences: SentenceRef[], position: number, text: string, lex: CompiledLexicon): string | null {
  let seen = 0;
  for (let i = sentences.length - 1; i >= 0 && seen < PERSON_WINDOW; i--) {
    const s = sentences[i];
    if (s.start >= position) continue;
    seen++;
    const toks = s.tokens();
    // The last full name in the nearest sentence that has one ('Dewey Lawrence, a Tyler lawyer, ...
    // when he said' is Lawrence, not Tyler); a single name only when the sentence has no full one.
    let best: string | null = null;
    let bestSingle: string | null = null;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (t.end > position) break;
      if (!isNameToken(t, lex)) continue;
      let j = k;
      while (j + 1 < toks.length && toks[j + 1].end <= position && isNameToken(toks[j + 1], lex) && /^[\s.]*$/.test(toks[j].post + toks[j + 1].pre)) j++;
      const run = toks.slice(k, j + 1);
      if (run.some((x) => x.tags.has('Person') && !x.tags.has('Honorific') && !lex.honorifics.has(x.lower))) {
        const name = text.slice(run[0].start, run[run.length - 1].end).replace(/['’]s$/, '');
        if (run.length >= 2) best = name;
        else bestSingle = name;
      }
      k = j;
    }
    if (best ?? bestSingle) return best ?? bestSingle;
  }
  return null;
}

function isNameToken(t: Token, lex: CompiledLexicon): boolean {
  if (!/^\p{Lu}/u.test(t.text)) return false;
  if (t.tags.has('Person') || t.tags.has('Honorific') || lex.honorifics.has(t.lower)) return true;
  // Initials ('Charles A. Black') and unknown capitalized words next to a name.
  return /^\p{Lu}\.?$/u.test(t.text) || (t.tags.has('ProperNoun') && !t.tags.has('Place') && !t.tags.has('Organization'));
}

/** The fullest earlier mention ending with the same surname: 'Mr. Hawksley' -> 'Raymond H. Hawksley'. */
export function fullName(name: string, text: string, before: number, lex: CompiledLexicon): string | null {
  const words = name.replace(/['’]s$/, '').split(/\s+/).filter((w) => !lex.honorifics.has(w.toLowerCase()));
  const surname = words[words.length - 1];
  if (!surname || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return null;
  const re = new RegExp(`(?:\\p{Lu}[\\p{Ll}'’-]+\\.?\\s+)(?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]+)\\s+){0,3}${esc(surname)}\\b`, 'gu');
  let best: string | null = null;
  for (const m of text.slice(0, before).matchAll(re)) {
    const cand = m[0].trim();
    const first = cand.split(/\s+/)[0].replace(/\.$/, '').toLowerCase();
    // Titles are not part of a name; 'The' or 'Said' are not first names.
    if (lex.honorifics.has(first) || lex.sentenceOpeners.has(first) || lex.months.has(first)) continue;
    if (!best || cand.split(/\s+/).length > best.split(/\s+/).length) best = cand;
  }
  return best && best !== name ? best : null;
}

/** 'the jury' -> the latest earlier capitalized name whose head is 'Jury'. */
export function nounAntecedent(head: string, text: string, before: number): string | null {
  if (!/^\p{L}+$/u.test(head)) return null;
  const from = Math.max(0, before - NOUN_WINDOW_CHARS);
  const window = text.slice(from, before);
  const H = head[0].toUpperCase() + head.slice(1);
  // Capitalized words (an initial may end in a period) on one line, then the head, then 'of X'.
  const word = `(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’&-]*)`;
  const re = new RegExp(`((?:${word}[ \\t]+){1,6})(?:${esc(H)}|${esc(head)})\\b((?:[ \\t]+(?:of|for|on)[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:and[ \\t]+)?\\p{Lu}[\\p{L}'’-]*)*)?)`, 'gu');
  let last: string | null = null;
  for (const m of window.matchAll(re)) {
    let cand = m[0].trim();
    // Drop a sentence-opening word glued on ('Earlier The ...').
    cand = cand.replace(/^(?:However|But|And|Earlier|Later|Meanwhile|Since|When|After|Before|According|In|On|At)\s+/, '');
    // 'The company' names nothing: at least one capital must be more than an article.
    const names = cand.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(The|A|An|This|That|Its|Their)$/.test(w));
    if (names.length === 0 || cand.split(/\s+/).length < 2) continue;
    last = cand;
  }
  return last;
}

/** 'the mayor' -> the latest earlier 'Mayor Jane Smith' (a title followed by a name). */
export function titleAntecedent(head: string, text: string, before: number): string | null {
  if (!/^\p{L}+$/u.test(head)) return null;
  const H = head[0].toUpperCase() + head.slice(1);
  const re = new RegExp(`\\b(?:${esc(H)}|${esc(head)})\\s+((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)`, 'gu');
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, before - NOUN_WINDOW_CHARS), before).matchAll(re)) last = m[0].trim();
  return last;
}
