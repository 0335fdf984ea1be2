// Finds the attribution cues of one tagged sentence and, for each, the words it covers (its reported
// content, guide section 2) and who it names. A figure is attributed by a cue only when it lies inside
// that content: "The company, which employs 5,000 people, said ..." does not source the 5,000.
import type { CompiledLexicon } from '../../lexicon';
import type { CueType } from '../types';
import type { Token } from '../nlp/tagger';
import { gapAfter, indexOf } from '../nlp/phrases';
import { classifySource, type SourceClass } from './kinds';
import { FINITE, clauseStarts, headOf, isVerb, npEndingAt, npStartingAt, postmodifierLength, type TokenRange } from './np';
import { COMMA } from './words';
import { amountAt, amountStart, ownerNotTime, possessorBefore } from './amount';
import { estimateByAgent, framedContent, labelCue, offeredEstimate, possessedFrame, possessedLevel, sentMessageBeforeColon, sourceAfter, statementFrame, trailingStatementFrame } from './frames';
import { findHedges } from './hedges';
import { bestVerbCue, namedAfterRole, figureSubject, quotedAsSaying, stipulates, verbCue } from './verb-cue';
import { looksLikeVerb, nounBefore } from './verb-form';
import { coordinatedVerbBefore, wantsClause } from './clause-scope';

export interface CueHit {
  type: CueType;
  /** The cue's own words ('claimed', 'according to', 'is believed'). */
  cue: TokenRange;
  /** Who it names; null for an agentless hedge. */
  source: TokenRange | null;
  sourceClass: SourceClass | null;
  /** Token ranges of the reported content. */
  content: TokenRange[];
  /** An agentless hedge ('is estimated', 'reportedly'): vague with no source. */
  hedge: boolean;
  /** 'X said:' - the quotation that follows is X's until it closes, even across paragraphs. */
  colon: boolean;
  /** A verb of saying or telling: what an unnamed source reports inside its content is still said by it. */
  speech?: boolean;
  /** A verb of measurement ('recorded', 'registered'): inside what a named speaker says, the speaker's. */
  measurement?: boolean;
  /**
   * The name 'the company' or 'it' stands for when the sentence itself opens with it: 'Toyota sold
   * 2.1 million vehicles, the company said' (a cue that closes the sentence, after its subject).
   */
  antecedent?: TokenRange;
}



