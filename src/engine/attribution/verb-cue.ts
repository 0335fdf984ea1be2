// A reporting verb as a cue ('said', 'told reporters', 'estimated', 'put the toll at'): every verb of
// the lexicon's speech, estimate and toll roles. verbCue finds the verb's source (its subject, an
// agent after 'by', or a name after an inverted verb) and the span of its reported content, and
// returns null where the form is not a reporting verb here ('the report', 'said at a news conference').
import type { CompiledLexicon, CueRole } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { gapAfter } from '../nlp/phrases';
import { classifySource } from './kinds';
import { FINITE, beforeAdverbs, clauseOf, clauseVerb, discourseAsideAt, infinitiveToAfter, npWord, headOf, isVerb, npEndingAt, npStartingAt, runTo, type TokenRange } from './np';
import { AMOUNT_PARTICIPLES, AMOUNT_WORDS, AS_DEGREE, BE, COMMA, PASSIVE_BEFORE_TO, PLACE_TAGS, QUOTE_CLOSE, RATE_PARTICIPLES, SUBORDINATORS, TIME_HEADS, VALUING_AT, personName } from './words';
import { CURRENCY_LEAD, amountAt, amountStart, onSalesOf } from './amount';
import { documentBeforeAgent, mainSubject, subjectBefore } from './subject';
import { tollObject } from './frames';
import type { CueHit } from './cues';
import { documentBefore } from './verb-form';
import { mainVerbAfterParticiple, openingSubordinateEnd, closingQuoteAfter, plainObjectEnd, isNegated, bracketEnd, wantsClause, continuationAfter, opensClause, adjunctsOnly, objectEnd } from './clause-scope';

/** Words after a reporting verb that belong to it, not to its content: 'said Friday', 'said in a statement'. */
export const VERB_TRAILERS = new Set(['today', 'yesterday', 'tonight', 'here', 'again', 'also', 'later', 'earlier', 'previously', 'separately', 'recently', 'publicly', 'privately', 'then', 'now', 'further', 'too', 'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'on', 'in', 'at', 'a', 'an', 'the', 'its', 'his', 'her', 'their', 'statement', 'interview', 'release', 'briefing', 'conference', 'news', 'press', 'written', 'emailed', 'email', 'mail', 'letter', 'post', 'tweet', 'speech', 'remarks', 'testimony', 'court', 'filing', 'report', 'television', 'radio', 'broadcast', 'televised', 'address', 'told', 'reporters', 'journalists', 'local', 'time', 'late', 'early', 'recent', 'condition', 'anonymity', 'of', 'by', 'phone', 'telephone', 'email', 'e-mail', 'via', 'video', 'link', 'because', 'they', 'he', 'she', 'was', 'were', 'not', 'authorized', 'authorised', 'to', 'speak', 'publicly', 'discuss', 'the', 'matter',
  // 'said in its annual outlook', 'in the latest bulletin'
  'annual', 'monthly', 'quarterly', 'weekly', 'daily', 'latest', 'new', 'outlook', 'online',
  // 'said on its website', 'wrote on X', 'said in a post on Telegram'
  'website', 'site', 'webpage', 'page', 'account', 'feed', 'blog', 'x', 'facebook', 'twitter', 'telegram', 'instagram', 'youtube', 'tiktok', 'social', 'media', 'platform', 'channel', 'app']);

/** A subject that is a figure in digits: '18 percent', 'Only 12 percent of respondents', '1,217 eligible voters'. */
export function figureSubject(tokens: Token[], subject: TokenRange, lex?: CompiledLexicon): boolean {
  let k = subject.first;
  // ('an unprecedented 40 ...': and past adjectives before the amount.)
  while (k < subject.last && (/^(only|just|about|some|nearly|almost|roughly|around|more|than|over|under|fewer|less|the|a|an)$/.test(tokens[k].lower) || (tokens[k].tags.has('Adjective') && !tokens[k].tags.has('Value') && /^\p{Ll}/u.test(tokens[k].text)))) k++;
  // ('a Rs 160,000 crore deficit': a currency word written before the digits.)
  if (k < subject.last && CURRENCY_LEAD.test(tokens[k].text)) k++;
  // ('A 40-member panel said': a number in a compound modifier names the subject.)
  if (gapAfter(tokens, k) === '-' || /^\d+-\p{L}/u.test(tokens[k].text)) return false;
  // ('"We lost 40 cows," the 41-year-old said': an age names a person.)
  const age = k + 2 <= subject.last && gapAfter(tokens, k) === '-' && /^(year|month|week)s?$/.test(tokens[k + 1].lower) && gapAfter(tokens, k + 1) === '-' && tokens[k + 2].lower === 'old';
  // ('The 2021 census shows', 'The 2024-25 budget papers show': a year that dates a singular noun.)
  // (compromise tags 'census' and 'analysis' plural.)
  const year = /^(19|20)\d\d(-\d\d)?$/.test(tokens[k].text) && k < subject.last && (!tokens[k + 1].tags.has('Plural') || /(us|ss|is)$/.test(tokens[k + 1].lower));
  // ('..., 12 defense officials said', '12 of the officials said': a count of unnamed people who speak
  // as sources (sources.json countedSpeakers) is the source, as 'Seven of the eight companies' is; a
  // share of respondents ('40% of economists') or a count of others ('The 1500 workers') stays a figure.)
  const share = /%/.test(tokens[k].text) || tokens.slice(k + 1, subject.last + 1).some((t) => /^(percent|per|pct)$/.test(t.lower));
  const speakers = !!lex && k < subject.last && !share && lex.countedSpeakers.has(tokens[subject.last].lower);
  return /\d/.test(tokens[k].text) && tokens[k].tags.has('Value') && !age && !year && !speakers;
}

/**
 * 'rose more than economists expected even as hours rose 2 percent', 'double what economists had been
 * expecting even as ...': a cue in a comparison ('than' or 'what' before its subject) followed by a
 * subordinator has no content of its own; the clause after it is the writer's.
 */
function comparisonOnly(tokens: Token[], subject: TokenRange, cue: TokenRange): boolean {
  const next = tokens[cue.last + 1]?.lower ?? '';
  const compared = /^(than|what)$/.test(tokens[subject.first - 1]?.lower ?? '');
  const subordinateNext = SUBORDINATORS.has(next) || (next === 'even' && SUBORDINATORS.has(tokens[cue.last + 2]?.lower ?? ''));
  return compared && subordinateNext && /^\s*$/.test(gapAfter(tokens, cue.last));
}

