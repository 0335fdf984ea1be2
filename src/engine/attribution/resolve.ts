// What a pronoun or a common noun source stands for ('he' -> 'Zelensky', 'the jury' -> 'The Fulton
// County Grand Jury'), and the full name behind a short one ('Mr. Hawksley' -> 'Raymond H. Hawksley').
// Looks back through the document only, never forward: a reader meets the name first.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { isVerb } from './np';
import { findQuotes } from './quotes';

/** A sentence the resolver can read: its document offset and the names it holds (found on demand). */
export interface SentenceRef {
  start: number;
  end: number;
  /** Names in the sentence, in document offsets. */
  names: () => NameCandidate[];
}

/** A name in a sentence: a person the tagger knows, or a capitalized subject ('Zelensky spoke'). */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  person: boolean;
  /** Two or more words: 'Dewey Lawrence' rather than 'Tyler'. */
  full: boolean;
  /** From a first name or a title ('Mrs. Anna Hengesbach' is 'f'), where known. */
  gender: 'm' | 'f' | null;
  /** After a preposition ('before Judge Hough'): less likely the one a pronoun stands for. */
  object?: boolean;
  /** The sentence's opening subject ('Hughes supported ...'): the likeliest one. */
  subject?: boolean;
}

/** The index of the last sentence that starts before `position` (sentences are in document order), or -1. */
export function sentenceIndexBefore(sentences: SentenceRef[], position: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start < position) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo] && sentences[lo].start < position ? lo : -1;
}

/** How far back to look, in sentences. */
const PERSON_WINDOW = 25;
const NOUN_WINDOW_CHARS = 20000;

