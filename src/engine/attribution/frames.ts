// Cues that frame a figure with a noun rather than a verb of saying: "according to X", "by the
// agency's count", "organisers' estimate: 200,000", "the ministry's tally stands at 34,000", "in a
// statement from X". Each returns the cue, its source and the content it covers.

import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { gapAfter } from '../nlp/phrases';
import { clauseOf, clauseVerb, headOf, isVerb, npEndingAt, npStartingAt, npWord, runTo, type TokenRange } from './np';
import { COMMA, NOUNISH_FORMS, PLACE_OR_PEOPLE_TAGS } from './words';
import { amountAt, ownerNotTime, possessorBefore } from './amount';
import { subjectBefore } from './subject';
import type { CueHit } from './cues';

/** "organisers' estimate: 200,000 people": the owner before the noun, the amount after the colon up to ';', ')' or the end. */
export function labelCue(tokens: Token[], k: number): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  // The owner is inside the same bracket or clause: 'San Francisco (organisers' estimate:' -> 'organisers'.
  let floor = 0;
  for (let b = k - 1; b >= 0; b--) {
    if (/[(;:,]/.test(gapAfter(tokens, b))) {
      floor = b + 1;
      break;
    }
  }
  const owner = npEndingAt(tokens, k - 1, floor);
  if (!owner || !/^['’]?\s*$/.test(gapAfter(tokens, k - 1))) return null;
  if (k + 1 >= tokens.length) return null;
  return { type: 'noun', cue: { first: k, last: k }, source: owner, content: [{ first: k + 1, last: runTo(tokens, k + 1, /[;)]/) }], hedge: false };
}

/** "X gave a rough estimate of 35,000", 'X made the announcement that ...': the subject of a verb of offering owns the estimate or the statement. */
export function offeredEstimate(tokens: Token[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  const clause = tokens[k + 1]?.lower === 'that';
  let v = k - 1;
  // ('made the surprise announcement that': before a that-clause a noun may modify the statement.)
  while (v >= 0 && v >= k - 3 && /^\s*$/.test(gapAfter(tokens, v)) && (tokens[v].tags.has('Determiner') || tokens[v].tags.has('Adjective') || (clause && tokens[v].tags.has('Noun') && !tokens[v].tags.has('Pronoun') && /^\p{Ll}/u.test(tokens[v].text)))) v--;
  // ('earned 50 cents a share, above estimates of 45 cents': the verb must run on into the phrase.)
  if (v < 0 || v === k - 1 || !/^\s*$/.test(gapAfter(tokens, v)) || !(lex.offerVerbs.has(tokens[v].lower) || (clause && lex.statementVerbs.has(tokens[v].lower)))) return null;
  const subject = subjectBefore(tokens, v, lex);
  // ('made the announcement that the fund would get €100 billion': a that-clause is what is offered.)
  if (subject && tokens[k + 1]?.lower === 'that') return { type: 'noun', cue: { first: k, last: k + 1 }, source: subject, content: [{ first: k + 2, last: tokens.length - 1 }], hedge: false };
  const amount = subject ? npStartingAt(tokens, k + 2, tokens.length - 1, 8) : null;
  // ('officers had given a total of 192 doses of naloxone': a total of things given counts what was
  // handed out; 'gave a total of 35,000' with no noun of its own offers a figure.)
  // (compromise may tag the noun a verb: 'doses'.)
  const thing = (t: Token | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && (t.tags.has('Noun') || /s$/.test(t.text)) && !t.tags.has('Value');
  if (amount && /^(total|number)$/.test(tokens[k].lower) && (thing(tokens[amount.last]) || (/^\s*$/.test(gapAfter(tokens, amount.last)) && thing(tokens[amount.last + 1])))) return null;
  return subject && amount ? { type: 'noun', cue: { first: k, last: k }, source: subject, content: [amount], hedge: false } : null;
}

/**
 * 'a 2.2 million-ton forecast by the International Cocoa Organization', 'a forecast of 2.2 million
 * tons by the ICCO': an estimate whose maker follows as its agent. The amount stands right before
 * the noun or after its 'of'; the agent must be a name or a source word, not a time ('by 2030',
 * 'by the end of the year').
 */
export function estimateByAgent(tokens: Token[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  if (!lex.nounCoverNouns.has(tokens[k].lower) || /^(total|figure|figures)$/.test(tokens[k].lower)) return null;
  let amount: TokenRange | null = null;
  let by = k + 1;
  if (tokens[k + 1]?.lower === 'of' && amountAt(tokens, k + 2) && /^\s*$/.test(gapAfter(tokens, k))) {
    amount = npStartingAt(tokens, k + 2, tokens.length - 1, 8);
    if (amount) by = amount.last + 1;
  } else {
    // The amount before the noun, as its modifier: 'a 2.2 million-ton forecast', 'a $5 billion estimate'.
    let a = k - 1;
    while (a >= 0 && /^[\s-]*$/.test(gapAfter(tokens, a)) && (tokens[a].tags.has('Value') || /^[$€£¥]/.test(tokens[a].text) || (tokens[a].tags.has('Hyphenated') && a === k - 1))) a--;
    // ('$868-million' may be one token the tagger calls a noun.)
    if (a < k - 1 && tokens.slice(a + 1, k).some((x) => (x.tags.has('Value') && !x.tags.has('Date')) || /^[$€£¥]?\d/.test(x.text))) amount = { first: a + 1, last: k - 1 };
  }
  // ("the region's $868-million projection": the owner before the amount makes the estimate.)
  if (amount && tokens[by]?.lower !== 'by' && amount.first < k && amount.last === k - 1) {
    const owner = ownerNotTime(tokens, possessorBefore(tokens, amount.first));
    return owner ? { type: 'noun', cue: { first: k, last: k }, source: owner, content: [amount], hedge: false } : null;
  }
  if (!amount || tokens[by]?.lower !== 'by' || !/^\s*$/.test(gapAfter(tokens, by - 1))) return null;
  const np = npStartingAt(tokens, by + 1, tokens.length - 1, 8);
  // (The maker only: 'the International Cocoa Organization for the previous harvest' ends before
  // 'for'; 'the Ministry of Agriculture' keeps its 'of' and name.)
  let last = np?.last ?? -1;
  for (let j = by + 2; np && j <= np.last; j++) {
    if (tokens[j].tags.has('Preposition') && !(tokens[j].lower === 'of' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? ''))) {
      last = j - 1;
      break;
    }
  }
  const agent = np ? { first: np.first, last } : null;
  if (!agent || tokens.slice(agent.first, agent.last + 1).some((x) => x.tags.has('Date') || x.tags.has('Value'))) return null;
  const head = tokens[headOf(tokens, agent)];
  const named = tokens.slice(agent.first, agent.last + 1).some((x) => /^\p{Lu}/u.test(x.text) && (x.tags.has('ProperNoun') || x.tags.has('Organization') || x.tags.has('Acronym')));
  if (!named && !lex.roles.has(head.lower) && !lex.anonymous.has(head.lower)) return null;
  return { type: 'noun', cue: { first: k, last: k }, source: agent, content: [amount], hedge: false };
}

/**
 * 'Wharton sent out an email urging support for the increase:': a sentence that ends in a colon after
 * a message its subject sent introduces what follows (the quoted message) as the sender's, as 'X
 * said:' does. The cue is the message's noun.
 */
export function sentMessageBeforeColon(tokens: Token[], lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> & { colon: true } | null {
  const end = tokens.length - 1;
  // The colon: at the sentence's end, or before the quotation that opens after it in the same sentence.
  let colon = -1;
  for (let j = 1; j <= end && colon < 0; j++) if (/^:["“]?$/.test(gapAfter(tokens, j).replace(/\s+/g, '')) && (j === end || /["“]/.test(gapAfter(tokens, j)))) colon = j;
  if (colon < 0) return null;
  for (let v = 1; v < colon; v++) {
    if (!lex.sendingVerbs.has(tokens[v].lower) || !isVerb(tokens[v])) continue;
    // 'sent (out) an email', 'issued a statement', 'posted a long message'.
    let n = v + 1;
    if (/^(out|off|round|around)$/.test(tokens[n]?.lower ?? '')) n++;
    const from = n;
    while (n <= colon && n < from + 4 && !lex.messageNouns.has(tokens[n].lower) && (tokens[n].tags.has('Determiner') || tokens[n].tags.has('Adjective') || tokens[n].tags.has('Possessive'))) n++;
    if (n > colon || !lex.messageNouns.has(tokens[n].lower)) continue;
    const source = subjectBefore(tokens, v, lex);
    if (!source) return null;
    return { type: 'colon', cue: { first: n, last: n }, source, content: colon < end ? [{ first: colon + 1, last: end }] : [], hedge: false, colon: true };
  }
  return null;
}

/** "By the agency's count," / "by his own estimate,": a cue from 'by' to the noun, its owner the source. */
export function possessedFrame(tokens: Token[], starts: number[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  for (let h = k + 1; h <= Math.min(tokens.length - 1, k + 6); h++) {
    if (h > k + 1 && !/^\s*$/.test(gapAfter(tokens, h - 1)) && !/^['’]s?\s*$/.test(gapAfter(tokens, h - 1))) return null;
    if (!lex.nounCues.has(tokens[h].lower)) continue;
    const owner = possessorBefore(tokens, h);
    if (!owner || owner.first <= k) return null;
    const cue = { first: k, last: h };
    return { type: 'according', cue, source: owner, content: framedContent(tokens, starts, cue, { first: k + 1, last: h }), hedge: false };
  }
  return null;
}

/** "The ministry's tally (, which ...,) stands at 34,000": the amount after a verb of level, its owner the source. */
export function possessedLevel(tokens: Token[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  const owner = possessorBefore(tokens, k);
  if (!owner) return null;
  let v = k + 1;
  // A relative clause or an aside set off by commas.
  if (tokens[v] && COMMA.test(gapAfter(tokens, k))) {
    while (v < tokens.length - 1 && !COMMA.test(gapAfter(tokens, v)) && v < k + 25) v++;
    v++;
  }
  // Auxiliaries: 'has risen to', 'now stands at'.
  while (tokens[v] && /^(has|have|had|now|currently|already|so|far)$/.test(tokens[v].lower)) v++;
  if (!tokens[v] || !lex.levelVerbs.has(tokens[v].lower)) return null;
  let from = v + 1;
  // ("The company's quarterly MAU count rose 9 million": a change the count went through is the
  // writer's fact; the level it rose to, or stands at, is the owner's.)
  if (lex.changeVerbs.has(tokens[v].lower) && !/^(to|at)$/.test(tokens[from]?.lower ?? '')) return null;
  if (/^(at|to|by)$/.test(tokens[from]?.lower ?? '')) from++;
  const amount = npStartingAt(tokens, from, tokens.length - 1, 8);
  return amount ? { type: 'noun', cue: { first: k, last: k }, source: owner, content: [amount], hedge: false } : null;
}

/** 'the (previous) (death) toll' after a toll verb; returns the index of the preposition after it, or -1. */
export function tollObject(tokens: Token[], from: number, lex: CompiledLexicon): number {
  // 'put unemployment at 8.2%', 'pegs inflation at 3%': a valuing verb values any short object.
  if (lex.valuingVerbs.has(tokens[from - 1]?.lower ?? '')) {
    // ('pegged the tax hike for the year at 3.07 per cent': a phrase or two on the object too.)
    for (let k = from + 1; k < Math.min(tokens.length - 1, from + 12); k++) {
      // ('pegged it as a magnitude 5.6': 'as' gives the value too.)
      if (tokens[k].lower === 'at' || tokens[k].lower === 'as') {
        let v = k + 1;
        if (tokens[k].lower === 'as' && /^(a|an)$/.test(tokens[v]?.lower ?? '')) v++;
        if (tokens[v]?.lower === 'magnitude') v++;
        return tokens[v] && (tokens[v].tags.has('Value') || /^(about|around|nearly|almost|roughly|some|more|less|over|under|least|most|between|\$.*|\d.*)$/.test(tokens[v].lower)) ? k : -1;
      }
      // ('It puts his party on 34% of the vote': a poll puts a party or a candidate on its share; 'put a
      // tax on 20% of imports' is no poll.)
      const contender = tokens.slice(from, k).some((x) => (/^\p{Lu}/u.test(x.text) && !x.tags.has('Determiner')) || /^(party|parties|candidate|candidates|him|her|them|leader|government)$/.test(x.lower));
      if (tokens[k].lower === 'on' && contender && /^(put|puts|putting)$/.test(tokens[from - 1].lower) && /^\d[\d.]*%$|^\d[\d.]*$/.test(tokens[k + 1]?.text ?? '') && (/%$/.test(tokens[k + 1].text) || /^(per|percent|pc)$/.test(tokens[k + 2]?.lower ?? ''))) return k;
      // ('pegged earnings from continuing operations ... at 83 cents': a gerund modifying a noun too.)
      const word = npWord(tokens[k]) || /^(for|of|in|on|from)$/.test(tokens[k].lower) || (tokens[k].tags.has('Gerund') && !!tokens[k + 1]?.tags.has('Noun'));
      if (!word || !/^\s*$/.test(gapAfter(tokens, k - 1))) break;
    }
  }
  // ('has updated to 74 its confirmed case count': the amount put before the toll noun.)
  if (/^(to|at)$/.test(tokens[from]?.lower ?? '') && amountAt(tokens, from + 1)) {
    let d = from + 1;
    while (d < Math.min(tokens.length - 1, from + 5) && !/^(its|their|the|his|her)$/.test(tokens[d].lower)) d++;
    const noun = tokens.slice(d + 1, d + 5).findIndex((x) => lex.tollNouns.has(x.lower));
    if (/^(its|their|the|his|her)$/.test(tokens[d]?.lower ?? '') && noun >= 0 && tokens.slice(from + 1, d).some((x) => x.tags.has('Value'))) return from;
  }
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const w = tokens[k].lower;
    const pair = `${w} ${tokens[k + 1]?.lower ?? ''}`;
    if (lex.tollNouns.has(w) || lex.tollNouns.has(pair)) {
      // The figure follows: 'at', 'to', 'in the range of', 'as'.
      // ('upping its projections for this year's deficit by $63 billion': by how much.)
      // ('put the number of troops deployed around Ukraine — to the north, south and east — at around
      // 100,000': the preposition that gives an amount, past an aside between dashes.)
      let aside = false;
      for (let p = k + 1, words = 0; p < tokens.length - 1 && words < 10; p++) {
        if (/^\s*—\s*$|^\s+–\s+$/.test(gapAfter(tokens, p - 1))) aside = !aside;
        if (aside) continue;
        words++;
        // ('downgraded its forecast for growth from 3.3% to 2.9%': the old value is the source's too.)
        if (tokens[p].lower === 'from' && amountAt(tokens, p + 1)) {
          const to = tokens.slice(p + 2, p + 9).findIndex((x) => x.lower === 'to');
          if (to >= 0 && amountAt(tokens, p + 2 + to + 1)) return p;
        }
        // ('lowered his forecast to a profit of 5 cents a share': an amount named by its noun.)
        const namedAmount = /^(a|an)$/.test(tokens[p + 1].lower) && tokens[p + 3]?.lower === 'of' && amountAt(tokens, p + 4);
        // ('set an economic growth target this year of about 6.5 per cent': 'of' gives the amount too.)
        if (/^(at|to|as|in|near|around|above|below|by|of)$/.test(tokens[p].lower) && (amountAt(tokens, p + 1) || namedAmount || /^(the|a)$/.test(tokens[p + 1].lower) && /^(range|region|neighbou?rhood|vicinity)$/.test(tokens[p + 2]?.lower ?? ''))) return p;
      }
      return -1;
    }
    // ('revised that forecast down to', 'raised that total to': a demonstrative before the toll noun.)
    if (!npWord(tokens[k]) && !/^(that|this|these|those)$/.test(tokens[k].lower)) return -1;
  }
  return -1;
}

/** After a preposition cue ('according to ...'): the source phrase, up to a comma or the clause's verb. */
export function sourceAfter(tokens: Token[], from: number, lex: CompiledLexicon): TokenRange | null {
  const end = tokens.length - 1;
  if (from > end) return null;
  let last = from;
  // Reduced relatives belong to the source: 'agreed facts heard in court', 'a deed filed at City Hall'.
  // ('data released Thursday, June 29 by ...': the comma between a weekday and its date is inside.)
  const dateComma = (k: number) => /^\s*,\s*$/.test(gapAfter(tokens, k)) && lex.weekdays.has(tokens[k].lower) && lex.months.has(tokens[k + 1]?.lower.replace(/\.$/, '') ?? '');
  // ('estimates by BloombergNEF (BNEF) analysts Jade Patterson': a short name in brackets is inside.)
  const bracketOpen = (k: number) => /^\s*\(\s*$/.test(gapAfter(tokens, k)) && /^\p{Lu}[\p{L}]{1,9}$/u.test(tokens[k + 1]?.text ?? '') && /^\)/.test(gapAfter(tokens, k + 1));
  const bracketClose = (k: number) => k > from && /^\)\s+$/.test(gapAfter(tokens, k)) && bracketOpen(k - 1);
  while (last + 1 <= end && (!/[,;:()"“”—]/.test(gapAfter(tokens, last)) || dateComma(last) || bracketOpen(last) || bracketClose(last)) && last - from < 14) {
    const nt = tokens[last + 1];
    // A relative pronoun ends the source ('the WHO' is a name, not 'who'), and so does an
    // infinitive ('according to a survey to be published on Monday').
    if (/^(that|which|who|said|says)$/.test(nt.text) || (nt.lower === 'to' && /^(be|have)$/.test(tokens[last + 2]?.lower ?? ''))) break;
    // 'according to Health Ministry figures,': a noun that compromise took for a verb.
    // ('according to a report out from Bloomberg': after a determiner it is a noun.)
    const nounish = NOUNISH_FORMS.has(nt.lower) && (last + 1 === end || /[,;:]/.test(gapAfter(tokens, last + 1)) || tokens[last].tags.has('Determiner') || (tokens[last].tags.has('Noun') && !tokens[last].tags.has('Pronoun')));
    if (isVerb(nt) && !nounish && !nt.tags.has('PastTense') && !nt.tags.has('Participle') && !nt.tags.has('Gerund')) break;
    // ('According to Dzulkefly Selangor recorded the highest number': a past verb with an object
    // after a name is the clause's own verb, not a participle of the source.)
    if (isVerb(nt) && nt.tags.has('PastTense') && /^\p{Lu}/u.test(tokens[last].text) && /^(the|a|an|\d.*|more|nearly|about|over)$/.test(tokens[last + 2]?.lower ?? '')) break;
    // ('according to data released Thursday, June 29 by the Los Angeles Homeless Services Authority',
    // 'figures released on 3 March by the ONS': a day of a month is no amount.)
    const day = nt.tags.has('Date') || lex.months.has(tokens[last]?.lower.replace(/\.$/, '') ?? '') || lex.months.has(tokens[last + 2]?.lower.replace(/\.$/, '') ?? '');
    // ("the World Conservation Union's 2002 Red List", 'the 2017-18 report': a year that dates a
    // document after its determiner or owner is inside.)
    const possessed = /^['’]s?\s*$/.test(gapAfter(tokens, last)) || /['’]s$/.test(tokens[last].text) || tokens[last].tags.has('Possessive') || /^(the|a|an|its|their|his|her)$/.test(tokens[last].lower);
    const dating = possessed && /^(19|20)\d\d([-–/]\d{2,4})?$/.test(nt.text) && !!tokens[last + 2] && /^\s*$/.test(gapAfter(tokens, last + 1)) && (tokens[last + 2].tags.has('Noun') || /^\p{Lu}/u.test(tokens[last + 2].text));
    if (nt.tags.has('Value') && !/^\p{Lu}/u.test(nt.text) && !day && !dating) break;
    if (nt.tags.has('Copula') || nt.tags.has('Modal') || nt.tags.has('Auxiliary')) break;
    // ('According to HESA the decline in student numbers ...': with no comma after the source, a
    // determiner right after a noun opens the clause.)
    if (/^(the|a|an|this|these)$/.test(nt.lower) && (tokens[last].tags.has('Noun') || tokens[last].tags.has('ProperNoun')) && !tokens[last].tags.has('Pronoun') && !/^(of|by|from|for|at|in)$/.test(tokens[last].lower)) break;
    last++;
  }
  // 'a Twitter post by Amy Cook, director of ...': keep the owner of the document.
  let np: TokenRange | null = { first: from, last };
  // ('a report out from Bloomberg on Monday': a trailing date is not part of the source.)
  // ('a Bloomberg survey of nine traders': nor a preposition left before an amount that ended it.)
  while (np && np.last > np.first && (/^(on|in|at|last|this|from|of|for|by|with|to|and)$/.test(tokens[np.last].lower) || lex.documentParticiples.has(tokens[np.last].lower) || (tokens[np.last].tags.has('Date') && !tokens[np.last].tags.has('Value')))) np = { first: np.first, last: np.last - 1 };
  const lead = tokens[np.first];
  // 'agreed facts heard in court': a participle can open the source phrase.
  // ('tracking website FlightAware': so can a gerund.)
  // ('according to reports,': compromise tags 'reports' a verb.)
  // ('further data from the ministry', 'newly released figures': so can an adverb before one.)
  // ('box-office figures': and so can a hyphenated compound, whatever compromise made of its first part.)
  const modifier = (t: Token | undefined) => !!t && (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Adjective') || t.tags.has('Gerund') || t.tags.has('Hyphenated'));
  const adverbLead = lead.tags.has('Adverb') && np.last > np.first && (npWord(tokens[np.first + 1]) || modifier(tokens[np.first + 1]));
  // ('according to that person', 'according to these officials': a demonstrative before its noun.)
  const demonstrative = /^(that|this|these|those)$/.test(lead.lower) && np.last > np.first && npWord(tokens[np.first + 1]);
  if (!npWord(lead) && !NOUNISH_FORMS.has(lead.lower) && !(modifier(lead) && np.last > np.first) && !adverbLead && !demonstrative) return null;
  return np;
}

/**
 * The content of a framing cue (according to X, by reports, citing X), by where it stands: at the start
 * it covers what follows; at the end, what precedes; set off in the middle, its clause.
 */
export function framedContent(tokens: Token[], starts: number[], cue: TokenRange, src: TokenRange): TokenRange[] {
  const end = tokens.length - 1;
  const initial = cue.first === 0 || (cue.first <= 3 && tokens.slice(0, cue.first).every((t) => !isVerb(t) && !t.tags.has('Noun')));
  if (initial) return src.last < end ? [{ first: src.last + 1, last: end }] : [];
  // ('..., according to FlightAware, a flight tracking service.': an appositive on the source that
  // runs to the end leaves the cue at the end.)
  // (Not an amount restated: '..., according to the 2002 Red List, an increase of 121 since 2000.')
  const restated = tokens.slice(src.last + 2, Math.min(end, src.last + 4) + 1).some((t, i) => t.lower === 'of' && !!tokens[src.last + 3 + i]?.tags.has('Value'));
  const appositiveToEnd = src.last < end && COMMA.test(gapAfter(tokens, src.last)) && /^(a|an|the)$/.test(tokens[src.last + 1].lower) && !restated && tokens.slice(src.last + 1, end + 1).every((t) => !isVerb(t) || t.tags.has('Gerund') || t.tags.has('Participle'));
  if (src.last >= end || appositiveToEnd) return [{ first: 0, last: cue.first - 1 }];
  const setOff = COMMA.test(gapAfter(tokens, cue.first - 1)) && COMMA.test(gapAfter(tokens, src.last));
  if (setOff) {
    const clause = clauseOf(tokens, starts, cue.first);
    const out: TokenRange[] = [];
    if (cue.first - 1 >= clause.first) out.push({ first: clause.first, last: cue.first - 1 });
    if (src.last + 1 <= clause.last) out.push({ first: src.last + 1, last: clause.last });
    return out;
  }
  return [{ first: 0, last: cue.first - 1 }];
}

/** 'In a situational report of NDRRMC, ...' / 'In a statement from the ministry, ...' */
export function statementFrame(tokens: Token[], k: number, lex: CompiledLexicon): (Omit<CueHit, 'sourceClass' | 'colon'>) | null {
  if (tokens[k].lower !== 'in') return null;
  let n = k + 1;
  while (n < tokens.length && n < k + 5 && !lex.documentNouns.has(tokens[n].lower)) {
    if (/[,;]/.test(gapAfter(tokens, n))) return null;
    n++;
  }
  // ('In the Union budget, the government allocated ...': a document that lays down reports nothing.)
  if (n >= tokens.length || !lex.documentNouns.has(tokens[n].lower) || lex.stipulatingNouns.has(tokens[n].lower)) return null;
  const by = tokens[n + 1];
  if (!by || !/^(of|by|from)$/.test(by.lower)) {
    // ('In a YouGov poll conducted last week, 6% approved': the name before the noun, to the comma.)
    const src = nameBeforeDocument(tokens, k, n);
    if (!src) return null;
    // (A participle may follow the noun, 'conducted between October 22 and 24'; a finite verb means
    // the phrase was no frame.)
    let close = n;
    while (close < tokens.length - 1 && !COMMA.test(gapAfter(tokens, close))) {
      const t = tokens[++close];
      if (close - n > 15 || clauseVerb(t)) return null;
    }
    if (close >= tokens.length - 1) return null;
    return { type: 'statement', cue: { first: k, last: n }, source: src, content: [{ first: close + 1, last: tokens.length - 1 }], hedge: false };
  }
  const src = sourceAfter(tokens, n + 2, lex);
  if (!src || !COMMA.test(gapAfter(tokens, src.last))) return null;
  return { type: 'statement', cue: { first: k, last: n }, source: src, content: [{ first: src.last + 1, last: tokens.length - 1 }], hedge: false };
}

/**
 * '..., in a YouGov poll.', "never went below 40% in Gallup's polling.": the same frame closing the
 * sentence (perhaps with a participle after it: 'in a Gallup poll released Monday') frames its clause.
 */
export function trailingStatementFrame(tokens: Token[], starts: number[], k: number, lex: CompiledLexicon): (Omit<CueHit, 'sourceClass' | 'colon'>) | null {
  const end = tokens.length - 1;
  if (k === 0 || tokens[k].lower !== 'in') return null;
  // ('almost 40% of all species in the survey', 'the respondents in the poll': after a noun that
  // 'of' or a determiner opens, the phrase says which ones, not who reports.)
  const prev = tokens[k - 1];
  const opener = (tokens[k - 2]?.lower ?? '') + ' ' + (tokens[k - 3]?.lower ?? '');
  if (prev.tags.has('Noun') && !prev.tags.has('Value') && !/^(percent|cent|points?)$/.test(prev.lower) && /^\s*$/.test(gapAfter(tokens, k - 1)) && /^(of|all|the|those|these) |^\S+ (of|all)$/.test(opener)) return null;
  // ('slower than a 5.5 percent rise predicted by analysts in a Reuters poll': after a passive's agent,
  // the poll belongs to the agent, not to the clause.)
  for (let b = k - 1; b >= Math.max(1, k - 4); b--) if (tokens[b].lower === 'by' && /\p{Ll}ed$/u.test(tokens[b - 1].text)) return null;
  let n = k + 1;
  while (n <= end && n < k + 6 && !lex.documentNouns.has(tokens[n].lower) && /^\s*$|^['’]s?\s*$|^\/$/.test(gapAfter(tokens, n))) n++;
  if (n > end || !lex.documentNouns.has(tokens[n].lower) || lex.stipulatingNouns.has(tokens[n].lower)) return null;
  const src = nameBeforeDocument(tokens, k, n) ?? definiteDocument(tokens, k, n, lex);
  if (!src) return null;
  for (let j = n + 1; j <= end; j++) {
    const t = tokens[j];
    // ('a lead of 2 points in the Reuters/Ipsos poll, leaving the race tied': a participle after the
    // frame is the writer's comment; the frame reports what came before it.)
    // ('are followed in the new poll by several candidates, including Pete Buttigieg (14 per cent)': a
    // list the clause goes on to name is in the poll too.)
    if (/^\s*,\s*$/.test(gapAfter(tokens, j - 1)) && t.lower === 'including' && j - n <= 8) return { type: 'statement', cue: { first: k, last: n }, source: src, content: [{ first: 0, last: end }], hedge: false };
    if (/^\s*,\s*$/.test(gapAfter(tokens, j - 1)) && (/\p{Ll}ing$/u.test(t.text) || /^(which|who)$/.test(t.lower)) && j - n <= 8) return { type: 'statement', cue: { first: k, last: n }, source: src, content: [{ first: 0, last: k - 1 }], hedge: false };
    if (j - n > 8 || /[,;:]/.test(gapAfter(tokens, j - 1)) || clauseVerb(t)) return null;
  }
  const cue = { first: k, last: n };
  return { type: 'statement', cue, source: src, content: framedContent(tokens, starts, cue, { first: src.first, last: end }), hedge: false };
}

/**
 * "in Friday's poll", 'in the survey', 'in a separate poll': a poll or survey after 'in' at the end of
 * a clause (tokens from..noun), definite (one the text named before) or not (an unnamed one); the
 * phrase from its determiner is the source.
 */
function definiteDocument(tokens: Token[], from: number, noun: number, lex: CompiledLexicon): TokenRange | null {
  if (!/^(poll|polls|survey|surveys|polling)$/.test(tokens[noun].lower)) return null;
  let d = noun - 1;
  while (d > from + 1 && FRAME_ADJECTIVES.test(tokens[d].lower)) d--;
  const det = tokens[d];
  if (d !== from + 1 || !det) return null;
  const dated = /['’]s$/.test(det.text) && (lex.weekdays.has(det.lower.replace(/['’]s$/, '')) || /^(yesterday|today)['’]s$/i.test(det.text));
  // ('his 11 point lead in a separate poll last month': an indefinite one is a source too, unnamed.)
  return /^(the|that|this|its|their|a|an|another)$/.test(det.lower) || dated ? { first: d, last: noun } : null;
}

/**
 * 'In a YouGov poll', "in Gallup's polling", 'in the latest Ipsos survey': the name that stands
 * before a document noun (tokens from..noun), as the frame's source; not a place or a nationality.
 */
export function nameBeforeDocument(tokens: Token[], from: number, noun: number): TokenRange | null {
  let last = noun - 1;
  while (last > from && FRAME_ADJECTIVES.test(tokens[last].lower)) last--;
  if (last <= from || !/^['’]?s?\s*$|^\s+$/.test(gapAfter(tokens, last))) return null;
  let first = last;
  const named = (t: Token) => /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || t.tags.has('Organization') || t.tags.has('Acronym')) && !PLACE_OR_PEOPLE_TAGS.some((g) => t.tags.has(g));
  if (!named(tokens[last])) return null;
  while (first - 1 > from && named(tokens[first - 1]) && /^\s*$|^\/$/.test(gapAfter(tokens, first - 1))) first--;
  // Only determiners and a few adjectives of time between 'in' and the name.
  for (let j = from + 1; j < first; j++) if (!/^(a|an|the|another)$/.test(tokens[j].lower) && !FRAME_ADJECTIVES.test(tokens[j].lower)) return null;
  return { first, last };
}
const FRAME_ADJECTIVES = /^(new|latest|recent|separate|last|same|previous|earlier|weekly|monthly|annual|daily|quarterly|own)$/;
