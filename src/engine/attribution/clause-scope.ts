// Where a reporting verb's content starts and ends: the reported clause or object after the verb,
// asides and quotations that close it, the writer's clauses after it, and negation of the verb.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { gapAfter } from '../nlp/phrases';
import { clauseVerb, isVerb, npStartingAt, type TokenRange } from './np';
import { AS_DEGREE, COMMA, SUBORDINATORS } from './words';

/**
 * Whether the words from token `from` are a time at most and then a finite verb with no subject of
 * its own ('was $5 million', 'last month numbered 200,000'): the verb whose subject is the phrase
 * before a participle.
 */
export function mainVerbAfterParticiple(tokens: Token[], from: number): boolean {
  let j = from;
  while (j < tokens.length && j < from + 3 && /^\s*$/.test(gapAfter(tokens, j - 1)) && (tokens[j].tags.has('Date') || /^(last|this|next|so|far|alone|earlier|initially|originally)$/.test(tokens[j].lower))) j++;
  const v = tokens[j];
  if (!v || !/^\s*$/.test(gapAfter(tokens, j - 1))) return false;
  return v.tags.has('Copula') || (isVerb(v) && (v.tags.has('PastTense') || v.tags.has('PresentTense')) && !v.tags.has('Gerund') && !v.tags.has('Infinitive'));
}

/**
 * The last token of a subordinate clause that opens the sentence and holds the cue ('Where the union
 * claims losses,'), up to its comma; -1 when the cue stands elsewhere. The clause opens with a
 * subordinator in the sentence's first words, the cue's subject right after it.
 */
