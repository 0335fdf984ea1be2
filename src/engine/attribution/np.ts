// Noun phrases around a cue: the subject before a reporting verb ("Ukrainian President Zelensky
// claimed"), the source after an inverted verb or a preposition ("said Fiedler", "according to the
// ministry"), with appositives ("Hugh Hill, a doctor, said") and relative clauses ("Seven of the eight
// companies that turn out ... say") stepped over. Token indexes are inclusive.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { gapAfter } from '../nlp/phrases';
import { DISCOURSE } from './words';

export interface TokenRange {
  first: number;
  last: number;
}

/** Words that sit between a subject and its verb: 'The jury further said', 'he had earlier reported'. */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'further', 'later', 'earlier', 'previously', 'then', 'again', 'still', 'now', 'recently', 'first', 'initially',
  'had', 'has', 'have', 'would', 'will', 'did', 'does', 'do', 'could', 'may', 'might', 'must', 'should', 'shall', 'can',
  'not', 'never', 'once', 'originally', 'subsequently', 'separately', 'publicly', 'privately', 'officially', 'repeatedly',
  'reportedly', 'allegedly', 'yesterday', 'today', 'last', 'formally', 'jointly', 'only', 'just', 'already', 'each',
]);
/** Two-word adverbials that may stand there too: 'Economists on average expect', 'the agency in turn said'. */
const PAIRS_BETWEEN_SUBJECT_AND_VERB = new Set(['in turn', 'on average', 'in total', 'in all', 'in general', 'as expected', 'at first', 'for now', 'so far', 'by contrast', 'in contrast', 'in addition']);

/** Words that may sit inside a noun phrase even though they are not nouns. */
const NP_GLUE = new Set(['of', 'and', '&', 'for', 'at', 'from', 'in', 'on', 'de', 'du', 'la', 'van', 'von', 'der', 'del', 'the', 'a', 'an', 'to']);
const STOP_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'if', 'as', 'than', 'but', 'or', 'said', 'says', 'so']);

export const isVerb = (t: Token) =>
  t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');

/** A verb that cannot be a participle on a noun ('conducted', 'held', 'announcing' can): a clause's own verb. */
export const clauseVerb = (t: Token) =>
  isVerb(t) && !t.tags.has('Participle') && !t.tags.has('Gerund') && !(t.tags.has('PastTense') && /ed$/.test(t.lower));