export function findCues(tokens: Token[], lex: CompiledLexicon): CueHit[] {
  const hits: CueHit[] = [];
  if (tokens.length === 0) return hits;
  const starts = clauseStarts(tokens);
  const end = tokens.length - 1;
  const used = new Set<number>();
  /** Where a ', with X saying ...' adjunct starts (its 'with'). */
  const adjuncts: { at: number; own: boolean }[] = [];
  const klass = (r: TokenRange | null) => (r ? classifySource(tokens, r, lex) : null);
  const push = (h: Omit<CueHit, 'sourceClass' | 'colon'> & { colon?: boolean }) => {
    for (let k = h.cue.first; k <= h.cue.last; k++) used.add(k);
    // ('Nguyen admitted fraud and agreed to pay $3.1 million': the subject's next verb phrase is no
    // part of what the cue reports.)
    if (h.type === 'verb' && h.content.length === 1 && h.content[0].first === h.cue.last + 1) {
      const last = coordinatedVerbBefore(tokens, h.content[0].first, h.content[0].last);
      if (last >= 0) h = { ...h, content: [{ first: h.content[0].first, last }] };
    }
    // ('Some forecasters, including TrueCar Inc, said': a group with a named member set off after it is
    // named through that member, as sources joined by 'and' are.)
    if (h.source && h.source.last + 2 < h.cue.first && tokens[h.source.last + 1].lower === 'including' && COMMA.test(gapAfter(tokens, h.source.last)) && COMMA.test(gapAfter(tokens, h.cue.first - 1)) && tokens.slice(h.source.last + 2, h.cue.first).some((t) => /^\p{Lu}/u.test(t.text)) && !tokens.slice(h.source.last + 1, h.cue.first - 1).some((t, i) => COMMA.test(gapAfter(tokens, h.source!.last + 1 + i)))) {
      h = { ...h, source: { first: h.source.first, last: h.cue.first - 1 } };
    }
    const sourceClass = klass(h.source);
    hits.push({ ...h, sourceClass, colon: h.colon ?? false, antecedent: h.type === 'trailing' ? openingName(tokens, h, sourceClass, lex) : undefined });
  };

  for (let k = 0; k < tokens.length; k++) {
    if (used.has(k) || !tokens[k].text) continue;
    // 0. 'Having said that, ...', 'Needless to say, ...': idioms that report nothing.
    // (Set off as an aside only: 'a report that said 300 died' is no idiom.)
    const idiom = indexOf(lex.idioms).matchAt(tokens, k);
    const idiomEnd = idiom ? k + idiom.length - 1 : -1;
    if (idiom && (k === 0 || /[,;:(—–]\s*$/.test(gapAfter(tokens, k - 1))) && (idiomEnd === end || /^\s*[,;:)—–]/.test(gapAfter(tokens, idiomEnd)))) {
      k += idiom.length - 1;
      continue;
    }
    // 0b. 'From The Associated Press: "..."': a credit that opens the sentence with 'From', a name and
    // a colon introduces what follows as the named source's, as 'X said:' does.
    // (It may stand alone before the quotation's paragraph: 'From The Associated Press:'.)
    if (k === 0 && tokens[0].lower === 'from' && tokens.length > 1) {
      let j = 1;
      while (j < Math.min(end, 8) && !/:/.test(gapAfter(tokens, j)) && /^\s*$/.test(gapAfter(tokens, j))) j++;
      const name = tokens.slice(1, j + 1);
      if (j <= end && /:/.test(gapAfter(tokens, j)) && name.some((t) => /^\p{Lu}/u.test(t.text) && t.lower !== 'the') && name.every((t) => /^\p{Lu}/u.test(t.text) || /^(the|of|and|for|&)$/.test(t.lower))) {
        push({ type: 'colon', cue: { first: 0, last: 0 }, source: { first: 1, last: j }, content: j < end ? [{ first: j + 1, last: end }] : [], hedge: false, colon: true });
        k = j;
        continue;
      }
    }
    // 0c. 'Wharton sent out an email urging support:' before the quoted email.
    if (k === 0) {
      const sent = sentMessageBeforeColon(tokens, lex);
      if (sent) push(sent);
    }
    // ('..., two people briefed on the matter said': a verb in the phrase that ties unnamed people to
    // the matter is no cue of its own.)
    const tie = k > 0 && lex.anonymous.has(tokens[k - 1].lower) ? postmodifierLength(tokens, k, lex) : 0;
    if (tie > 0) {
      k += tie - 1;
      continue;
    }
    // 1. Prepositional cues: 'according to X', 'as reported by X', 'citing X'.
    const prep = indexOf(lex.prepCues).matchAt(tokens, k);
    // 'Per the latest count by the ministry, ...', '..., per the ministry.': 'per' frames a source only
    // where a clause opens ('$5 per hour' is a rate).
    // ('Per capita consumption' is no source either.)
    const perSource = tokens[k].lower !== 'per' || ((k === 0 || COMMA.test(gapAfter(tokens, k - 1))) && !/^(capita|cent|annum|diem|se|head|person|day|year|month|week)$/.test(tokens[k + 1]?.lower ?? ''));
    // ('..., the report said citing sources.': 'citing' right after a verb of saying, with no comma,
    // says where the speaker got it; the speaker is the source, as with the comma.)
    const citingSpeaker = !!prep && tokens[k].lower === 'citing' && k > 0 && /^\s*$/.test(gapAfter(tokens, k - 1)) && !!lex.cueForms.get(tokens[k - 1].lower)?.has('speech');
    if (prep && (prep.length > 1 || perSource) && !citingSpeaker) {
      const cue = { first: k, last: k + prep.length - 1 };
      const role = sourceAfter(tokens, cue.last + 1, lex);
      // ('according to the director, Jane Doe.': the name set off after a person's role is the source.)
      const named = role ? namedAfterRole(tokens, role, lex) : null;
      let src = role && named ? { first: role.first, last: named.last } : role;
      // ('as measured by publication and citation rates': after 'as measured by' a measure may stand,
      // not a source; only a name, a role or a document reports.)
      if (src && /^as \w+ed by$/.test(prep.phrase) && classifySource(tokens, src, lex).guessed && !tokens.slice(src.first, src.last + 1).some((t) => /^\p{Lu}/u.test(t.text))) src = null;
      if (src) {
        push({ type: 'according', cue, source: src, content: framedContent(tokens, starts, cue, src), hedge: false });
        k = src.last;
        continue;
      }
    }
    // 1b. 'Based on data from the CDC, ...', '..., going by the ministry's figures': only with a
    // document ('based on current trends' names no source), where a clause opens or ends.
    const docPrep = !prep && (k === 0 || COMMA.test(gapAfter(tokens, k - 1))) ? indexOf(lex.documentPrepCues).matchAt(tokens, k) ?? (k === 0 ? indexOf(lex.openingDocumentPrepCues).matchAt(tokens, k) : null) : null;
    if (docPrep) {
      const cue = { first: k, last: k + docPrep.length - 1 };
      const src = sourceAfter(tokens, cue.last + 1, lex);
      // ('Based on this figure, pool personnel have determined ...': a premise the text just gave.)
      const premise = src && /^(this|that|these|those|such)$/.test(tokens[src.first].lower);
      if (src && !premise && tokens.slice(src.first, src.last + 1).some((t) => lex.documentNouns.has(t.lower))) {
        push({ type: 'according', cue, source: src, content: framedContent(tokens, starts, cue, src), hedge: false });
        k = src.last;
        continue;
      }
    }
    // 2. 'By (early) reports', 'by some estimates' at the start of a sentence or set off by commas.
    if (tokens[k].lower === 'by' && (k === 0 || COMMA.test(gapAfter(tokens, k - 1)))) {
      // "By the agency's count, 4,500 people have fled": a possessed count or estimate names its owner.
      const owned = possessedFrame(tokens, starts, k, lex);
      if (owned) {
        push(owned);
        k = owned.cue.last;
        continue;
      }
      // compromise reads 'reports' here as a verb, so find the noun by the lexicon, not by tags.
      let h = k + 1;
      while (h <= Math.min(end, k + 3) && !lex.unsourcedNouns.has(tokens[h].lower) && /^\s*$/.test(gapAfter(tokens, h - 1))) h++;
      let last = h;
      while (last + 1 <= Math.min(end, h + 4) && !/[,;:]/.test(gapAfter(tokens, last))) last++;
      // ('By the numbers: 300 people attended' is a section label, not a frame: a colon ends it.)
      const label = /:/.test(gapAfter(tokens, last));
      const src = h <= end && lex.unsourcedNouns.has(tokens[h].lower) && !label ? { first: k + 1, last } : null;
      if (src) {
        const cue = { first: k, last: k };
        push({ type: 'according', cue, source: src, content: framedContent(tokens, starts, cue, src), hedge: false });
        k = src.last;
        continue;
      }
    }
    // 3. 'In a situational report of NDRRMC, ...'
    if (k === 0 || (k <= 2 && /^(but|and|also)$/.test(tokens[0].lower))) {
      const hit = statementFrame(tokens, k, lex);
      if (hit) {
        push(hit);
        k = hit.source!.last;
        continue;
      }
    }
    // ('6% approved, in a YouGov poll.')
    if (k > 0 && tokens[k].lower === 'in') {
      const hit = trailingStatementFrame(tokens, starts, k, lex);
      if (hit) {
        push(hit);
        break;
      }
    }
    // 4. Multi-word opinion cues ('expressed the opinion', 'put the figure') and reporting verbs.
    // ('its appeal for $39 million', "the UN's flash appeal for": after a determiner, possessive or
    // adjective the first word is a noun, not a verb of a multi-word cue.)
    // (', speaking of the $330 million project': a participle after a comma names a topic, not content.)
    const topic = /^(speaking|telling)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'of' && k > 0 && COMMA.test(gapAfter(tokens, k - 1));
    // ('The council put forward a motion': a phrase of three words or more is no noun.)
    const phrase = topic ? null : indexOf(lex.opinionCues).matchAt(tokens, k);
    const opinion = phrase && (phrase.length >= 3 || !nounBefore(tokens, k)) ? phrase : null;
    if (opinion) {
      const cue = { first: k, last: k + opinion.length - 1 };
      const role = lex.phraseRoles.get(tokens.slice(cue.first, cue.last + 1).map((t) => t.lower).join(' ')) ?? 'speech';
      const hit = verbCue(tokens, starts, cue, role === 'position' ? 'position' : 'speech', lex);
      if (hit && !stipulates(tokens, hit, lex)) {
        push(hit);
        k = cue.last;
        continue;
      }
    }
    // ('Analysts were looking for $12.57 billion in sales': an expectation of those who watch markets
    // and data; anyone else searches.)
    const watch = indexOf(lex.watcherPhrases).matchAt(tokens, k);
    if (watch) {
      const cue = { first: k, last: k + watch.length - 1 };
      const hit = verbCue(tokens, starts, cue, 'position', lex);
      if (hit?.source && lex.watchers.has(tokens[headOf(tokens, hit.source)].lower)) {
        push(hit);
        k = cue.last;
        continue;
      }
    }
    // 'his new figure of 192', "the ministry's estimate of 5,000": the owner asserts the amount.
    // ("analysts' expectations for a 1.3 million-barrel draw": 'for' and an amount, not a year, too.)
    const forAmount = tokens[k + 1]?.lower === 'for' && !tokens[k + 2]?.tags.has('Date') && !/^(1[89]|20)\d\d$/.test(tokens[k + 2]?.text ?? '') && (amountAt(tokens, k + 2) || (/^(a|an)$/.test(tokens[k + 2]?.lower ?? '') && amountAt(tokens, k + 3)));
    if (lex.nounCoverNouns.has(tokens[k].lower) && (tokens[k + 1]?.lower === 'of' || forAmount) && /^\s*$/.test(gapAfter(tokens, k))) {
      // ("last year's tally of 347": a time is not an owner.)
      const owner = ownerNotTime(tokens, possessorBefore(tokens, k));
      const amount = owner ? npStartingAt(tokens, k + 2, end, 8) : null;
      if (owner && amount) {
        push({ type: 'noun', cue: { first: k, last: k }, source: owner, content: [amount], hedge: false });
        continue;
      }
    }
    // 'a 2.2 million-ton forecast by the International Cocoa Organization': the agent makes the estimate.
    const byAgent = estimateByAgent(tokens, k, lex);
    if (byAgent) {
      push(byAgent);
      continue;
    }
    // ('beat Refinitiv consensus expectations of 128,000', 'FactSet estimates of 56 cents': a name
    // right before the estimate, as a modifier, owns it as a possessive would.)
    // ('the EU total of 213,200' is the total for a place, and 'Wall Street estimates' stay unnamed.)
    if (lex.ownerlessEstimates.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of' && /^\s*$/.test(gapAfter(tokens, k)) && !possessorBefore(tokens, k)) {
      let m = k - 1;
      while (m > 0 && /^(consensus|average|mean|median|latest|current|previous|earlier|revised|official)$/.test(tokens[m].lower) && /^\s*$/.test(gapAfter(tokens, m - 1))) m--;
      // (Not the sentence's first word, whose capital says nothing.)
      const name = m > 0 && /^\s*$/.test(gapAfter(tokens, m)) && /^\p{Lu}/u.test(tokens[m].text) && (tokens[m].tags.has('ProperNoun') || tokens[m].tags.has('Organization') || tokens[m].tags.has('Acronym'));
      // ('surpassing Wall Street expectations of $776.1 million': the market's analysts, unnamed.)
      const street = tokens[m]?.lower === 'street' && tokens[m - 1]?.lower === 'wall';
      const amount = name ? npStartingAt(tokens, k + 2, end, 8) : null;
      if (name && amount && amountAt(tokens, k + 2)) {
        let first = street ? m - 1 : m;
        while (first > 0 && /^\s*$/.test(gapAfter(tokens, first - 1)) && /^\p{Lu}/u.test(tokens[first - 1].text) && tokens[first - 1].tags.has('ProperNoun')) first--;
        push({ type: 'noun', cue: { first: k, last: k }, source: { first, last: m }, content: [amount], hedge: false });
        continue;
      }
    }
    // "(organisers' estimate: 200,000; police estimate: 55,000)": a label and its amount.
    if (lex.nounCues.has(tokens[k].lower) && /^\s*:/.test(gapAfter(tokens, k)) && k > 0) {
      const hit = labelCue(tokens, k);
      if (hit) {
        push(hit);
        k = hit.content[0].last;
        continue;
      }
    }
    // 'police chief Charles Ramsey gave a rough estimate of 35,000 to 50,000'
    if (lex.nounCoverNouns.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of' && !possessorBefore(tokens, k)) {
      const hit = offeredEstimate(tokens, k, lex);
      if (hit) {
        push(hit);
        continue;
      }
    }
    // "The ministry's tally, which ..., stands at 34,000": the owner asserts the level it reports.
    if (lex.nounCoverNouns.has(tokens[k].lower)) {
      const hit = possessedLevel(tokens, k, lex);
      if (hit) {
        push(hit);
        continue;
      }
    }
    // 5. Noun cues with an owner: 'his estimate that ...', "the ministry's claim that ...".
    if (lex.nounCues.has(tokens[k].lower) && tokens[k + 1]?.lower === 'that' && /^\s*$/.test(gapAfter(tokens, k))) {
      const owner = possessorBefore(tokens, k);
      if (owner) {
        push({ type: 'noun', cue: { first: k, last: k + 1 }, source: owner, content: [{ first: k + 2, last: end }], hedge: false });
        k++;
        continue;
      }
      // ('Scholz made the surprise announcement that ...', 'issued a warning that ...': the subject of
      // a verb that makes or gives the statement owns it.)
      const offered = offeredEstimate(tokens, k, lex);
      if (offered) {
        push(offered);
        k++;
        continue;
      }
      // ('disputes a report that more than 1,000 people were killed', 'rejected reports that 500
      // died': an unnamed report's content clause is somebody's claim, unnamed. Not a relative
      // clause: 'a report that was released on Monday'.)
      const opener = tokens[k - 1]?.lower ?? '';
      const unnamed = lex.unsourcedNouns.has(tokens[k].lower) && (/^(a|an)$/.test(opener) || (/s$/.test(tokens[k].lower) && !!tokens[k - 1] && (isVerb(tokens[k - 1]) || tokens[k - 1].tags.has('Preposition')) && (!/^(has|have|had|is|are|was|were)$/.test(opener) || tokens[k - 2]?.lower === 'there')));
      const clause = !!tokens[k + 2] && !isVerb(tokens[k + 2]) && (tokens[k + 2].tags.has('Value') || tokens[k + 2].tags.has('Noun') || tokens[k + 2].tags.has('Determiner') || tokens[k + 2].tags.has('Pronoun') || tokens[k + 2].tags.has('Adverb'));
      if (unnamed && clause) {
        const first = /^(a|an)$/.test(opener) ? k - 1 : k;
        push({ type: 'noun', cue: { first: k, last: k }, source: { first, last: k }, content: [{ first: k + 2, last: end }], hedge: false });
        k++;
        continue;
      }
    }
    // '..., with other experts saying it will exceed 2%': an adjunct with its own speaker and cue.
    // ('88 people have died with officials reporting another 109 missing': without the comma when a
    // source word and its -ing verb follow.)
    if (tokens[k].lower === 'with' && k > 0 && (COMMA.test(gapAfter(tokens, k - 1)) || speakerWith(tokens, k, lex))) {
      const adj = withSaying(tokens, k, lex);
      if (adj) {
        adjuncts.push({ at: k, own: !!adj.hit });
        if (adj.hit) push(adj.hit);
        k = adj.verb;
        continue;
      }
    }
    // '..., the newspaper quoted the deputy chief, Xiao Yuping, as saying.'
    if (/^(quoted|quotes|quoting|cited|cites)$/.test(tokens[k].lower) && k > 0) {
      const hit = quotedAsSaying(tokens, k, lex);
      if (hit) {
        push(hit);
        k = end;
        continue;
      }
    }
    const roles = lex.cueForms.get(tokens[k].lower);
    // ('the city manager-recommended 4.9 percent increase', 'the mayor-proposed 3 percent rise': a
    // cue glued by a hyphen to who put the amount forward, before the amount.)
    if (roles && (roles.has('position') || roles.has('speech')) && /ed$/.test(tokens[k].lower) && k > 0 && gapAfter(tokens, k - 1) === '-' && tokens[k - 1].tags.has('Noun') && amountAt(tokens, k + 1)) {
      const owner = npEndingAt(tokens, k - 1);
      const amount = npStartingAt(tokens, k + 1, end, 8);
      if (owner && amount) {
        push({ type: 'verb', cue: { first: k, last: k }, source: { first: /^(the|a|an)$/.test(tokens[owner.first].lower) ? owner.first + 1 : owner.first, last: k - 1 }, content: [amount], hedge: false });
        continue;
      }
    }
    if (roles && looksLikeVerb(tokens, k, lex)) {
      const hit = bestVerbCue(tokens, starts, k, roles, lex);
      if (hit) {
        push(hit);
        k = hit.cue.last;
        continue;
      }
    }
  }
  // ('Unemployment rate still at 6.9 per cent: Statistics Canada': a headline names its source after
  // a colon, with no verb and no closing stop.)
  const headlineSource = headlineCredit(tokens, lex);
  if (headlineSource && hits.length === 0) push(headlineSource);
  findHedges(tokens, starts, lex, used, (h) => hits.push({ ...h, source: null, sourceClass: null, hedge: true, colon: false }));
  return hits.map((h) => beforeAdjunct(withinClause(tokens, h, hits, lex), adjuncts, tokens, lex));
}