/** Tries the roles a cue form can play, most specific first. */
export function bestVerbCue(tokens: Token[], starts: number[], k: number, roles: Set<CueRole>, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> & { colon?: boolean } | null {
  const order: CueRole[] = ['toll', 'evidential', 'measurement', 'object', 'speech', 'position'];
  for (const role of order) {
    if (!roles.has(role)) continue;
    const hit = verbCue(tokens, starts, { first: k, last: k }, role, lex);
    if (hit && !(role === 'position' && stipulates(tokens, hit, lex))) return role === 'speech' || role === 'object' ? { ...hit, speech: true } : role === 'measurement' ? { ...hit, measurement: true } : hit;
  }
  return null;
}

/**
 * 'The contract called for overhauling of 102 joints', 'the plan envisages 3,000 homes': a document
 * that lays something down puts forward no one's figure. Only for verbs of position (a contract may
 * still 'show' or 'say').
 */
export function stipulates(tokens: Token[], hit: { cue: TokenRange; source: TokenRange | null }, lex: CompiledLexicon): boolean {
  if (!hit.source) return false;
  const lemma = cueLemmaOf(tokens, hit.cue, lex);
  const position = lex.objectOnly.has(lemma) || !!lex.cueForms.get(tokens[hit.cue.first].lower)?.has('position');
  return position && lex.stipulatingNouns.has(tokens[headOf(tokens, hit.source)].lower);
}

/** The lemma of a cue's words, one or several ('calls for' -> 'call for'); '' when the lexicon has none. */
export function cueLemmaOf(tokens: Token[], cue: TokenRange, lex: CompiledLexicon): string {
  return lex.cueLemma.get(tokens.slice(cue.first, cue.last + 1).map((w) => w.lower).join(' ')) ?? '';
}

/** 'There were 1,184 fatal crashes, indicating a 2.3% drop': an expletive subject names nobody. */
export function expletive(tokens: Token[], subject: TokenRange): boolean {
  return subject.first === subject.last && /^there$/i.test(tokens[subject.first].text);
}

/** Whether a passive verb ('was put', 'were arrested') comes before the 'and' at `and`, in the same clause. */
export function passiveBefore(tokens: Token[], and: number): boolean {
  for (let b = and - 1; b >= Math.max(0, and - 10); b--) {
    if (/[,;:.]/.test(gapAfter(tokens, b))) return false;
    if (BE.has(tokens[b].lower)) {
      const v = tokens[b + 1];
      // (compromise tags 'put' in 'was put on probation' a present tense.)
      return !!v && v.tags.has('Verb') && !v.tags.has('Copula') && !/ing$/.test(v.lower);
    }
  }
  return false;
}

/** An agent without the day after it: 'reported by Bloomberg on Monday' -> 'Bloomberg'. */
export function withoutTrailingDay(tokens: Token[], agent: TokenRange): TokenRange {
  const src = { ...agent };
  while (src.last > src.first && (/^(on|in|at|last|this)$/.test(tokens[src.last].lower) || (tokens[src.last].tags.has('Date') && !tokens[src.last].tags.has('Value')))) src.last--;
  // ('reported by the ABS four weeks ago': the number of a time after the agent is not part of it.)
  while (src.last > src.first && tokens[src.last].tags.has('Value') && /^(days?|weeks?|months?|years?|hours?)$/.test(tokens[src.last + 1]?.lower ?? '')) src.last--;
  return src;
}

/** A reporting verb: finds its source (before or after it) and its content. */
export function verbCue(tokens: Token[], starts: number[], cue: TokenRange, role: CueRole, lex: CompiledLexicon): (Omit<CueHit, 'sourceClass' | 'colon'> & { colon?: boolean }) | null {
  const k = cue.first;
  const end = tokens.length - 1;
  const t = tokens[k];
  // Toll verbs: 'put the toll at', 'increased the previous death toll to', 'placed the value of ... in the range of'.
  let contentFrom = cue.last + 1;
  // '(although he later admitted that he had) Palmer sank his 25-footer': a cue inside brackets
  // reports only up to the closing bracket.
  let contentTo = bracketEnd(tokens, cue) ?? end;
  // ('Where the union claims losses, 7,600 tonnes will be lost', 'In the areas where the minister said
  // cuts were needed, 7,600 tonnes ...': a cue inside a subordinate clause that opens the sentence
  // reports no further than the comma that closes it.)
  const subordinateClose = openingSubordinateEnd(tokens, cue, lex);
  if (subordinateClose >= 0 && subordinateClose < contentTo) contentTo = subordinateClose;
  // ('"We expect a drop," said Jeff Parsons, a farmer with 300 cows.': a cue inside a quotation reports
  // no further than the quotation's close.)
  const quoteClose = closingQuoteAfter(tokens, cue);
  if (quoteClose >= 0 && quoteClose < contentTo) contentTo = quoteClose;
  // ('to clinch what he said was an affair, he gave her 100,000 francs': a cue in a free relative
  // reports only its own clause.)
  const freeRelative = k > 1 && tokens.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'what');
  if (freeRelative) {
    // (The writer's clause may follow with no comma: '... an affair in the making he gave her'.)
    for (let j = cue.last + 1; j < contentTo; j++) {
      const clauseAfter = j > cue.last + 1 && /^(he|she|they|we|i)$/.test(tokens[j + 1]?.lower ?? '') && !!tokens[j + 2] && isVerb(tokens[j + 2]);
      if (/[,;:—–]/.test(gapAfter(tokens, j)) || clauseAfter) {
        contentTo = j;
        break;
      }
    }
  }
  // ('announced on Tuesday, during a visit to a base that employs 3,000 people, that the budget would
  // rise': adjuncts set off before ', that' say when and where the source spoke, not what it said.)
  const opener = tokens[contentFrom];
  if (opener && (opener.tags.has('Preposition') || opener.tags.has('Date')) && opener.lower !== 'that') {
    for (let j = contentFrom; j < Math.min(contentTo, contentFrom + 30); j++) {
      const g = gapAfter(tokens, j);
      if (/[;"“”]/.test(g)) break;
      if (COMMA.test(g) && tokens[j + 1].lower === 'that') {
        contentFrom = j + 1;
        break;
      }
    }
  }
  // ('A home assessed at $400,000 will pay $2,100': a participle right after a noun, before 'at' and
  // an amount, is a reduced passive describing the noun; nobody puts a figure forward.)
  if (/ed$/.test(t.lower) && tokens[cue.last + 1]?.lower === 'at' && amountAt(tokens, cue.last + 2) && tokens[cue.last + 2].lower !== 'least' && k > 0 && tokens[k - 1].tags.has('Noun') && !tokens[k - 1].tags.has('Pronoun') && !tokens[k - 1].tags.has('ProperNoun') && !lex.roles.has(tokens[k - 1].lower) && !lex.anonymous.has(tokens[k - 1].lower) && /^\s*$/.test(gapAfter(tokens, k - 1))) return null;
  if (role === 'toll') {
    // ('Fed officials are expected to raise their forecast to 5%': what they are expected to do they
    // have not put forward; the hedge speaks.)
    if (tokens[cue.first - 1]?.lower === 'to' && lex.hedgeParticiples.has(tokens[cue.first - 2]?.lower ?? '')) return null;
    // ('The ministry estimated that the price index would rise 3 percent to 4 percent': a clause
    // after the verb is what it reports, whatever toll noun the clause holds.)
    // ('revised that forecast down to': a demonstrative before the toll noun is no clause.)
    if (tokens[cue.last + 1]?.lower === 'that' && !lex.tollNouns.has(tokens[cue.last + 2]?.lower ?? '')) return null;
    // ('The attack killed 12 more, raising the death toll to 40', 'added 8.8 million subscribers,
    // increasing its total to 139 million': a participle after a comma that adds a count before it
    // to the total is the writer's sum, not a source putting the toll at it. 'The ministry updated
    // its figures, putting the toll at 43' has no count before it: the ministry puts it.)
    if (/ing$/.test(t.lower) && k > 0 && COMMA.test(gapAfter(tokens, k - 1)) && tokens.slice(0, k).some((x) => x.tags.has('Value') && !x.tags.has('Date'))) return null;
    // ('The toll was put at 40 by police': a passive puts the amount, and its agent after it.)
    if (tokens[cue.last + 1]?.lower === 'at' && amountAt(tokens, cue.last + 2) && BE.has(tokens[beforeAdverbs(tokens, k)]?.lower ?? '')) {
      let b = cue.last + 2;
      while (b <= Math.min(end, cue.last + 8) && tokens[b].lower !== 'by' && !/[,;:()"“”]/.test(gapAfter(tokens, b - 1))) b++;
      const agent = b <= end && tokens[b].lower === 'by' ? npStartingAt(tokens, b + 1, end, 10) : null;
      if (agent && nameLike(tokens, agent, lex)) return { type: 'passive-agent', cue, source: withoutTrailingDay(tokens, agent), content: [{ first: cue.last + 2, last: b - 1 }], hedge: false };
    }
    const toll = tollObject(tokens, cue.last + 1, lex);
    if (toll < 0) return null;
    // ('BT increased the number of matches to 300', 'cut the number of flights to 40': a verb of doing
    // applied to a count of things done is an act; a count of casualties or cases is a toll updated.)
    const numberOf = tokens.slice(cue.last + 1, toll).findIndex((x, i) => /^(number|total|count)$/.test(x.lower) && tokens[cue.last + 2 + i]?.lower === 'of');
    if (numberOf >= 0 && lex.actionTollVerbs.has(cueLemmaOf(tokens, cue, lex)) && !tokens.slice(cue.last + 3 + numberOf, toll).some((x) => lex.tollCounted.has(x.lower))) return null;
    contentFrom = toll + 1;
    // Only the amount it is put at: 'to six following the landslide caused by the 5.0 earthquake'.
    const amount = npStartingAt(tokens, contentFrom, end, 12);
    // ('placed its losses at 10 killed and 46 seriously wounded': a state after an amount is its noun.)
    const stateAfter = (last: number) => {
      let s = last + 1;
      if (s <= end && /ly$/.test(tokens[s].lower) && /^\s*$/.test(gapAfter(tokens, last))) s++;
      return s <= end && /^(dead|injured|missing|killed|wounded|hurt|displaced|arrested|detained)$/.test(tokens[s].lower) && /^\s*$/.test(gapAfter(tokens, s - 1)) ? s : last;
    };
    if (amount) contentTo = stateAfter(onSalesOf(tokens, amount.last, end));
    // ('from 3.3% to 2.9%', 'by 10,000 barrels per day to 67.19 million': both.)
    // ('by 10,000 barrels per day to ...': past a rate's second half.)
    // ('to $3.10 per share from $4 per share': and past it to the old value, and the old value's rate.)
    if (/^(per|a|an)$/.test(tokens[contentTo + 1]?.lower ?? '') && /^(to|from)$/.test(tokens[contentTo + 3]?.lower ?? '') && contentTo + 2 <= end) contentTo += 2;
    if (tokens[toll].lower === 'to' && tokens[contentTo + 1]?.lower === 'from' && amountAt(tokens, contentTo + 2)) {
      const old = npStartingAt(tokens, contentTo + 2, end, 12);
      if (old) contentTo = old.last;
      if (/^(per|a|an)$/.test(tokens[contentTo + 1]?.lower ?? '') && contentTo + 2 <= end && !tokens[contentTo + 2].tags.has('Value')) contentTo += 2;
    }
    if (/^(from|by)$/.test(tokens[toll].lower) && tokens[contentTo + 1]?.lower === 'to') {
      const second = npStartingAt(tokens, contentTo + 2, end, 12);
      if (second) contentTo = second.last;
    }
    // ('puts the number of deaths at 13, at least 158 injured and more than 140,000 affected': and
    // the amounts listed with it.)
    while (contentTo < end && (/^\s*,\s*$/.test(gapAfter(tokens, contentTo)) || tokens[contentTo + 1].lower === 'and')) {
      let f = contentTo + 1;
      if (tokens[f].lower === 'and') f++;
      // ('pegged quarterly revenue at $3 billion, and for the full year at $12 billion': a second
      // object left out, with its own phrase, then the same 'at' or 'to'.)
      if (/^(for|in|and)$/.test(tokens[f]?.lower ?? '') || tokens[f]?.tags.has('Preposition')) {
        let at = f + 1;
        while (at <= Math.min(end, f + 6) && !/^(at|to)$/.test(tokens[at].lower) && !tokens[at].tags.has('Value') && !isVerb(tokens[at]) && /^\s*$/.test(gapAfter(tokens, at - 1))) at++;
        if (at <= end && /^(at|to)$/.test(tokens[at].lower) && at > f + 1 && amountAt(tokens, at + 1)) f = at + 1;
      }
      while (f <= end && AMOUNT_WORDS.test(tokens[f].lower)) f++;
      if (f > end || !tokens[f].tags.has('Value')) break;
      const item = npStartingAt(tokens, f, end, 6);
      let last = item ? item.last : f;
      if (last + 1 <= end && /ed$/.test(tokens[last + 1].lower) && /^\s*$/.test(gapAfter(tokens, last))) last++;
      contentTo = stateAfter(last);
    }
    // ('put the tally at 739 suspected cases of microcephaly, identified in 160 municipalities in nine
    // states': a participle on what the toll counts, set off by a comma, says where it was counted.)
    // (Past the counted noun and its 'of' phrase, whatever compromise made of its words.)
    let counted = contentTo;
    while (counted < Math.min(end, contentTo + 6) && /^\s*$/.test(gapAfter(tokens, counted)) && (tokens[counted + 1].lower === 'of' || tokens[counted].lower === 'of' || tokens[counted + 1].tags.has('Noun') || tokens[counted + 1].tags.has('Adjective') || /\p{Ll}ed$/u.test(tokens[counted + 1].text)) && !tokens[counted + 1].tags.has('Value')) counted++;
    if (counted < end && COMMA.test(gapAfter(tokens, counted)) && /^(identified|reported|recorded|confirmed|registered|detected|located|spread|concentrated|found|scattered|distributed)$/.test(tokens[counted + 1].lower) && /^(in|across|throughout|among|at)$/.test(tokens[counted + 2]?.lower ?? '')) contentTo = runTo(tokens, counted + 1, /[,;:]/);
  }
  // Negated cues assert nothing: 'did not mention it', 'declined to say', 'never confirmed'.
  if (isNegated(tokens, k)) return null;
  const lemma = cueLemmaOf(tokens, cue, lex);
  // ('Jane Loria continued: "54% ..."', '"...," Loria continued.': only with a quotation.)
  if (lex.quoteOnlyCues.has(lemma) && !/:/.test(gapAfter(tokens, cue.last))) {
    let closed = false;
    for (let j = Math.max(0, k - 4); j < k && !closed; j++) closed = QUOTE_CLOSE.test(gapAfter(tokens, j));
    if (!closed) return null;
  }
  // ('McNair was seized ... and accused of trying to land ...': the one accused is no source; the
  // passive, alone or coordinated, is the agentless hedge's.)
  // ('asking council to find approximately $30,000 more', 'called on the board to hire 40 teachers',
  // 'asked that council find $30,000': a request reports what it asks for; 'asked 40 questions' nothing.)
  if (lex.requestVerbs.has(lemma)) {
    let to = cue.last + 1;
    if (tokens[to]?.lower !== 'that') {
      while (to <= end && to <= cue.last + 6 && tokens[to].lower !== 'to' && !isVerb(tokens[to]) && !tokens[to].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, to - 1))) to++;
      if (to > end || tokens[to].lower !== 'to' || to === cue.last + 1 || !tokens[to + 1] || !isVerb(tokens[to + 1])) return null;
    }
    contentFrom = Math.max(contentFrom, to + 1);
  }
  // ('Seattle residents can expect to see their bills rise more than $90', 'Homeowners should expect
  // to pay $55 more': what people can expect is the writer's forecast for them, not their own.)
  // ('I would expect that sales ...' is the speaker's own expectation.)
  if (lemma === 'expect' && /^(can|could|should|may|might|will|must)$/.test(tokens[k - 1]?.lower ?? '') && /^\s*$/.test(gapAfter(tokens, k - 1)) && !/^(i|we)$/.test(tokens[k - 2]?.lower ?? '')) return null;
  // ('Ministers denied millions of pensioners a record £822 increase': with two objects 'deny' withholds
  // something from somebody; it reports nothing.)
  if (lemma === 'deny') {
    let j = cue.last + 1;
    while (j < Math.min(end, cue.last + 6) && /^\s*$/.test(gapAfter(tokens, j)) && (tokens[j].tags.has('Noun') || tokens[j].tags.has('Value') || tokens[j].lower === 'of') && !/^(a|an|the)$/.test(tokens[j + 1].lower)) j++;
    const second = tokens[j + 1];
    if (j > cue.last && j < end && /^\s*$/.test(gapAfter(tokens, j)) && second && /^(a|an|any|their|its|his|her)$/.test(second.lower) && (tokens[j].tags.has('Plural') || lex.anonymous.has(tokens[j].lower))) return null;
  }
  if (lemma === 'accuse' && ((k > 0 && tokens[k - 1].lower === 'and' && passiveBefore(tokens, k - 1)) || BE.has(tokens[beforeAdverbs(tokens, k)]?.lower ?? ''))) return null;
  // ('with Perth and Brisbane each also adding more than 80,000 people', 'Sydney grew by 50,000,
  // adding 20,000 in the west': a participle of a clause-only verb needs its clause too.)
  // (Not before a colon, which introduces what follows: '..., adding: "We found 12 more."')
  if (role === 'speech' && /ing$/.test(t.lower) && contentFrom <= end && !/:/.test(gapAfter(tokens, cue.last)) && wantsClause(tokens, lemma, cue.last, contentFrom, contentTo, lex)) return null;
  // 'the floods have claimed the lives of 550 children', 'claimed responsibility': no report.
  // ('claiming 442 lives', 'has claimed tens of thousands of lives', 'posted a 12 percent rise in
  // profit', 'posted faster trade growth': the object's head, past its modifiers and amounts.)
  const objects = lex.nonReportingObjects.get(lemma);
  if (objects) {
    for (let o = cue.last + 1; o <= Math.min(end, cue.last + 7); o++) {
      // ('claimed 40 people were killed' reports a clause: the object word is its subject.)
      // ('posted revenue amounting to $4.19 billion': a gerund after the object is no clause's verb.)
      if (objects.has(tokens[o].lower) && !(tokens[o + 1] && isVerb(tokens[o + 1]) && !tokens[o + 1].tags.has('Gerund') && /^\s*$/.test(gapAfter(tokens, o)))) return null;
      // ('posted lower than expected revenue', 'better-than-expected profit': a comparison with a
      // forecast modifies the object.)
      if (/^(lower|higher|better|worse|weaker|stronger|bigger|smaller|larger)$/.test(tokens[o].lower) && tokens[o + 1]?.lower === 'than' && /^(expected|forecast|anticipated|estimated)$/.test(tokens[o + 2]?.lower ?? '')) {
        o += 2;
        continue;
      }
      // ('more than 29,600 lives': 'than' after a comparative is part of the amount.)
      const amountThan = tokens[o].lower === 'than' && /^(more|less|fewer|over|under)$/.test(tokens[o - 1]?.lower ?? '');
      if ((tokens[o].tags.has('Preposition') && tokens[o].lower !== 'of' && !amountThan) || tokens[o].lower === 'that' || isVerb(tokens[o])) break;
      if (o > cue.last + 1 && !/^\s*$/.test(gapAfter(tokens, o - 1)) && gapAfter(tokens, o - 1) !== '-') break;
    }
  }
  // 'Workers are demanding pay raises to keep pace with inflation, which stood at 10.4%': what a
  // position puts forward ends before a relative clause set off by a comma (the writer's aside).
  if (role === 'position' || !!lex.cueForms.get(t.lower)?.has('position') || lex.objectOnly.has(lemma)) {
    // ('The department predicted a similar forecast for the next few days – the temperature in
    // Bankura shot up to 43.6 degrees': nor past a dash or ', while' that opens the writer's clause.)
    for (let b = contentFrom + 1; b <= contentTo; b++) {
      const g = gapAfter(tokens, b - 1);
      // ('believed the $13.2 million, which matches the increase, could have generated $5 million': an
      // aside inside the clause put forward, whose verb follows it.)
      if (/^(which|who)$/.test(tokens[b].lower) && COMMA.test(g)) {
        const e = runTo(tokens, b, COMMA);
        const v = tokens[e + 1];
        if (e < contentTo && v && COMMA.test(gapAfter(tokens, e)) && (v.lower === 'to' || v.tags.has('Modal') || v.tags.has('Auxiliary') || v.tags.has('Copula') || (isVerb(v) && !v.tags.has('Gerund')))) {
          b = e;
          continue;
        }
      }
      // ('predicts that — if nothing changes — one million will leave': a dash right after 'that'
      // opens an aside inside the clause; skip to the dash that closes it.)
      const dash = /^\s+[–—]\s+$|^\s*—\s*$/;
      if (dash.test(g) && tokens[b - 1].lower === 'that' && b - 1 === contentFrom) {
        let c = b;
        while (c < contentTo && !dash.test(gapAfter(tokens, c))) c++;
        if (c < contentTo) {
          b = c + 1;
          continue;
        }
      }
      // ('Officials projected that 30 states would see increases, while 24 would see decreases': in a
      // 'that' clause the contrast is part of what is put forward.)
      const contrastInClause = /^(while|whereas)$/.test(tokens[b].lower) && tokens[contentFrom].lower === 'that';
      // ('requested $718 billion, a $33 billion – or about 5% – increase over 2019': a pair of dashes
      // a few words apart sets off an aside inside the object; the object goes on after it.)
      if (dash.test(g)) {
        let c = b;
        while (c < Math.min(contentTo, b + 8) && !dash.test(gapAfter(tokens, c))) c++;
        if (c < Math.min(contentTo, b + 8) && !tokens.slice(b, c + 1).some((x) => clauseVerb(x))) {
          b = c;
          continue;
        }
      }
      // ('has projected borrowing at Rs 15.43 lakh crore, of which it has borrowed Rs 8.88 lakh crore
      // so far': 'of which' opens the writer's clause too.)
      const ofWhich = tokens[b].lower === 'of' && /^(which|whom)$/.test(tokens[b + 1]?.lower ?? '');
      if (((/^(which|who|while|whereas)$/.test(tokens[b].lower) || ofWhich) && COMMA.test(g) && !contrastInClause) || dash.test(g)) {
        contentTo = b - 1;
        break;
      }
      // ('had recommended 100 years, just short of the maximum possible sentence of 110 years': a
      // comparison set off after what is put forward is the writer's.)
      const lead = /^(just|well|far|slightly|still|even)$/.test(tokens[b].lower) ? b + 1 : b;
      if (COMMA.test(g) && tokens[contentFrom].lower !== 'that' && ((/^(short|shy)$/.test(tokens[lead]?.lower ?? '') && tokens[lead + 1]?.lower === 'of') || (tokens[lead]?.lower === 'compared' && /^(with|to)$/.test(tokens[lead + 1]?.lower ?? '')))) {
        contentTo = b - 1;
        break;
      }
      // ('The council proposed a rise of 3.5 per cent, but the mayor cut it to 2.9': ', but' and a
      // clause with its own subject is the writer's.)
      if (tokens[b].lower === 'but' && COMMA.test(g)) {
        const subj = npStartingAt(tokens, b + 1, contentTo, 6);
        const verb = subj ? tokens[subj.last + 1] : undefined;
        if (subj && verb && isVerb(verb) && !tokens[b + 1].tags.has('Value')) {
          contentTo = b - 1;
          break;
        }
      }
      // ('The minister proposed a rise to 2.5% after 40 MPs complained': after an object put forward,
      // a subordinate clause with its own subject and verb says when or why, in the writer's words.)
      if (SUBORDINATORS.has(tokens[b].lower) && !/^(if|unless|as)$/.test(tokens[b].lower) && tokens[contentFrom].lower !== 'that') {
        const subj = npStartingAt(tokens, b + 1, contentTo, 6);
        const verb = subj ? tokens[subj.last + 1] : undefined;
        if (subj && verb && isVerb(verb) && !verb.tags.has('Gerund')) {
          contentTo = b - 1;
          break;
        }
      }
    }
  }
  // ('It will add about 130 total positions': after a modal, a clause-only verb with no 'that' is
  // the act of adding, charging or recalling; a verb of saying is not reported ahead.)
  const modalOrTo = (i: number) => /^(will|would|could|can|may|might|should|must|to)$/.test(tokens[i]?.lower ?? '');
  if ((lex.clauseOnly.has(lemma) || lex.modalActs.has(lemma)) && (modalOrTo(k - 1) || (/ly$|^(also|still|further)$/.test(tokens[k - 1]?.lower ?? '') && modalOrTo(k - 2))) && tokens[contentFrom]?.lower !== 'that') return null;
  // ('He promised nearly 200 committee members ...': a promise puts forward what it undertakes, in a
  // clause or an infinitive, or a sum or a rate as its object; people promised something are no figure.)
  // (The object only, to its first comma: 'the jury wanted better evidence than that and he was
  // acquitted, at a cost of $30,000' wants no sum.)
  if (lex.promiseVerbs.has(lemma)) {
    let close = runTo(tokens, contentFrom, /[,;:()—–]/);
    // ('wants $3.8 million for police, $1.9 million for firefighters and ...': a list of sums goes on.)
    while (close < contentTo && COMMA.test(gapAfter(tokens, close)) && (amountAt(tokens, close + 1) || (tokens[close + 1].lower === 'and' && amountAt(tokens, close + 2))) && /[$€£¥\d]/.test(tokens[close + 1].text + (tokens[close + 2]?.text ?? ''))) close = runTo(tokens, close + 1, /[,;:()—–]/);
    // ('counts on tripling revenue ... — from $8 million to $24 million —': an aside between dashes
    // restates the amount.)
    if (close < contentTo && /^\s*[—–]\s*$|^\s+-\s+$/.test(gapAfter(tokens, close))) {
      const shut = runTo(tokens, close + 1, /^\s*[—–]\s*$|^\s+-\s+$/);
      if (shut - close <= 10 && tokens.slice(close + 1, shut + 1).some((x) => x.tags.has('Value'))) close = shut;
    }
    // ('will offer a resolution ... to rescind ... a $10 per day increase': an offer's sum or rate is
    // its object, within its first words: 'offered a 3% raise', 'has offered a flat rate of £2,200'.)
    const reach = lemma === 'offer' ? Math.min(close, contentTo, contentFrom + 7) : Math.min(close, contentTo);
    // (An offer of pay or a settlement is a position; 'offered zero percent financing', '$120 million
    // in debentures', 'a $5,000 reward' are things on offer, an act.)
    if (lemma === 'offer' && !offeredTerms(tokens, contentFrom, reach, lex)) return null;
    const rate = tokens.slice(contentFrom, reach + 1).some((x) => x.tags.has('Money') || x.tags.has('Percent') || /^[$€£¥]|%$/.test(x.text) || /^(percent|per|pc)$/.test(x.lower) || lex.changes.has(x.lower));
    // ('you may want to buy a tractor': a wish hedged by a modal puts nothing forward.)
    const hedged = /^(may|might|could|would|should|can)$/.test(tokens[k - 1]?.lower ?? '');
    // ('The company promised it would raise salaries to 1,050 yuan': a clause without 'that', its
    // subject and a modal.)
    const bareClause = /^(it|they|he|she|we|the|its|their)$/.test(tokens[contentFrom]?.lower ?? '') && tokens.slice(contentFrom + 1, contentFrom + 4).some((x) => x.tags.has('Modal'));
    if (hedged || (!/^(to|that)$/.test(tokens[contentFrom]?.lower ?? '') && !rate && !bareClause)) return null;
    // ('Negroes want to be treated like men: ..., containing only seven words': what is undertaken ends
    // at the first comma, colon or bracket.)
    if (close < contentTo) contentTo = close;
  }
  if (lex.objectOnly.has(lemma)) {
    // 'would seek to set aside ...': an aim, not a figure put forward.
    if (tokens[contentFrom]?.lower === 'to') return null;
    // ('backed a 9.9 per cent rise', not 'backed 300 startups': support puts forward a proposed change.)
    if (lex.proposalVerbs.has(lemma) && (isVerb(tokens[contentFrom] ?? tokens[cue.last]) || !tokens.slice(contentFrom, Math.min(contentTo, contentFrom + 8) + 1).some((x) => lex.proposalNouns.has(x.lower)))) return null;
    // 'Police are seeking three suspects after 40 shots were fired': the object, not a clause after it.
    // ('Eighteen voted for assessment by the town and eleven preferred ...': nor a clause of its own after 'and'.)
    for (let b = contentFrom + 1; b <= contentTo; b++) {
      const subj = /^(and|but|while|whereas)$/.test(tokens[b].lower) ? npStartingAt(tokens, b + 1, contentTo, 6) : null;
      const verb = subj ? tokens[subj.last + 1] : undefined;
      // (compromise may read the verb after a bare number as an adjective: 'eleven preferred'.)
      const countThenVerb = !!subj && tokens[b + 1].tags.has('Value') && /\p{Ll}ed$/u.test(tokens[b + 2]?.text ?? '');
      const finite = countThenVerb || (!!verb && isVerb(verb) && !verb.tags.has('Gerund') && !verb.tags.has('Infinitive'));
      if (SUBORDINATORS.has(tokens[b].lower) || finite) {
        contentTo = b - 1;
        break;
      }
    }
  }
  // ('Two more states have reported cases, increasing the number of affected states to 10', 'The CDC
  // reported the outbreak on Monday, when 40 people were sick': after an object with no amount and
  // no verb, a participle or a subordinate clause set off by a comma is the writer's running total.)
  const plainEnd = plainObjectEnd(tokens, contentFrom, contentTo);
  if (plainEnd >= 0) {
    const w = tokens[plainEnd + 1];
    // (Not 'showing', 'saying': a participle of a cue of its own reports what the object holds.)
    // (A toll verb's participle, 'bringing the total to 10', is the writer's sum too.)
    const reports = lex.cueForms.get(w.lower);
    const participle = /\p{Ll}ing$/u.test(w.text) && isVerb(w) && !w.tags.has('Preposition') && !/^(including|excluding|according|during)$/.test(w.lower) && (!reports || [...reports].every((r) => r === 'toll'));
    const subordinate = SUBORDINATORS.has(w.lower) && !(w.lower === 'as' && AS_DEGREE.test(tokens[plainEnd + 2]?.lower ?? ''));
    // ('proposed a 90% emissions reduction target, allowing up to 3% in carbon credits': after a
    // proposal with its amount, a participle that is no toll verb's says what the proposal allows.)
    // ('..., dashing the hopes of 10,000 fishermen' is still the writer's: only participles of what a
    // proposal provides.)
    const proposal = role === 'position' && /^(allowing|permitting|requiring|covering|exempting|capping|limiting)$/.test(w.lower) && tokens.slice(contentFrom, plainEnd + 1).some((x) => x.tags.has('Value') && !x.tags.has('Date'));
    if ((participle && !proposal) || subordinate) contentTo = plainEnd;
    // (Up to the comma that closes that phrase: ', to bridge the EU's goals of 55%' is the writer's.)
    else if (participle && proposal) {
      let close = plainEnd + 1;
      while (close < contentTo && !COMMA.test(gapAfter(tokens, close))) close++;
      contentTo = close;
    }
  }
  // 'a salary believed to be ...', 'deaths estimated at 5,000': a reduced passive is a hedge, not a cue.
  // ('said at least 60 died' is a cue: 'at least' and 'at most' modify the figure that follows.)
  const next = tokens[cue.last + 1]?.lower ?? '';
  const atModifier = next === 'at' && /^(least|most)$/.test(tokens[cue.last + 2]?.lower ?? '');
  // ('Russia claimed to have captured ...': right after a name or a pronoun the verb is active.)
  const prevWord = tokens[k - 1];
  const activeAfter = !!prevWord && /^\s*$/.test(gapAfter(tokens, k - 1)) && (prevWord.tags.has('Pronoun') || prevWord.tags.has('ProperNoun') || prevWord.tags.has('Person'));
  // ('said at a news conference that ...': only verbs that value something take 'at' as the amount.)
  const amountNext = !!tokens[cue.last + 2]?.tags.has('Value') || /^[$€£¥]/.test(tokens[cue.last + 2]?.text ?? '');
  const passiveAt = next === 'at' && !atModifier && (VALUING_AT.has(t.lower) || (PASSIVE_BEFORE_TO.has(t.lower) && amountNext));
  // (Not for a phrase: 'put forward a motion to cut the levy'.)
  // ('was estimated at 5.9 by the US Geological Survey': with its agent after the amount, the passive
  // is that agent's, read below.)
  const agentAfterAmount = passiveAt && /^by$/i.test(tokens[(npStartingAt(tokens, cue.last + 2, end, 8)?.last ?? cue.last) + 1]?.lower ?? '');
  // ('Jane Doe, the director, said to reporters that', 'said: "To raise £42 million ...': 'said' is
  // passive only before the 'to' of an infinitive, right after it.)
  const saidTo = t.lower !== 'said' || infinitiveToAfter(tokens, cue.last);
  if (cue.first === cue.last && PASSIVE_BEFORE_TO.has(t.lower) && ((next === 'to' && saidTo) || passiveAt) && !activeAfter && !agentAfterAmount) return null;
  // 'The figure, first reported by The Information, would value the startup at $40 billion': a
  // reduced passive with its agent, set off by commas, vouches for the whole clause.
  if (/ed$/.test(t.lower) && next === 'by' && role !== 'toll') {
    const before = beforeAdverbs(tokens, k);
    const agent = before >= 0 && COMMA.test(gapAfter(tokens, before)) ? npStartingAt(tokens, cue.last + 2, end, 8) : null;
    if (agent && agent.last < end && COMMA.test(gapAfter(tokens, agent.last))) {
      // ('reported by Bloomberg on Monday': the day is not part of the source.)
      const src = withoutTrailingDay(tokens, agent);
      // What the main clause says of the reported thing is reported too only when it states its
      // amount ('would value ... at', 'is worth', 'totals'); 'This news, announced by X, brought
      // applause from 2,800 persons' is the writer's.
      const v = tokens[agent.last + 1];
      const states = !!v && (v.tags.has('Copula') || v.tags.has('Modal') || v.tags.has('Auxiliary') || /^(values?|valued|costs?|totals?|totaled|totalled|stands?|stood|amounts?|amounted)$/.test(v.lower));
      if (nameLike(tokens, src, lex)) return { type: 'passive-agent', cue, source: src, content: states ? [{ first: 0, last: before }, { first: agent.last + 1, last: end }] : [{ first: 0, last: before }], hedge: false };
    }
  }
  // 'higher than the 106 million tonnes projected by the Agriculture Ministry': a reduced passive
  // right after an amount names who put the amount forward.
  // ('Twelve projects proposed by private agencies': the agencies proposed the projects, not the count.)
  // ('a valuation of $57,500 placed on the property by the state's expert': a short phrase may come first.)
  let byAt = cue.last + 1;
  while (byAt <= Math.min(end, cue.last + 5) && tokens[byAt].lower !== 'by' && /^\s*$/.test(gapAfter(tokens, byAt - 1)) && (tokens[byAt].tags.has('Preposition') || tokens[byAt].tags.has('Determiner') || tokens[byAt].tags.has('Noun'))) byAt++;
  const agentBy = byAt <= end && tokens[byAt].lower === 'by' && (byAt === cue.last + 1 || tokens[cue.last + 1].tags.has('Preposition'));
  // ('the $2 billion sought by the state', '3 percent forecast by economists': irregular participles too.)
  if ((/ed$/.test(t.lower) || /^(sought|forecast)$/.test(t.lower)) && agentBy && role !== 'toll' && (AMOUNT_PARTICIPLES.test(t.lower) || RATE_PARTICIPLES.test(t.lower)) && /^\s*$/.test(gapAfter(tokens, k - 1))) {
    // ('the five percent or more predicted by analysts': past an open end of the amount.)
    let a = /^(more|less|fewer|so|higher|lower)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'or' ? k - 3 : k - 1;
    // ('20,000 housing placements reported by LAHSA': a gerund may modify the noun.)
    // ('a 5.5 percent annual rise predicted by analysts': and an adjective.)
    while (a > 0 && a >= k - 3 && !tokens[a].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, a - 1)) && (tokens[a].tags.has('Noun') || (tokens[a].tags.has('Adjective') && tokens[a + 1]?.tags.has('Noun')) || (tokens[a].tags.has('Gerund') && tokens[a + 1]?.tags.has('Noun')))) a--;
    // ('$40 million proposed by the mayor': the amount's first word shows a rate or money.)
    let from = a;
    while (from > 0 && tokens[from].tags.has('Value') && tokens[from - 1].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, from - 1))) from--;
    const rate = /%$|^[$€£¥]/.test(tokens[from]?.text ?? '') || /%$/.test(tokens[a]?.text ?? '') || tokens[a]?.tags.has('Money') || /^(percent|per|pc)$/.test(tokens[a + 1]?.lower ?? '');
    if (tokens[a]?.tags.has('Value') && (AMOUNT_PARTICIPLES.test(t.lower) || rate)) {
      a = from;
      const agent = npStartingAt(tokens, byAt + 1, end, 10);
      if (agent) {
        const src = withoutTrailingDay(tokens, agent);
        const cls = classifySource(tokens, src, lex);
        const time = tokens.slice(src.first, src.last + 1).some((x) => /^(1[89]|20)\d\d$/.test(x.text)) || TIME_HEADS.test(tokens[headOf(tokens, src)].lower);
        // ('more than 20,000 placements reported by LAHSA': with the amount's modifier.)
        if (!time && !cls.guessed) return { type: 'passive-agent', cue, source: src, content: [{ first: amountStart(tokens, a), last: k - 1 }], hedge: false };
      }
    }
  }
  // ('the 11 percent rise highlighted in last year's report', 'the 300 deaths cited in the UN report':
  // a reduced relative that puts the amount before it in a document; the document is the source.)
  // ('The 14% rise in recorded crime shown in quarterly figures': an irregular participle, and a
  // phrase on the amount's noun, too.)
  if ((/ed$/.test(t.lower) || /^(shown|seen|given|set out)$/.test(t.lower)) && tokens[cue.last + 1]?.lower === 'in' && /^\s*$/.test(gapAfter(tokens, k - 1)) && tokens[k - 1]?.tags.has('Noun')) {
    const doc = npStartingAt(tokens, cue.last + 2, end, 8);
    const docHead = doc ? tokens.slice(doc.first, doc.last + 1).findIndex((x) => lex.documentNouns.has(x.lower)) : -1;
    let a = k - 1;
    while (a > 0 && a >= k - 5 && !tokens[a].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, a - 1)) && (tokens[a].tags.has('Noun') || tokens[a].tags.has('Adjective') || /^(in|of)$/.test(tokens[a].lower) || (tokens[a].tags.has('PastTense') && tokens[a - 1]?.lower === 'in') || !!tokens[a - 1]?.tags.has('Value'))) a--;
    if (doc && docHead >= 0 && tokens[a]?.tags.has('Value')) {
      a = amountStart(tokens, a);
      return { type: 'passive-agent', cue, source: { first: doc.first, last: doc.first + docHead }, content: [{ first: a, last: k - 1 }], hedge: false };
    }
  }
  // ('the number of dengue cases reported up to ME35 was 96,572': a participle right after a noun,
  // with the clause's own verb (a copula or a verb of level) still to come, is a reduced relative.)
  // (Not after a noun that can speak: 'Officials reported in March 40 people were missing'.)
  const cannotSpeak = !!tokens[k - 1] && !lex.anonymous.has(tokens[k - 1].lower) && !lex.roles.has(tokens[k - 1].lower);
  if (/ed$/.test(t.lower) && cannotSpeak && tokens[k - 1].tags.has('Noun') && !tokens[k - 1].tags.has('Pronoun') && !tokens[k - 1].tags.has('ProperNoun') && /^\s*$/.test(gapAfter(tokens, k - 1)) && /^(up|in|during|for|since|so|this|last|over)$/.test(tokens[cue.last + 1]?.lower ?? '')) {
    for (let v = cue.last + 1; v <= Math.min(end, cue.last + 8); v++) {
      if (tokens[v].lower === 'that') break;
      if (tokens[v].tags.has('Copula') || lex.levelVerbs.has(tokens[v].lower)) return null;
      if (/[,;:()"“”]/.test(gapAfter(tokens, v))) break;
    }
  }
  // Passive: 'was recorded as magnitude 6.4 by the US Geological Survey'.
  const aux = beforeAdverbs(tokens, k);
  // ('Matthews was put on probation and told that ...': a verb coordinated with a passive one.)
  const coordinatedPassive = role === 'object' && aux > 0 && tokens[aux].lower === 'and' && passiveBefore(tokens, aux);
  if (aux >= 0 && (BE.has(tokens[aux].lower) || coordinatedPassive) && !/ing$/.test(t.lower)) {
    const clause = clauseOf(tokens, starts, k);
    // The one told is the subject; who told is the agent ('was told by the mayor that ...'), and
    // what was told follows the agent. With no agent it is a hedge: 'Residents were told that 300 ...'.
    if (role === 'object') {
      let from = cue.last + 1;
      let source: TokenRange | null = null;
      if (tokens[from]?.lower === 'by') {
        source = npStartingAt(tokens, from + 1, clause.last, 10);
        if (!source) return null;
        from = source.last + 1;
      }
      if (tokens[from]?.lower !== 'that') return null;
      return source ? { type: 'passive-agent', cue, source, content: [{ first: from, last: contentTo }], hedge: false } : { type: 'hedge', cue, source: null, content: [{ first: from, last: contentTo }], hedge: true };
    }
    for (let b = cue.last + 1; b <= clause.last; b++) {
      // The agent belongs to this verb only before any punctuation or relative clause.
      if (/[,;:()"“”]/.test(gapAfter(tokens, b - 1)) || /^(which|who|that|where|when)$/.test(tokens[b].lower)) break;
      // ('have been confirmed killed by the severe weather': nor past another participle, whose agent it is.)
      if (b === cue.last + 1 && /^(killed|injured|wounded|hurt|affected|displaced|destroyed|damaged|swept|buried|trapped|struck|hit)$/.test(tokens[b].lower)) break;
      if (tokens[b].lower !== 'by') continue;
      let src = npStartingAt(tokens, b + 1, clause.last, 10);
      // ('was measured by the US Geological Survey at magnitude 6.1': the value after the agent is
      // reported too, and is no part of the agent.)
      let valued = -1;
      const valueAfter = (a: number) => {
        let v = a + 1;
        if (/^(a|an)$/.test(tokens[v]?.lower ?? '')) v++;
        if (tokens[v]?.lower === 'magnitude') v++;
        return v < tokens.length && amountAt(tokens, v);
      };
      for (let a = src ? src.first + 1 : 0; src && a <= src.last; a++) {
        if (/^(at|as)$/.test(tokens[a].lower) && valueAfter(a)) {
          valued = a;
          src = { first: src.first, last: a - 1 };
          break;
        }
      }
      if (src) {
        const cls = classifySource(tokens, src, lex);
        // ('ready by the conclusion of 2024': a time after 'by' is a deadline, not an agent.)
        const time = tokens.slice(src.first, src.last + 1).some((t) => t.tags.has('Date') || /^(1[89]|20)\d\d$/.test(t.text)) || TIME_HEADS.test(tokens[headOf(tokens, src)].lower);
        if (!time && (cls.kind === 'document' || cls.kind === 'anonymous' || /^\p{Lu}/u.test(tokens[src.first].text) || /^(the|police)$/.test(tokens[src.first].lower))) {
          const content = [{ first: clause.first, last: b - 1 }];
          if (valued > 0) content.push({ first: valued, last: runTo(tokens, valued, COMMA) });
          return { type: 'passive-agent', cue, source: src, content, hedge: false };
        }
      }
      break;
    }
    return null;
  }
  // Participial: ', saying that ...' takes the subject of the main clause; 'released new estimates
  // showing that ...' the publisher of the document.
  const d = documentBefore(tokens, k, lex);
  if (/ing$/.test(t.lower) && d >= 0) {
    const doc = npEndingAt(tokens, d);
    const verb = doc ? doc.first - 1 : -1;
    const publisher = verb >= 0 && lex.offerVerbs.has(tokens[verb].lower) ? subjectBefore(tokens, verb, lex) : null;
    const source = publisher ?? doc;
    if (source) return { type: 'verb', cue, source, content: [{ first: contentFrom, last: contentTo }], hedge: false };
  }
  // Progressive: 'Analysts were expecting 41,000 jobs', 'organizers have been saying they had ...'.
  // ('Stewart is counting on getting $1 million': and the -ing form of a phrase cue.)
  const progressive = lex.progressiveCues.has(t.lower) || (cue.last > cue.first && /\p{Ll}ing$/u.test(t.text));
  if (progressive && aux >= 0 && BE.has(tokens[aux].lower) && !/^(whether|if|about|over)$/.test(next)) {
    let a = aux;
    while (a > 0 && /^\s*$/.test(gapAfter(tokens, a - 1)) && /^(have|has|had|will|would|may|might|could|should|must|not|also|still)$/.test(tokens[a - 1].lower)) a--;
    const subject = subjectBefore(tokens, a, lex);
    if (subject && comparisonOnly(tokens, subject, cue)) return null;
    if (subject) return { type: 'verb', cue, source: subject, content: [{ first: contentFrom, last: contentTo }], hedge: false };
  }
  // ('Pointing out that 300 died, he said ...', 'Noting that exports fell 5%, the minister warned':
  // a participle opening the sentence reports for the main clause's subject, up to its comma.)
  // ('Saying goodbye to 300 fans, the singer left': a verb of saying reports only a clause here.)
  if (/ing$/.test(t.lower) && k === 0 && (role !== 'speech' || opensClause(tokens, contentFrom, contentTo, gapAfter(tokens, cue.last)))) {
    for (let c = cue.last + 1; c < Math.min(end, cue.last + 30); c++) {
      if (/[;:"“”()]/.test(gapAfter(tokens, c))) break;
      if (!COMMA.test(gapAfter(tokens, c))) continue;
      const main = npStartingAt(tokens, c + 1, end, 6);
      const verb = main ? tokens[main.last + 1] : undefined;
      if (main && verb && isVerb(verb) && !verb.tags.has('Gerund') && /^\s*$/.test(gapAfter(tokens, main.last)) && !tokens.slice(main.first, main.last + 1).some((x) => x.tags.has('Value'))) {
        return { type: 'verb', cue, source: main, content: [{ first: contentFrom, last: c }], hedge: false };
      }
      break;
    }
  }
  // ('is upping its projections ... and increasing its forecast': coordinated with a verb before.)
  if (/ing$/.test(t.lower) && tokens[k - 1]?.lower !== 'and') {
    let p = k - 1;
    if (tokens[p] && /^(further|also|then|again|only|instead|while)$/.test(tokens[p].lower)) p--;
    if (p < 0 || !COMMA.test(gapAfter(tokens, p))) return null;
    // ('140 people have died, the Prime Minister announced on Wednesday, adding that ...': the
    // subject of the reporting verb the participle follows, not of the sentence's first verb.)
    let q = p;
    while (q > 0 && (VERB_TRAILERS.has(tokens[q].lower) || tokens[q].tags.has('Date')) && /^\s*$/.test(gapAfter(tokens, q - 1))) q--;
    // ('"...," said Keeling, saying her first bill was $117': or the speaker named after an inverted verb.)
    const named = npEndingAt(tokens, p);
    const inverted = named && named.first > 0 && lex.cueForms.get(tokens[named.first - 1].lower)?.has('speech') && isVerb(tokens[named.first - 1]) && nameLike(tokens, named, lex) ? named : null;
    // (Not a verb of change that is a noun after an amount: 'an example of the 2019 increases, explaining'.)
    const reporting = [...(lex.cueForms.get(tokens[q].lower) ?? [])].some((r) => r !== 'toll') && !(tokens[q - 1]?.tags.has('Value') && tokens[q - 2]?.tags.has('Determiner'));
    const speaker = reporting && isVerb(tokens[q]) ? subjectBefore(tokens, q, lex) : inverted;
    // ('received a telegram from the Post Office Department, asking him to put on two airplanes': the
    // sender of the document right before the comma asks, not the one who received it.)
    const via = named ? tokens.slice(named.first + 1, named.last).findIndex((x, i) => /^(from|by)$/.test(x.lower) && lex.documentNouns.has(tokens[named.first + i].lower)) : -1;
    const sender = named && via >= 0 ? { first: named.first + 1 + via + 1, last: named.last } : null;
    const subject = speaker ?? sender ?? mainSubject(tokens, p, lex);
    if (!subject || expletive(tokens, subject)) return null;
    // ('206 migrants crossed in three boats, suggesting an average of 69': a participle of pointing
    // out after the writer's clause is the writer's inference; only a document or finding suggests.)
    if (!speaker && lex.speakerOnlyCues.has(lex.cueLemma.get(t.lower) ?? '')) {
      const head = tokens[headOf(tokens, subject)].lower;
      if (!lex.documentNouns.has(head) && !lex.findingSubjects.has(head)) return null;
    }
    // ('Revenue per attendee was £34, ranging from £66 to £10': only a document or finding ranges, shows or finds.)
    if (role === 'evidential') {
      const head = tokens[headOf(tokens, subject)].lower;
      if (!lex.documentNouns.has(head) && !lex.findingSubjects.has(head) && classifySource(tokens, subject, lex).kind !== 'document') return null;
    }
    // ('Lookman spent the season on loan, registering 12 goals': a verb of measurement measures only
    // for an institution or a document, as in the finite case below; a person registers a result.)
    if (role === 'measurement') {
      const cls = classifySource(tokens, subject, lex);
      if (cls.kind === 'person' || cls.kind === 'anonymous' || cls.anaphoric) return null;
    }
    // '3,000 more people applied, bringing the total to 18,500': arithmetic, not a source's figure,
    // unless the subject is one ('The ministry updated its count, raising the toll to 40').
    if (role === 'toll') {
      const cls = classifySource(tokens, subject, lex);
      if (cls.guessed || cls.kind === 'anonymous' || eventOpening(tokens, subject, lex)) return null;
    }
    return { type: 'verb', cue, source: subject, content: [{ first: contentFrom, last: end }], hedge: false };
  }
  // Inverted: '"...", said Fiedler.' / ', says John Staiger, vice president.'
  // (Not 'told': in '..., Mohammad Amin Huzaifa, head of ..., told AFP.' the name after it is the listener.)
  // (Nor after a discourse adverb set off by commas: 'The figures ..., however, reveal a rise'.)
  const afterDiscourse = discourseAsideAt(tokens, k - 1);
  // ('..., warned the UN refugee agency on Friday': a warning's listener comes after 'that' or before
  // a clause; right after the comma, the name is the one who warns.)
  // (Nor a verb that takes only an object: in '..., who, with Rayburn, voted for the declaration of
  // war' the phrase after it is what was voted for.)
  const invertible = (role !== 'object' || /^(warns|warned|cautions|cautioned)$/.test(t.lower)) && !lex.objectOnly.has(lemma);
  if (k > 0 && (COMMA.test(gapAfter(tokens, k - 1)) || QUOTE_CLOSE.test(gapAfter(tokens, k - 1))) && role !== 'toll' && invertible && !afterDiscourse) {
    // ('..., said 12 people, mostly children, have died': a figure is what is said, not who says it.)
    // ('said Jane Smith of the National Institute of Allergy and Infectious Diseases in Bethesda.': a
    // long affiliation runs on past the usual length, to the end of the sentence or a comma.)
    let found = npStartingAt(tokens, cue.last + 1, end, 8);
    if (found && found.last < end && /^\s*$/.test(gapAfter(tokens, found.last))) {
      let q = found.last;
      while (q < end && q - found.first < 20 && /^\s*$/.test(gapAfter(tokens, q)) && npWord(tokens[q + 1]) && !isVerb(tokens[q + 1]) && !tokens[q + 1].tags.has('Value')) q++;
      if (q === end || /[,;.:!?—]/.test(gapAfter(tokens, q))) found = { first: found.first, last: q };
    }
    // ('The 2017 report, which aims ..., recommended a budget of $3 million': nor is an amount.)
    const amount = !!found && tokens.slice(found.first, found.last + 1).some((x) => x.tags.has('Money') || x.tags.has('Percent') || /^[$€£¥]|%$/.test(x.text));
    const src = found && (figureSubject(tokens, found, lex) || amount) ? null : found;
    // ('..., Dr. Alan Melnick, the health officer, said in a statement.': 'in a statement' is no speaker.)
    // ('..., says Mr. Alden and they are doing it ...': or 'and' opening the writer's next clause.)
    // ('"...," said the 41-year-old who farms with his grandfather.': or a relative clause on the speaker.)
    // ('..., said the UN refugee agency on Friday as it sought to ...': or the writer's clause after a
    // subordinator, past the day.)
    let tail = src ? src.last + 1 : -1;
    if (src && tokens[tail]?.lower === 'on' && lex.weekdays.has(tokens[tail + 1]?.lower ?? '')) tail += 2;
    else if (src && lex.weekdays.has(tokens[tail]?.lower ?? '')) tail += 1;
    const subordinate = !!src && /^\s*$/.test(gapAfter(tokens, tail - 1)) && /^(as|while|after|when|because|before|since)$/.test(tokens[tail]?.lower ?? '') && !!tokens[tail + 1] && (tokens[tail + 1].tags.has('Pronoun') || tokens[tail + 1].tags.has('Determiner')) && !tokens[tail + 1].tags.has('Possessive');
    const closes = !!src && (src.last === end || /[,;.:!?—]/.test(gapAfter(tokens, src.last)) || (tokens[src.last + 1]?.lower === 'and' && !!tokens[src.last + 2]?.tags.has('Pronoun')) || /^(who|whose)$/.test(tokens[src.last + 1]?.lower ?? '') || subordinate);
    // Right after a quotation, 'said the farmer' names its speaker as the draft knows them, whoever
    // they are ('the farmer', 'the 41-year-old'); elsewhere the phrase must read as a name or a role.
    const speakerOfQuote = !!src && QUOTE_CLOSE.test(gapAfter(tokens, k - 1)) && /^(the|a|an|his|her|their|our|its)$/.test(tokens[src.first].lower) && tokens[headOf(tokens, src)].tags.has('Noun');
    if (src && src.first === cue.last + 1 && closes && (nameLike(tokens, src, lex) || speakerOfQuote)) {
      // (The day after the speaker is when it spoke: 'said the agency on Friday'.)
      const day = src.last - src.first >= 2 && lex.weekdays.has(tokens[src.last].lower) && tokens[src.last - 1].lower === 'on';
      const speaker = day ? { first: src.first, last: src.last - 2 } : src;
      return { type: 'trailing', cue, source: namedAfterRole(tokens, speaker, lex) ?? speaker, content: [{ first: 0, last: k - 1 }, ...continuationAfter(tokens, src.last, end)], hedge: false };
    }
  }
  let subject = subjectBefore(tokens, k, lex);
  // ('rose more than economists expected even as hours rose 2 percent', 'double what economists had
  // been expecting even as ...': a cue in a comparison has no content of its own; the clause after
  // a subordinator is the writer's.)
  if (subject && comparisonOnly(tokens, subject, cue)) return null;
  // ('NSW Police Commissioner Mick Fuller APM, said the figures ...': a stray comma between a name
  // that opens the sentence and its verb.)
  if (!subject && k >= 2 && k <= 8 && /^\s*,\s*$/.test(gapAfter(tokens, k - 1)) && tokens.slice(0, k).every((x, i) => /^\p{Lu}/u.test(x.text) && !x.tags.has('Preposition') && !x.tags.has('Determiner') && !x.tags.has('Conjunction') && (i === k - 1 || /^\s*$/.test(gapAfter(tokens, i)))) && nameLike(tokens, { first: 0, last: k - 1 }, lex)) subject = { first: 0, last: k - 1 };
  // ('A statistics obtained by the News Agency of Nigeria from FAAN on Wednesday, revealed that': a
  // document that opens the sentence, set off from its verb by a stray comma, before a that-clause.)
  if (!subject && k >= 2 && /^\s*,\s*$/.test(gapAfter(tokens, k - 1)) && tokens[cue.last + 1]?.lower === 'that' && /^(a|an|the)$/.test(tokens[0].lower) && tokens.slice(1, 4).some((x) => lex.documentNouns.has(x.lower)) && !tokens.slice(0, k).some((x, i) => i < k - 1 && /[,;:]/.test(gapAfter(tokens, i))) && !tokens.slice(0, k).some((x) => FINITE.test(x.lower) || (isVerb(x) && x.tags.has('PresentTense') && !x.tags.has('Gerund') && !x.tags.has('Infinitive')))) {
    // (Without the place and day it came out: '... from FAAN in Abuja on Thursday'.)
    let last = k - 1;
    for (let j = last; j > 1; j--) {
      if (/^(on|in|at)$/.test(tokens[j].lower) && tokens.slice(j + 1, last + 1).every((x) => x.tags.has('Date') || /^\p{Lu}/u.test(x.text))) last = j - 1;
      else if (!tokens[j].tags.has('Date') && !/^\p{Lu}/u.test(tokens[j].text)) break;
    }
    subject = { first: 0, last };
  }
  // 'A Gallup Poll of 187 voters most likely to take part in the caucuses showed': a document that
  // opens the clause, with no finite verb before this one, is the subject of an evidential verb.
  // ('The quarterly crime figures covering the 12 months to September 2011, however, reveal': so is
  // one whose postmodifier ends in a figure, for any verb.)
  if ((role === 'evidential' && (!subject || !lex.documentNouns.has(tokens[headOf(tokens, subject)].lower))) || (subject && figureSubject(tokens, subject, lex))) subject = documentOpening(tokens, starts, k, lex) ?? subject;
  // ('A point-in-time count conducted Jan. 24-Jan. 26 this year reported': a date after a document's
  // participle is no subject; the document is.)
  // ('nineteen said': a bare count of people stays.)
  const month = (x: Token) => x.tags.has('Month') || lex.months.has(x.lower.replace(/\.$/, '')) || /^\d+[-–]\p{L}+\.?$/u.test(x.lower);
  const timeWord = (x: Token) => month(x) || x.tags.has('Date') || x.tags.has('Value') || /^(this|last|next|year|month|week)$/.test(x.lower);
  const subjectWords = subject ? tokens.slice(subject.first, subject.last + 1) : [];
  if (subject && subject.first > 0 && subjectWords.every(timeWord) && subjectWords.some(month) && subjectWords.some((x) => /\d/.test(x.text))) subject = documentOpening(tokens, starts, k, lex);
  if (!subject) return null;
  // A month or a day asserts nothing: '4.65 percent as March concluded'. ('May said 40 died' can be
  // Theresa May: 'May' stays.)
  const subjectWord = tokens[subject.first].lower;
  if (subject.first === subject.last && subjectWord !== 'may' && (lex.months.has(subjectWord) || lex.weekdays.has(subjectWord))) return null;
  // ('The $5 million budget the mayor proposed passed 7-2', 'the 4.9 percent increase the city
  // manager recommended', 'the 600 jobs the union estimated': an object relative with no 'that'
  // after an amount and its noun reports that amount, and nothing else in the sentence.)
  if (role !== 'toll') {
    const lo = Math.max(0, subject.first - 5);
    for (let d = subject.last; d > lo && d >= subject.first; d--) {
      if (!/^(the|a|an)$/.test(tokens[d].lower) || d === subject.last) continue;
      let a = d - 1;
      while (a > lo && !tokens[a].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, a)) && (tokens[a].tags.has('Noun') || tokens[a].tags.has('Adjective') || /^(percent|per|cent)$/.test(tokens[a].lower) || !!tokens[a - 1]?.tags.has('Value') || /^(percent|cent)$/.test(tokens[a - 1]?.lower ?? '')) && !tokens[a].tags.has('Pronoun') && !tokens[a].tags.has('Preposition')) a--;
      if (!tokens[a].tags.has('Value') || a === d - 1 || !/^\s*$/.test(gapAfter(tokens, d - 1)) || !/^\s*$/.test(gapAfter(tokens, a)) || /^(above|below|over|under|than|around|about)$/.test(tokens[a + 1].lower)) break;
      const afterVerb = tokens[cue.last + 1];
      const closes = !afterVerb || /^\s*[,.;:)]/.test(gapAfter(tokens, cue.last)) || (isVerb(afterVerb) && (afterVerb.tags.has('PastTense') || afterVerb.tags.has('PresentTense')) && !afterVerb.tags.has('Infinitive'));
      if (closes) return { type: 'verb', cue, source: { first: d, last: subject.last }, content: [{ first: amountStart(tokens, a), last: d - 1 }], hedge: false };
      break;
    }
  }
  // ("the world's estimated 3,200 tigers", "the country's reported 12 cases": a place's possessive
  // before a participle and an amount owns what is counted; the participle is attributive, a hedge.)
  const possessor = tokens[subject.last];
  if (/ed$/.test(t.lower) && k === subject.last + 1 && /['’]s?$/.test(possessor.text + possessor.post.trim()) && amountAt(tokens, cue.last + 1) && (lex.placeOwners.has(possessor.lower.replace(/['’]s?$/, '')) || PLACE_TAGS.some((g) => possessor.tags.has(g)))) return null;
  // 'above the $4.4 billion analysts had forecast', 'more than the 175,000 markets had expected': the
  // amount before the subject is the verb's object (a relative clause without 'that'), and the verb
  // reports nothing after it. The source is the rest of the phrase.
  const after = tokens[cue.last + 1];
  const pastForm = /ed$/.test(t.lower) || /^(had|has|have)$/.test(tokens[k - 1]?.lower ?? '');
  // (Not after a relative pronoun, which beforeAdverbs finds past 'had': 'the 450 likely voters who
  // responded,' reports nothing; see below.)
  // ('the WHO said': the organization, not a relative pronoun.)
  const beforeVerb = tokens[beforeAdverbs(tokens, k)];
  const relative = !!beforeVerb && /^(who|which|that)$/.test(beforeVerb.lower) && beforeVerb.text !== 'WHO';
  if ((role === 'position' || role === 'speech') && pastForm && !relative && (!after || /^\s*[,.;:)]/.test(gapAfter(tokens, cue.last)) || /^(but|and|than|in|for|on|last|this)$/.test(after.lower))) {
    let v = subject.first;
    while (v <= subject.last && !tokens[v].tags.has('Value')) v++;
    let w = v;
    while (w <= subject.last && tokens[w].tags.has('Value')) w++;
    // ('the 6 1/2 years his attorneys had requested': the amount's noun, before the possessive that
    // opens the speaker's phrase, is the amount's.)
    if (w < subject.last && tokens[w].tags.has('Noun') && /^(his|her|their|its|our|the)$/.test(tokens[w + 1].lower)) w++;
    const lead = tokens.slice(subject.first, v);
    // ('the 300 deaths reported in the province': a participle right after the noun, then a
    // preposition, is a reduced relative on what the amount counts, which is no source.)
    // ('Some 200 cases reported last week': or a time.)
    const counted = k === subject.last + 1 && /^(in|on|at|for|from|during|last|this)$/.test(after?.lower ?? '') && classifySource(tokens, { first: w, last: subject.last }, lex).guessed;
    if (v <= subject.last && w <= subject.last && w > v && !counted && lead.length > 0 && lead.every((t) => !t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun'))) {
      return { type: 'verb', cue, source: { first: w, last: subject.last }, content: [{ first: subject.first, last: w - 1 }], hedge: false };
    }
    // ('47,500 jobs last month compared with the 26,000 economists had predicted': the phrase ran back
    // past a comparison; the amount after 'with the' is the verb's object, and only it.)
    for (let c = subject.last - 1; c >= subject.first + 2 && !counted; c--) {
      if (!tokens[c].tags.has('Value') || tokens[c - 1].tags.has('Value') || !/^(the|a|an)$/.test(tokens[c - 1].lower) || !/^(with|than|to|against|versus)$/.test(tokens[c - 2].lower)) continue;
      let e = c;
      while (e < subject.last && tokens[e + 1].tags.has('Value')) e++;
      if (e < subject.last) return { type: 'verb', cue, source: { first: e + 1, last: subject.last }, content: [{ first: c, last: e }], hedge: false };
    }
  }
  // 'among the 450 likely voters who responded, 21 percent ...': a relative clause that ends at a
  // comma reports nothing.
  if (relative && COMMA.test(gapAfter(tokens, cue.last))) return null;
  // 'With cash receipts expected to be ...': the subject of an absolute phrase, not of a cue.
  // ('With almost half of the votes already counted, ...': past the subject's modifiers too.)
  let w = subject.first - 1;
  while (w > 0 && /^(almost|nearly|about|some|only|just|more|than|over|roughly|around)$/.test(tokens[w].lower)) w--;
  // ('in contrast with a survey from Nationwide, which said': not through a relative pronoun.)
  if (w >= 0 && /^(with|without)$/.test(tokens[w].lower) && !relative) return null;
  // '18 percent cited constitutional revision ... and 16.9 percent listed money scandals', 'to which
  // 1,217 eligible voters responded': a share of a poll's respondents is the poll's figure, not a source.
  if (figureSubject(tokens, subject, lex)) return null;
  // ('..., figures obtained by the BBC show': the agent after a document's participle obtained or
  // released the document; the document shows, so the phrase from it is the subject.)
  const doc = role === 'evidential' ? documentBeforeAgent(tokens, subject.first, lex) : null;
  if (doc) subject = { first: doc.first, last: subject.last };
  const cls = classifySource(tokens, subject, lex);
  const subjectHead = tokens[headOf(tokens, subject)];
  // 'Sales expected to reach $5bn' is a reduced passive (a hedge), not 'the city expects to ...';
  // 'the rate of need indicated in the early weeks' a participle, not 'the rate indicated'.
  // ('Financial markets expect to see the Fed cut': a present tense is no participle.)
  const participleForm = /(ed|en|wn)$/.test(t.lower) || t.lower === 'forecast';
  // ('Sales expected to reach $5bn this year': a plural common noun opening the sentence has its capital
  // from the sentence start, not from a name.)
  const openingCommonNoun = subject.first === 0 && subject.last === 0 && tokens[0].tags.has('Plural') && !tokens[0].tags.has('ProperNoun') && !tokens[0].tags.has('Person') && !lex.roles.has(tokens[0].lower) && !lex.anonymous.has(tokens[0].lower);
  // ('California and New York have each pledged to inoculate': a promise is never a reduced passive.)
  if ((cls.guessed || openingCommonNoun) && role === 'position' && participleForm && tokens[cue.last + 1]?.lower === 'to' && !lex.promiseVerbs.has(lemma)) return null;
  if (cls.guessed && /ed$/.test(t.lower) && !atModifier && /^(in|at|by|on|for|during|over|under|from|with|since)$/.test(next)) return null;
  if (expletive(tokens, subject)) return null;
  // ('The enrollment numbers shown to the board were: ...': a participle that is no past tense,
  // right after its noun, is a reduced relative, not the verb of a finding.)
  if (/^(shown|written|given|drawn)$/.test(t.lower) && subject.last === k - 1) return null;
  // A common noun with no institution in its phrase: 'the trade surplus', 'total exports in April'.
  // ('The radiation station of the Chicago board of health' names one.)
  const commonNoun = cls.guessed && /^\p{Ll}/u.test(subjectHead.text) && !tokens.slice(subject.first, subject.last + 1).some((w, i) => lex.roles.has(w.lower) || (i > 0 && /^\p{Lu}/u.test(w.text) && !w.tags.has('Date')));
  // ('The total amount claimed was $5 million', 'The jobs added last month numbered 200,000': a
  // participle right after such a noun, with the clause's own verb after it (past a time at most), is
  // a reduced relative on the noun; nobody speaks.)
  if (commonNoun && k === subject.last + 1 && /ed$/.test(t.lower) && mainVerbAfterParticiple(tokens, cue.last + 1)) return null;
  // ('... queuing up every day starting at dawn highlights the shortage', 'Rising prices suggest
  // ...': verbs that point something out report it only for a speaker, a document or an institution.)
  if (lex.speakerOnlyCues.has(lemma) && commonNoun) return null;
  // ('total exports in April recorded RM105.59 billion', 'the trade surplus registered RM12 billion':
  // such a noun is what was measured, not who measured it.)
  if (role === 'measurement' && commonNoun) return null;
  if (role === 'evidential') {
    const head = subjectHead.lower.replace(/'s$/, '');
    // ('The jobs report showed': compromise tags the last noun of the compound as a verb.)
    const last = tokens[subject.last].lower;
    // ('The British Crime Survey (BCS), based on ..., showed': the noun before a bracketed short name.)
    let named = '';
    for (let m = subject.last; m > subject.first && m >= subject.last - 2 && /^\s*\)/.test(gapAfter(tokens, subject.last)); m--) {
      if (/\(\s*$/.test(gapAfter(tokens, m - 1))) named = tokens[m - 1].lower;
    }
    // ('The CDC found that 42,249 people died', 'It shows that ...': an institution, or a pronoun
    // standing for a document, reports a result in a that-clause.)
    // ('It found infrastructure costs have increased by about a third': 'it' standing for a report
    // finds a clause with or without 'that'.)
    // ('It showed a 26% drop in part-time enrolments': or an amount as its object.)
    const amountObject = /^(a|an)$/.test(next) && amountAt(tokens, cue.last + 2);
    // (Forms that report a clause with or without 'that'.)
    const findsForm = /^(found|finds|showed|shows)$/.test(t.lower);
    const clauseFollows = findsForm && opensClause(tokens, cue.last + 1, end, gapAfter(tokens, cue.last));
    const itFound = /^(it|this)$/.test(tokens[subject.first].lower) && subject.first === subject.last && (next === 'that' || clauseFollows || (findsForm && amountObject));
    // ('The Ministry of Justice found that', 'Statistics Canada found 40 inmates died': a name with a
    // capital past its first word, not a person's, reports a result in a clause, 'that' or not.)
    const institution = (cls.kind === 'agency' || cls.kind === 'organization' || cls.kind === 'media') && !cls.guessed;
    // ('The Justice Department', 'The Vera Institute': a word of an institution's name outweighs a
    // title or a first name in it.)
    const words = tokens.slice(subject.first, subject.last + 1);
    const institutionWord = words.some((w) => lex.agencyWords.has(w.text) || lex.organizationWords.has(w.text));
    const capitalName = (cls.kind !== 'person' || institutionWord) && cls.kind !== 'anonymous' && words.slice(1).some((w) => /^\p{Lu}/u.test(w.text)) && /^\p{Lu}/u.test(subjectHead.text);
    // (Without 'that', only after a name and before a subject of its own: 'The planet they found was
    // 51 Pegasi b' is a relative clause.)
    const bareClause = /^\p{Lu}/u.test(subjectHead.text) && !!tokens[cue.last + 1] && !isVerb(tokens[cue.last + 1]) && !tokens[cue.last + 1].tags.has('Copula') && clauseFollows;
    const clauseAfter = next === 'that' || bareClause;
    // ('Downdetector showed there were more than 50,000 incidents': a one-word name nothing knows, as
    // a company or body is, reports a result in a clause.)
    const thatClause = ((institution || capitalName || (!!cls.unknownName && subject.first === subject.last && !subjectHead.tags.has('Plural'))) && clauseAfter) || itFound;
    // ('released a report that found ...': subjectBefore gave the document's publisher.)
    const b = beforeAdverbs(tokens, k);
    const relativeToDocument = b > 0 && tokens[b].lower === 'that';
    // ('collective bargaining agreements which also show ...': a document that lays something down shows it too.)
    const document = (w: string) => lex.documentNouns.has(w) || lex.stipulatingNouns.has(w);
    // ('..., with nearly 13 percent of it considered severe, the U.S. Drought Monitor shows.': a named
    // source set off at the end of the sentence reports what comes before, as '..., police said' does.)
    const endsSentence = cue.last === end || /^\s*[.!?]/.test(gapAfter(tokens, cue.last));
    const trailingNamed = endsSentence && subject.first > 0 && COMMA.test(gapAfter(tokens, subject.first - 1)) && /^\p{Lu}/u.test(subjectHead.text);
    // ('The equivalent set of figures for the previous year showed': a set, batch or series of a document.)
    const setOf = /^(set|sets|batch|series|body|collection|tranche|raft|round)$/.test(head) && tokens[headOf(tokens, subject) + 1]?.lower === 'of' && document(tokens[headOf(tokens, subject) + 2]?.lower ?? '');
    // ('The latest from Rentals.ca and Urbanation shows': 'the latest' from a named publisher is its release.)
    const latestFrom = tokens[subject.first].lower === 'the' && tokens[subject.first + 1]?.lower === 'latest' && /^(from|by)$/.test(tokens[subject.first + 2]?.lower ?? '') && subject.last > subject.first + 2;
    if (!document(head) && !lex.findingSubjects.has(head) && cls.kind !== 'document' && !document(last) && !document(named) && !thatClause && !relativeToDocument && !trailingNamed && !setOf && !latestFrom) return null;
  }
  // ('the corresponding period in 2018 which recorded 38,190 cases': a time records nothing.)
  if (role === 'measurement' && (TIME_HEADS.test(subjectHead.lower) || subjectHead.tags.has('Date'))) return null;
  // ('the ministry recorded 1,200 deaths' counts: an institution named by its role measures; 'the
  // team recorded 12 wins' and 'the city recorded 312 homicides' do not.)
  const institution = cls.kind === 'agency' && !!cls.head && lex.agencyWords.has(cls.head.charAt(0).toUpperCase() + cls.head.slice(1));
  if (role === 'measurement' && (cls.kind === 'person' || cls.kind === 'anonymous' || (cls.anaphoric && !institution))) return null;
  // ('Acme Corp recorded a loss of $40 million', 'the clubs recorded revenues of $5.7 billion': a
  // company or a group that records a change or a result went through it; an agency or a document
  // that records one measured it ('Police recorded a 12% rise in burglaries').)
  // (The objects with which 'registered' and 'posted' report nothing, in nonReportingObjects.)
  if (role === 'measurement' && lemma === 'record' && !['agency', 'document', 'media'].includes(cls.kind) && tokens.slice(cue.last + 1, Math.min(end, cue.last + 5) + 1).some((x) => !!lex.nonReportingObjects.get('register')?.has(x.lower) || !!lex.nonReportingObjects.get('post')?.has(x.lower))) return null;
  // ('The state budget recorded a deficit of Rp 401.8 trillion': what is measured measures nothing.)
  if (role === 'measurement' && lex.measuredNouns.has(subjectHead.lower)) return null;
  // ('Assam recorded the highest crime rate of 143', 'The Hills Shire recorded an increase of 41.5
  // per cent': a place is where something was measured, not who measured it.)
  if (role === 'measurement' && subjectHead.tags.has('Place') && cls.kind !== 'agency' && cls.kind !== 'media' && cls.kind !== 'document') return null;
  // 'the earthquake pushed the death toll to 79,000': an event raises a toll, nobody asserts it.
  // ('Ukraine put Russian troop deaths at 11,000': a country or capital speaks for its government.)
  const government = subject.first === subject.last && /^\p{Lu}/u.test(subjectHead.text) && ['Country', 'City', 'Place'].some((tag) => subjectHead.tags.has(tag));
  if (role === 'toll' && cls.guessed && !government) return null;
  // ('Floods raised the death toll to 30', 'Aftershocks pushed ...': a plural common noun whose capital
  // only opens the sentence is such an event too.)
  if (role === 'toll' && eventOpening(tokens, subject, lex)) return null;
  // Where the verb and its trailing words ('said in a statement on Friday', 'told the Senate') end.
  let v = cue.last;
  if (role === 'object') {
    // The person told ('told The Associated Press on condition of anonymity') belongs to the verb.
    const obj = objectEnd(tokens, cue.last);
    if (obj > cue.last && tokens[obj].lower !== 'that') v = obj;
  }
  // ('said in its annual outlook, published Tuesday': the document and its modifiers are trailers too.)
  // ('told reporters in New Delhi', 'at the White House': a place after 'in', 'at' or 'from' is a
  // trailer too.)
  let place = false;
  while (v + 1 <= end && /^\s*$/.test(gapAfter(tokens, v))) {
    const w = tokens[v + 1];
    const placeWord: boolean = /^\p{Lu}/u.test(w.text) && v > cue.last && (place || /^(in|at|from)$/.test(tokens[v].lower) || (tokens[v].lower === 'the' && /^(in|at|from)$/.test(tokens[v - 1].lower)));
    if (!(placeWord || VERB_TRAILERS.has(w.lower) || lex.documentParticiples.has(w.lower) || lex.documentNouns.has(w.lower) || w.tags.has('Date'))) break;
    place = placeWord;
    v++;
  }
  // ('..., the report said citing sources.': what the speaker cites, to the end, is a trailer too.)
  if (tokens[v + 1]?.lower === 'citing' && /^\s*$/.test(gapAfter(tokens, v)) && tokens.slice(v + 2, end + 1).every((x) => !isVerb(x) && !x.tags.has('Value'))) v = end;
  // ('told a news briefing at the main army base in Manila.': a closing place phrase, with no verb
  // or amount of its own, is a trailer too.)
  if (v > cue.last && v < end) {
    const at = tokens.slice(cue.last + 1, v + 2).findIndex((x) => /^(at|in|from|outside|near)$/.test(x.lower));
    const from = at < 0 ? -1 : cue.last + 1 + at;
    // ('at the U.S. trial of kingpin Joaquin "El Chapo" Guzman.': quotation marks around a capitalized
    // nickname inside the phrase are no quotation.)
    const nickname = (g: string, i: number) => (/^\s+["“]$/.test(g) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) || (/^["”]\s+$/.test(g) && /^\p{Lu}/u.test(tokens[i].text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
    const plain = (i: number) => !isVerb(tokens[i]) && !tokens[i].tags.has('Value') && (i === end || (!/[,;:()]/.test(gapAfter(tokens, i)) && (!/["“”]/.test(gapAfter(tokens, i)) || nickname(gapAfter(tokens, i), i))));
    if (from > cue.last && tokens.slice(from + 1, end + 1).every((_, i) => plain(from + 1 + i))) v = end;
  }
  // ('Profit rose 8%, better than analysts had expected': what is compared with an expectation is
  // a fact of the writer's, not the expectation.)
  if (/^(than|what)$/.test(tokens[subject.first - 1]?.lower ?? '') && (cue.last === end || /^\s*[,.;:)]/.test(gapAfter(tokens, cue.last)))) return null;
  // ('less than the 0.2% rise that analysts had forecast': an object relative reports its antecedent.)
  // ('the best estimate of 0.08 inches per year, which the IPCC calculated in 2007.': so does one set
  // off by a comma, past the verb's adjuncts; it does not close the sentence as a trailing cue.)
  const closes = v === end || /^\s*[,.;:)]/.test(gapAfter(tokens, v));
  const objectRelative = /^(that|which)$/.test(tokens[subject.first - 1]?.lower ?? '') && tokens[subject.first - 1].text !== 'WHO' && closes;
  // ('hit by a 1.8p/litre price cut the company announced in August': a relative clause with no
  // pronoun, right after its antecedent noun, with a determiner opening its subject.)
  // (The subject finder may have run the two noun phrases together: 'the cut the company'.)
  // (Only inside a clause: '..., the U.N. food agency the WFP said' is a name after its role.)
  const inClause = subject.first > 0 && /^\s*$/.test(gapAfter(tokens, subject.first - 1));
  // ('below the figure Boris Johnson had proposed': or at a name after a common noun that is no title.)
  const commonBefore = (i: number) => tokens[i - 1].tags.has('Noun') && /^\p{Ll}/u.test(tokens[i - 1].text) && !tokens[i - 1].tags.has('Pronoun') && !/^(of|for|and|the|de|du|la|van|von|der|del|at|in|on|to)$/.test(tokens[i - 1].lower);
  const nameAt = (i: number) => /^\p{Lu}/u.test(tokens[i].text) && (tokens[i].tags.has('ProperNoun') || tokens[i].tags.has('Person')) && !lex.roles.has(tokens[i - 1].lower) && !lex.anonymous.has(tokens[i - 1].lower);
  for (let i = subject.last; closes && inClause && i > subject.first; i--) {
    if (((/^(the|a|an|its|his|her|their)$/.test(tokens[i].lower) && i < subject.last) || nameAt(i)) && commonBefore(i) && (i === subject.last || /^\s*$/.test(gapAfter(tokens, i)))) {
      subject = { first: i, last: subject.last };
      break;
    }
  }
  const before = tokens[subject.first - 1];
  // ('a price cut the company announced': compromise may read the compound's last noun as a verb.)
  const compoundEnd = !!before && before.tags.has('Infinitive') && !!tokens[subject.first - 2]?.tags.has('Noun') && /^\s*$/.test(gapAfter(tokens, subject.first - 2));
  const contactRelative = !objectRelative && closes && !!before && (before.tags.has('Noun') || compoundEnd) && !before.tags.has('Pronoun') && !before.tags.has('ProperNoun') && /^\p{Ll}/u.test(before.text) && /^\s*$/.test(gapAfter(tokens, subject.first - 1)) && (/^(the|a|an|its|his|her|their)$/.test(tokens[subject.first].lower) || nameAt(subject.first));
  const antecedentEnd = objectRelative ? subject.first - 2 : subject.first - 1;
  const restrictive = contactRelative || (subject.first >= 2 && /^\s*$/.test(gapAfter(tokens, subject.first - 2)));
  if ((objectRelative && subject.first >= 2 && (restrictive || COMMA.test(gapAfter(tokens, subject.first - 2)))) || contactRelative) {
    // The amount and its noun right before 'that' ('the 0.2% rise', whatever compromise made of 'rise').
    let a = antecedentEnd;
    const reach = restrictive ? 5 : 12;
    const within = (j: number) => (restrictive ? /^\s*$/.test(gapAfter(tokens, j - 1)) : !/[,;:—]/.test(gapAfter(tokens, j - 1)) && !isVerb(tokens[j]));
    while (a > subject.first - reach && a > 0 && !tokens[a].tags.has('Value') && within(a)) a--;
    // (Past a conversion in brackets to the first amount: '0.08 inches (2 millimeters) per year, which'.)
    for (let b = a - 1; !restrictive && tokens[a]?.tags.has('Value') && b > subject.first - reach && b >= 0 && within(b + 1); b--) if (tokens[b].tags.has('Value')) a = b;
    if (tokens[a]?.tags.has('Value')) {
      a = amountStart(tokens, a);
      // ('the 40 to 50 years that prosecutors had recommended': back over the range's first end.)
      if (a >= 2 && /^(to|and)$/.test(tokens[a - 1].lower) && tokens[a - 2].tags.has('Value')) a = amountStart(tokens, a - 2);
      return { type: 'verb', cue, source: subject, content: [{ first: a, last: antecedentEnd }], hedge: false };
    }
    // ('hit by the cut which the company announced.': with no amount, the relative reports nothing.)
    return null;
  }
  // ('96 beds, a ward for people charged with crimes', ', a man accused of fraud': a participle with
  // the complement of its passive describes the phrase before it; it is no verb of the phrase.)
  if (/ed$/.test(t.lower) && lex.passiveComplements.get(lemma)?.has(next) && subject.first > 0 && COMMA.test(gapAfter(tokens, subject.first - 1))) return null;
  // ('Members of a gang suspected of smuggling drugs worth billions': right after its noun, with no
  // comma, too; the hedge speaks, and the suspects are no source.)
  if (/ed$/.test(t.lower) && lex.passiveComplements.get(lemma)?.has(next) && k === subject.last + 1 && tokens[k - 1].tags.has('Noun') && !tokens[k - 1].tags.has('Pronoun') && !tokens[k - 1].tags.has('ProperNoun') && /^\s*$/.test(gapAfter(tokens, k - 1))) return null;
  // ('in a separate, secure wing for people accused of crime': a comma between two adjectives of one
  // phrase sets off no subject.)
  const adjectiveBefore = tokens[subject.first - 1];
  if (adjectiveBefore && COMMA.test(gapAfter(tokens, subject.first - 1)) && adjectiveBefore.tags.has('Adjective') && !adjectiveBefore.tags.has('Noun') && /^(a|an|the)$/.test(tokens[subject.first - 2]?.lower ?? '') && tokens[subject.first].tags.has('Adjective')) return null;
  const materialBefore = subject.first > 0;
  const setOff = materialBefore && /[,;:"”’—(]/.test(gapAfter(tokens, subject.first - 1));
  // 'In a statement, the Red Cross said:' introduces what follows, however it opens.
  if (v >= end && role !== 'toll' && /:["“]?$/.test(gapAfter(tokens, end).replace(/\s+/g, ''))) {
    return { type: 'colon', cue, source: subject, content: [], hedge: false, colon: true };
  }
  // ('$46.7 billion, $3.5 billion less than the President had asked for': a verb that puts forward
  // only its object reports nothing before it.)
  if (v >= end && materialBefore && role !== 'toll' && !lex.objectOnly.has(lemma)) {
    return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }], hedge: false };
  }
  // ('..., a charge denied by Paul Ryan.': a passive with its agent after a claim noun describes the
  // claim; it reports nothing. 'a report released by X' is a document's, handled above.)
  if (/ed$/.test(t.lower) && next === 'by' && lex.nounCues.has(subjectHead.lower) && !lex.documentNouns.has(subjectHead.lower)) return null;
  // '..., the government said Friday in a highly anticipated report ahead of the November 6
  // election.': after a subject set off by a comma, a verb followed only by adjuncts (no clause of
  // its own) still reports what comes before.
  if (setOff && role !== 'toll' && adjunctsOnly(tokens, cue.last + 1, end, lex)) {
    // ('..., the agency said in a new update, with another 508 people missing', '..., the company
    // said on Monday, up from $4 billion': past the adjuncts.)
    let more = continuationAfter(tokens, cue.last, end);
    for (let c = cue.last + 1; c < end && more.length === 0; c++) if (COMMA.test(gapAfter(tokens, c))) more = continuationAfter(tokens, c, end);
    return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }, ...more], hedge: false };
  }
  // ('House prices fell by 2.4%, the Halifax said this morning – the biggest annual fall so far': a
  // dash or colon after a closing cue opens an appositive on the reported figure, no clause of its own.)
  const dashAfter = /^\s+[–—-]\s+$|^\s*[—:]\s*$/.test(gapAfter(tokens, v));
  if (setOff && role !== 'toll' && dashAfter && v < end && tokens.slice(0, subject.first).some((x) => x.tags.has('Value') && !x.tags.has('Date')) && !tokens.slice(v + 1, end + 1).some((x) => FINITE.test(x.lower) || (isVerb(x) && (x.tags.has('PastTense') || (x.tags.has('PresentTense') && !x.tags.has('Infinitive'))) && !x.tags.has('Participle') && !x.tags.has('Gerund') && !/ed$/.test(x.lower) && !x.tags.has('Noun')))) {
    return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }, { first: v + 1, last: end }], hedge: false };
  }
  // '..., officials said on Wednesday as the agency renewed its appeal for $39 million': a verb
  // followed by a subordinate clause of the writer's (when, why the source spoke) reports what
  // came before it. ('police said as many as 300 died' is a figure, not a clause.)
  // ('In a statement, the council said since January it has collected $4 million': an opening
  // phrase with no verb and no amount is no claim for the cue to close; the clause is reported.)
  const claimBefore = tokens.slice(0, subject.first).some((x) => isVerb(x) || x.tags.has('Value'));
  if (setOff && claimBefore && role !== 'toll' && v < end && /^\s*$/.test(gapAfter(tokens, v)) && SUBORDINATORS.has(tokens[v + 1].lower) && tokens[v + 1].lower !== 'if' && !(tokens[v + 1].lower === 'as' && AS_DEGREE.test(tokens[v + 2]?.lower ?? ''))) {
    return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }], hedge: false };
  }
  const afterGap = gapAfter(tokens, v);
  if (setOff && COMMA.test(afterGap) && !/:/.test(afterGap) && role !== 'toll') {
    // '..., customs data showed on Friday, missing forecasts for a 1 percent rise': a participial
    // phrase after the cue is the writer's comment, not more of the reported content.
    const after = tokens[v + 1];
    if (after && /ing$/.test(after.lower) && !after.tags.has('Noun') && !tokens[v + 2]?.tags.has('Verb')) return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }, ...continuationAfter(tokens, v, end)], hedge: false };
    // ('"We lost a lot of the harvest," Shaikh said, as he dried paddy 110 km east of Mumbai': after a
    // quotation's speaker, a subordinate clause with a pronoun subject says what the speaker was doing.)
    const afterQuote = QUOTE_CLOSE.test(gapAfter(tokens, subject.first - 1));
    if (after && afterQuote && /^(as|while|when|after|before|because)$/.test(after.lower) && /^(he|she|they|we|i|it)$/.test(tokens[v + 2]?.lower ?? '')) return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }], hedge: false };
    // ('..., the Labor Department reported Thursday, one week after the total had fallen below a
    // million': a time set off after the cue says when, in the writer's words.)
    const timeAfter = !!after && (/^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some)$/.test(after.lower) || /^\d+$/.test(after.text)) && lex.timeUnits.has(tokens[v + 2]?.lower ?? '') && /^(after|before|since|later|earlier|ago)$/.test(tokens[v + 3]?.lower ?? '');
    if (timeAfter) return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }], hedge: false };
    // (Inside a quotation, what follows reaches only to its close: '"It is low, I believe," says Parsons, one of 23 fishers'.)
    const rest = quoteClose >= 0 ? (quoteClose > v ? [{ first: v + 1, last: quoteClose }] : []) : [{ first: v + 1, last: end }];
    return { type: 'parenthetical', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }, ...rest], hedge: false };
  }
  if (role === 'object') contentFrom = objectEnd(tokens, cue.last) + 1;
  // 'more than the 175,000 markets had expected but fewer than ...': a verb whose object came
  // before it reports nothing after it.
  if (/^(but|yet|or|nor)$/.test(tokens[contentFrom]?.lower ?? '') && /^\s*$/.test(gapAfter(tokens, contentFrom - 1))) return null;
  // ('have said so far hundreds of homes have been destroyed': 'so far', 'thus far' before the
  // reported clause belong to the verb.)
  if (/^(so|thus)$/.test(tokens[contentFrom]?.lower ?? '') && tokens[contentFrom + 1]?.lower === 'far' && contentFrom + 2 <= end) contentFrom += 2;
  // ('said this week that 1,086 people were killed': a time before the clause belongs to the verb.)
  if (/^(this|last)$/.test(tokens[contentFrom]?.lower ?? '') && /^(week|month|year|morning|afternoon|evening|weekend|spring|summer|autumn|winter|season|quarter)$/.test(tokens[contentFrom + 1]?.lower ?? '') && contentFrom + 2 <= end) {
    contentFrom += 2;
    if (tokens[contentFrom].lower === 'that' && contentFrom + 1 <= end) contentFrom++;
  }
  // 'did not mention it when ...', 'confirmed this': a pronoun object, no reported clause.
  const obj = tokens[contentFrom];
  // ('Economists had expected it to have inched up 0.1 percent': a pronoun with an infinitive is what is expected.)
  const pronounInfinitive = role !== 'object' && /^(it|them)$/.test(obj?.lower ?? '') && tokens[contentFrom + 1]?.lower === 'to' && contentFrom + 2 <= end && !tokens[contentFrom + 2].tags.has('Value') && !tokens[contentFrom + 2].tags.has('Determiner');
  // ('Smith said her department would cut 40 jobs': 'her' before a noun is a possessive, not an object.)
  // ('Smith said her first bill was $117': before an ordinal or an amount too.)
  const possessiveHer = obj?.lower === 'her' && !!tokens[contentFrom + 1] && (tokens[contentFrom + 1].tags.has('Noun') || tokens[contentFrom + 1].tags.has('Adjective') || tokens[contentFrom + 1].tags.has('Value')) && !tokens[contentFrom + 1].tags.has('Pronoun') && /^\s*$/.test(gapAfter(tokens, contentFrom));
  // ('The airline said it also cut 300 flights': an adverb may stand between the subject 'it' and its
  // verb. 'it now employs 300': compromise tags that 'now' a conjunction and 'employs' a plural noun,
  // which no pronoun subject can take before its verb.)
  let objVerb = contentFrom + 1;
  while (objVerb < end && (tokens[objVerb].tags.has('Adverb') || tokens[objVerb].lower === 'now') && /^\s*$/.test(gapAfter(tokens, objVerb - 1)) && /^\s*$/.test(gapAfter(tokens, objVerb))) objVerb++;
  const verbAfterObj = (v: Token | undefined) => !!v && (isVerb(v) || (/^(it|this)$/.test(obj.lower) && v.tags.has('Plural') && /^\p{Ll}+s$/u.test(v.text) && !lex.timeUnits.has(v.lower)));
  if (role !== 'toll' && obj && /^(it|this|nothing|anything|something|so|them|him|her)$/.test(obj.lower) && (contentFrom === end || !verbAfterObj(tokens[objVerb])) && !pronounInfinitive && !possessiveHer) return null;
  const colon = /:$/.test(gapAfter(tokens, cue.last).trimEnd()) || /:["“]?$/.test(gapAfter(tokens, end).replace(/\s+/g, ''));
  if (contentFrom > end) {
    return colon ? { type: 'colon', cue, source: subject, content: [], hedge: false, colon: true } : null;
  }
  // 'employers added 275,000 jobs': a verb as often one of increase reports only a clause.
  if ((role === 'speech' || role === 'position') && !colon && wantsClause(tokens, lex.cueLemma.get(t.lower) ?? '', cue.last, contentFrom, contentTo, lex)) return null;
  return { type: role === 'toll' ? 'toll' : 'verb', cue, source: subject, content: [{ first: contentFrom, last: contentTo }], hedge: false, colon };
}