/** A word that can belong to a noun phrase. */
export function npWord(t: Token): boolean {
  if (!t.text) return false;
  // ('WHO' in capitals is the World Health Organization, not the pronoun.)
  if (STOP_WORDS.has(t.lower) && !(t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))) return false;
  if (NP_GLUE.has(t.lower)) return true;
  if (t.tags.has('Possessive') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value')) return true;
  if (t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Honorific')) return true;
  if (/^\p{Lu}/u.test(t.text) && !t.tags.has('Verb')) return true;
  // Participles inside a name or description: 'the Hughes Steel Erection Co.', 'term-end'.
  if (t.tags.has('Participle') || (t.tags.has('PastTense') && /^\p{Lu}/u.test(t.text))) return true;
  return false;
}

/** 'the ministry of energy and mines': an -s form after a noun and 'and' is the plural joined to it (compromise reads a verb). */
function coordinatedPlural(tokens: Token[], k: number): boolean {
  return k >= 2 && /s$/.test(tokens[k].lower) && tokens[k].tags.has('PresentTense') && /^\p{Ll}/u.test(tokens[k].text) && tokens[k - 1].lower === 'and' && tokens[k - 2].tags.has('Noun') && !tokens[k - 2].tags.has('Pronoun') && /^\s*$/.test(gapAfter(tokens, k - 2) + gapAfter(tokens, k - 1));
}

/** 'European jet maker Airbus': a bare verb form between an adjective or determiner and a noun is the noun's modifier. */
function bareVerbModifier(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !!before && !!after && !/^(that|which|who)$/.test(before.lower) && t.tags.has('Infinitive') && /^\p{Ll}/u.test(t.text) && after.tags.has('Noun') && !after.tags.has('Pronoun') && /^\s*$/.test(gapAfter(tokens, k - 1)) && (before.tags.has('Adjective') || before.tags.has('Demonym') || before.tags.has('Determiner') || before.tags.has('Possessive') || (/^\p{Lu}/u.test(before.text) && (before.tags.has('Place') || before.tags.has('Acronym')))) && !before.tags.has('Pronoun');
}

/** 'Its managing director', 'of neighboring Kashmir': a gerund between a determiner, possessive or preposition and a noun modifies the noun. */
function gerundModifier(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  // ('the housing and homelessness charity Shelter': or coordinated with a noun.)
  const nounAt = (i: number) => !!tokens[i] && (tokens[i].tags.has('Noun') || tokens[i].tags.has('ProperNoun'));
  return tokens[k].tags.has('Gerund') && !!before && (before.tags.has('Determiner') || before.tags.has('Possessive') || before.tags.has('Preposition')) && (nounAt(k + 1) || (/^(and|&)$/.test(tokens[k + 1]?.lower ?? '') && nounAt(k + 2)));
}

/** 'Pakistani-held Kashmir': the second half of a hyphenated modifier. */
function hyphenTail(tokens: Token[], k: number): boolean {
  return k > 0 && gapAfter(tokens, k - 1) === '-' && /^\p{L}+$/u.test(tokens[k].text);
}

/** Punctuation allowed inside a noun phrase: abbreviation dots, hyphens, possessives, brackets around an acronym. */
function npGap(g: string): boolean {
  return /^\s*$/.test(g) || g === '-' || g === '–' || /^\.\s*$/.test(g) || /^\s*\(\s*$/.test(g) || /^\s*\)\s*$/.test(g) || /^'s?\s*$/.test(g) || /^’s?\s*$/.test(g);
}

/** Trims function words off the ends of a range: 'of the jury' -> 'the jury', 'the ministry and' -> 'the ministry'. */
export function trimRange(tokens: Token[], r: TokenRange): TokenRange | null {
  let { first, last } = r;
  // ('Although the official police estimates put ...': a clause opener is not part of the phrase.)
  // ('Today the World Meteorological Organization said': nor is a time adverb.)
  while (first <= last && (/^(of|and|&|for|at|from|in|on|to|by|with)$/.test(tokens[first].lower) || (first < last && /^(although|though|while|whereas|because|since|if|when|but|however|meanwhile|yet|so|today|yesterday|tonight|now|then|later|earlier)$/.test(tokens[first].lower)))) first++;
  while (last >= first && (/^(of|and|&|for|at|from|in|on|to|the|a|an|by|with)$/.test(tokens[last].lower) || tokens[last].tags.has('Determiner'))) last--;
  return first <= last ? { first, last } : null;
}

/** The noun phrase that ends at token `last`, walking left; stops at punctuation, verbs and clause words. */
export function npEndingAt(tokens: Token[], last: number, floor = 0): TokenRange | null {
  if (last < floor || !(npWord(tokens[last]) || coordinatedPlural(tokens, last))) return null;
  // ('by saying it expects': a personal pronoun is a phrase of its own.)
  if (/^(it|he|she|they|we)$/.test(tokens[last].text.toLowerCase()) && tokens[last].text !== 'IT') return { first: last, last };
  let first = last;
  while (first - 1 >= floor && npGap(gapAfter(tokens, first - 1)) && (npWord(tokens[first - 1]) || gerundModifier(tokens, first - 1) || hyphenTail(tokens, first - 1) || bareVerbModifier(tokens, first - 1))) {
    // 'declared on Aug. 1 and the WHO said': 'and' after a date or number joins clauses, not names.
    if (/^(and|&)$/.test(tokens[first - 1].lower) && tokens[first - 2] && (tokens[first - 2].tags.has('Date') || tokens[first - 2].tags.has('Value'))) break;
    // 'told Agence France-Presse several of the survivors had told': a quantifier opens its own phrase after a name.
    if (/^(several|many|some|most|all|few|both|each|none|dozens|hundreds|thousands)$/.test(tokens[first].lower) && /^\p{Lu}/u.test(tokens[first - 1].text)) break;
    // ('In 2011 the tiger census estimated': an article opens the phrase; a year before it is a time.)
    if (/^(the|a|an)$/.test(tokens[first].lower) && (tokens[first - 1].tags.has('Value') || tokens[first - 1].tags.has('Date'))) break;
    first--;
  }
  // ('Sources with the provincial road traffic administration said', 'a spokesman with the Red
  // Cross': wire copy ties an unnamed source to its body with 'with'.)
  if (first >= 2 && tokens[first - 1].lower === 'with' && /^(sources?|officials?|spokes(man|woman|person)|representatives?|employees?|members?|staff|workers?|experts?|researchers?)$/.test(tokens[first - 2].lower) && npGap(gapAfter(tokens, first - 2)) && npGap(gapAfter(tokens, first - 1))) {
    const before = npEndingAt(tokens, first - 2, floor);
    if (before) first = before.first;
  }
  // ('hospitals across the country reported': people or bodies spread over a territory are the phrase.)
  if (first >= 2 && tokens[first - 1].lower === 'across' && tokens[first].lower === 'the' && /^(country|nation|region|state|province|city|world|county|district|continent)$/.test(tokens[last].lower) && tokens[first - 2].tags.has('Plural') && npGap(gapAfter(tokens, first - 2)) && npGap(gapAfter(tokens, first - 1))) {
    const before = npEndingAt(tokens, first - 2, floor);
    if (before) first = before.first;
  }
  // A phrase never starts on a preposition: 'In Kyiv the ministry' -> 'the ministry'.
  return trimRange(tokens, { first, last });
}

/** The noun phrase that starts at token `first`, walking right. */
export function npStartingAt(tokens: Token[], first: number, ceiling = tokens.length - 1, maxLen = 14): TokenRange | null {
  if (first > ceiling || !tokens[first] || !npWord(tokens[first])) return null;
  let last = perCentAfter(tokens, first, ceiling);
  while (last + 1 <= ceiling && last - first < maxLen && npGap(gapAfter(tokens, last)) && (npWord(tokens[last + 1]) || gerundModifier(tokens, last + 1) || coordinatedPlural(tokens, last + 1))) {
    // ('says Mr. Alden and they are doing it': 'and' before a pronoun joins clauses, not names.)
    if (/^(and|or)$/.test(tokens[last + 1].lower) && tokens[last + 2]?.tags.has('Pronoun')) break;
    // A capitalized word after a lower-case noun starts a new phrase only across punctuation, so keep going.
    last++;
    last = perCentAfter(tokens, last, ceiling);
  }
  return trimRange(tokens, { first, last });
}

/** 'at 3.07 per cent': a percentage written in two words is one amount, not a phrase and a 'per'. The index of 'cent', or `last`. */
function perCentAfter(tokens: Token[], last: number, ceiling: number): number {
  const two = last + 2 <= ceiling && tokens[last].tags.has('Value') && tokens[last + 1].lower === 'per' && tokens[last + 2].lower === 'cent';
  return two && /^\s+$/.test(gapAfter(tokens, last)) && /^\s+$/.test(gapAfter(tokens, last + 1)) ? last + 2 : last;
}

/** Whether tokens k-1 and k are a two-word adverbial that may stand between a subject and its verb ('on average'). */
export function adverbialPairAt(tokens: Token[], k: number): boolean {
  return k >= 1 && /^\s*$/.test(gapAfter(tokens, k - 1)) && PAIRS_BETWEEN_SUBJECT_AND_VERB.has(`${tokens[k - 1].lower} ${tokens[k].lower}`);
}

/** Whether token j is a discourse adverb set off by commas: 'The report, however, said'. */
export function discourseAsideAt(tokens: Token[], j: number): boolean {
  return j > 0 && DISCOURSE.has(tokens[j].lower) && /,\s*$/.test(gapAfter(tokens, j - 1)) && /^,?\s*$/.test(gapAfter(tokens, j));
}

/** Whether the word after token k is a 'to' that opens an infinitive, with nothing between ('said to be', not 'said to reporters' or 'said: "To ...'). */
export function infinitiveToAfter(tokens: Token[], k: number): boolean {
  const verb = tokens[k + 2];
  return tokens[k + 1]?.lower === 'to' && /^\s*$/.test(gapAfter(tokens, k) + gapAfter(tokens, k + 1)) && !!verb && (isVerb(verb) || /^(be|have)$/.test(verb.lower)) && !verb.tags.has('Noun');
}

/** Skips adverbs and auxiliaries before a verb; returns the index of the word that may end the subject. */
export function beforeAdverbs(tokens: Token[], verb: number, floor = 0): number {
  let k = verb - 1;
  while (k >= floor && /^\s*$/.test(gapAfter(tokens, k))) {
    const w = tokens[k].lower;
    if (k - 1 >= floor && adverbialPairAt(tokens, k)) {
      k -= 2;
      continue;
    }
    // ('Theresa May said', 'Will Smith told': a capitalized modal is a name, not an auxiliary.)
    const name = /^(may|will|can)$/.test(w) && /^\p{Lu}/u.test(tokens[k].text);
    if ((BETWEEN_SUBJECT_AND_VERB.has(w) && !name) || (tokens[k].tags.has('Adverb') && /ly$/.test(w))) {
      k--;
      continue;
    }
    // A time phrase between subject and verb: 'McArthur, from Toronto, on Tuesday admitted'.
    // ('Clark County Public Health Friday afternoon confirmed': a part of the day after a date.)
    const partOfDay = /^(morning|afternoon|evening|night)$/.test(w) && !!tokens[k - 1]?.tags.has('Date');
    if ((tokens[k].tags.has('Date') && !tokens[k].tags.has('Value')) || partOfDay) {
      let d = k - 1;
      // ('The CDC two weeks ago reported': and the count of a span of time.)
      while (d >= floor && /^\s*$/.test(gapAfter(tokens, d)) && (tokens[d].tags.has('Date') || /^(on|last|this|early|late|earlier|later|next)$/.test(tokens[d].lower) || (tokens[d].tags.has('Value') && !!tokens[d + 1]?.tags.has('Duration')))) d--;
      if (/^(on|last|this|early|late|earlier|later)$/.test(tokens[d + 1].lower) || d + 1 < k) {
        k = d;
        continue;
      }
    }
    break;
  }
  return k;
}

/** The head noun of a phrase: the last noun before a preposition ('estimates of the loss' -> 'estimates'). */
export function headOf(tokens: Token[], r: TokenRange): number {
  let lastNoun = -1;
  for (let k = r.first; k <= r.last; k++) {
    const t = tokens[k];
    if (/^(of|for|at|from|in|on|by|with)$/.test(t.lower) && k > r.first) {
      // The head comes before the preposition, unless that word is a quantity ('seven of the companies').
      const before = tokens[k - 1];
      if (before.tags.has('Value') || /^(some|many|most|all|none|each|one|both|several|few|majority|half|part|rest)$/.test(before.lower)) continue;
      return lastNoun >= 0 ? lastNoun : k - 1;
    }
    // A participle after the head starts a reduced relative: 'agreed facts heard in court'.
    if (lastNoun >= 0 && (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund')) && !t.tags.has('Noun')) return lastNoun;
    if (t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Acronym')) lastNoun = k;
  }
  return lastNoun >= 0 ? lastNoun : r.last;
}

export function rangeText(text: (s: number, e: number) => string, tokens: Token[], r: TokenRange): string {
  return text(tokens[r.first].start, tokens[r.last].end);
}

/**
 * Clause boundaries in a sentence: token indexes where a new coordinated or semicolon-separated clause
 * begins ('; the rest', ', and five of those', 'but AFP reported'). Used for the scope of hedges and of
 * cues set off in the middle of a sentence.
 */
export function clauseStarts(tokens: Token[]): number[] {
  const out: number[] = [0];
  for (let k = 1; k < tokens.length; k++) {
    const g = gapAfter(tokens, k - 1);
    const w = tokens[k].lower;
    if (/[;]/.test(g)) out.push(k);
    else if (/^(but|whereas|while|although|though|yet)$/.test(w) && /,\s*$/.test(g)) out.push(k);
    // ('by 50 basis points, or half a percentage point, today': an amount restated after ', or' is
    // no clause of its own.)
    // ('..., an increase of 16% on the previous year's figure, and more than double the 2010 figure.':
    // a phrase with no verb to the sentence's end is one more item of what came before, no clause.)
    else if (/^(and|or)$/.test(w) && (/,\s*$/.test(g) || /^\s*,/.test(gapAfter(tokens, k))) && !(w === 'or' && restatedAmount(tokens, k)) && !verblessToEnd(tokens, k + 1)) out.push(k);
    // '86,000 cases have been reported and 70,000 people are suffering': 'and' before a number
    // that is the subject of a verb of its own, after a clause with a finite verb.
    // ('... and as many more are expected to': a figure's modifier may come first.)
    else if (w === 'and' && finiteVerbBetween(tokens, out[out.length - 1], k)) {
      let f = k + 1;
      while (f < k + 4 && /^(as|many|more|than|about|nearly|some|at|least|over|another)$/.test(tokens[f]?.lower ?? '')) f++;
      const figure = tokens[f]?.tags.has('Value') ? f + 1 : tokens[f - 1]?.lower === 'more' && tokens[f - 2]?.lower === 'many' ? f : -1;
      if (figure > 0 && finiteVerbAhead(tokens, figure) && !gappedParticiple(tokens, out[out.length - 1], k, figure)) out.push(k);
    }
  }
  return out;
}

/** No verb of any kind from token k to the sentence's end (or a semicolon), and an amount among them. */
function verblessToEnd(tokens: Token[], k: number): boolean {
  let value = false;
  for (let j = k; j < tokens.length; j++) {
    const multiple = /^(double|triple|treble|quadruple|half|twice)$/.test(tokens[j].lower);
    if ((isVerb(tokens[j]) && !multiple) || tokens[j].tags.has('Copula') || tokens[j].tags.has('Modal')) return false;
    if (tokens[j].tags.has('Value') || multiple) value = true;
    if (j < tokens.length - 1 && /;/.test(gapAfter(tokens, j))) break;
  }
  return value;
}

/** ', or 8 million euros,': after 'or' at k, an amount and then a comma, with no verb between. */
function restatedAmount(tokens: Token[], k: number): boolean {
  let value = false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    // (', or a 12% surge on year': a bare form right after the amount is its noun, whatever its tag.)
    const nounOfAmount = !!tokens[j - 1]?.tags.has('Value') && tokens[j].tags.has('Infinitive') && /^\s*$/.test(gapAfter(tokens, j - 1));
    if (isVerb(tokens[j]) && !tokens[j].tags.has('Value') && !nounOfAmount) return false;
    if (tokens[j].tags.has('Value') || /\d/.test(tokens[j].text) || /^(half|quarter|third|quarters|thirds)$/.test(tokens[j].lower)) value = true;
    if (/,/.test(gapAfter(tokens, j))) return value;
    if (j === tokens.length - 1) return value;
  }
  return false;
}

export const FINITE = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|do|does|did)$/;

/** A finite verb within the four words from `from` (the verb of a numeric subject: '70,000 people are suffering'). */
function finiteVerbAhead(tokens: Token[], from: number): boolean {
  // ('and 300 rounds': an -s word right after the number is its noun, whatever its tag.)
  if (tokens[from] && /s$/.test(tokens[from].lower) && tokens[from].tags.has('PresentTense')) from++;
  // ('between 2000 and 2019, according to the WMO': the subject and its verb are not set apart by a
  // comma, and an -ing form is no finite verb.)
  if (from > 0 && !/^\s*$/.test(gapAfter(tokens, from - 1))) return false;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (tokens[k].tags.has('Gerund')) return false;
    // ('and at least 50 Bradley armored vehicles to ...': a participle before a noun is an adjective.)
    const attributive = /ed$/.test(tokens[k].lower) && !!tokens[k + 1]?.tags.has('Noun') && /^\s*$/.test(gapAfter(tokens, k));
    if (FINITE.test(tokens[k].lower) || (isVerb(tokens[k]) && !attributive && (tokens[k].tags.has('PastTense') || tokens[k].tags.has('PresentTense')) && !tokens[k].tags.has('Participle'))) return true;
    if (!/^\s*$/.test(gapAfter(tokens, k))) return false;
  }
  return false;
}

/**
 * 'Hundreds have reportedly been killed and thousands wounded in the clashes': after a clause whose
 * verb is an auxiliary and a participle, a bare participle right after the next amount (and its
 * noun) shares that auxiliary: the second conjunct is no clause of its own.
 */
function gappedParticiple(tokens: Token[], from: number, and: number, figure: number): boolean {
  let v = figure;
  if (tokens[v] && tokens[v].tags.has('Noun') && !isVerb(tokens[v]) && /^\s*$/.test(gapAfter(tokens, v - 1))) v++;
  const p = tokens[v];
  if (!p || !p.tags.has('PastTense') || FINITE.test(p.lower) || !/^\s*$/.test(gapAfter(tokens, v - 1))) return false;
  for (let j = from; j < and - 1; j++) {
    if (!/^(is|are|was|were|been|have|has|had)$/.test(tokens[j].lower)) continue;
    let q = j + 1;
    while (q < and && (tokens[q].tags.has('Adverb') || tokens[q].lower === 'been')) q++;
    if (q < and && isVerb(tokens[q]) && (tokens[q].tags.has('PastTense') || tokens[q].tags.has('Participle'))) return true;
  }
  return false;
}

/** A finite verb between two token indexes. */
function finiteVerbBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FINITE.test(tokens[k].lower) || (isVerb(tokens[k]) && tokens[k].tags.has('PastTense'))) return true;
  return false;
}

/** The first token from `from` on whose gap after it matches `stop` ('up to the next comma'), else the last token. */
export function runTo(tokens: Token[], from: number, stop: RegExp): number {
  let last = from;
  while (last < tokens.length - 1 && !stop.test(gapAfter(tokens, last))) last++;
  return last;
}

/** The clause [first, last] holding token k. */
export function clauseOf(tokens: Token[], starts: number[], k: number): TokenRange {
  // The last clause start at or before k (starts are sorted and begin with 0).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return { first: starts[lo], last: (lo + 1 < starts.length ? starts[lo + 1] : tokens.length) - 1 };
}

/** The length of the postmodifier ('familiar with', 'with direct knowledge of') that starts at token k, or 0. */
export function postmodifierLength(tokens: Token[], k: number, lex: CompiledLexicon): number {
  for (const phrase of lex.anonymousPostmodifiers) {
    if (k + phrase.length > tokens.length) continue;
    if (phrase.every((w, i) => tokens[k + i].lower === w && (i === 0 || /^\s*$/.test(gapAfter(tokens, k + i - 1))))) return phrase.length;
  }
  return 0;
}