/** 'with officials reporting', 'with the ministry saying': a source word right after 'with', then a verb in -ing. */
function speakerWith(tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  let j = k + 1;
  if (tokens[j] && /^(the|local|some|other)$/.test(tokens[j].lower)) j++;
  const w = tokens[j]?.lower ?? '';
  if ((lex.anonymous.has(w) || lex.roles.has(w)) && /ing$/.test(tokens[j + 1]?.lower ?? '') && !!lex.cueForms.get(tokens[j + 1].lower)) return true;
  // ('with the CDC flu forecasting initiative saying, "There is ..."': or a name of a few words and a
  // verb of saying in -ing that introduces a quotation.)
  if (!/^\p{Lu}/u.test(tokens[j]?.text ?? '')) return false;
  let v = j + 1;
  while (v < Math.min(tokens.length - 1, j + 6) && !(tokens[v].lower === 'saying' || tokens[v].lower === 'telling') && /^\s*$/.test(gapAfter(tokens, v - 1)) && !tokens[v].tags.has('Value')) v++;
  return /^(saying|telling)$/.test(tokens[v]?.lower ?? '') && /["“]/.test(gapAfter(tokens, v));
}

/**
 * ', with other experts saying it will exceed 2%', ', with police putting the crowd at 5,000': a
 * 'with' adjunct whose subject says something of its own. The adjunct's subject is the source of
 * what follows its verb; a figure as its subject ('with only three in ten saying ...') is what the
 * adjunct is about, not what anyone reports, so it gets no hit. Null when the words after 'with' are
 * not a short noun phrase and a reporting verb in -ing.
 */
function withSaying(tokens: Token[], k: number, lex: CompiledLexicon): { hit: Omit<CueHit, 'sourceClass' | 'colon'> | null; verb: number } | null {
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 7); j++) {
    if (j > k + 1 && /[,;:.!?()"“”]/.test(gapAfter(tokens, j - 1))) return null;
    const roles = j > k + 1 ? lex.cueForms.get(tokens[j].lower) : undefined;
    // ('with the increases ranging from 5% to 50%': ranging and varying report nothing of a subject.)
    const reports = roles && (roles.has('speech') || roles.has('object') || roles.has('position') || (roles.has('evidential') && !/^(range|vary)$/.test(lex.cueLemma.get(tokens[j].lower) ?? '')));
    // ('with the CDC flu forecasting initiative saying': an -ing form before a noun of the phrase
    // modifies it.)
    const modifier = !!tokens[j + 1] && /^\s*$/.test(gapAfter(tokens, j)) && tokens[j + 1].tags.has('Noun') && !tokens[j + 1].tags.has('Pronoun') && !tokens[j + 1].tags.has('Value') && /^\p{Ll}/u.test(tokens[j + 1].text) && !/^(that|the|a|an)$/.test(tokens[j + 1].lower);
    if (reports && /ing$/.test(tokens[j].lower) && !modifier) {
      const subject = { first: k + 1, last: j - 1 };
      const end = tokens.length - 1;
      if (figureSubject(tokens, subject, lex) || j === end) return { hit: null, verb: j };
      // ('with Perth and Brisbane each also adding more than 80,000 people': 'adding' an amount is growth.)
      if (wantsClause(tokens, lex.cueLemma.get(tokens[j].lower) ?? '', j, j + 1, end, lex)) return null;
      return { hit: { type: 'verb', cue: { first: j, last: j }, source: subject, content: [{ first: j + 1, last: end }], hedge: false, speech: roles.has('speech') }, verb: j };
    }
    // (The words between are the subject: no verb, no subordinate clause of their own.)
    if ((tokens[j].tags.has('Verb') && !(reports && modifier)) || /^(that|which|who|as|of|to)$/.test(tokens[j].lower)) return null;
  }
  return null;
}

/**
 * A cue before a ', with X saying ...' adjunct does not report the adjunct: its content stops at the
 * comma. ('The poll shows 70.6% ..., with 14.1% saying ...': a figure saying something in a poll's or
 * a study's findings is still what the document shows.)
 */
function beforeAdjunct(h: CueHit, adjuncts: { at: number; own: boolean }[], tokens: Token[], lex: CompiledLexicon): CueHit {
  if (adjuncts.length === 0) return h;
  const finding = h.sourceClass?.kind === 'document' || lex.cueForms.get(tokens[h.cue.first].lower)?.has('evidential');
  const adj = adjuncts.find((a) => a.at > h.cue.last && (a.own || !finding));
  return adj === undefined ? h : clipped(h, 0, adj.at - 1);
}

/**
 * 'Economists had expected growth of 0.3%; the economy instead shrank 0.1%, official figures
 * showed.': when the other side of a semicolon has a cue of its own, a reporting verb reports only
 * within its own side. ('Officials said 40 died; 12 are missing.' keeps its reach; so do a cue
 * that introduces a list with a colon and the framing cues.)
 */
function withinClause(tokens: Token[], h: CueHit, hits: CueHit[], lex: CompiledLexicon): CueHit {
  if (h.colon || (h.type !== 'verb' && h.type !== 'trailing')) return h;
  // ('It surpasses the 186.9 million that the trade group initially predicted would shop': the amount
  // a restrictive relative clause's cue is about is part of what it reports.)
  const that = h.type === 'verb' && h.source ? h.source.first - 1 : -1;
  if (that > 1 && /^(that|which)$/.test(tokens[that].lower) && /^\s*$/.test(gapAfter(tokens, that - 1))) {
    const at = tokens[that - 1].tags.has('Value') ? that - 1 : tokens[that - 2]?.tags.has('Value') && tokens[that - 1].tags.has('Noun') && /^\s*$/.test(gapAfter(tokens, that - 2)) ? that - 2 : -1;
    if (at >= 0 && !tokens[at].tags.has('Date')) h = { ...h, content: [{ first: amountStart(tokens, at), last: that - 1 }, ...h.content] };
  }
  // 'State data shows deaths rose nearly 12 percent, but the county saw a 15% increase': a document
  // shows its own finding, not the writer's contrast after ', but'.
  if (h.type === 'verb' && lex.cueForms.get(tokens[h.cue.first].lower)?.has('evidential')) {
    for (let k = h.cue.last + 1; k < tokens.length - 1; k++) {
      if (COMMA.test(gapAfter(tokens, k)) && /^(but|whereas)$/.test(tokens[k + 1].lower)) {
        h = clipped(h, 0, k);
        break;
      }
    }
  }
  // ('Tesla said it delivered 139,300 vehicles, but shares fell 5.7% in pre-market trading': how the
  // market took the news is the writer's report, not the company's.)
  for (let k = h.cue.last + 1; k < tokens.length - 2; k++) {
    const g = gapAfter(tokens, k);
    const joiner = (COMMA.test(g) && /^(but|while|and)$/.test(tokens[k + 1].lower)) || /;/.test(g);
    const at = /;/.test(g) ? k + 1 : k + 2;
    const subject = /^(its|the|their|company's|company’s)$/.test(tokens[at]?.lower ?? '') ? at + 1 : at;
    if (joiner && /^(shares|stock|stocks)$/.test(tokens[subject]?.lower ?? '') && h.content.some((r) => r.first <= k && r.last > k)) {
      h = clipped(h, 0, k);
      break;
    }
  }
  // ('Three percent said they would vote for another candidate, and just 5 percent said they are
  // undecided': a clause after ', and' / ', but' / ', while' with a speaker and a speech verb of its
  // own is that speaker's, not the first one's.)
  if (h.type === 'verb') {
    const r = h.content[h.content.length - 1];
    for (let k = r ? r.first : 0; r && k < r.last - 1; k++) {
      if (ownSpeakerAfter(tokens, k, r.last, lex)) {
        h = clipped(h, 0, k);
        break;
      }
    }
  }
  // ('hospitals reported 62,382 patients, and the death toll stood at 281': a verb whose content is
  // an object, with no clause of its own, reports nothing past ', and' / ', but' / ';' opening a clause
  // with its own subject and verb. 'Officials said 40 died, and 12 are missing' reports a clause and
  // keeps its reach.)
  if (h.type === 'verb' && h.content.length === 1 && tokens[h.content[0].first]?.lower !== 'that') {
    const from = h.content[0].first;
    for (let k = from; k < h.content[0].last - 1; k++) {
      const g = gapAfter(tokens, k);
      // ('reported revenue of $4 billion while profit rose 12 percent': 'while' needs no comma.)
      // ('pledged to cut bills by £300 and the price cap was £1568': 'and' with no comma too, when a
      // determiner opens the new clause's subject.)
      // (Only after an amount: 'said Mrs. Huntley and her husband will be questioned' joins two subjects.)
      const bareAnd = /^\s+$/.test(g) && tokens[k + 1].lower === 'and' && /^(the|a|an|its|their|his|her)$/.test(tokens[k + 2]?.lower ?? '') && tokens.slice(from, k + 1).some((x) => x.tags.has('Value') && !x.tags.has('Date'));
      const joiner = (COMMA.test(g) && /^(and|but)$/.test(tokens[k + 1].lower)) || /;/.test(g) || ((COMMA.test(g) || /^\s+$/.test(g)) && /^(while|whereas|but)$/.test(tokens[k + 1].lower)) || bareAnd;
      if (!joiner) continue;
      const next = /;/.test(g) ? k + 1 : k + 2;
      // (The new clause's subject: a determiner or a pronoun, perhaps after a time or place phrase:
      // ', and in Q4 2018 it dropped 5 million'.)
      let subj = next;
      if (/^(in|on|at|during|by|since|after)$/.test(tokens[subj]?.lower ?? '')) {
        while (subj < next + 5 && subj < h.content[0].last && !/^(the|a|an|its|their|his|her|it|they|he|she|we)$/.test(tokens[subj].lower)) subj++;
      }
      // ('; profit rose 12 percent', 'but deaths fell to 12': or a bare noun right before its verb.)
      // (compromise may tag 'rose' a noun, the flower: a verb of level counts as the verb.)
      // ('and the stock rose 3%': past a determiner too.)
      const start = tokens[subj]?.tags.has('Determiner') && /^(the|a|an|its|their|his|her)$/.test(tokens[subj].lower) ? subj + 1 : subj;
      let v = start;
      while (v < start + 3 && v < h.content[0].last && (tokens[v].tags.has('Noun') || tokens[v].tags.has('Adjective')) && !tokens[v].tags.has('Value') && !tokens[v].tags.has('Pronoun') && !finiteVerb(tokens[v]) && !(v > subj && lex.levelVerbs.has(tokens[v].lower)) && /^\s*$/.test(gapAfter(tokens, v))) v++;
      const bareClause = v > start && (finiteVerb(tokens[v]) || lex.levelVerbs.has(tokens[v].lower) || /^(fell|dropped|declined|slid|slipped)$/.test(tokens[v].lower));
      if (!finiteIn(tokens, from, k) && ((/^(the|a|an|its|their|his|her|it|they|he|she|we)$/.test(tokens[subj]?.lower ?? '') && finiteIn(tokens, subj, Math.min(h.content[0].last, subj + 6))) || bareClause)) h = clipped(h, 0, k);
      break;
    }
  }
  // 'The bill, which Democrats say would cost $1.2 trillion, passed the House 220-212': a cue in a
  // relative clause set off by commas reports up to the comma that closes it.
  const rel = h.source ? h.source.first - 1 : -1;
  if (h.type === 'verb' && rel > 0 && /^(which|who|whom)$/.test(tokens[rel].lower) && COMMA.test(gapAfter(tokens, rel - 1))) {
    const close = relativeClauseClose(tokens, h.cue.last);
    if (close < tokens.length - 1) h = clipped(h, 0, close);
  }
  // ('That's at 181 billion — much more than RBC analyst Mark Mahaney had expected — and is up 14
  // percent': a cue inside an aside between dashes reports only inside it.)
  if (h.type === 'verb' || h.type === 'trailing') {
    const dash = (k: number) => /^\s*—\s*$|^\s+[–-]\s+$|^\s*--\s*$/.test(gapAfter(tokens, k));
    let open = -1;
    for (let k = h.cue.first - 1; k >= 0; k--) if (dash(k)) { open = k; break; }
    let close = -1;
    for (let k = h.cue.last; k < tokens.length - 1; k++) if (dash(k)) { close = k; break; }
    // ('The human body -- he pointed out, for example -- required 33 units': an aside that is only the
    // attribution still reports the sentence around it.)
    if (open >= 0 && close >= 0 && !(h.source && h.source.first === open + 1)) h = clipped(h, open + 1, close);
  }
  // ('ERCOT, which forecast the record demand, operates the grid for 26 million customers': a cue
  // whose subject is the relative pronoun reports up to the comma that closes the clause.)
  let pron = h.cue.first - 1;
  while (pron > 0 && /^(also|still|now|already|has|have|had|will|would|may|might|could|previously|recently|initially|earlier|later)$/.test(tokens[pron].lower)) pron--;
  if (h.type === 'verb' && pron > 0 && /^(which|who)$/.test(tokens[pron].lower) && tokens[pron].text !== 'WHO' && COMMA.test(gapAfter(tokens, pron - 1)) && h.source && h.source.last < pron) {
    const close = relativeClauseClose(tokens, h.cue.last);
    // (Only where the main clause goes on after it: a relative clause that ends the sentence runs to its end.)
    if (close < tokens.length - 1 && isVerb(tokens[close + 1])) h = clipped(h, 0, close);
  }
  // 'jailed on charges which he denies, won 8.4%': a cue that closes a relative clause reports nothing after it.
  if (h.type === 'verb' && rel > 0 && /^(which|that|who|whom)$/.test(tokens[rel].lower) && COMMA.test(gapAfter(tokens, h.cue.last))) h = clipped(h, 0, h.cue.last);
  const cueAt = (from: number, to: number) => hits.some((o) => o !== h && !o.hedge && o.cue.first >= from && o.cue.first <= to);
  let first = 0;
  let last = tokens.length - 1;
  for (let k = h.cue.first - 1; k >= 0; k--) {
    if (/;/.test(gapAfter(tokens, k))) {
      if (cueAt(0, k)) first = k + 1;
      break;
    }
  }
  for (let k = h.cue.last; k < tokens.length - 1; k++) {
    if (/;/.test(gapAfter(tokens, k))) {
      if (cueAt(k + 1, tokens.length - 1)) last = k;
      break;
    }
  }
  return first === 0 && last === tokens.length - 1 ? h : clipped(h, first, last);
}

/** A finite verb ('rose', 'fell', 'are'), not a participle, a gerund or a bare infinitive. */
function finiteVerb(t: Token | undefined): boolean {
  return !!t && (FINITE.test(t.lower) || (isVerb(t) && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Participle') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')));
}

/** Whether a new clause with its own speaker opens after token k: ', and 5 percent said'. */
function ownSpeakerAfter(tokens: Token[], k: number, end: number, lex: CompiledLexicon): boolean {
  if (!COMMA.test(gapAfter(tokens, k)) || !/^(and|but|while|whereas)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  let at = k + 2;
  if (/^(just|only|another|some)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.tags.has('Value')) at++;
  const np = npStartingAt(tokens, at, end, 8);
  if (!np) return false;
  let v = np.last + 1;
  while (v < end && /^(also|too|just|only|still|instead)$/.test(tokens[v].lower)) v++;
  const roles = tokens[v] && isVerb(tokens[v]) && !tokens[v].tags.has('Gerund') ? lex.cueForms.get(tokens[v].lower) : undefined;
  return !!roles && (roles.has('speech') || roles.has('position'));
}

/**
 * A headline that names its source apart from the claim, with no verb: 'CLAIM: Statistics Canada'
 * or 'CLAIM – UN' (the name after the last colon or spaced dash), or 'UN: CLAIM' (a known
 * organization or person before a colon that opens it).
 */
function headlineCredit(tokens: Token[], lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  const end = tokens.length - 1;
  if (end < 3 || /[.!?"”]/.test(gapAfter(tokens, end))) return null;
  const known = (t: Token) => lex.roles.has(t.lower) || lex.documentNouns.has(t.lower) || lex.anonymous.has(t.lower);
  const nameOnly = (first: number, last: number) => {
    const words = tokens.slice(first, last + 1);
    return !words.some((t) => (isVerb(t) && !known(t)) || t.tags.has('Value')) && words.every((t) => /^\p{Lu}/u.test(t.text) || /^(of|for|the|and|&)$/.test(t.lower) || known(t));
  };
  const parts = (k: number) => /:\s*$/.test(gapAfter(tokens, k)) || /\s[-–—]\s/.test(gapAfter(tokens, k));
  let c = end - 1;
  while (c > 0 && c >= end - 5 && !parts(c)) c--;
  if (c > 0 && parts(c) && tokens.slice(0, c + 1).some((t) => t.tags.has('Value')) && nameOnly(c + 1, end)) {
    const src = { first: c + 1, last: end };
    return { type: 'according', cue: src, source: src, content: [{ first: 0, last: c }], hedge: false };
  }
  // ('UN: 33 aid trucks entered Gaza Sunday', not 'Gaza: 40 killed' or 'Update: 40 killed'.)
  let o = 0;
  while (o < Math.min(end - 1, 3) && !/:\s*$/.test(gapAfter(tokens, o))) o++;
  if (!/:\s*$/.test(gapAfter(tokens, o)) || !nameOnly(0, o) || !tokens.slice(o + 1).some((t) => t.tags.has('Value'))) return null;
  const opener = tokens.slice(0, o + 1);
  if (opener.some((t) => t.tags.has('Place')) || !opener.some((t) => t.tags.has('Organization') || t.tags.has('Person') || lex.roles.has(t.lower))) return null;
  const src = { first: 0, last: o };
  return { type: 'according', cue: src, source: src, content: [{ first: o + 1, last: end }], hedge: false };
}

/** The hit with its content cut to tokens first..last. */
function clipped(h: CueHit, first: number, last: number): CueHit {
  return { ...h, content: h.content.map((r) => ({ first: Math.max(r.first, first), last: Math.min(r.last, last) })).filter((r) => r.first <= r.last) };
}

/** A finite verb among tokens from..to ('stood', 'is', 'died'; not 'taking' or 'killed' after a noun). */
function finiteIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (FINITE.test(t.lower)) return true;
    // ('said the city built a school', 'said her daughter purchased a home': a past form right after
    // the short subject that opens the clause is its verb, whatever else it could be.)
    // ('said the trade deficit widened': past a compound noun of up to three words too, unless an
    // agent follows: 'said the figures released by the ministry show' is a reduced relative.)
    if (isVerb(t) && t.tags.has('PastTense') && k >= from + 2 && k <= from + 4 && /^(the|a|an|his|her|its|their|our|my|your)$/.test(tokens[from].lower) && tokens[k - 1].tags.has('Noun') && tokens.slice(from + 1, k).every((x) => (x.tags.has('Noun') || x.tags.has('Adjective')) && !x.tags.has('Value') && !x.tags.has('Pronoun')) && /^\s*$/.test(tokens.slice(from, k).map((_, i) => gapAfter(tokens, from + i)).join('')) && tokens[k + 1]?.lower !== 'by') return true;
    // ('reported profit, helped by demand in China, and the company raised ...': a participle set off
    // by a comma before its agent is an adjunct, no finite verb.)
    if (/\p{Ll}ed$/u.test(t.text) && k > from && COMMA.test(gapAfter(tokens, k - 1)) && tokens[k + 1]?.lower === 'by') continue;
    // ('helped by demand': a bare form right after a preposition is its noun.)
    if (tokens[k - 1]?.tags.has('Preposition') && !/^(to|that)$/.test(tokens[k - 1].lower) && !/(ed|ing)$/.test(t.lower)) continue;
    // ('pledged to cut bills by £300': an infinitive after 'to' is no finite verb.)
    if (tokens[k - 1]?.lower === 'to' && t.tags.has('Infinitive')) continue;
    // ('reported 40 arrests': a plural form right after a number is what it counts, whatever its tag.)
    if (tokens[k - 1]?.tags.has('Value') && /\p{Ll}s$/u.test(t.text)) continue;
    if (isVerb(t) && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Participle') && !t.tags.has('Gerund') && !(tokens[k - 1]?.tags.has('Noun') && /ed$/.test(t.lower) && !tokens[k - 1].tags.has('Pronoun'))) return true;
  }
  return false;
}

/**
 * The last token of a relative clause set off by commas that holds a cue ending at `from`: up to its
 * closing comma. ('which officials said would cost $40 million, or one-third of the budget, was
 * approved', 'which the county said numbered 300, including 13 schools': an amount restated or broken
 * down after a comma is still inside the clause.)
 */
function relativeClauseClose(tokens: Token[], from: number): number {
  const last = tokens.length - 1;
  let close = from;
  while (close < last && !COMMA.test(gapAfter(tokens, close))) close++;
  while (close < last && restatedAmountAt(tokens, close + 1)) {
    close++;
    while (close < last && !COMMA.test(gapAfter(tokens, close))) close++;
  }
  return close;
}

/** ', or one-third of the budget', ', including 13 schools', ', up 4 percent': an amount restated, broken down or compared after a comma. */
function restatedAmountAt(tokens: Token[], k: number): boolean {
  if (!/^(or|including|up|down|compared)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++) {
    if (amountAt(tokens, j) && tokens[j].tags.has('Value') && !tokens[j].tags.has('Date')) return true;
    if (!/^\s*$/.test(gapAfter(tokens, j - 1))) return false;
  }
  return false;
}

/**
 * 'Toyota sold 2.1 million vehicles, the company said': for a closing cue whose source is 'it' or a
 * general noun ('the company', 'the airline'), the name that opens the sentence as its subject, when
 * it names an institution; null otherwise.
 */
function openingName(tokens: Token[], h: Omit<CueHit, 'sourceClass' | 'colon'>, cls: SourceClass | null, lex: CompiledLexicon): TokenRange | undefined {
  if (!h.source || !cls || !cls.anaphoric || cls.kind === 'person') return undefined;
  const words = tokens.slice(h.source.first, h.source.last + 1).map((t) => t.lower);
  if (!(words.length === 1 && /^(it|its)$/.test(words[0])) && !(words.length === 2 && words[0] === 'the' && lex.genericHeads.has(words[1]))) return undefined;
  const first = h.content[0]?.first ?? -1;
  if (first !== 0) return undefined;
  const np = npStartingAt(tokens, 0, h.source.first - 1, 6);
  if (!np || !/^\p{Lu}/u.test(tokens[np.last].text) || !tokens[np.last + 1] || !isVerb(tokens[np.last + 1])) return undefined;
  const named = classifySource(tokens, np, lex);
  const institution = !named.anaphoric && (named.kind === 'organization' || named.kind === 'agency' || named.kind === 'media' || (named.kind === 'person' && !!named.unknownName && np.first === np.last));
  return institution ? np : undefined;
}