export function openingSubordinateEnd(tokens: Token[], cue: TokenRange, lex: CompiledLexicon): number {
  let sub = -1;
  for (let j = 0; j < Math.min(cue.first, 8); j++) {
    if (/[,;:]/.test(gapAfter(tokens, j)) && j < cue.first - 1) return -1;
    if (/^(where|when|whenever|wherever|if|although|though|because|while|whereas|unless|since|once)$/.test(tokens[j].lower)) {
      sub = j;
      break;
    }
  }
  if (sub < 0) return -1;
  const subject = npStartingAt(tokens, sub + 1, cue.first - 1, 6);
  if (!subject || subject.last !== cue.first - 1) return -1;
  for (let j = cue.last; j < tokens.length - 1; j++) {
    const g = gapAfter(tokens, j);
    if (/["\u201c\u201d;:]/.test(g)) return -1;
    if (COMMA.test(g)) return j;
  }
  return -1;
}

/**
 * When the cue stands inside a quotation, opened earlier in the sentence or (as its closing mark
 * shows) in an earlier one, the last token before the quotation closes; -1 otherwise. Curly quotes
 * say which way they face; straight ones are counted, or known by the punctuation before them.
 */
export function closingQuoteAfter(tokens: Token[], cue: TokenRange): number {
  let straight = 0;
  let open = false;
  const marks = (g: string) => {
    for (const ch of g) {
      if (ch === '\u201c') open = true;
      else if (ch === '\u201d') open = false;
      else if (ch === '"') straight++;
    }
  };
  marks(tokens[0]?.pre ?? '');
  for (let j = 0; j < cue.first; j++) marks(gapAfter(tokens, j));
  const inside = open || straight % 2 === 1;
  for (let j = cue.last; j < tokens.length - 1; j++) {
    const g = gapAfter(tokens, j);
    // (A quotation that opened in an earlier sentence shows by how it closes: '...,” says Parsons'.)
    if (inside ? /[\u201d"]/.test(g) : /\u201d|[,.!?]"/.test(g)) return j;
    if (!inside && /[\u201c"]/.test(g)) return -1;
  }
  return -1;
}

/**
 * The last token of a plain object that runs from `from` to a comma (a noun phrase with adjuncts:
 * 'cases', 'the outbreak on Monday'), with no amount, verb or clause word in it; -1 otherwise.
 */
export function plainObjectEnd(tokens: Token[], from: number, to: number): number {
  if (from > to || !tokens[from] || /^(that|what|how|whether|if)$/.test(tokens[from].lower) || /["“]/.test(gapAfter(tokens, from - 1))) return -1;
  let relative = false;
  for (let k = from; k < to && k < from + 20; k++) {
    const t = tokens[k];
    // ('changes to five of the 50 categories which affect the UK, dashing ...': a relative clause on
    // the object is part of it.)
    if (k > from && /^(which|that|who)$/.test(t.lower) && tokens[k - 1].tags.has('Noun')) relative = true;
    if (!relative && ((isVerb(t) && !t.tags.has('Adjective')) || t.tags.has('Copula') || t.tags.has('Modal'))) return -1;
    if (COMMA.test(gapAfter(tokens, k))) return /^\s*,\s*$/.test(gapAfter(tokens, k)) ? k : -1;
    if (!/^\s*$/.test(gapAfter(tokens, k))) return -1;
  }
  return -1;
}

/** 'did not say', 'has never confirmed', "didn't mention", 'declined to say', 'refused to confirm'. */
export function isNegated(tokens: Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
    // Negation reaches the verb only within its clause: '"Wages did not," said Anna Lee' is not negated.
    if (!/^\s*$/.test(gapAfter(tokens, b))) return false;
    const w = tokens[b].lower;
    if (/^(not|never|n't|no)$/.test(w) || /n't$/.test(w)) return true;
    if (w === 'to' && /^(declined|refused|declines|refuses|decline|refuse|unable|failed|fails|reluctant)$/.test(tokens[b - 1]?.lower ?? '')) return true;
    if (!/^(to|did|does|do|has|have|had|would|will|could|can|also|yet|still|always|ever)$/.test(w)) return false;
  }
  return false;
}

/** The last token inside the brackets that hold the cue, or null when it is not in brackets. */
export function bracketEnd(tokens: Token[], cue: TokenRange): number | null {
  let open = false;
  for (let k = cue.first - 1; k >= 0 && k >= cue.first - 30; k--) {
    const g = gapAfter(tokens, k);
    if (/\)/.test(g)) return null;
    if (/\(/.test(g)) {
      open = true;
      break;
    }
  }
  if (!open && !/\(/.test(tokens[0].pre)) return null;
  for (let k = cue.last; k < tokens.length - 1; k++) if (/\)/.test(gapAfter(tokens, k))) return k;
  return null;
}

/**
 * Whether a verb that is as often one of increase ('add', the lexicon's clauseOnly list) lacks the
 * clause it needs to report anything: 'employers added 275,000 jobs' reports nothing, 'he added that
 * 40 were missing' does. `verb` is the cue's last token, from..to the words after it.
 */
export function wantsClause(tokens: Token[], lemma: string, verb: number, from: number, to: number, lex: CompiledLexicon): boolean {
  // ('A Federal infantryman wrote to his father ...: "dear Pa ..."': a colon introduces what is reported.)
  let colon = false;
  for (let k = verb; k <= to && !colon; k++) colon = /:/.test(gapAfter(tokens, k));
  return lex.clauseOnly.has(lemma) && !colon && !opensClause(tokens, from, to, gapAfter(tokens, verb));
}

/**
 * '..., the WHO said, with outdoor pollution killing 1.4 million a year': a 'with' clause with a
 * participle of its own (or an 'including' phrase) right after a trailing cue goes on with what the
 * source reports. The range from 'with' to the end, or none.
 */
export function continuationAfter(tokens: Token[], last: number, end: number): TokenRange[] {
  const w = last + 1;
  // ('At least 300 people died, said the ministry, including 40 children': the part of the count
  // before the cue goes on after it.)
  if (w <= end && COMMA.test(gapAfter(tokens, last)) && (tokens[w].lower === 'including' || (tokens[w].lower === 'among' && /^(them|whom)$/.test(tokens[w + 1]?.lower ?? '')))) return [{ first: w, last: end }];
  // ('Turnout was 67%, the commission said, down from 72% in 2019': a comparison set off after the
  // cue still describes the reported figure.)
  const w1 = tokens[w + 1]?.lower ?? '';
  // ('Sales hit $5 million, the company said, up 12 percent from last year': or the change itself.)
  const comparison = (/^(down|up)$/.test(tokens[w]?.lower ?? '') && (/^(from|on)$/.test(w1) || !!tokens[w + 1]?.tags.has('Value'))) || (tokens[w]?.lower === 'compared' && /^(with|to)$/.test(w1));
  if (w <= end && COMMA.test(gapAfter(tokens, last)) && comparison) return [{ first: w, last: end }];
  // ('The storm killed at least 12 people, officials said Sunday, and left 40,000 homes without
  // power': a second verb of the reported clause's subject, with no subject of its own.)
  const nextVerb = tokens[w + 1];
  if (w < end && COMMA.test(gapAfter(tokens, last)) && tokens[w].lower === 'and' && !!nextVerb && !nextVerb.tags.has('Noun') && /^\p{Ll}+(ed|ft|nt|ld|ught|ew|ok|ove|ote)$/u.test(nextVerb.text) && (nextVerb.tags.has('PastTense') || !!tokens[w + 2]?.tags.has('Value') || !!tokens[w + 2]?.tags.has('Determiner'))) return [{ first: w, last: end }];
  if (w > end || tokens[w].lower !== 'with' || !COMMA.test(gapAfter(tokens, last))) return [];
  // (', with another 508 people missing', ', with 40 injured': an amount and the state it is in.)
  const lastWord = tokens[end];
  let plain = end - w <= 8;
  for (let k = w; plain && k < end; k++) if (/[,;:]/.test(gapAfter(tokens, k))) plain = false;
  if (plain && tokens.slice(w + 1, end + 1).some((x) => x.tags.has('Value')) && (lastWord.tags.has('Adjective') || (lastWord.tags.has('PastTense') && /ed$/.test(lastWord.lower)))) return [{ first: w, last: end }];
  for (let k = w + 1; k <= Math.min(end, w + 8); k++) {
    if (/[,;:]/.test(gapAfter(tokens, k - 1))) return [];
    // (compromise may tag the participle a noun: 'pollution killing'; not after an article: 'the killing of'.)
    if (/\p{Ll}ing$/u.test(tokens[k].text) && !tokens[k - 1].tags.has('Determiner') && k > w + 1) return [{ first: w, last: end }];
  }
  return [];
}

/** A reported clause starts at `from`: 'that ...', a quotation, or a finite verb before the first comma ('40 were missing'). */
export function opensClause(tokens: Token[], from: number, to: number, gapBefore: string): boolean {
  if (from > to || !tokens[from]) return false;
  if (tokens[from].lower === 'that' || /["“]/.test(gapBefore)) return true;
  let countNounAt = -1;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    // ('added 12 runs in the third': an -s word right after a number is its noun; particles are no verbs.)
    // ('added four rebounds and assists': so is one coordinated with it.)
    // ('added 68,300 full-time positions': adjectives of the count may stand between.)
    let m = k - 1;
    while (m > from && (tokens[m].tags.has('Adjective') || tokens[m].tags.has('Hyphenated')) && !tokens[m].tags.has('Value')) m--;
    const nounAfterNumber = k > from && (tokens[m].tags.has('Value') || (/^(more|fewer|extra|additional)$/.test(tokens[k - 1].lower) && !!tokens[k - 2]?.tags.has('Value')) || (countNounAt === k - 2 && /^(and|or)$/.test(tokens[k - 1].lower))) && /^\p{Ll}+s$/u.test(t.text);
    if (nounAfterNumber) countNounAt = k;
    // ('adds an extra $500 million ... over current budget plans.': an -s word closing the sentence
    // after a modified noun ends a compound noun.)
    if (k === to && k > from + 1 && /^\p{Ll}+s$/u.test(t.text) && tokens[k - 1].tags.has('Noun') && /^\p{Ll}+$/u.test(tokens[k - 1].text) && (tokens[k - 2].tags.has('Adjective') || tokens[k - 2].tags.has('Determiner')) && /^\s*$/.test(gapAfter(tokens, k - 2) + gapAfter(tokens, k - 1))) return false;
    // ('C.J. Wilcox added 17 points and Abdul Gaddy scored 15': a clause after 'and' is the
    // writer's next one, not what was added.)
    if (k > from && (t.lower === 'but' || (t.lower === 'and' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')))) return false;
    // ('The economy added 200,000 jobs and the unemployment rate fell to 4%', 'added a net 47,500
    // jobs last month compared with the 26,000 economists had predicted': after a counted object, a
    // clause with its own subject, or a comparison, is the writer's.)
    if (countNounAt >= 0 && ((t.lower === 'and' && /^(the|its|their|his|her|a|an)$/.test(tokens[k + 1]?.lower ?? '')) || /^(compared|versus|against)$/.test(t.lower))) return false;
    // ('boasts 141% ridership compared to 2019 levels': 'compared to' is no verb of a clause.)
    if (k > from && t.lower === 'compared' && /^(to|with)$/.test(tokens[k + 1]?.lower ?? '')) return false;
    // ('added 200,000 jobs in May': a capital inside the clause is a name or a month, not a modal.)
    // ('added 321,000 jobs in November — a much stronger number than expected': its dash still ends it.)
    if (k > from && /^\p{Lu}\p{Ll}/u.test(t.text)) {
      if (/[,;:—–]/.test(gapAfter(tokens, k))) return false;
      continue;
    }
    // ('DiVincenzo added 22 as Golden State's reserves came up big': a verb after a subordinator is
    // the subordinate clause's, and the object before it is no reported clause. 'as many as' is no
    // subordinator.)
    if (k > from && SUBORDINATORS.has(t.lower) && !(t.lower === 'as' && (AS_DEGREE.test(tokens[k - 1].lower) || AS_DEGREE.test(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.tags.has('Value')))) return false;
    // ('recalls 2.27 million cars over an airbag defect that could cause fires': a relative clause on
    // a noun of the object holds no verb of the reported clause.)
    if (k > from + 1 && /^(that|which|who)$/.test(t.lower) && tokens[k - 1].tags.has('Noun') && !tokens[k - 1].tags.has('Pronoun') && countNounAt >= 0) return false;
    // ('added 8.8 million paid subscribers': a participle between a number and its noun is an adjective.)
    const adjective = (t.tags.has('PastTense') || t.tags.has('Participle')) && k > from && tokens[k - 1].tags.has('Value') && !!tokens[k + 1]?.tags.has('Noun') && /^\s*$/.test(gapAfter(tokens, k - 1) + gapAfter(tokens, k));
    // ('understand the meaning of these eight blessings uttered by Jesus': a participle after a noun,
    // before its agent, is a reduced relative.)
    if (k > from && /\p{Ll}ed$/u.test(t.text) && tokens[k - 1].tags.has('Noun') && !tokens[k - 1].tags.has('Pronoun') && tokens[k + 1]?.lower === 'by' && /^\s*$/.test(gapAfter(tokens, k - 1))) continue;
    if (isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !t.tags.has('Particle') && !nounAfterNumber && !adjective) return true;
    if (t.tags.has('Copula') || t.tags.has('Modal')) return true;
    // (A dash sets off an aside too: 'the plans of all 195 countries — known as NDCs'.)
    if (/[,;:—–]/.test(gapAfter(tokens, k))) return false;
  }
  return false;
}

/**
 * Whether tokens from..to are adjuncts of a verb with no clause of their own: prepositional and time
 * phrases ('in a highly anticipated report ahead of the election'), where a verb form can only be a
 * participle before its noun. Starts with a preposition or a date; no 'that', no colon or quotation.
 */
export function adjunctsOnly(tokens: Token[], from: number, to: number, lex: CompiledLexicon): boolean {
  // ('customs data showed on Aug 8': compromise may tag the preposition a particle of the verb.)
  if (from > to || !(tokens[from].tags.has('Preposition') || tokens[from].tags.has('Date') || /^(on|in|at|for|during|after|before|ahead|since|from|with|over|through|late|early|last)$/.test(tokens[from].lower))) return false;
  // ('said in their report "Global Carbon Budget."': a quoted title after a document noun.)
  let title = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    const g = gapAfter(tokens, k);
    if (!title && /^\s*["“]$/.test(g) && lex.documentNouns.has(t.lower)) {
      title = true;
      continue;
    }
    if (title) {
      if (/["”]/.test(g)) title = false;
      continue;
    }
    // ('said in a statement that was posted online', 'in a statement which was released Monday': a
    // relative clause on the document, with no amount, is part of the adjuncts.)
    const relativeOnDocument = /^(that|which)$/.test(t.lower) && k > from && lex.documentNouns.has(tokens[k - 1].lower) && !!tokens[k + 1] && (tokens[k + 1].tags.has('Copula') || tokens[k + 1].tags.has('Auxiliary') || /^(was|were|is|are|has|had|have)$/.test(tokens[k + 1].lower)) && tokens.slice(k + 1, to + 1).every((x) => !x.tags.has('Value') || x.tags.has('Date'));
    if (relativeOnDocument) return true;
    // ('said on Monday in the first attempt to estimate deaths', 'in a bid to raise funds': an
    // infinitive after the noun of the adjunct, whatever compromise made of that noun, says what
    // the occasion was for; with no amount in it, it holds no claim of its own.)
    if (t.lower === 'to' && k > from && k < to && !tokens[k - 1].tags.has('Pronoun') && (tokens[k - 1].tags.has('Noun') || ['Determiner', 'Preposition', 'Adjective'].some((tag) => tokens[k - 2].tags.has(tag))) && /^\s*$/.test(gapAfter(tokens, k - 1)) && noAmount(tokens, k + 1, to)) return true;
    if (t.lower === 'that' || (k < to && /[:;"“”]/.test(g))) return false;
    if (t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary')) return false;
    if (!isVerb(t) || t.tags.has('Particle')) continue;
    // Only an attributive participle: 'a highly anticipated report', 'the revised figures'.
    const before = tokens[k - 1];
    // ('said at a (special) meeting on Monday night': an -ing word after an article or a possessive,
    // adjectives between, is a noun.)
    let d = k - 1;
    while (d > from && tokens[d].tags.has('Adjective')) d--;
    if (/ing$/.test(t.lower) && d < k && (tokens[d].tags.has('Determiner') || tokens[d].tags.has('Possessive') || /^(a|an|the|his|her|its|their|our)$/.test(tokens[d].lower))) continue;
    const after = k < to ? tokens[k + 1] : undefined;
    // ('amid growing fears of famine', 'amid mounting pressure': an -ing word right after the
    // preposition, before a noun, describes the noun.)
    if (/ing$/.test(t.lower) && k > from && tokens[k - 1].tags.has('Preposition') && after?.tags.has('Noun') && !after.tags.has('Pronoun') && noAmount(tokens, k + 1, to)) continue;
    // ('in the first such study', 'in a new report': a present-tense form after a determiner or a
    // modifier, ending the phrase, is the noun the phrase is about.)
    const phraseEnds = !after || after.tags.has('Preposition') || /[,.;]/.test(g);
    if (phraseEnds && before && !t.tags.has('PastTense') && !t.tags.has('Gerund') && (before.tags.has('Determiner') || before.tags.has('Adjective') || before.tags.has('Adverb') || before.tags.has('Ordinal'))) continue;
    if (!(t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund'))) return false;
    // ('said during a virtual press conference announcing the results', 'in a statement issued by the
    // bureau', 'at a briefing held Monday': a participle after the noun describes the occasion, as
    // long as the adjuncts hold no amount ('said as many as 300 people died' is a clause).)
    const participle = /ing$/.test(t.lower) || t.tags.has('PastTense') || t.tags.has('Participle');
    if (participle && before?.tags.has('Noun') && !before.tags.has('Pronoun') && /^\s*$/.test(gapAfter(tokens, k - 1)) && noAmount(tokens, from, to) && tokens.slice(k + 1, to + 1).every((x) => !clauseVerb(x))) return true;
    if (!before || !(before.tags.has('Determiner') || before.tags.has('Adverb') || before.tags.has('Adjective'))) return false;
    if (!after || !(after.tags.has('Noun') || after.tags.has('Adjective'))) return false;
  }
  return true;
}

/** No amount from..to: dates and years do not count ('in a report to be published in 2025'). */
function noAmount(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to + 1).every((x) => !x.tags.has('Value') || x.tags.has('Date') || /^(19|20)\d\d$/.test(x.text));
}

/**
 * Where an object a verb reports ends before the writer's next clause: before ', while' and a clause
 * with its own subject, or before 'and' and a verb with no subject of its own ('admitted fraud and
 * agreed to pay ...', 'announced the merger on Monday and cut 2,000 jobs'). The index before the
 * conjunction, or -1 when there is none or the content is a clause ('said that ...', 'said 40 died').
 */
export function coordinatedVerbBefore(tokens: Token[], from: number, to: number): number {
  if (tokens[from]?.lower === 'that') return -1;
  // ('announced relief packages for the victims, while the Nepali Congress offered 5 million
  // rupees': after an object, a clause of the writer's with its own subject.)
  for (let k = from + 1; k < to; k++) {
    if (/[;:"“”]/.test(gapAfter(tokens, k))) break;
    if (!/^(while|whereas)$/.test(tokens[k].lower) || !COMMA.test(gapAfter(tokens, k - 1))) continue;
    // (Only after an object: 'The survey showed the economy added 68,300 jobs, while part-time jobs
    // decreased by 35,900' still reports both clauses.)
    const clause = tokens.slice(from, k).some((x) => x.tags.has('PastTense') || x.tags.has('Copula') || x.tags.has('Modal') || x.tags.has('Auxiliary') || (isVerb(x) && !x.tags.has('Gerund') && !/s$/.test(x.lower)));
    const subj = npStartingAt(tokens, k + 1, to, 8);
    if (!clause && subj && tokens[subj.last + 1] && isVerb(tokens[subj.last + 1]) && !tokens[k + 1].tags.has('Value')) return k - 1;
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (/[;:"“”]/.test(gapAfter(tokens, k))) return -1;
    if (t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary')) return -1;
    if (k > from && t.lower === 'and') {
      const v = tokens[k + 1];
      // ('estimated the crowd at 500,000, ..., and double the number it had predicted': 'double' is an amount.)
      const verb = !!v && !v.tags.has('Value') && !/^(double|triple|quadruple|twice|half)$/.test(v.lower) && (isVerb(v) || v.tags.has('Auxiliary') || v.tags.has('Copula')) && !v.tags.has('Gerund') && !v.tags.has('Participle') && !/^\p{Lu}/u.test(v.text) && (v.tags.has('PastTense') || /^(was|were|is|are|has|have|had)$/.test(v.lower) || ((v.tags.has('Infinitive') || v.tags.has('PresentTense')) && !/s$/.test(v.lower) && !v.tags.has('Noun')));
      // ('wants to fund two more classes and hire 40 officers': a bare verb after an infinitive is
      // coordinated with the infinitive, inside what is put forward.)
      if (verb && tokens[from]?.lower === 'to' && !v.tags.has('PastTense')) return -1;
      return verb ? k - 1 : -1;
    }
    if (isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !t.tags.has('Particle') && (t.tags.has('PastTense') || t.tags.has('PresentTense'))) return -1;
  }
  return -1;
}

/** The end of a told-type verb's object: 'told some 350 persons that' -> before 'that'; 'told reporters the toll' -> 'reporters'. */
export function objectEnd(tokens: Token[], verb: number): number {
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 10); k++) {
    if (tokens[k].lower === 'that' && !/[,;]/.test(gapAfter(tokens, k - 1))) return k;
    if (/[,;:]/.test(gapAfter(tokens, k))) break;
  }
  const obj = npStartingAt(tokens, verb + 1, tokens.length - 1, 4);
  if (!obj) return verb;
  // The object ends at its first noun run: 'reporters', 'The Associated Press', 'the BBC'.
  let last = obj.first;
  while (last < obj.last && !tokens[last].tags.has('Noun') && !/^\p{Lu}/u.test(tokens[last].text)) last++;
  // ('told news agency AFP', 'told state television': a run of lower-case nouns.)
  while (last + 1 <= obj.last && /^\p{Ll}/u.test(tokens[last].text) && /^\p{Ll}/u.test(tokens[last + 1].text) && tokens[last + 1].tags.has('Noun') && !tokens[last + 1].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, last))) last++;
  // 'told the official Xinhua News Agency': a lower-case modifier before a name.
  if (last + 1 <= obj.last && /^\p{Ll}/u.test(tokens[last].text) && /^\p{Lu}/u.test(tokens[last + 1].text)) last++;
  while (last + 1 <= obj.last && /^\p{Lu}/u.test(tokens[last].text) && /^\p{Lu}/u.test(tokens[last + 1].text)) last++;
  return last;
}