/**
 * '..., said its Secretary-General, Datuk Isham Ishak.': a person's role with their name after a
 * comma, closing the sentence or the clause; the name identifies the source (GUIDE 3). Null otherwise.
 */
export function namedAfterRole(tokens: Token[], role: TokenRange, lex: CompiledLexicon): TokenRange | null {
  const end = tokens.length - 1;
  const first = role.last + 1;
  if (first > end || !COMMA.test(gapAfter(tokens, role.last)) || lex.roles.get(tokens[headOf(tokens, role)].lower) !== 'person') return null;
  let last = first;
  // ('Ursula von der Leyen': particles may stand inside the name.)
  // (A lower-case particle between two words of a name: the three spell a name of their own.)
  const particle = (k: number) => /^\p{Ll}+$/u.test(tokens[k].text) && !!tokens[k + 1] && personName([tokens[k - 1], tokens[k], tokens[k + 1]], () => false);
  while (last + 1 <= end && (/^\p{Lu}/u.test(tokens[last + 1].text) || particle(last + 1)) && /^\s*$/.test(gapAfter(tokens, last))) last++;
  const name = tokens.slice(first, last + 1);
  const plain = name.every((t) => /^\p{Lu}/u.test(t.text)) && name.some((t) => t.tags.has('Person') || t.tags.has('ProperNoun'));
  if (!plain && !personName(name, (w) => lex.roles.has(w))) return null;
  // ('said the report's author, Jane Doe of the Tyndall Centre.': the name, before where the person works.)
  const ofPlace = tokens[last + 1]?.lower === 'of' && /^\s*$/.test(gapAfter(tokens, last)) && runsToClauseEnd(tokens, last + 2);
  return last === end || /[,.;]/.test(gapAfter(tokens, last)) || ofPlace ? { first, last } : null;
}