/** Space between words of a name: any whitespace (tabs, no-break spaces) but a line break. */
const SP = '[^\\S\\r\\n]+';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The most recent person named before `position`, as a run of name tokens ('Mr. Hawksley', 'Willy
 * Fiedler'), nearest sentence first. In a sentence, names the tagger knows as people win over other
 * capitalized subjects ('Zelensky spoke'), and a full name wins over a single one ('Dewey Lawrence, a
 * Tyler lawyer, ... when he said' is Lawrence, not Tyler).
 */
export function lastPersonBefore(sentences: SentenceRef[], position: number, pronoun = '', text?: string): string | null {
  // 'he' is not 'Mrs. Anna Hengesbach', 'she' is not 'Mr. Hawksley'.
  const wrong = /^(he|him|his)$/i.test(pronoun) ? 'f' : /^(she|her|hers)$/i.test(pronoun) ? 'm' : null;
  // The last sentence that starts before the position.
  const lo = Math.max(0, sentenceIndexBefore(sentences, position));
  // ('"... spoken to Trump on 18 occasions," he added', '"The RBA has a keen interest. ...," he said':
  // a name inside the quotation that the pronoun is the speaker of, in any of its sentences, is
  // somebody spoken about, not the speaker.)
  const spoken = text !== undefined && sentences.length > 0 ? quotationEndingAt(text, sentences[Math.max(0, lo - 8)].start, position) : null;
  // The closed quotations of the pronoun's own sentence, in document offsets, found once.
  const own = text !== undefined && sentences[lo] ? closedQuotes(text, sentences[lo].start, position) : [];
  for (let i = lo, seen = 0; i >= 0 && seen < PERSON_WINDOW; i--, seen++) {
    if (sentences[i].start >= position) continue;
    const inside = (q: { open: number; close: number }, at: number) => q.open < at && at <= q.close;
    const quoted = (n: NameCandidate) => (i === lo && own.some((q) => inside(q, n.start))) || (!!spoken && spoken.open < n.start && n.start < spoken.close);
    const names = sentences[i].names().filter((n) => n.end <= position && (!wrong || n.gender !== wrong) && !quoted(n));
    // ('before Judge Hough, Fish had condemned ...': a subject wins over the object of a preposition.)
    const pick = (person: boolean, object: boolean) => {
      const of = names.filter((n) => n.person === person && !!n.object === object);
      return [...of].reverse().find((n) => n.full) ?? of[of.length - 1];
    };
    // ('Hughes supported Gov. Meyner's "Green Acres" plan. He said ...': the opening subject first.)
    const found = names.find((n) => n.subject) ?? pick(true, false) ?? pick(false, false) ?? pick(true, true) ?? pick(false, true);
    if (found) return found.text;
  }
  return null;
}

/** The closed quotation that ends right before `position` ('"...," he said'), in document offsets, or null. */
function quotationEndingAt(text: string, from: number, position: number): { open: number; close: number } | null {
  const q = closedQuotes(text, from, position).pop();
  return q && /^[\s,]*$/.test(text.slice(q.close + 1, position)) ? q : null;
}

/** The quotations that open at or after `from` and close before `before`, in document offsets. */
function closedQuotes(text: string, from: number, before: number): { open: number; close: number }[] {
  return findQuotes(text.slice(from, before))
    .filter((q) => q.closed)
    .map((q) => ({ open: from + q.open, close: from + q.close }));
}

/** The names of one tagged sentence (offsets as the tokens have them). */
export function namesOf(toks: Token[], text: (s: number, e: number) => string, lex: CompiledLexicon): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (!isNameToken(toks[k], lex) && !(k === 0 && isCapitalSubject(toks, k))) continue;
    let j = k;
    for (;;) {
      // ('Riel Karmy-Jones', 'Oscar Nava-Valencia': a hyphen inside a surname joins it too.)
      if (j + 1 < toks.length && isNameToken(toks[j + 1], lex) && (/^[\s.]*$/.test(toks[j].post + toks[j + 1].pre) || (toks[j].post + toks[j + 1].pre === '-' && /^\p{Lu}/u.test(toks[j].text)))) {
        j++;
        continue;
      }
      // ('John van der Klav', 'Ursula von der Leyen', 'Charles de Gaulle': lower-case particles inside a name.)
      let p = j + 1;
      while (p < toks.length && p <= j + 2 && NAME_PARTICLES.has(toks[p].text) && /^\s+$/.test(toks[p - 1].post + toks[p].pre)) p++;
      if (p > j + 1 && p < toks.length && /^\p{Lu}/u.test(toks[p].text) && isNameToken(toks[p], lex) && /^\s+$/.test(toks[p - 1].post + toks[p].pre)) {
        j = p;
        continue;
      }
      break;
    }
    const run = toks.slice(k, j + 1);
    const name = text(run[0].start, run[run.length - 1].end).replace(/['’]s$/, '');
    // ('Foreign Secretary Lord Home': a title followed by a name is a person too.)
    const titled = run.length >= 2 && run.slice(0, -1).some((x) => x.tags.has('Honorific') || lex.honorifics.has(x.lower.replace(/\.$/, '')) || lex.honorifics.has(x.lower));
    const person = titled || run.some((x) => x.tags.has('Person') && !x.tags.has('Honorific') && !lex.honorifics.has(x.lower));
    const orgLike = run.some((x) => lex.organizationWords.has(x.text) || lex.agencyWords.has(x.text) || lex.mediaWords.has(x.text) || x.tags.has('Place') || x.tags.has('Organization'));
    // ('Zelensky spoke': a capitalized run right before a verb is somebody who acts.)
    // ('..., the director of the UN High Commissioner for Refugees, briefed': not the object of a
    // preposition at the comma that closes an aside; 'Ruven Menikdiwela, the director of ...,
    // briefed': the run before the aside is.)
    const acts = toks[j + 1] ? isVerb(toks[j + 1]) && !(/,/.test(toks[j].post) && k > 0 && toks[k - 1].tags.has('Preposition')) : isVerb(toks[j]);
    if (person || (!orgLike && (acts || verbAfterAside(toks, j)))) {
      const female = run.some((x) => x.tags.has('FemaleName') || /^(mrs|miss|ms|madame|mme|lady|dame|sister)\.?$/.test(x.lower));
      const male = run.some((x) => x.tags.has('MaleName') || /^(mr|sir|lord|father|brother)\.?$/.test(x.lower));
      const object = k > 0 && toks[k - 1].tags.has('Preposition') && /^\s*$/.test(toks[k - 1].post + run[0].pre);
      // ('Donald Trump on Thursday said': past a time phrase or an adverb before the verb.)
      let v = j + 1;
      while (v < toks.length && v <= j + 3 && (toks[v].tags.has('Date') || toks[v].tags.has('Adverb') || /^(on|last|this|earlier|later)$/.test(toks[v].lower)) && !isVerb(toks[v])) v++;
      // ('U.S. President Donald Trump': or after capitalized words of a title or a place that open the sentence.)
      const opening = k === 0 || (k <= 4 && toks.slice(0, k).every((x) => /^\p{Lu}/u.test(x.text) && !isVerb(x) && !x.tags.has('Determiner')));
      const subject = opening && !!toks[v] && isVerb(toks[v]) && /^\s*$/.test(toks[j].post) && !orgLike && !lex.sentenceOpeners.has(run[0].lower);
      out.push({ start: run[0].start, end: run[run.length - 1].end, text: name, person, full: run.length >= 2, gender: female && !male ? 'f' : male && !female ? 'm' : null, object, subject });
    }
    k = j;
  }
  return out;
}

/** A comma after token j, an aside of a few words with no verb, a comma and then a verb: 'Menikdiwela, the director of X, briefed'. */
function verbAfterAside(toks: Token[], j: number): boolean {
  if (!/^\s*,\s*$/.test(toks[j].post) || !toks[j + 1] || isVerb(toks[j + 1])) return false;
  for (let v = j + 1; v < Math.min(toks.length - 1, j + 14); v++) {
    if (isVerb(toks[v]) && !toks[v].tags.has('Participle')) return false;
    if (/[;:()"\u201c\u201d]/.test(toks[v].post)) return false;
    if (/^\s*,\s*$/.test(toks[v].post)) return isVerb(toks[v + 1]) && !toks[v + 1].tags.has('Gerund');
  }
  return false;
}

/** Lower-case particles that join the parts of a personal name. */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'le', 'la', 'bin', 'ibn', 'al', 'el']);

/** A capitalized first word used as a subject: 'Zelensky spoke', not 'Sales were' (a plural) or 'The'. */
function isCapitalSubject(toks: Token[], k: number): boolean {
  const t = toks[k];
  // ('Pointing out that 300 died, he said': an opening participle is no name.)
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || /\p{Ll}ing$/u.test(t.text) || t.tags.has('Gerund') || t.tags.has('Plural') || t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Adverb') || t.tags.has('Conjunction')) return false;
  return !!toks[k + 1] && isVerb(toks[k + 1]);
}

function isNameToken(t: Token, lex: CompiledLexicon): boolean {
  // ('up to ME35': a code with digits names nobody.)
  if (!/^\p{Lu}/u.test(t.text) || t.tags.has('Pronoun') || t.text === 'I' || /\d/.test(t.text)) return false;
  if (t.tags.has('Person') || t.tags.has('Honorific') || lex.honorifics.has(t.lower)) return true;
  // Initials ('Charles A. Black') and unknown capitalized words next to a name.
  return /^\p{Lu}\.?$/u.test(t.text) || (t.tags.has('ProperNoun') && !t.tags.has('Place') && !t.tags.has('Organization'));
}

/** A run of capitalized words that may be a full name, under its last word; offsets as given. */
export interface NameEntry {
  index: number;
  text: string;
  title: string;
}
/** Possible full names of one stretch of text, by surname (each name under each of its later words). */
export type NameIndex = Map<string, NameEntry[]>;

/** The name index of one paragraph, in paragraph offsets: computed once per paragraph text and cached. */
export function nameIndex(text: string, lex: CompiledLexicon): NameIndex {
  const names: NameIndex = new Map();
  for (const run of nameRuns(text)) {
    const first = run.words[0].toLowerCase();
    // Titles are not part of a name; 'The' or 'Said' are not first names.
    let from = lex.honorifics.has(first) || lex.sentenceOpeners.has(first) || lex.months.has(first) ? 1 : 0;
    // ('Shares of Apple Inc. jumped': nor the 'of' left after the opener.)
    while (from > 0 && from < run.words.length && /^(of|the|and)$/.test(run.words[from])) from++;
    if (run.words.length - from < 2) continue;
    const start = run.starts[from];
    const title = from ? first : '';
    for (let i = from + 1; i < run.words.length; i++) {
      if (/^(of|the)$/.test(run.words[i])) continue;
      const last = run.words[i].replace(/['’]s$/, '');
      let list = names.get(last);
      if (!list) names.set(last, (list = []));
      list.push({ index: start, text: oneSpace(text.slice(start, run.ends[i])).replace(/['’]s$/, ''), title });
    }
  }
  return names;
}

/**
 * Mentions found by one scan of the document, kept for the length of one analysis: every figure whose
 * source is 'Mr. Hawksley' or 'the jury' would otherwise rescan the text before it.
 */
export class MentionMemo {
  private readonly scans = new Map<string, { index: number; text: string }[]>();
  /** Names of the paragraphs read so far, by surname, in document offsets and document order. */
  private readonly names = new Map<string, NameEntry[]>();
  /** How many paragraphs `names` holds. */
  private indexed = 0;
  /**
   * @param text the document
   * @param paragraphs where each paragraph starts, and its name index (cached with the paragraph
   * text); the document pass may append to it as it goes
   */
  constructor(
    readonly text: string,
    private readonly paragraphs: { start: number; names: () => NameIndex }[],
  ) {}

  /**
   * Runs of two or more capitalized words that could be a full name, ending with `surname`, that
   * start before `before`, in document order. The index grows paragraph by paragraph up to `before`,
   * so a document is indexed once however many names are looked up (a 10 MB file has 34,000
   * paragraphs and thousands of lookups).
   */
  namesEndingWith(surname: string, before: number): NameEntry[] {
    while (this.indexed < this.paragraphs.length && this.paragraphs[this.indexed].start < before) {
      const p = this.paragraphs[this.indexed++];
      for (const [last, entries] of p.names()) {
        let list = this.names.get(last);
        if (!list) this.names.set(last, (list = []));
        for (const e of entries) list.push({ ...e, index: p.start + e.index });
      }
    }
    const found = this.names.get(surname);
    return found ? found.filter((f) => f.index < before) : [];
  }

  /** All matches of `re` in the document (keyed by `key`), in order. */
  matches(key: string, re: () => RegExp, keep: (m: RegExpMatchArray) => string | null): { index: number; text: string }[] {
    let found = this.scans.get(key);
    if (!found) {
      found = [];
      for (const m of this.text.matchAll(re())) {
        const t = keep(m);
        if (t) found.push({ index: m.index!, text: t });
      }
      this.scans.set(key, found);
    }
    return found;
  }
}

/** The fullest earlier mention ending with the same surname: 'Mr. Hawksley' -> 'Raymond H. Hawksley'. */
export function fullName(name: string, before: number, lex: CompiledLexicon, memo: MentionMemo, pronoun = ''): string | null {
  // 'he' is not Mrs. Anna Hengesbach, though he is a Hengesbach.
  const wrong = /^(he|him|his)$/i.test(pronoun) ? /^(mrs|miss|ms)$/ : /^(she|her|hers)$/i.test(pronoun) ? /^(mr)$/ : null;
  // 'President Kennedy' is not 'First Lady Jacqueline Kennedy': a name with a different title is someone else.
  const titles = (words: string[]) => words.map((w) => w.replace(/\.$/, '').toLowerCase()).filter((w) => lex.honorifics.has(w));
  const ownTitles = titles(name.split(/\s+/));
  const words = name.replace(/['’]s$/, '').split(/\s+/).filter((w) => !lex.honorifics.has(w.toLowerCase()));
  const surname = words[words.length - 1];
  if (!surname || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return null;
  let best: string | null = null;
  for (const f of memo.namesEndingWith(surname, before)) {
    if (wrong && wrong.test(f.title)) continue;
    const theirs = titles(f.text.split(/\s+/));
    if (ownTitles.length && theirs.some((t) => !ownTitles.includes(t))) continue;
    if (!best || f.text.split(/\s+/).length > best.split(/\s+/).length) best = f.text;
  }
  return best && best !== name ? best : null;
}

/** 'the jury' -> the latest earlier capitalized name whose head is 'Jury'. */
export function nounAntecedent(head: string, before: number, memo: MentionMemo): string | null {
  if (!/^\p{L}+$/u.test(head)) return null;
  const H = head[0].toUpperCase() + head.slice(1);
  // Capitalized words (an initial may end in a period) on one line, then the head, then 'of X'.
  const word = `(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’&-]*)`;
  const found = memo.matches(
    `noun:${head}`,
    // ('the Wyoming Game and Fish Department', 'Florida Fish and Wildlife Conservation Commission': an
    // 'and' inside the name joins it.)
    () => new RegExp(`((?:${word}${SP})(?:(?:${word}|and|&)${SP}){0,6})(?:${esc(H)}|${esc(head)})\\b(?!${SP}\\p{Lu})((?:${SP}(?:of|for|on)${SP}(?:the${SP})?\\p{Lu}[\\p{L}'’-]*(?:${SP}(?:and${SP})?\\p{Lu}[\\p{L}'’-]*)*)?)`, 'gu'),
    (m) => {
      // Drop a sentence-opening word glued on ('Earlier The ...').
      const cand = oneSpace(m[0]).replace(/^(?:However|But|And|Earlier|Later|Meanwhile|Since|When|After|Before|According|In|On|At)\s+/, '');
      // 'The company' names nothing: at least one capital must be more than an article.
      const names = cand.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(The|A|An|This|That|Its|Their)$/.test(w));
      return names.length === 0 || cand.split(/\s+/).length < 2 ? null : cand;
    },
  );
  return lastBefore(found, before);
}

/** 'the mayor' -> the latest earlier 'Mayor Jane Smith' (a title followed by a name). */
export function titleAntecedent(head: string, before: number, memo: MentionMemo): string | null {
  if (!/^\p{L}+$/u.test(head)) return null;
  const H = head[0].toUpperCase() + head.slice(1);
  const found = memo.matches(
    `title:${head}`,
    () => new RegExp(`\\b(?:${esc(H)}|${esc(head)})${SP}((?:\\p{Lu}[\\p{L}'’-]*\\.?${SP}){0,3}\\p{Lu}[\\p{L}'’-]+)`, 'gu'),
    (m) => oneSpace(m[0]),
  );
  return lastBefore(found, before);
}

/** The last match that ends before `before` and starts within the look-back window. */
function lastBefore(found: { index: number; text: string }[], before: number): string | null {
  let last: string | null = null;
  for (const f of found) {
    if (f.index + f.text.length > before) break;
    if (f.index >= before - NOUN_WINDOW_CHARS) last = f.text;
  }
  return last;
}

/** A run of capitalized words in a paragraph: the words (a trailing period kept off) and where each starts and ends. */
export interface NameRun {
  words: string[];
  starts: number[];
  ends: number[];
}

/** Collapses the whitespace inside a name ('John\t Smith' after a line break or masked markup). */
const oneSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Two or more capitalized words or initials. A run never starts inside a word or an abbreviation (not
 * 'O's Dr Pep Canadell' of "CSIRO's", nor 'S. President Donald Trump' of 'U.S. President'); an
 * office's 'of' joins it ('Iowa Secretary of State Paul Pate', not 'State Paul Pate').
 */
// ('Nava-Valencia': a hyphen may join two capitalized parts.)
const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}'’-]+(?:\\p{Lu}[\\p{Ll}'’-]+)*|\\p{Lu}\\.(?!\\p{L}))";
// (A period after a first word is an abbreviation's, 'Gov.', 'Sgt.', only for a short word: 'Monday.
// Delta said' ends a sentence.)
const NAME_RUN = new RegExp(`(?<![\\p{L}.'’])(?:\\p{Lu}\\p{Ll}{1,3}\\.|\\p{Lu}[\\p{Ll}'’-]+(?:\\p{Lu}[\\p{Ll}'’-]+)*|\\p{Lu}\\.(?!\\p{L}))(?:\\s+(?:of\\s+(?:the\\s+)?)?${NAME_WORD})+`, 'gu');

/** Runs of two or more capitalized words or initials ('Raymond H. Hawksley'), in paragraph offsets. */
export function nameRuns(text: string): NameRun[] {
  const out: NameRun[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const r: NameRun = { words: [], starts: [], ends: [] };
    for (const w of m[0].matchAll(/\S+/g)) {
      r.words.push(w[0].replace(/\.$/, ''));
      r.starts.push(m.index! + w.index!);
      r.ends.push(m.index! + w.index! + w[0].length);
    }
    out.push(r);
  }
  return out;
}
