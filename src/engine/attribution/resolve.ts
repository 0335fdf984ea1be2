// What a pronoun or a common noun source stands for ('he' -> 'Zelensky', 'the jury' -> 'The Fulton
// County Grand Jury'), and the full name behind a short one ('Mr. Hawksley' -> 'Raymond H. Hawksley').
// Looks back through the document only, never forward: a reader meets the name first.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { isVerb } from './np';

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

/**
 * The most recent person named before `position`, as a run of name tokens ('Mr. Hawksley', 'Willy
 * Fiedler'), nearest sentence first. In a sentence, names the tagger knows as people win over other
 * capitalized subjects ('Zelensky spoke'), and a full name wins over a single one ('Dewey Lawrence, a Tyler lawyer, ...
 * when he said' is Lawrence, not Tyler).
 */
export function lastPersonBefore(sentences: SentenceRef[], position: number, text: string, lex: CompiledLexicon): string | null {
  const window = sentences.filter((s) => s.start < position).slice(-PERSON_WINDOW).reverse();
  for (const s of window) {
    const toks = s.tokens();
    const found = namesIn(toks, position, text, lex, 'person') ?? namesIn(toks, position, text, lex, 'subject');
    if (found) return found;
  }
  return null;
}

function namesIn(toks: Token[], position: number, text: string, lex: CompiledLexicon, pass: 'person' | 'subject'): string | null {
  let full: string | null = null;
  let single: string | null = null;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].end > position) break;
    if (!isNameToken(toks[k], lex) && !(pass === 'subject' && k === 0 && isCapitalSubject(toks, k))) continue;
    let j = k;
    while (j + 1 < toks.length && toks[j + 1].end <= position && isNameToken(toks[j + 1], lex) && /^[\s.]*$/.test(toks[j].post + toks[j + 1].pre)) j++;
    const run = toks.slice(k, j + 1);
    const name = text.slice(run[0].start, run[run.length - 1].end).replace(/['’]s$/, '');
    const person = run.some((x) => x.tags.has('Person') && !x.tags.has('Honorific') && !lex.honorifics.has(x.lower));
    const orgLike = run.some((x) => lex.organizationWords.has(x.text) || lex.agencyWords.has(x.text) || lex.mediaWords.has(x.text) || x.tags.has('Place') || x.tags.has('Organization'));
    if (pass === 'person' ? person : !orgLike && isVerb(toks[j + 1] ?? toks[j])) {
      if (run.length >= 2) full = name;
      else single ??= name;
    }
    k = j;
  }
  return full ?? single;
}

/** A capitalized first word used as a subject: 'Zelensky spoke', not 'Sales were' (a plural) or 'The'. */
function isCapitalSubject(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || t.tags.has('Plural') || t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Adverb') || t.tags.has('Conjunction')) return false;
  return !!toks[k + 1] && isVerb(toks[k + 1]);
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