/** From k, capitalized words (and 'the', 'of', 'for', 'and') that run to a comma or the sentence's end: 'the Tyndall Centre'. */
function runsToClauseEnd(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length; j++) {
    if (!/^\p{Lu}/u.test(tokens[j].text) && !/^(the|of|for|and|at)$/.test(tokens[j].lower)) return false;
    if (j === tokens.length - 1 || /[,.;]/.test(gapAfter(tokens, j))) return /^\p{Lu}/u.test(tokens[j].text);
  }
  return false;
}

/** A source phrase after an inverted verb must name somebody: 'said Fiedler', not 'said the plant'. */
export function nameLike(tokens: Token[], r: TokenRange, lex: CompiledLexicon): boolean {
  const cls = classifySource(tokens, r, lex);
  if (cls.kind === 'document') return true;
  return tokens.slice(r.first, r.last + 1).some((t) => /^\p{Lu}/u.test(t.text) || lex.roles.has(t.lower) || lex.anonymous.has(t.lower) || lex.personPronouns.has(t.lower) || lex.groupPronouns.has(t.lower));
}

/** '..., the newspaper quoted X as saying.' at the end of a sentence: the quoting source speaks for what precedes. */
export function quotedAsSaying(tokens: Token[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  const end = tokens.length - 1;
  // ('local media cited Mayor Marty Walsh's office as estimating the crowd at 150,000': any verb of
  // saying or estimating in -ing after 'as'.)
  const reporting = (t: Token | undefined) => !!t && /\p{Ll}ing$/u.test(t.text) && [...(lex.cueForms.get(t.lower) ?? [])].some((r) => r !== 'toll' && r !== 'measurement');
  const as = tokens.findIndex((t, i) => i > k && i <= k + 14 && t.lower === 'as' && (/^(saying|telling|stating|writing)$/.test(tokens[i + 1]?.lower ?? '') || reporting(tokens[i + 1])));
  if (as < 0) return null;
  // ('The newspaper quoted Smith as saying 40 people died': what follows is the quoted one's.)
  if (as + 1 < end - 2) {
    const quoted = { first: k + 1, last: as - 1 };
    if (quoted.last < quoted.first || !tokens.slice(quoted.first, quoted.last + 1).some((t) => /^\p{Lu}/u.test(t.text))) return null;
    let from = as + 2;
    if (tokens[from]?.lower === 'that') from++;
    return { type: 'verb', cue: { first: as, last: as + 1 }, source: quoted, content: [{ first: from, last: end }], hedge: false };
  }
  const subject = subjectBefore(tokens, k, lex);
  if (!subject || subject.first === 0) return null;
  return { type: 'trailing', cue: { first: k, last: as + 1 }, source: subject, content: [{ first: 0, last: subject.first - 1 }], hedge: false };
}

/** The document noun phrase that opens the clause of the verb at k, when no finite verb stands between them. */
export function documentOpening(tokens: Token[], starts: number[], k: number, lex: CompiledLexicon): TokenRange | null {
  const clause = clauseOf(tokens, starts, k);
  let np = npStartingAt(tokens, clause.first, k - 1, 8);
  // ('Office for National Statistics figures': the document noun may end a name's phrase.)
  const isDocument = (r: TokenRange) => lex.documentNouns.has(tokens[headOf(tokens, r)].lower) || (lex.documentNouns.has(tokens[r.last].lower) && tokens[r.last].tags.has('Noun'));
  if (!np || !isDocument(np)) return null;
  // 'A Gallup Poll of 187 voters most likely to ...': the phrase ends before a modifier after its noun.
  for (let b = np.first + 1; b <= np.last; b++) {
    if ((tokens[b].tags.has('Adverb') || tokens[b].tags.has('Adjective')) && tokens[b - 1].tags.has('Noun')) {
      np = { first: np.first, last: b - 1 };
      break;
    }
  }
  let participle = false;
  for (let b = np.last + 1; b < k; b++) {
    const t = tokens[b];
    // ('The quarterly crime figures covering the 12 months to September 2011, however, reveal': a
    // discourse adverb set off by commas stands outside the phrase.)
    if (b === k - 1 && discourseAsideAt(tokens, b)) continue;
    if (/[,;:"“”]/.test(gapAfter(tokens, b - 1))) return null;
    // 'Figures released by the Home Office on Thursday show': a reduced relative, not a verb of its own.
    if (b === np.last + 1 && lex.documentParticiples.has(t.lower)) {
      participle = true;
      continue;
    }
    // ('figures on recorded crime show': a participle between a preposition and its noun is an adjective.)
    const attributive = /ed$/.test(t.lower) && !!tokens[b - 1]?.tags.has('Preposition') && !!tokens[b + 1]?.tags.has('Noun');
    if (isVerb(t) && !attributive && !t.tags.has('Infinitive') && !t.tags.has('Gerund') && !t.tags.has('Participle') && tokens[b - 1]?.lower !== 'to') return null;
  }
  // With a participle the source runs to the verb (its time phrase aside): the agent names it.
  return participle ? { first: np.first, last: beforeAdverbs(tokens, k) } : np;
}

/**
 * 'Floods', 'Aftershocks' opening the sentence: a plural common noun whose capital only opens it,
 * an event that raises a toll rather than somebody who asserts one ('Police', 'Officials' are sources).
 */
function eventOpening(tokens: Token[], subject: TokenRange, lex: CompiledLexicon): boolean {
  const head = tokens[subject.first];
  if (subject.first !== subject.last || !head.tags.has('Plural') || lex.roles.has(head.lower) || lex.anonymous.has(head.lower)) return false;
  if (head.tags.has('Person') || head.tags.has('ProperNoun') || head.tags.has('Organization') || head.tags.has('Actor')) return false;
  // ('Insurers assessed the damage at $5 million': nouns of people who do something can assert.)
  if (/(ers|ors|ists|ians|ants|ents|eers)$/.test(head.lower)) return false;
  return subject.first === 0 || /[.!?]["”’]?\s*$/.test(gapAfter(tokens, subject.first - 1));
}

/**
 * Whether an offer's object (from..to) is terms put forward: an amount with nothing after it ('offered 1
 * percent'), a change or proposal noun after it ('a 3% pay rise', 'a 9 per cent increase'), or pay
 * 'of' an amount ('a flat rate of just over £2,200'); not goods or money on offer ('zero percent
 * financing', 'a $5,000 reward').
 */
function offeredTerms(tokens: Token[], from: number, to: number, lex: CompiledLexicon): boolean {
  const at = tokens.slice(from, to + 1).findIndex((x) => x.tags.has('Value') || /^[$€£¥]|%$/.test(x.text));
  if (at < 0) return false;
  let q = from + at;
  while (q < to && /^\s*$/.test(gapAfter(tokens, q)) && (tokens[q + 1].tags.has('Value') || /^(percent|per|cent|pc|%)$/.test(tokens[q + 1].lower))) q++;
  const after = tokens[q + 1];
  const before = tokens[from + at - 1];
  const payOf = before?.lower === 'of' && /^(rate|pay|salary|salaries|wage|wages|raise|rise|increase|settlement|package|deal)$/.test(tokens[from + at - 2]?.lower ?? '');
  if (payOf || !after || !/^\s*$/.test(gapAfter(tokens, q)) || (after.tags.has('Preposition') && after.lower !== 'in')) return true;
  return lex.proposalNouns.has(after.lower) || lex.changes.has(after.lower) || /^(pay|wage|salary)$/.test(after.lower) && lex.proposalNouns.has(tokens[q + 2]?.lower ?? '');
}
