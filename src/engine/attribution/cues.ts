// Finds the attribution cues of one tagged sentence and, for each, the words it covers (its reported
// content, guide section 2) and who it names. A figure is attributed by a cue only when it lies inside
// that content: "The company, which employs 5,000 people, said ..." does not source the 5,000.
import type { CompiledLexicon, CueRole } from '../../lexicon';
import type { CueType } from '../types';
import type { Token } from '../nlp/tagger';
import { gapAfter, indexOf, matchString } from '../nlp/phrases';
import { classifySource, type SourceClass } from './kinds';
import { beforeAdverbs, clauseOf, clauseStarts, headOf, isVerb, npEndingAt, npStartingAt, npWord, postmodifierLength, runTo, type TokenRange } from './np';

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
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
/** Words after a reporting verb that belong to it, not to its content: 'said Friday', 'said in a statement'. */
const VERB_TRAILERS = new Set(['today', 'yesterday', 'tonight', 'again', 'also', 'later', 'earlier', 'previously', 'separately', 'recently', 'publicly', 'privately', 'then', 'now', 'further', 'too', 'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'on', 'in', 'at', 'a', 'an', 'the', 'its', 'his', 'her', 'their', 'statement', 'interview', 'release', 'briefing', 'conference', 'news', 'press', 'written', 'emailed', 'email', 'mail', 'letter', 'post', 'tweet', 'speech', 'remarks', 'testimony', 'court', 'filing', 'report', 'television', 'radio', 'broadcast', 'televised', 'address', 'told', 'reporters', 'journalists', 'local', 'time', 'late', 'early', 'recent', 'condition', 'anonymity', 'of', 'by', 'phone', 'telephone', 'email', 'e-mail', 'via', 'video', 'link', 'because', 'they', 'he', 'she', 'was', 'were', 'not', 'authorized', 'authorised', 'to', 'speak', 'publicly', 'discuss', 'the', 'matter',
  // 'said in its annual outlook', 'in the latest bulletin'
  'annual', 'monthly', 'quarterly', 'weekly', 'daily', 'latest', 'new', 'outlook', 'online',
  // 'said on its website', 'wrote on X', 'said in a post on Telegram'
  'website', 'site', 'webpage', 'page', 'account', 'feed', 'blog', 'x', 'facebook', 'twitter', 'telegram', 'instagram', 'youtube', 'tiktok', 'social', 'media', 'platform', 'channel', 'app']);

const isGap = (g: string, re: RegExp) => re.test(g);
const COMMA = /,/;
const QUOTE_CLOSE = /["”’]/;

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
    hits.push({ ...h, sourceClass: klass(h.source), colon: h.colon ?? false });
  };

  for (let k = 0; k < tokens.length; k++) {
    if (used.has(k) || !tokens[k].text) continue;
    // 1. Prepositional cues: 'according to X', 'as reported by X', 'citing X'.
    const prep = indexOf(lex.prepCues).matchAt(tokens, k);
    // 'Per the latest count by the ministry, ...', '..., per the ministry.': 'per' frames a source only
    // where a clause opens ('$5 per hour' is a rate).
    // ('Per capita consumption' is no source either.)
    const perSource = tokens[k].lower !== 'per' || ((k === 0 || COMMA.test(gapAfter(tokens, k - 1))) && !/^(capita|cent|annum|diem|se|head|person|day|year|month|week)$/.test(tokens[k + 1]?.lower ?? ''));
    if (prep && (prep.length > 1 || perSource)) {
      const cue = { first: k, last: k + prep.length - 1 };
      const src = sourceAfter(tokens, cue.last + 1, lex);
      if (src) {
        push({ type: 'according', cue, source: src, content: framedContent(tokens, starts, cue, src), hedge: false });
        k = src.last;
        continue;
      }
    }
    // 1b. 'Based on data from the CDC, ...', '..., going by the ministry's figures': only with a
    // document ('based on current trends' names no source), where a clause opens or ends.
    const docPrep = !prep && (k === 0 || COMMA.test(gapAfter(tokens, k - 1))) ? indexOf(lex.documentPrepCues).matchAt(tokens, k) : null;
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
      const src = h <= end && lex.unsourcedNouns.has(tokens[h].lower) ? { first: k + 1, last } : null;
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
      const hit = verbCue(tokens, starts, cue, 'speech', lex);
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
    if (lex.nounCoverNouns.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of' && /^\s*$/.test(gapAfter(tokens, k))) {
      // ("last year's tally of 347": a time is not an owner.)
      const owner = ownerNotTime(tokens, possessorBefore(tokens, k));
      const amount = owner ? npStartingAt(tokens, k + 2, end, 8) : null;
      if (owner && amount) {
        push({ type: 'noun', cue: { first: k, last: k }, source: owner, content: [amount], hedge: false });
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
    }
    // '..., with other experts saying it will exceed 2%': an adjunct with its own speaker and cue.
    if (tokens[k].lower === 'with' && k > 0 && COMMA.test(gapAfter(tokens, k - 1))) {
      const adj = withSaying(tokens, k, lex);
      if (adj) {
        adjuncts.push({ at: k, own: !!adj.hit });
        if (adj.hit) push(adj.hit);
        k = adj.verb;
        continue;
      }
    }
    // '..., the newspaper quoted the deputy chief, Xiao Yuping, as saying.'
    if (/^(quoted|quotes|quoting)$/.test(tokens[k].lower) && k > 0) {
      const hit = quotedAsSaying(tokens, k, lex);
      if (hit) {
        push(hit);
        k = end;
        continue;
      }
    }
    const roles = lex.cueForms.get(tokens[k].lower);
    if (roles && looksLikeVerb(tokens, k, lex)) {
      const hit = bestVerbCue(tokens, starts, k, roles, lex);
      if (hit) {
        push(hit);
        k = hit.cue.last;
        continue;
      }
    }
  }
  findHedges(tokens, starts, lex, used, (h) => hits.push({ ...h, source: null, sourceClass: null, hedge: true, colon: false }));
  return hits.map((h) => beforeAdjunct(withinClause(tokens, h, hits, lex), adjuncts, tokens, lex));
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
    if (reports && /ing$/.test(tokens[j].lower)) {
      const subject = { first: k + 1, last: j - 1 };
      const end = tokens.length - 1;
      if (figureSubject(tokens, subject) || j === end) return { hit: null, verb: j };
      // ('with Perth and Brisbane each also adding more than 80,000 people': 'adding' an amount is growth.)
      if (lex.clauseOnly.has(lex.cueLemma.get(tokens[j].lower) ?? '') && !opensClause(tokens, j + 1, end, gapAfter(tokens, j))) return null;
      return { hit: { type: 'verb', cue: { first: j, last: j }, source: subject, content: [{ first: j + 1, last: end }], hedge: false, speech: roles.has('speech') }, verb: j };
    }
    // (The words between are the subject: no verb, no subordinate clause of their own.)
    if (tokens[j].tags.has('Verb') || /^(that|which|who|as|of|to)$/.test(tokens[j].lower)) return null;
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
  // 'The bill, which Democrats say would cost $1.2 trillion, passed the House 220-212': a cue in a
  // relative clause set off by commas reports up to the comma that closes it.
  const rel = h.source ? h.source.first - 1 : -1;
  if (h.type === 'verb' && rel > 0 && /^(which|who|whom)$/.test(tokens[rel].lower) && COMMA.test(gapAfter(tokens, rel - 1))) {
    let close = h.cue.last;
    while (close < tokens.length - 1 && !COMMA.test(gapAfter(tokens, close))) close++;
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

/** The hit with its content cut to tokens first..last. */
function clipped(h: CueHit, first: number, last: number): CueHit {
  return { ...h, content: h.content.map((r) => ({ first: Math.max(r.first, first), last: Math.min(r.last, last) })).filter((r) => r.first <= r.last) };
}

/** The document noun right before token k ('an order saying'), a time phrase allowed between ('an order Friday saying'); -1 if none. */
function documentBefore(tokens: Token[], k: number, lex: CompiledLexicon): number {
  let d = k - 1;
  while (d > 0 && tokens[d].tags.has('Date') && !tokens[d].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, d))) d--;
  return d >= 0 && lex.documentNouns.has(tokens[d].lower) && /^\s*$/.test(gapAfter(tokens, d)) ? d : -1;
}

/** compromise sometimes tags 'reports' or 'estimate' as nouns; the position decides. */
function looksLikeVerb(tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  // 'an order (Friday) saying', 'new estimates showing': after a document noun, a participle.
  if (/ing$/.test(t.lower) && documentBefore(tokens, k, lex) >= 0) return true;
  // ('The 2017 report, which seeks to overhaul the service, recommended maximum wait times': right
  // after a relative clause set off by commas, a participle form is the clause's verb, whatever
  // compromise made of it before an adjective.)
  if (/ed$/.test(t.lower) && k > 1 && COMMA.test(gapAfter(tokens, k - 1))) {
    for (let b = k - 2; b > 0 && b >= k - 20; b--) {
      if (/^(which|who)$/.test(tokens[b].lower) && tokens[b].text !== 'WHO' && COMMA.test(gapAfter(tokens, b - 1))) return true;
      if (/[,;:"“”]/.test(gapAfter(tokens, b - 1))) break;
    }
  }
  // 'analysts had forecast', 'it has estimated': after a perfect auxiliary, a verb.
  if (prev && /^(had|has|have)$/.test(prev.lower) && /^\s*$/.test(gapAfter(tokens, k - 1)) && !t.tags.has('Plural')) return true;
  // '..., police data show.', '..., records show': a bare form after a document noun that ends the clause.
  if (prev && lex.documentNouns.has(prev.lower) && /^\s*$/.test(gapAfter(tokens, k - 1)) && (k === tokens.length - 1 || /^\s*[.,;]/.test(gapAfter(tokens, k)))) return true;
  // A capital inside a sentence is a name: 'United States', 'Reports Without Borders'.
  if (k > 0 && /^\p{Lu}/u.test(t.text) && !/[.!?:"“]\s*$/.test(gapAfter(tokens, k - 1))) return false;
  // 'the total reported casualties', 'an estimated 5,000', 'the projected meager revenues':
  // attributive, a hedge not a verb.
  if (prev && /^(the|a|an|its|their|his|her|total|officially|initially|first)$/.test(prev.lower) && !BE.has(prev.lower)) {
    if (tokens[k + 1] && (tokens[k + 1].tags.has('Noun') || tokens[k + 1].tags.has('Value') || tokens[k + 1].tags.has('Adjective'))) return false;
  }
  // 'In the budget revealed yesterday, ...', 'In the budget expected to be presented on Thursday':
  // a participle after a noun that a preposition governs is a reduced relative, not the clause's verb.
  if (/ed$/.test(t.lower) && prev?.tags.has('Noun') && (tokens[k + 1]?.tags.has('Date') || tokens[k + 1]?.lower === 'to' || /^(yesterday|today|last|this|earlier)$/.test(tokens[k + 1]?.lower ?? ''))) {
    let b = k - 1;
    while (b > 0 && /^\s*$/.test(gapAfter(tokens, b - 1)) && (tokens[b - 1].tags.has('Noun') || tokens[b - 1].tags.has('Adjective') || tokens[b - 1].tags.has('Determiner'))) b--;
    if (b > 0 && tokens[b - 1].tags.has('Preposition') && !/^(by|of)$/.test(tokens[b - 1].lower)) return false;
  }
  // 'figures on recorded crime', 'the highly anticipated governor's election': a participle after a
  // preposition or an adverb in -ly, before a noun, is an adjective.
  if (prev && /ed$/.test(t.lower) && (prev.tags.has('Preposition') || (/ly$/.test(prev.lower) && prev.tags.has('Adverb'))) && /^\s*$/.test(gapAfter(tokens, k - 1)) && /^\s*$/.test(gapAfter(tokens, k)) && tokens[k + 1] && (tokens[k + 1].tags.has('Noun') || tokens[k + 1].tags.has('Possessive'))) return false;
  // 'estimated losses of more than $2.1 billion': an attributive hedge before a noun and its amount.
  // ('the World Bank projected growth of 2.4%': right after its subject it is the verb.)
  const noSubject = !prev || /^(and|or)$/.test(prev.lower) || prev.tags.has('Preposition') || prev.tags.has('Determiner') || /[,;:(]\s*$/.test(gapAfter(tokens, k - 1));
  if (noSubject && lex.attributiveHedges.has(t.lower) && tokens[k + 1]?.tags.has('Noun') && tokens[k + 2]?.lower === 'of' && /^\s*$/.test(gapAfter(tokens, k))) return false;
  // 'domestic violence related assaults', 'drug related deaths': 'related' between a noun and a plural
  // is a compound adjective (written without its hyphen), not 'related' as in 'narrated'.
  if (t.lower === 'related' && prev?.tags.has('Noun') && !prev.tags.has('Pronoun') && tokens[k + 1]?.tags.has('Plural') && /^\s*$/.test(gapAfter(tokens, k))) return false;
  // 'The total votes counted as of 7.30pm is 21,589': a reduced participle before 'as of'.
  if (/ed$/.test(t.lower) && tokens[k + 1]?.lower === 'as' && tokens[k + 2]?.lower === 'of') return false;
  const next = tokens[k + 1];
  // Inverted, before a name: '..., reports Pew Research.', '..., says Mark V. Keeler'.
  if (prev && /,\s*$/.test(gapAfter(tokens, k - 1)) && next && /^\p{Lu}/u.test(next.text) && /^\s*$/.test(gapAfter(tokens, k))) return true;
  // '12 states', 'three reports': a cue form after a number is a noun.
  if (prev && prev.tags.has('Value') && (t.tags.has('Noun') || /s$/.test(t.lower)) && /^\s*$/.test(gapAfter(tokens, k - 1))) return false;
  // '73 confirmed cases', '12 reported deaths': between a number and its noun, a participle is an adjective.
  if (prev && prev.tags.has('Value') && /ed$/.test(t.lower) && next && (next.tags.has('Noun') || next.tags.has('Plural')) && /^\s*$/.test(gapAfter(tokens, k - 1)) && /^\s*$/.test(gapAfter(tokens, k))) return false;
  // "organisers' estimate": after a plural possessive it is a noun.
  if (prev && /^['’](\s|$)/.test(gapAfter(tokens, k - 1))) return false;
  // 'individual states', 'The highest recorded damage': after an adjective it is a noun or an adjective.
  // ('The ministry later said': 'later' and 'earlier' are adverbs here.)
  if (prev && prev.tags.has('Adjective') && !prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !/^(later|earlier|further|also)$/.test(prev.lower) && !/^\p{Lu}/u.test(prev.text) && /^\s*$/.test(gapAfter(tokens, k - 1))) return false;
  // Forms that are just as often nouns ('state', 'reports', 'claims', 'figures') need a clause after
  // them, or a name before them at the end of the sentence ('..., Mr. Keeler reports.').
  if (NOUNISH_FORMS.has(t.lower) && !/ed$/.test(t.lower)) {
    const opensContent = !!next && /^\s*$/.test(gapAfter(tokens, k)) && /^(that|the|a|an|his|her|their|its|some|more|nearly|about|almost|over|at|\d.*|\$.*)$/.test(next.lower);
    const subjectBefore = !!prev && (prev.tags.has('ProperNoun') || prev.tags.has('Pronoun') || prev.tags.has('Person') || prev.tags.has('Plural'));
    // ('..., they report.': after a pronoun the bare form is the verb too.)
    const endsAfterName = (/s$/.test(t.lower) || !!prev?.tags.has('Pronoun')) && (!next || /^\s*\./.test(gapAfter(tokens, k))) && subjectBefore;
    // 'economists estimate payments of ...': a verb after its subject, with an object after it.
    const verbWithObject = t.tags.has('Verb') && subjectBefore && !!next && /^\s*$/.test(gapAfter(tokens, k)) && (next.tags.has('Noun') || next.tags.has('Determiner') || next.tags.has('Value'));
    // 'Russia claims to have captured 12 villages': after its subject, with an infinitive.
    const withInfinitive = subjectBefore && next?.lower === 'to' && !!tokens[k + 2] && isVerb(tokens[k + 2]);
    // 'Apple forecast earnings per share of 46 cents', 'The company forecasts revenue of $2 billion':
    // after a name (or a singular noun the -s form agrees with), a noun object, then 'of' and an
    // amount. ('the IMF forecast of 3%' is a noun: 'of' right after it.)
    const agrees = !!prev && /^\s*$/.test(gapAfter(tokens, k - 1)) && (/^\p{Lu}/u.test(prev.text) || (prev.tags.has('Singular') && !prev.tags.has('Pronoun') && /[^s]s$/.test(t.lower)));
    if (agrees) {
      let of = k + 1;
      while (of <= Math.min(tokens.length - 1, k + 5) && tokens[of].lower !== 'of' && /^\s*$/.test(gapAfter(tokens, of - 1)) && !tokens[of].tags.has('Value')) of++;
      if (of > k + 1 && tokens[of]?.lower === 'of' && amountAt(tokens, of + 1)) return true;
    }
    if (!opensContent && !endsAfterName && !verbWithObject && !withInfinitive && !/[:"“]/.test(gapAfter(tokens, k))) return false;
  }
  if (t.tags.has('Verb')) return true;
  // 'data that shows 84 deaths': after a relative 'that' on a document noun, a verb.
  if (prev?.lower === 'that' && lex.documentNouns.has(tokens[k - 2]?.lower ?? '')) return true;
  // 'Figures released by NHS England this week show 7.6 million', 'Budget figures show spending':
  // a bare evidential form after a noun, opening a clause or an amount, is the verb.
  if (prev && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && lex.cueForms.get(t.lower)?.has('evidential') && !/(ing|ed)$/.test(t.lower) && next && /^\s*$/.test(gapAfter(tokens, k)) && (next.tags.has('Value') || next.tags.has('Noun') || /^(that|the|a|an|there|\$.*|\d.*)$/.test(next.lower))) return true;
  // A noun-tagged cue form right after a name or pronoun and before 'that', punctuation or a determiner reads as a verb.
  if (!prev) return false;
  // ('The Obama campaign claims that': an -s form after a singular noun, before 'that', agrees with it.)
  const prevOk = prev.tags.has('ProperNoun') || prev.tags.has('Pronoun') || prev.tags.has('Plural') || prev.tags.has('Value') || /^\p{Lu}/u.test(prev.text) || (prev.tags.has('Singular') && /s$/.test(t.lower) && next?.lower === 'that');
  const nextOk = !next || /^(that|the|a|an|his|her|their|its|some|more|nearly|about|[\d$].*)$/.test(next.lower) || /[,.;:]/.test(gapAfter(tokens, k));
  return prevOk && nextOk && !prev.tags.has('Determiner') && !prev.tags.has('Possessive');
}

/** A subject that is a figure in digits: '18 percent', 'Only 12 percent of respondents', '1,217 eligible voters'. */
function figureSubject(tokens: Token[], subject: TokenRange): boolean {
  let k = subject.first;
  while (k < subject.last && /^(only|just|about|some|nearly|almost|roughly|around|more|than|over|under|fewer|less|the|a|an)$/.test(tokens[k].lower)) k++;
  // ('A 40-member panel said': a number in a compound modifier names the subject.)
  if (gapAfter(tokens, k) === '-' || /^\d+-\p{L}/u.test(tokens[k].text)) return false;
  // ('"We lost 40 cows," the 41-year-old said': an age names a person.)
  const age = k + 2 <= subject.last && gapAfter(tokens, k) === '-' && /^(year|month|week)s?$/.test(tokens[k + 1].lower) && gapAfter(tokens, k + 1) === '-' && tokens[k + 2].lower === 'old';
  // ('The 2021 census shows', 'The 2024-25 budget papers show': a year that dates a singular noun.)
  // (compromise tags 'census' and 'analysis' plural.)
  const year = /^(19|20)\d\d(-\d\d)?$/.test(tokens[k].text) && k < subject.last && (!tokens[k + 1].tags.has('Plural') || /(us|ss|is)$/.test(tokens[k + 1].lower));
  return /\d/.test(tokens[k].text) && tokens[k].tags.has('Value') && !age && !year;
}

/** Whether token k follows a determiner, a possessive or an adjective, so that it is a noun. */
function nounBefore(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || !/^\s*$/.test(gapAfter(tokens, k - 1)) && !/^['’]s?\s*$/.test(gapAfter(tokens, k - 1))) return false;
  if (/^(the|a|an|its|his|her|their|our|my|your|this|that|these|those)$/.test(prev.lower) || prev.tags.has('Possessive') || /['’]s?$/.test(prev.text) || /^['’]/.test(gapAfter(tokens, k - 1))) return true;
  if (prev.tags.has('Adjective') && !prev.tags.has('Noun') && !/^(later|earlier|further|also|then)$/.test(prev.lower)) return true;
  // ('the UN's flash appeal for': a bare form after a lower-case singular noun does not agree with it.)
  // ('the governor laid out a plan': an irregular past is a verb.)
  return prev.tags.has('Singular') && !prev.tags.has('Pronoun') && /^\p{Ll}/u.test(prev.text) && !/(s|ed|ing)$/.test(tokens[k].lower) && !tokens[k].tags.has('PastTense');
}

/** Tries the roles a cue form can play, most specific first. */
function bestVerbCue(tokens: Token[], starts: number[], k: number, roles: Set<CueRole>, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> & { colon?: boolean } | null {
  const order: CueRole[] = ['toll', 'evidential', 'measurement', 'object', 'speech', 'position'];
  for (const role of order) {
    if (!roles.has(role)) continue;
    const hit = verbCue(tokens, starts, { first: k, last: k }, role, lex);
    if (hit && !(role === 'position' && stipulates(tokens, hit, lex))) return role === 'speech' || role === 'object' ? { ...hit, speech: true } : hit;
  }
  return null;
}

/**
 * 'The contract called for overhauling of 102 joints', 'the plan envisages 3,000 homes': a document
 * that lays something down puts forward no one's figure. Only for verbs of position (a contract may
 * still 'show' or 'say').
 */
function stipulates(tokens: Token[], hit: { cue: TokenRange; source: TokenRange | null }, lex: CompiledLexicon): boolean {
  if (!hit.source) return false;
  const lemma = cueLemmaOf(tokens, hit.cue, lex);
  const position = lex.objectOnly.has(lemma) || !!lex.cueForms.get(tokens[hit.cue.first].lower)?.has('position');
  return position && lex.stipulatingNouns.has(tokens[headOf(tokens, hit.source)].lower);
}

/** The lemma of a cue's words, one or several ('calls for' -> 'call for'); '' when the lexicon has none. */
function cueLemmaOf(tokens: Token[], cue: TokenRange, lex: CompiledLexicon): string {
  return lex.cueLemma.get(tokens.slice(cue.first, cue.last + 1).map((w) => w.lower).join(' ')) ?? '';
}

/** 'There were 1,184 fatal crashes, indicating a 2.3% drop': an expletive subject names nobody. */
function expletive(tokens: Token[], subject: TokenRange): boolean {
  return subject.first === subject.last && /^there$/i.test(tokens[subject.first].text);
}

/** Whether a passive verb ('was put', 'were arrested') comes before the 'and' at `and`, in the same clause. */
function passiveBefore(tokens: Token[], and: number): boolean {
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
function withoutTrailingDay(tokens: Token[], agent: TokenRange): TokenRange {
  const src = { ...agent };
  while (src.last > src.first && (/^(on|in|at|last|this)$/.test(tokens[src.last].lower) || (tokens[src.last].tags.has('Date') && !tokens[src.last].tags.has('Value')))) src.last--;
  return src;
}

/** A reporting verb: finds its source (before or after it) and its content. */
function verbCue(tokens: Token[], starts: number[], cue: TokenRange, role: CueRole, lex: CompiledLexicon): (Omit<CueHit, 'sourceClass' | 'colon'> & { colon?: boolean }) | null {
  const k = cue.first;
  const end = tokens.length - 1;
  const t = tokens[k];
  // Toll verbs: 'put the toll at', 'increased the previous death toll to', 'placed the value of ... in the range of'.
  let contentFrom = cue.last + 1;
  // '(although he later admitted that he had) Palmer sank his 25-footer': a cue inside brackets
  // reports only up to the closing bracket.
  let contentTo = bracketEnd(tokens, cue) ?? end;
  if (role === 'toll') {
    const toll = tollObject(tokens, cue.last + 1, lex);
    if (toll < 0) return null;
    contentFrom = toll + 1;
    // Only the amount it is put at: 'to six following the landslide caused by the 5.0 earthquake'.
    const amount = npStartingAt(tokens, contentFrom, end, 12);
    if (amount) contentTo = amount.last;
    // ('from 3.3% to 2.9%': both ends.)
    if (tokens[toll].lower === 'from' && tokens[contentTo + 1]?.lower === 'to') {
      const second = npStartingAt(tokens, contentTo + 2, end, 12);
      if (second) contentTo = second.last;
    }
    // ('puts the number of deaths at 13, at least 158 injured and more than 140,000 affected': and
    // the amounts listed with it.)
    while (contentTo < end && (/^\s*,\s*$/.test(gapAfter(tokens, contentTo)) || tokens[contentTo + 1].lower === 'and')) {
      let f = contentTo + 1;
      if (tokens[f].lower === 'and') f++;
      while (f <= end && AMOUNT_WORDS.test(tokens[f].lower)) f++;
      if (f > end || !tokens[f].tags.has('Value')) break;
      const item = npStartingAt(tokens, f, end, 6);
      let last = item ? item.last : f;
      if (last + 1 <= end && /ed$/.test(tokens[last + 1].lower) && /^\s*$/.test(gapAfter(tokens, last))) last++;
      contentTo = last;
    }
  }
  // Negated cues assert nothing: 'did not mention it', 'declined to say', 'never confirmed'.
  if (isNegated(tokens, k)) return null;
  const lemma = cueLemmaOf(tokens, cue, lex);
  // ('with Perth and Brisbane each also adding more than 80,000 people', 'Sydney grew by 50,000,
  // adding 20,000 in the west': a participle of a clause-only verb needs its clause too.)
  // (Not before a colon, which introduces what follows: '..., adding: "We found 12 more."')
  if (role === 'speech' && /ing$/.test(t.lower) && lex.clauseOnly.has(lemma) && contentFrom <= end && !/:/.test(gapAfter(tokens, cue.last)) && !opensClause(tokens, contentFrom, contentTo, gapAfter(tokens, cue.last))) return null;
  // 'the floods have claimed the lives of 550 children', 'claimed responsibility': no report.
  // ('claiming 442 lives', 'has claimed tens of thousands of lives', 'posted a 12 percent rise in
  // profit', 'posted faster trade growth': the object's head, past its modifiers and amounts.)
  const objects = lex.nonReportingObjects.get(lemma);
  if (objects) {
    for (let o = cue.last + 1; o <= Math.min(end, cue.last + 7); o++) {
      // ('claimed 40 people were killed' reports a clause: the object word is its subject.)
      if (objects.has(tokens[o].lower) && !(tokens[o + 1] && isVerb(tokens[o + 1]) && /^\s*$/.test(gapAfter(tokens, o)))) return null;
      if ((tokens[o].tags.has('Preposition') && tokens[o].lower !== 'of') || tokens[o].lower === 'that' || isVerb(tokens[o])) break;
      if (o > cue.last + 1 && !/^\s*$/.test(gapAfter(tokens, o - 1))) break;
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
      if ((/^(which|who|while|whereas)$/.test(tokens[b].lower) && COMMA.test(g)) || /^\s+[–—]\s+$|^\s*—\s*$/.test(g)) {
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
    }
  }
  if (lex.objectOnly.has(lemma)) {
    // 'would seek to set aside ...': an aim, not a figure put forward.
    if (tokens[contentFrom]?.lower === 'to') return null;
    // 'Police are seeking three suspects after 40 shots were fired': the object, not a clause after it.
    for (let b = contentFrom + 1; b <= contentTo; b++) {
      if (SUBORDINATORS.has(tokens[b].lower)) {
        contentTo = b - 1;
        break;
      }
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
  if (cue.first === cue.last && PASSIVE_BEFORE_TO.has(t.lower) && (next === 'to' || passiveAt) && !activeAfter && !agentAfterAmount) return null;
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
  if (/ed$/.test(t.lower) && agentBy && role !== 'toll' && (AMOUNT_PARTICIPLES.test(t.lower) || RATE_PARTICIPLES.test(t.lower)) && /^\s*$/.test(gapAfter(tokens, k - 1))) {
    let a = k - 1;
    while (a > 0 && a >= k - 3 && !tokens[a].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, a - 1)) && tokens[a].tags.has('Noun')) a--;
    const rate = /%$|^[$€£¥]/.test(tokens[a]?.text ?? '') || tokens[a]?.tags.has('Money') || /^(percent|per|pc)$/.test(tokens[a + 1]?.lower ?? '');
    if (tokens[a]?.tags.has('Value') && (AMOUNT_PARTICIPLES.test(t.lower) || rate)) {
      while (a > 0 && tokens[a - 1].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, a - 1))) a--;
      const agent = npStartingAt(tokens, byAt + 1, end, 10);
      if (agent) {
        const src = withoutTrailingDay(tokens, agent);
        const cls = classifySource(tokens, src, lex);
        const time = tokens.slice(src.first, src.last + 1).some((x) => /^(1[89]|20)\d\d$/.test(x.text)) || TIME_HEADS.test(tokens[headOf(tokens, src)].lower);
        if (!time && !cls.guessed) return { type: 'passive-agent', cue, source: src, content: [{ first: a, last: k - 1 }], hedge: false };
      }
    }
  }
  // ('the 11 percent rise highlighted in last year's report', 'the 300 deaths cited in the UN report':
  // a reduced relative that puts the amount before it in a document; the document is the source.)
  if (/ed$/.test(t.lower) && tokens[cue.last + 1]?.lower === 'in' && /^\s*$/.test(gapAfter(tokens, k - 1)) && tokens[k - 1]?.tags.has('Noun')) {
    const doc = npStartingAt(tokens, cue.last + 2, end, 8);
    const docHead = doc ? tokens.slice(doc.first, doc.last + 1).findIndex((x) => lex.documentNouns.has(x.lower)) : -1;
    let a = k - 1;
    while (a > 0 && a >= k - 4 && !tokens[a].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, a - 1)) && (tokens[a].tags.has('Noun') || tokens[a].tags.has('Adjective'))) a--;
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
  if (lex.progressiveCues.has(t.lower) && aux >= 0 && BE.has(tokens[aux].lower) && !/^(whether|if|about|over)$/.test(next)) {
    let a = aux;
    while (a > 0 && /^\s*$/.test(gapAfter(tokens, a - 1)) && /^(have|has|had|will|would|may|might|could|should|must|not|also|still)$/.test(tokens[a - 1].lower)) a--;
    const subject = subjectBefore(tokens, a, lex);
    if (subject) return { type: 'verb', cue, source: subject, content: [{ first: contentFrom, last: contentTo }], hedge: false };
  }
  // ('is upping its projections ... and increasing its forecast': coordinated with a verb before.)
  if (/ing$/.test(t.lower) && tokens[k - 1]?.lower !== 'and') {
    let p = k - 1;
    if (tokens[p] && /^(further|also|then|again)$/.test(tokens[p].lower)) p--;
    if (p < 0 || !COMMA.test(gapAfter(tokens, p))) return null;
    // ('140 people have died, the Prime Minister announced on Wednesday, adding that ...': the
    // subject of the reporting verb the participle follows, not of the sentence's first verb.)
    let q = p;
    while (q > 0 && (VERB_TRAILERS.has(tokens[q].lower) || tokens[q].tags.has('Date')) && /^\s*$/.test(gapAfter(tokens, q - 1))) q--;
    const speaker = lex.cueForms.has(tokens[q].lower) && isVerb(tokens[q]) ? subjectBefore(tokens, q, lex) : null;
    const subject = speaker ?? mainSubject(tokens, p, lex);
    if (!subject || expletive(tokens, subject)) return null;
    // ('Revenue per attendee was £34, ranging from £66 to £10': only a document or finding ranges, shows or finds.)
    if (role === 'evidential') {
      const head = tokens[headOf(tokens, subject)].lower;
      if (!lex.documentNouns.has(head) && !lex.findingSubjects.has(head) && classifySource(tokens, subject, lex).kind !== 'document') return null;
    }
    // '3,000 more people applied, bringing the total to 18,500': arithmetic, not a source's figure,
    // unless the subject is one ('The ministry updated its count, raising the toll to 40').
    if (role === 'toll') {
      const cls = classifySource(tokens, subject, lex);
      if (cls.guessed || cls.kind === 'anonymous') return null;
    }
    return { type: 'verb', cue, source: subject, content: [{ first: contentFrom, last: end }], hedge: false };
  }
  // Inverted: '"...", said Fiedler.' / ', says John Staiger, vice president.'
  // (Not 'told': in '..., Mohammad Amin Huzaifa, head of ..., told AFP.' the name after it is the listener.)
  if (k > 0 && (COMMA.test(gapAfter(tokens, k - 1)) || QUOTE_CLOSE.test(gapAfter(tokens, k - 1))) && role !== 'toll' && role !== 'object') {
    // ('..., said 12 people, mostly children, have died': a figure is what is said, not who says it.)
    const found = npStartingAt(tokens, cue.last + 1, end, 8);
    // ('The 2017 report, which aims ..., recommended a budget of $3 million': nor is an amount.)
    const amount = !!found && tokens.slice(found.first, found.last + 1).some((x) => x.tags.has('Money') || x.tags.has('Percent') || /^[$€£¥]|%$/.test(x.text));
    const src = found && (figureSubject(tokens, found) || amount) ? null : found;
    // ('..., Dr. Alan Melnick, the health officer, said in a statement.': 'in a statement' is no speaker.)
    // ('..., says Mr. Alden and they are doing it ...': or 'and' opening the writer's next clause.)
    // ('"...," said the 41-year-old who farms with his grandfather.': or a relative clause on the speaker.)
    const closes = !!src && (src.last === end || /[,;.:!?—]/.test(gapAfter(tokens, src.last)) || (tokens[src.last + 1]?.lower === 'and' && !!tokens[src.last + 2]?.tags.has('Pronoun')) || /^(who|whose)$/.test(tokens[src.last + 1]?.lower ?? ''));
    // Right after a quotation, 'said the farmer' names its speaker as the draft knows them, whoever
    // they are ('the farmer', 'the 41-year-old'); elsewhere the phrase must read as a name or a role.
    const speakerOfQuote = !!src && QUOTE_CLOSE.test(gapAfter(tokens, k - 1)) && /^(the|a|an|his|her|their|our|its)$/.test(tokens[src.first].lower) && tokens[headOf(tokens, src)].tags.has('Noun');
    if (src && src.first === cue.last + 1 && closes && (nameLike(tokens, src, lex) || speakerOfQuote)) {
      return { type: 'trailing', cue, source: namedAfterRole(tokens, src, lex) ?? src, content: [{ first: 0, last: k - 1 }], hedge: false };
    }
  }
  let subject = subjectBefore(tokens, k, lex);
  // 'A Gallup Poll of 187 voters most likely to take part in the caucuses showed': a document that
  // opens the clause, with no finite verb before this one, is the subject of an evidential verb.
  if (role === 'evidential' && (!subject || !lex.documentNouns.has(tokens[headOf(tokens, subject)].lower))) subject = documentOpening(tokens, starts, k, lex) ?? subject;
  if (!subject) return null;
  // A month or a day asserts nothing: '4.65 percent as March concluded'. ('May said 40 died' can be
  // Theresa May: 'May' stays.)
  const subjectWord = tokens[subject.first].lower;
  if (subject.first === subject.last && subjectWord !== 'may' && (lex.months.has(subjectWord) || lex.weekdays.has(subjectWord))) return null;
  // 'above the $4.4 billion analysts had forecast', 'more than the 175,000 markets had expected': the
  // amount before the subject is the verb's object (a relative clause without 'that'), and the verb
  // reports nothing after it. The source is the rest of the phrase.
  const after = tokens[cue.last + 1];
  const pastForm = /ed$/.test(t.lower) || /^(had|has|have)$/.test(tokens[k - 1]?.lower ?? '');
  // (Not after a relative pronoun, which beforeAdverbs finds past 'had': 'the 450 likely voters who
  // responded,' reports nothing; see below.)
  const relative = /^(who|which|that)$/.test(tokens[beforeAdverbs(tokens, k)]?.lower ?? '');
  if ((role === 'position' || role === 'speech') && pastForm && !relative && (!after || /^\s*[,.;:)]/.test(gapAfter(tokens, cue.last)) || /^(but|and|than|in|for|on|last|this)$/.test(after.lower))) {
    let v = subject.first;
    while (v <= subject.last && !tokens[v].tags.has('Value')) v++;
    let w = v;
    while (w <= subject.last && tokens[w].tags.has('Value')) w++;
    const lead = tokens.slice(subject.first, v);
    // ('the 300 deaths reported in the province': a participle right after the noun, then a
    // preposition, is a reduced relative on what the amount counts, which is no source.)
    const counted = k === subject.last + 1 && /^(in|on|at|for|from|during)$/.test(after?.lower ?? '') && classifySource(tokens, { first: w, last: subject.last }, lex).guessed;
    if (v <= subject.last && w <= subject.last && w > v && !counted && lead.length > 0 && lead.every((t) => !t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun'))) {
      return { type: 'verb', cue, source: { first: w, last: subject.last }, content: [{ first: subject.first, last: w - 1 }], hedge: false };
    }
  }
  // 'among the 450 likely voters who responded, 21 percent ...': a relative clause that ends at a
  // comma reports nothing.
  if (relative && COMMA.test(gapAfter(tokens, cue.last))) return null;
  // 'With cash receipts expected to be ...': the subject of an absolute phrase, not of a cue.
  // ('With almost half of the votes already counted, ...': past the subject's modifiers too.)
  let w = subject.first - 1;
  while (w > 0 && /^(almost|nearly|about|some|only|just|more|than|over|roughly|around)$/.test(tokens[w].lower)) w--;
  if (w >= 0 && /^(with|without)$/.test(tokens[w].lower)) return null;
  // '18 percent cited constitutional revision ... and 16.9 percent listed money scandals', 'to which
  // 1,217 eligible voters responded': a share of a poll's respondents is the poll's figure, not a source.
  if (figureSubject(tokens, subject)) return null;
  const cls = classifySource(tokens, subject, lex);
  const subjectHead = tokens[headOf(tokens, subject)];
  // 'Sales expected to reach $5bn' is a reduced passive (a hedge), not 'the city expects to ...';
  // 'the rate of need indicated in the early weeks' a participle, not 'the rate indicated'.
  if (cls.guessed && role === 'position' && tokens[cue.last + 1]?.lower === 'to') return null;
  if (cls.guessed && /ed$/.test(t.lower) && !atModifier && /^(in|at|by|on|for|during|over|under|from|with|since)$/.test(next)) return null;
  if (expletive(tokens, subject)) return null;
  // ('The enrollment numbers shown to the board were: ...': a participle that is no past tense,
  // right after its noun, is a reduced relative, not the verb of a finding.)
  if (/^(shown|written|given|drawn)$/.test(t.lower) && subject.last === k - 1) return null;
  // A common noun with no institution in its phrase: 'the trade surplus', 'total exports in April'.
  // ('The radiation station of the Chicago board of health' names one.)
  const commonNoun = cls.guessed && /^\p{Ll}/u.test(subjectHead.text) && !tokens.slice(subject.first, subject.last + 1).some((w, i) => lex.roles.has(w.lower) || (i > 0 && /^\p{Lu}/u.test(w.text) && !w.tags.has('Date')));
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
    const itFound = /^(it|this)$/.test(tokens[subject.first].lower) && subject.first === subject.last && (next === 'that' || (/^(found|finds|showed|shows)$/.test(t.lower) && opensClause(tokens, cue.last + 1, end, gapAfter(tokens, cue.last))));
    const thatClause = (next === 'that' && !cls.guessed && (cls.kind === 'agency' || cls.kind === 'organization' || cls.kind === 'media')) || itFound;
    // ('released a report that found ...': subjectBefore gave the document's publisher.)
    const b = beforeAdverbs(tokens, k);
    const relativeToDocument = b > 0 && tokens[b].lower === 'that';
    // ('collective bargaining agreements which also show ...': a document that lays something down shows it too.)
    const document = (w: string) => lex.documentNouns.has(w) || lex.stipulatingNouns.has(w);
    // ('..., with nearly 13 percent of it considered severe, the U.S. Drought Monitor shows.': a named
    // source set off at the end of the sentence reports what comes before, as '..., police said' does.)
    const endsSentence = cue.last === end || /^\s*[.!?]/.test(gapAfter(tokens, cue.last));
    const trailingNamed = endsSentence && subject.first > 0 && COMMA.test(gapAfter(tokens, subject.first - 1)) && /^\p{Lu}/u.test(subjectHead.text);
    if (!document(head) && !lex.findingSubjects.has(head) && cls.kind !== 'document' && !document(last) && !document(named) && !thatClause && !relativeToDocument && !trailingNamed) return null;
  }
  // ('the corresponding period in 2018 which recorded 38,190 cases': a time records nothing.)
  if (role === 'measurement' && (TIME_HEADS.test(subjectHead.lower) || subjectHead.tags.has('Date'))) return null;
  // ('the ministry recorded 1,200 deaths' counts: an institution named by its role measures; 'the
  // team recorded 12 wins' and 'the city recorded 312 homicides' do not.)
  const institution = cls.kind === 'agency' && !!cls.head && lex.agencyWords.has(cls.head.charAt(0).toUpperCase() + cls.head.slice(1));
  if (role === 'measurement' && (cls.kind === 'person' || cls.kind === 'anonymous' || (cls.anaphoric && !institution))) return null;
  // ('The state budget recorded a deficit of Rp 401.8 trillion': what is measured measures nothing.)
  if (role === 'measurement' && lex.measuredNouns.has(subjectHead.lower)) return null;
  // ('Assam recorded the highest crime rate of 143', 'The Hills Shire recorded an increase of 41.5
  // per cent': a place is where something was measured, not who measured it.)
  if (role === 'measurement' && subjectHead.tags.has('Place') && cls.kind !== 'agency' && cls.kind !== 'media' && cls.kind !== 'document') return null;
  // 'the earthquake pushed the death toll to 79,000': an event raises a toll, nobody asserts it.
  if (role === 'toll' && cls.guessed) return null;
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
  // ('Profit rose 8%, better than analysts had expected': what is compared with an expectation is
  // a fact of the writer's, not the expectation.)
  if (/^(than|what)$/.test(tokens[subject.first - 1]?.lower ?? '') && (cue.last === end || /^\s*[,.;:)]/.test(gapAfter(tokens, cue.last)))) return null;
  // ('less than the 0.2% rise that analysts had forecast': an object relative reports its antecedent.)
  const objectRelative = /^(that|which)$/.test(tokens[subject.first - 1]?.lower ?? '') && tokens[subject.first - 1].text !== 'WHO' && (cue.last === end || /^\s*[,.;:)]/.test(gapAfter(tokens, cue.last)));
  if (objectRelative && subject.first >= 2 && /^\s*$/.test(gapAfter(tokens, subject.first - 2))) {
    // The amount and its noun right before 'that' ('the 0.2% rise', whatever compromise made of 'rise').
    let a = subject.first - 2;
    while (a > subject.first - 5 && a > 0 && !tokens[a].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, a - 1))) a--;
    if (tokens[a]?.tags.has('Value')) {
      a = amountStart(tokens, a);
      return { type: 'verb', cue, source: subject, content: [{ first: a, last: subject.first - 2 }], hedge: false };
    }
  }
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
    return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }], hedge: false };
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
    if (after && /ing$/.test(after.lower) && !after.tags.has('Noun') && !tokens[v + 2]?.tags.has('Verb')) return { type: 'trailing', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }], hedge: false };
    return { type: 'parenthetical', cue, source: subject, content: [{ first: 0, last: subject.first - 1 }, { first: v + 1, last: end }], hedge: false };
  }
  if (role === 'object') contentFrom = objectEnd(tokens, cue.last) + 1;
  // 'more than the 175,000 markets had expected but fewer than ...': a verb whose object came
  // before it reports nothing after it.
  if (/^(but|yet|or|nor)$/.test(tokens[contentFrom]?.lower ?? '') && /^\s*$/.test(gapAfter(tokens, contentFrom - 1))) return null;
  // ('have said so far hundreds of homes have been destroyed': 'so far', 'thus far' before the
  // reported clause belong to the verb.)
  if (/^(so|thus)$/.test(tokens[contentFrom]?.lower ?? '') && tokens[contentFrom + 1]?.lower === 'far' && contentFrom + 2 <= end) contentFrom += 2;
  // 'did not mention it when ...', 'confirmed this': a pronoun object, no reported clause.
  const obj = tokens[contentFrom];
  if (role !== 'toll' && obj && /^(it|this|nothing|anything|something|so|them|him|her)$/.test(obj.lower) && (contentFrom === end || !isVerb(tokens[contentFrom + 1]))) return null;
  const colon = /:$/.test(gapAfter(tokens, cue.last).trimEnd()) || /:["“]?$/.test(gapAfter(tokens, end).replace(/\s+/g, ''));
  if (contentFrom > end) {
    return colon ? { type: 'colon', cue, source: subject, content: [], hedge: false, colon: true } : null;
  }
  // 'employers added 275,000 jobs': a verb as often one of increase reports only a clause.
  if (role === 'speech' && !colon && lex.clauseOnly.has(lex.cueLemma.get(t.lower) ?? '') && !opensClause(tokens, contentFrom, contentTo, gapAfter(tokens, cue.last))) return null;
  return { type: role === 'toll' ? 'toll' : 'verb', cue, source: subject, content: [{ first: contentFrom, last: contentTo }], hedge: false, colon };
}

/** An owner that is not a time: "last year's tally", "Friday's count" own nothing. */
function ownerNotTime(tokens: Token[], owner: TokenRange | null): TokenRange | null {
  if (!owner) return null;
  const head = tokens[owner.last];
  return head.tags.has('Date') || /^(year|week|month|day|quarter|decade|season|today|yesterday|tonight)['’]?s?$/.test(head.lower) ? null : owner;
}

/** The owner of a noun: 'his' in 'his estimate', 'the ministry' in "the ministry's latest estimate". */
function possessorBefore(tokens: Token[], k: number): TokenRange | null {
  for (let b = k - 1; b >= Math.max(0, k - 4); b--) {
    const t = tokens[b];
    if (/^(his|her|their|its|our|my)$/.test(t.lower)) return { first: b, last: b };
    if (/['’]s?$/.test(t.text) || t.tags.has('Possessive') || /^['’]s?\s*$/.test(gapAfter(tokens, b))) return npEndingAt(tokens, b);
    if (!(t.tags.has('Adjective') || t.tags.has('Noun')) || /[,;:]/.test(gapAfter(tokens, b))) return null;
  }
  return null;
}

/** 'as many as', 'as much as', 'as high as': 'as' opening a figure's modifier, not a clause. */
const AS_DEGREE = /^(many|much|few|little|high|low|large|long|far|early|late|well|recently|of|part|such|expected|forecast|predicted)$/;

/** Verbs besides the level verbs that give a hedged subject's amount: 'the reported casualties increased to 167'. */
const HEDGED_LEVEL = /^(increased|increases|decreased|decreases|fell|falls|dropped|drops|declined|declines|hit|hits|stand|stands|totaled|totalled|amounted|amounts|came|comes|were|are|has|have|had|reach|rise|rises|rose|grew|climbed)$/;

/** Participles that put an amount forward: 'the 106 mt projected by', 'the 15% increase recorded by', '$57,500 placed on the property by'. */
const AMOUNT_PARTICIPLES = /^(projected|estimated|forecast|forecasted|predicted|calculated|expected|anticipated|reported|cited|recorded|counted|tallied|measured|registered|placed|put|set)$/;
/** Participles of position that put forward a rate or a sum ('the 5 percent increase recommended by the government'), not a count of things ('Twelve projects proposed by private groups'). */
const RATE_PARTICIPLES = /^(recommended|proposed|requested|suggested|demanded|sought)$/;

/** Heads of time phrases: 'the conclusion of 2024', 'the corresponding period'. */
const TIME_HEADS = /^(end|conclusion|beginning|start|middle|close|time|deadline|period|year|month|week|quarter|season|day|decade|century|half|weekend|morning|afternoon|evening|night)$/;

/** Modifier words of an amount: 'more than', 'about', 'at least'. */
const AMOUNT_WORDS = /^(more|less|fewer|than|about|nearly|almost|some|over|under|up|to|at|least|most|around|roughly|approximately|just|an|a)$/;

/** Words that open a subordinate clause after an object: 'seeking three suspects after 40 shots were fired'. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'as', 'since', 'although', 'though', 'if', 'unless', 'until', 'whereas']);

const DISCOURSE = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'therefore', 'moreover', 'nevertheless', 'instead', 'meantime', 'separately', 'earlier', 'later', 'again', 'now', 'then', 'additionally', 'furthermore', 'however,']);

/** Cue forms that are as often nouns: they need a clause or a quotation after them to be verbs. */
const NOUNISH_FORMS = new Set(['state', 'states', 'report', 'reports', 'claim', 'claims', 'estimate', 'estimates', 'figure', 'figures', 'count', 'counts', 'record', 'records', 'note', 'notes', 'charge', 'charges', 'post', 'posts', 'comment', 'comments', 'answer', 'answers', 'forecast', 'forecasts', 'project', 'projects', 'request', 'requests', 'demand', 'demands', 'list', 'lists', 'total', 'totals', 'register', 'measure', 'measures', 'log', 'caution', 'counter', 'bid', 'hint', 'guess', 'fear', 'hope', 'plan', 'budget', 'tally', 'document', 'documents']);

/** Participles that before 'to' or 'at' are always passive: 'believed to be', 'estimated at'. */
const PASSIVE_BEFORE_TO = new Set(['believed', 'thought', 'said', 'reported', 'estimated', 'related', 'alleged', 'rumored', 'rumoured', 'feared', 'understood', 'presumed', 'suspected', 'considered', 'known', 'claimed', 'put', 'valued', 'pegged', 'projected', 'forecast']);

/** Participles that before 'at' always give an amount ('deaths estimated at 5,000'); the others only when one follows ('losses reported at $2 million', not 'said at a news conference'). */
const VALUING_AT = new Set(['estimated', 'put', 'valued', 'pegged', 'placed']);

/** 'did not say', 'has never confirmed', "didn't mention", 'declined to say', 'refused to confirm'. */
function isNegated(tokens: Token[], k: number): boolean {
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

/**
 * '..., said its Secretary-General, Datuk Isham Ishak.': a person's role with their name after a
 * comma, closing the sentence or the clause; the name identifies the source (GUIDE 3). Null otherwise.
 */
function namedAfterRole(tokens: Token[], role: TokenRange, lex: CompiledLexicon): TokenRange | null {
  const end = tokens.length - 1;
  const first = role.last + 1;
  if (first > end || !COMMA.test(gapAfter(tokens, role.last)) || lex.roles.get(tokens[headOf(tokens, role)].lower) !== 'person') return null;
  let last = first;
  while (last + 1 <= end && /^\p{Lu}/u.test(tokens[last + 1].text) && /^\s*$/.test(gapAfter(tokens, last))) last++;
  const name = tokens.slice(first, last + 1);
  if (!name.every((t) => /^\p{Lu}/u.test(t.text)) || !name.some((t) => t.tags.has('Person') || t.tags.has('ProperNoun'))) return null;
  return last === end || /[,.;]/.test(gapAfter(tokens, last)) ? { first, last } : null;
}

/** A source phrase after an inverted verb must name somebody: 'said Fiedler', not 'said the plant'. */
function nameLike(tokens: Token[], r: TokenRange, lex: CompiledLexicon): boolean {
  const cls = classifySource(tokens, r, lex);
  if (cls.kind === 'document') return true;
  return tokens.slice(r.first, r.last + 1).some((t) => /^\p{Lu}/u.test(t.text) || lex.roles.has(t.lower) || lex.anonymous.has(t.lower) || lex.personPronouns.has(t.lower) || lex.groupPronouns.has(t.lower));
}

/** The last token inside the brackets that hold the cue, or null when it is not in brackets. */
function bracketEnd(tokens: Token[], cue: TokenRange): number | null {
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

/** '..., the newspaper quoted X as saying.' at the end of a sentence: the quoting source speaks for what precedes. */
function quotedAsSaying(tokens: Token[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  const end = tokens.length - 1;
  const as = tokens.findIndex((t, i) => i > k && i <= k + 14 && t.lower === 'as' && /^(saying|telling|stating|writing)$/.test(tokens[i + 1]?.lower ?? ''));
  if (as < 0 || as + 1 < end - 2) return null;
  const subject = subjectBefore(tokens, k, lex);
  if (!subject || subject.first === 0) return null;
  return { type: 'trailing', cue: { first: k, last: as + 1 }, source: subject, content: [{ first: 0, last: subject.first - 1 }], hedge: false };
}

/** The document noun phrase that opens the clause of the verb at k, when no finite verb stands between them. */
function documentOpening(tokens: Token[], starts: number[], k: number, lex: CompiledLexicon): TokenRange | null {
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

/** A reported clause starts at `from`: 'that ...', a quotation, or a finite verb before the first comma ('40 were missing'). */
function opensClause(tokens: Token[], from: number, to: number, gapBefore: string): boolean {
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
    // ('C.J. Wilcox added 17 points and Abdul Gaddy scored 15': a clause after 'and' is the
    // writer's next one, not what was added.)
    if (k > from && (t.lower === 'but' || (t.lower === 'and' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')))) return false;
    // ('added 200,000 jobs in May': a capital inside the clause is a name or a month, not a modal.)
    if (k > from && /^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    // ('DiVincenzo added 22 as Golden State's reserves came up big': a verb after a subordinator is
    // the subordinate clause's, and the object before it is no reported clause. 'as many as' is no
    // subordinator.)
    if (k > from && SUBORDINATORS.has(t.lower) && !(t.lower === 'as' && (AS_DEGREE.test(tokens[k - 1].lower) || AS_DEGREE.test(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.tags.has('Value')))) return false;
    if (isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !t.tags.has('Particle') && !nounAfterNumber) return true;
    if (t.tags.has('Copula') || t.tags.has('Modal')) return true;
    // (A dash sets off an aside too: 'the plans of all 195 countries — known as NDCs'.)
    if (/[,;:—–]/.test(gapAfter(tokens, k))) return false;
  }
  return false;
}

/** "organisers' estimate: 200,000 people": the owner before the noun, the amount after the colon up to ';', ')' or the end. */
function labelCue(tokens: Token[], k: number): Omit<CueHit, 'sourceClass' | 'colon'> | null {
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

/** "X gave a rough estimate of 35,000": the subject of a verb of offering owns the estimate. */
function offeredEstimate(tokens: Token[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
  let v = k - 1;
  while (v >= 0 && v >= k - 3 && /^\s*$/.test(gapAfter(tokens, v)) && (tokens[v].tags.has('Determiner') || tokens[v].tags.has('Adjective'))) v--;
  if (v < 0 || v === k - 1 || !lex.offerVerbs.has(tokens[v].lower)) return null;
  const subject = subjectBefore(tokens, v, lex);
  const amount = subject ? npStartingAt(tokens, k + 2, tokens.length - 1, 8) : null;
  return subject && amount ? { type: 'noun', cue: { first: k, last: k }, source: subject, content: [amount], hedge: false } : null;
}

/** "By the agency's count," / "by his own estimate,": a cue from 'by' to the noun, its owner the source. */
function possessedFrame(tokens: Token[], starts: number[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
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
function possessedLevel(tokens: Token[], k: number, lex: CompiledLexicon): Omit<CueHit, 'sourceClass' | 'colon'> | null {
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
  if (/^(at|to|by)$/.test(tokens[from]?.lower ?? '')) from++;
  const amount = npStartingAt(tokens, from, tokens.length - 1, 8);
  return amount ? { type: 'noun', cue: { first: k, last: k }, source: owner, content: [amount], hedge: false } : null;
}

/** 'the (previous) (death) toll' after a toll verb; returns the index of the preposition after it, or -1. */
function tollObject(tokens: Token[], from: number, lex: CompiledLexicon): number {
  // 'put unemployment at 8.2%', 'pegs inflation at 3%': a valuing verb values any short object.
  if (lex.valuingVerbs.has(tokens[from - 1]?.lower ?? '')) {
    for (let k = from + 1; k < Math.min(tokens.length - 1, from + 6); k++) {
      // ('pegged it as a magnitude 5.6': 'as' gives the value too.)
      if (tokens[k].lower === 'at' || tokens[k].lower === 'as') {
        let v = k + 1;
        if (tokens[k].lower === 'as' && /^(a|an)$/.test(tokens[v]?.lower ?? '')) v++;
        if (tokens[v]?.lower === 'magnitude') v++;
        return tokens[v] && (tokens[v].tags.has('Value') || /^(about|around|nearly|almost|roughly|some|more|less|over|under|least|most|between|\$.*|\d.*)$/.test(tokens[v].lower)) ? k : -1;
      }
      if (!npWord(tokens[k]) || !/^\s*$/.test(gapAfter(tokens, k - 1))) break;
    }
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
        if (/^(at|to|as|in|near|around|above|below|by)$/.test(tokens[p].lower) && (amountAt(tokens, p + 1) || /^(the|a)$/.test(tokens[p + 1].lower) && /^(range|region|neighbou?rhood|vicinity)$/.test(tokens[p + 2]?.lower ?? ''))) return p;
      }
      return -1;
    }
    // ('revised that forecast down to', 'raised that total to': a demonstrative before the toll noun.)
    if (!npWord(tokens[k]) && !/^(that|this|these|those)$/.test(tokens[k].lower)) return -1;
  }
  return -1;
}

/** Where the amount phrase holding the number at `k` starts: back over numbers, an article and modifiers ('the 525,000', 'about 40'). */
function amountStart(tokens: Token[], k: number): number {
  let a = k;
  while (a > 0 && /^\s*$/.test(gapAfter(tokens, a - 1)) && (tokens[a - 1].tags.has('Value') || AMOUNT_LEAD.test(tokens[a - 1].lower))) a--;
  return a;
}
const AMOUNT_LEAD = /^(the|a|an|about|around|some|nearly|almost|more|less|fewer|than|over|under|roughly)$/;

/** Whether an amount starts at token k: a number, or a modifier of one ('about', 'more than', '$5'). */
function amountAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return t.tags.has('Value') || /^(about|around|nearly|almost|roughly|some|more|less|over|under|least|most|between|just|approximately|up|\$.*|\d.*)$/.test(t.lower);
}

/**
 * Whether tokens from..to are adjuncts of a verb with no clause of their own: prepositional and time
 * phrases ('in a highly anticipated report ahead of the election'), where a verb form can only be a
 * participle before its noun. Starts with a preposition or a date; no 'that', no colon or quotation.
 */
function adjunctsOnly(tokens: Token[], from: number, to: number, lex: CompiledLexicon): boolean {
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
    if (!(t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund'))) return false;
    if (!before || !(before.tags.has('Determiner') || before.tags.has('Adverb') || before.tags.has('Adjective'))) return false;
    if (!after || !(after.tags.has('Noun') || after.tags.has('Adjective'))) return false;
  }
  return true;
}

/**
 * Where an object a verb reports ends before the writer's next clause: before ', while' and a clause
 * with its own subject, or before 'and' and a verb with no subject of its own ('admitted fraud and
 * agreed to pay ...', 'announced the merger on Monday and cut 2,000 jobs'). The index before the
 * conjunction, or -1 when there is none or the content is a clause ('said that ...', 'said 40 died').
 */
function coordinatedVerbBefore(tokens: Token[], from: number, to: number): number {
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
      return verb ? k - 1 : -1;
    }
    if (isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !t.tags.has('Particle') && (t.tags.has('PastTense') || t.tags.has('PresentTense'))) return -1;
  }
  return -1;
}

/** The end of a told-type verb's object: 'told some 350 persons that' -> before 'that'; 'told reporters the toll' -> 'reporters'. */
function objectEnd(tokens: Token[], verb: number): number {
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

/** The subject of the reporting verb at k, stepping over adverbs, appositives and relative clauses. */
export function subjectBefore(tokens: Token[], k: number, lex: CompiledLexicon, depth = 0): TokenRange | null {
  let j = beforeAdverbs(tokens, k);
  if (j < 0 || depth > 3) return null;
  // 'other scientists have been able to calculate', 'the ministry is expected to announce'
  if (tokens[j].lower === 'to' && /^\s*$/.test(gapAfter(tokens, j - 1))) {
    // ('the sample of prices used to calculate the October index': a purpose after a reduced
    // relative reports nothing.)
    if (/^(used|needed|designed|intended|required|meant)$/.test(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.tags.has('Noun') && !tokens[j - 2].tags.has('Pronoun')) return null;
    let a = j - 1;
    let steps = 0;
    while (a >= 0 && steps < 5 && /^\s*$/.test(gapAfter(tokens, a)) && (isVerb(tokens[a]) || tokens[a].tags.has('Adjective') || tokens[a].tags.has('Adverb') || tokens[a].tags.has('Auxiliary'))) {
      a--;
      steps++;
    }
    if (steps === 0 || a < 0) return null;
    j = a;
  }
  // 'a Gallup poll published on Monday found', 'a study published in the Lancet shows': a document
  // noun with a reduced relative after it (its time phrase already stepped over) is the subject.
  const reduced = documentBeforeParticiple(tokens, j, lex);
  if (reduced) return reduced;
  // 'Officials in Canada, meanwhile, announced': a discourse adverb between commas.
  if (DISCOURSE.has(tokens[j].lower) && j > 0 && /,\s*$/.test(gapAfter(tokens, j - 1)) && /^,?\s*$/.test(gapAfter(tokens, j))) j = j - 1;
  let g = gapAfter(tokens, j);
  // 'the International Monetary Fund (IMF) said': the source is the name before the short one.
  const named = bracketedShortName(tokens, j);
  if (named >= 0) {
    j = named;
    g = ' ';
  }
  // '..., which figured 21 injured': the relative pronoun's antecedent is the subject.
  if (/^(which|who)$/.test(tokens[j].lower) && tokens[j].text !== 'WHO' && j > 0) {
    const before = gapAfter(tokens, j - 1);
    if (!/^\s*,?\s*$/.test(before)) return null;
    return npEndingAt(tokens, j - 1);
  }
  // 'released a report last year that found ...', 'shared data that shows ...': a document noun
  // (a time phrase may follow it) is the antecedent of a relative 'that'.
  if (tokens[j].lower === 'that' && j > 0 && /^\s*$/.test(gapAfter(tokens, j - 1))) {
    let d = j - 1;
    while (d > 0 && d >= j - 3 && /^\s*$/.test(gapAfter(tokens, d - 1)) && (tokens[d].tags.has('Date') || /^(last|this|next|earlier|later|year|week|month|on)$/.test(tokens[d].lower))) d--;
    const doc = lex.documentNouns.has(tokens[d].lower) ? npEndingAt(tokens, d) : null;
    if (!doc) return null;
    // ('The state provided information that showed ...': the publisher of the document.)
    const verb = doc.first - 1;
    const publisher = verb >= 0 && lex.offerVerbs.has(tokens[verb].lower) ? subjectBefore(tokens, verb, lex, depth + 1) : null;
    return publisher ?? doc;
  }
  // 'Bob Houtz tilts back in a battered chair and tells of': coordinated verbs share the subject.
  if (/^(and|but|then)$/.test(tokens[j].lower) && /^\s*$/.test(g)) {
    // 'clearing and maintaining 11,000 miles of firebreaks': coordinated gerunds report nothing.
    if (/ing$/.test(tokens[k]?.lower ?? '') && j > 0 && tokens[j - 1].tags.has('Gerund')) return null;
    // The earliest verb of the clause: 'tilts' in 'Houtz tilts back in a battered chair and tells'.
    // A name followed by an -s word is a verb even where the tagger took it for a plural noun.
    let verb = -1;
    for (let v = j - 1; v >= Math.max(0, j - 15); v--) {
      if (/[;:."”]/.test(gapAfter(tokens, v))) break;
      const t = tokens[v];
      const nameVerb = /s$/.test(t.lower) && !!tokens[v - 1]?.tags.has('ProperNoun') && !/^\p{Lu}/u.test(t.text);
      if ((isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Particle') && !/^(in|on|up|out|off|back|down|over|away)$/.test(t.lower)) || nameVerb) verb = v;
    }
    if (verb < 0) return null;
    return subjectBefore(tokens, verb, lex, depth + 1);
  }
  // 'Intel — one of Oregon's largest employers — said', 'Intel (one of ...) said': an aside between
  // dashes or brackets right before the verb; the subject stands before it.
  const closing = /^\)\s*$/.test(g) ? /\(\s*$/ : /^\s*(?:—|–|--)\s*$|^\s+-\s+$/.test(g) ? /^\s*(?:—|–|--)\s*$|^\s+-\s+$/ : null;
  if (closing) {
    for (let o = j - 1; o >= Math.max(0, j - 20); o--) {
      const go = gapAfter(tokens, o);
      if (closing.test(go)) return npEndingAt(tokens, o);
      if (/[.;:"“”]/.test(go)) break;
    }
    return null;
  }
  if (COMMA.test(g) && !QUOTE_CLOSE.test(g)) return appositiveSubject(tokens, j, lex);
  // ('OPEC+ announced': a plus glued to a name belongs to it.)
  if (!/^\s*$/.test(g) && !/^['’]s?\s*$/.test(g) && !/^\.\s*$/.test(g) && !(/^\+\s*$/.test(g) && /^\p{Lu}/u.test(tokens[j].text))) return null;
  // 'State media reports earlier said': a document noun tagged as a verb after a noun is the subject's head.
  // ('UNHCR's annual "2008 Global Trends" report shows': the same after a quoted title.)
  if (!npWord(tokens[j]) && lex.documentNouns.has(tokens[j].lower)) {
    const noun = j > 0 && /^\s*$/.test(gapAfter(tokens, j - 1)) && (tokens[j - 1].tags.has('Noun') || tokens[j - 1].tags.has('ProperNoun'));
    const before = noun ? npEndingAt(tokens, j - 1) : titleBefore(tokens, j);
    if (before) return { first: before.first, last: j };
  }
  let np = npEndingAt(tokens, j);
  if (!np) return null;
  // 'A study by the Global Carbon Project showed', '..., analysis by BBC News has found': the
  // document and its author are the source.
  const by = np.first - 1;
  if (by > 0 && tokens[by].lower === 'by' && lex.documentNouns.has(tokens[by - 1].lower) && /^\s*$/.test(gapAfter(tokens, by - 1)) && /^\s*$/.test(gapAfter(tokens, by))) {
    const doc = npEndingAt(tokens, by - 1);
    if (doc) np = { first: doc.first, last: np.last };
  }
  // ('That report also found': a demonstrative opening the clause belongs to the phrase.)
  const dem = np.first - 1;
  if (dem >= 0 && /^(that|this|these|those)$/.test(tokens[dem].lower) && /^\s*$/.test(gapAfter(tokens, dem)) && (dem === 0 || /[,;:"“]\s*$/.test(gapAfter(tokens, dem - 1)))) np = { first: dem, last: np.last };
  // 'UNHCR's annual "2008 Global Trends" report shows': a quoted title inside the phrase.
  const titled = titleBefore(tokens, np.first);
  if (titled) np = { first: titled.first, last: np.last };
  // 'Seven of the eight companies that turn out full lines of farm machinery say': the phrase right
  // before the verb is the object inside a relative clause; the subject stands before 'that'.
  const lead = tokens[np.first - 1];
  if (lead && /^\s*$/.test(gapAfter(tokens, np.first - 1)) && (isVerb(lead) || lead.tags.has('Particle') || /^(out|up|off|down|over)$/.test(lead.lower))) {
    const rel = relativeHead(tokens, np.first);
    if (rel) np = rel;
  }
  // 'Two people familiar with the matter said': the phrase before the verb is the object of a
  // postmodifier; the subject is the unnamed source before it, postmodifier and all.
  const head = postmodifiedHead(tokens, np.first, lex);
  if (head) np = { first: head.first, last: np.last };
  // 'The Ministry of Health affiliated with Hamas announced': likewise the object of a reduced
  // relative ('affiliated with', 'based in', 'backed by') after the subject.
  else {
    const reduced = reducedRelativeHead(tokens, np.first, lex);
    if (reduced) np = { first: reduced.first, last: np.last };
  }
  return nameBeforeTitle(tokens, np, lex) ?? np;
}

/**
 * '"...," Melissa Fleming, UNHCR chief spokesperson said' (the closing comma missing), 'Xu Zhiwen,
 * executive deputy governor of ..., the region where ..., said': a title after a comma, with a
 * person's name before it that opens the clause, stands for that person; the name is the source.
 */
function nameBeforeTitle(tokens: Token[], np: TokenRange, lex: CompiledLexicon): TokenRange | null {
  if (np.first < 2 || !COMMA.test(gapAfter(tokens, np.first - 1))) return null;
  if (!tokens.slice(np.first, np.last + 1).some((t) => lex.roles.get(t.lower) === 'person')) return null;
  const name = npEndingAt(tokens, np.first - 1);
  if (!name || !tokens.slice(name.first, name.last + 1).every((t) => /^\p{Lu}/u.test(t.text)) || !tokens.slice(name.first, name.last + 1).some((t) => t.tags.has('Person'))) return null;
  const opens = name.first === 0 || /[,;:"“”]\s*$/.test(gapAfter(tokens, name.first - 1));
  return opens ? name : null;
}

/**
 * 'the International Monetary Fund (IMF) said', 'California Department of Forestry and Fire
 * Protection (CalFire) said': when token j closes a bracket of one to three capitalised words right
 * after a noun (the short name of what precedes), the index of that noun; otherwise -1.
 */
function bracketedShortName(tokens: Token[], j: number): number {
  if (!/^\s*\)\s*$/.test(gapAfter(tokens, j))) return -1;
  for (let m = j; m >= Math.max(1, j - 2); m--) {
    if (!/^\p{Lu}/u.test(tokens[m].text)) return -1;
    if (/^\s*\(\s*$/.test(gapAfter(tokens, m - 1))) return npWord(tokens[m - 1]) ? m - 1 : -1;
    if (!/^\s*$/.test(gapAfter(tokens, m - 1))) return -1;
  }
  return -1;
}

/**
 * 'UNHCR's annual | "2008 Global Trends" | report': when a quoted title of at most six words ends
 * right before `first`, the noun phrase that ends before the title (null otherwise).
 */
function titleBefore(tokens: Token[], first: number): TokenRange | null {
  if (first < 2 || !/^["”]\s+$/.test(gapAfter(tokens, first - 1))) return null;
  for (let m = first - 1; m >= Math.max(1, first - 6); m--) {
    const g = gapAfter(tokens, m - 1);
    if (/^\s+["“]$/.test(g)) return npEndingAt(tokens, m - 1);
    if (!/^\s*$/.test(g)) return null;
  }
  return null;
}

/**
 * The noun phrase before a reduced relative whose object starts at `first`: 'The Ministry of Health
 * affiliated with | Hamas', 'a think tank based in | Washington'. Null when `first` does not follow
 * a participle and its preposition.
 */
function reducedRelativeHead(tokens: Token[], first: number, lex: CompiledLexicon): TokenRange | null {
  const prep = tokens[first - 1];
  const part = tokens[first - 2];
  if (!prep || !part || !/^(with|in|to|by|from|at|near)$/.test(prep.lower)) return null;
  // ('Economists surveyed by Reuters', 'a poll published in the Lancet' have rules of their own.)
  if (lex.sourceParticiples.has(part.lower) || lex.documentParticiples.has(part.lower)) return null;
  if (!/^\s*$/.test(gapAfter(tokens, first - 2)) || !/^\s*$/.test(gapAfter(tokens, first - 3))) return null;
  if (!(part.tags.has('PastTense') || part.tags.has('Participle')) || part.tags.has('Noun') || !/ed$/.test(part.lower)) return null;
  return npEndingAt(tokens, first - 3);
}

/**
 * The unnamed source ('people', 'a source') before a postmodifier ('familiar with', 'with direct
 * knowledge of') that ends at or after first - 1: the noun phrase walk may have taken its last words
 * ('knowledge of the plans').
 */
function postmodifiedHead(tokens: Token[], first: number, lex: CompiledLexicon): TokenRange | null {
  for (let at = Math.max(1, first - 4); at <= first; at++) {
    if (!postmodifierLength(tokens, at, lex)) continue;
    const head = npEndingAt(tokens, at - 1);
    return head && lex.anonymous.has(tokens[headOf(tokens, head)].lower) ? head : null;
  }
  return null;
}

/**
 * 'a poll published on Monday', 'a study published in the Lancet': looking back from j (at most a
 * short phrase, no punctuation) for a document participle right after a document noun; returns the
 * noun phrase that ends there. With an agent ('released by the World Bank') the agent is the source.
 */
function documentBeforeParticiple(tokens: Token[], j: number, lex: CompiledLexicon): TokenRange | null {
  for (let p = j; p >= Math.max(1, j - 6); p--) {
    if (p < j && !/^\s*$/.test(gapAfter(tokens, p))) return null;
    // 'released Tuesday by the World Bank': the agent, right before the verb, is the better source.
    // ('A report commissioned by Local Government NZ has found': who paid for it did not write it.)
    if (tokens[p].lower === 'by' && !/^(commissioned|funded|sponsored|ordered)$/.test(tokens[p - 1]?.lower ?? '')) return null;
    const doc = lex.documentParticiples.has(tokens[p].lower);
    const people = lex.sourceParticiples.has(tokens[p].lower);
    if ((!doc && !people) || !/^\s*$/.test(gapAfter(tokens, p - 1))) continue;
    let np = npEndingAt(tokens, p - 1);
    // ('census estimates released Thursday showed': compromise tags 'estimates' a verb.)
    if (!np && doc && lex.documentNouns.has(tokens[p - 1].lower)) {
      const before = p >= 2 && /^\s*$/.test(gapAfter(tokens, p - 2)) ? npEndingAt(tokens, p - 2) : null;
      np = { first: before ? before.first : p - 1, last: p - 1 };
    }
    const head = np ? (lex.documentNouns.has(tokens[np.last].lower) ? tokens[np.last].lower : tokens[headOf(tokens, np)].lower) : '';
    // 'a poll published on Monday', 'economists surveyed before the report'.
    // ('Numbers released last month from the Federal Transit Administration show': the owner after
    // 'from' belongs to the source phrase.)
    // ('A report commissioned by Local Government NZ': and the one after 'by' that commissioned it.)
    const from = tokens.slice(p + 1, j + 1).findIndex((w) => /^(from|by)$/.test(w.lower));
    if (np && doc && lex.documentNouns.has(head) && from >= 0) return { first: np.first, last: j };
    if (np && ((doc && lex.documentNouns.has(head)) || (people && lex.anonymous.has(head)))) return np;
    return null;
  }
  return null;
}

/** 'companies that turn out ...': when a relative clause sits between subject and verb, returns the subject before it. */
function relativeHead(tokens: Token[], from: number): TokenRange | null {
  for (let r = from - 1; r >= Math.max(0, from - 8); r--) {
    const w = tokens[r].lower;
    if (/[,;:"”]/.test(gapAfter(tokens, r))) return null;
    if (w === 'that' || w === 'who' || w === 'which') {
      const np = npEndingAt(tokens, r - 1);
      return np && /^\s*$/.test(gapAfter(tokens, r - 1)) ? np : null;
    }
  }
  return null;
}

/** 'Gus Ehlers, competitor of Mr. Houtz in this farm community, says': the subject before the appositive. */
function appositiveSubject(tokens: Token[], j: number, lex: CompiledLexicon): TokenRange | null {
  // 'Crunchbase, which tracks trends, investments and news of ..., said': a comma inside the
  // parenthesis is passed over when a clearer opener (a relative pronoun or a participle) lies
  // further left; 'strict' is set once such an inner comma has been passed.
  let strict = false;
  const giveUp = (c: number) => {
    if (strict || c - 1 < Math.max(0, j - 30)) return true;
    strict = true;
    return false;
  };
  for (let c = j - 1; c >= Math.max(0, j - 30); c--) {
    const g = gapAfter(tokens, c);
    if (/["”]/.test(g)) return null;
    if (!COMMA.test(g)) continue;
    if (c < j - 18 && !strict) return null;
    const np = npEndingAt(tokens, c);
    if (!np) {
      if (giveUp(c)) return null;
      continue;
    }
    // 'Samuel Verstandig, 41, proprietor of a food store, told': an age between commas is part of the apposition.
    if (np.first === np.last && tokens[np.first].tags.has('Value')) continue;
    // 'Rhode Island Incinerator Service, Inc.,': a corporate or name suffix belongs to the name before it.
    if (c + 1 <= j && tokens.slice(c + 1, j + 1).every((t) => /^(inc|ltd|co|corp|llc|plc|jr|sr|esq|l\.?p|s\.?a|ag|gmbh|iii?|iv)\.?$/i.test(t.text))) continue;
    // 'R. H. S. Crossman, M.P., writing in ...': a post-nominal title belongs to the name before it.
    if (tokens.slice(np.first, np.last + 1).every((t) => /^(m\.?p|ph\.?d|m\.?d|q\.?c|k\.?c|mep|jr|sr|esq)\.?$/i.test(t.text))) continue;
    // 'Bruce McArthur, from Toronto, Canada, on Tuesday admitted': a phrase opened by a preposition is
    // part of the appositive; keep looking left.
    if (np.first > 0 && tokens[np.first - 1].tags.has('Preposition') && /^\s*$/.test(gapAfter(tokens, np.first - 1))) continue;
    // The appositive describes the subject: 'a doctor', 'COAHR chairman', 'also known as the GUR', 'who ...'.
    const appositive = { first: c + 1, last: j };
    const a0 = tokens[appositive.first];
    // The phrase before a participial appositive opens the clause, perhaps after a conjunction ('But a Ukrainian assessment, reported by CNN, says').
    const opensClause = np.first === 0 || /[,;:"“]\s*$/.test(gapAfter(tokens, np.first - 1)) || (np.first === 1 && /^(but|and|yet|so|still|however|meanwhile)$/.test(tokens[0].lower));
    if (strict && !/^(who|which|whose|where)$/.test(a0.lower) && !((a0.tags.has('Gerund') || (a0.tags.has('PastTense') && /ed$/.test(a0.lower))) && opensClause)) {
      if (giveUp(c)) return null;
      continue;
    }
    const describes =
      /^(a|an|the|who|which|also|its|his|her|their|one|both|formerly|then|now|himself|herself)$/.test(a0.lower) ||
      npWord(a0) ||
      // 'The report, released by Amnesty International, documents': a reduced relative.
      lex.documentParticiples.has(a0.lower) ||
      // 'The senator, speaking on CNN, said', 'The mayor, asked about the cost, said': a participial phrase.
      // (Only after a phrase that opens the clause: not in a list of -ing phrases.)
      ((a0.tags.has('Gerund') || (a0.tags.has('PastTense') && /ed$/.test(a0.lower))) && appositive.last > appositive.first && opensClause) ||
      tokens.slice(appositive.first, appositive.last + 1).some((t) => lex.roles.has(t.lower) || t.tags.has('Actor'));
    // The phrase before must name somebody and start the clause (or follow an introductory phrase).
    const fails = !describes || (np.first > 0 && !/[,;:"“”]\s*$|^\s*$/.test(gapAfter(tokens, np.first - 1))) || (np.first > 0 && /^\s*$/.test(gapAfter(tokens, np.first - 1)) && isVerb(tokens[np.first - 1]));
    if (fails) {
      if (giveUp(c)) return null;
      continue;
    }
    // 'A seismologist, Gu Guohua, said': when the appositive is the name, the source is named.
    const name = tokens.slice(appositive.first, appositive.last + 1);
    if (name.length <= 4 && name.every((t) => /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || t.tags.has('Person')) && !lex.roles.has(t.lower))) return { first: np.first, last: appositive.last };
    return nameBeforeTitle(tokens, np, lex) ?? np;
  }
  return null;
}

/** The subject of the sentence's first verb, for participial cues (', saying that ...'). */
function mainSubject(tokens: Token[], before: number, lex: CompiledLexicon): TokenRange | null {
  // '"We need them now," he said, adding that ...': the verbs inside a quotation are not the clause's.
  let from = 1;
  for (let k = 0; k < before; k++) if (/["”]/.test(gapAfter(tokens, k)) && /,?["”]/.test(gapAfter(tokens, k).trim())) from = k + 1;
  for (let k = from; k <= before; k++) {
    const t = tokens[k];
    if (!isVerb(t) || t.tags.has('Gerund') || t.tags.has('Participle') || t.tags.has('Auxiliary')) continue;
    // Skip verbs inside an introductory clause ('When he arrived, ...').
    const s = subjectBefore(tokens, k, lex);
    if (s) return s;
  }
  return null;
}

/** After a preposition cue ('according to ...'): the source phrase, up to a comma or the clause's verb. */
function sourceAfter(tokens: Token[], from: number, lex: CompiledLexicon): TokenRange | null {
  const end = tokens.length - 1;
  if (from > end) return null;
  let last = from;
  // Reduced relatives belong to the source: 'agreed facts heard in court', 'a deed filed at City Hall'.
  while (last + 1 <= end && !/[,;:()"“”—]/.test(gapAfter(tokens, last)) && last - from < 14) {
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
    if (nt.tags.has('Value') && !/^\p{Lu}/u.test(nt.text)) break;
    if (nt.tags.has('Copula') || nt.tags.has('Modal') || nt.tags.has('Auxiliary')) break;
    last++;
  }
  // 'a Twitter post by Amy Cook, director of ...': keep the owner of the document.
  let np: TokenRange | null = { first: from, last };
  // ('a report out from Bloomberg on Monday': a trailing date is not part of the source.)
  while (np && np.last > np.first && (/^(on|in|at|last|this|from)$/.test(tokens[np.last].lower) || lex.documentParticiples.has(tokens[np.last].lower) || (tokens[np.last].tags.has('Date') && !tokens[np.last].tags.has('Value')))) np = { first: np.first, last: np.last - 1 };
  const lead = tokens[np.first];
  // 'agreed facts heard in court': a participle can open the source phrase.
  // ('tracking website FlightAware': so can a gerund.)
  // ('according to reports,': compromise tags 'reports' a verb.)
  // ('further data from the ministry', 'newly released figures': so can an adverb before one.)
  const modifier = (t: Token | undefined) => !!t && (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Adjective') || t.tags.has('Gerund'));
  const adverbLead = lead.tags.has('Adverb') && np.last > np.first && (npWord(tokens[np.first + 1]) || modifier(tokens[np.first + 1]));
  if (!npWord(lead) && !NOUNISH_FORMS.has(lead.lower) && !(modifier(lead) && np.last > np.first) && !adverbLead) return null;
  return np;
}

/**
 * The content of a framing cue (according to X, by reports, citing X), by where it stands: at the start
 * it covers what follows; at the end, what precedes; set off in the middle, its clause.
 */
function framedContent(tokens: Token[], starts: number[], cue: TokenRange, src: TokenRange): TokenRange[] {
  const end = tokens.length - 1;
  const initial = cue.first === 0 || (cue.first <= 3 && tokens.slice(0, cue.first).every((t) => !isVerb(t) && !t.tags.has('Noun')));
  if (initial) return src.last < end ? [{ first: src.last + 1, last: end }] : [];
  if (src.last >= end) return [{ first: 0, last: cue.first - 1 }];
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
function statementFrame(tokens: Token[], k: number, lex: CompiledLexicon): (Omit<CueHit, 'sourceClass' | 'colon'>) | null {
  if (tokens[k].lower !== 'in') return null;
  let n = k + 1;
  while (n < tokens.length && n < k + 5 && !lex.documentNouns.has(tokens[n].lower)) {
    if (/[,;]/.test(gapAfter(tokens, n))) return null;
    n++;
  }
  if (n >= tokens.length || !lex.documentNouns.has(tokens[n].lower)) return null;
  const by = tokens[n + 1];
  if (!by || !/^(of|by|from)$/.test(by.lower)) return null;
  const src = sourceAfter(tokens, n + 2, lex);
  if (!src || !COMMA.test(gapAfter(tokens, src.last))) return null;
  return { type: 'statement', cue: { first: k, last: n }, source: src, content: [{ first: src.last + 1, last: tokens.length - 1 }], hedge: false };
}

/** Agentless hedges: 'reportedly', 'is believed to', 'is estimated at', 'an estimated', 'it is said'. */
function findHedges(tokens: Token[], starts: number[], lex: CompiledLexicon, used: Set<number>, emit: (h: { type: CueType; cue: TokenRange; content: TokenRange[] }) => void): void {
  const end = tokens.length - 1;
  // afterComma[k]: the first token after the last comma before token k (0 if none), computed once.
  const afterComma: number[] = [];
  for (let k = 0, last = 0; k < tokens.length; k++) {
    afterComma.push(last);
    if (COMMA.test(gapAfter(tokens, k))) last = k + 1;
  }
  const clauseFromComma = (k: number): TokenRange => {
    const clause = clauseOf(tokens, starts, k);
    return { first: Math.max(clause.first, afterComma[k]), last: clause.last };
  };
  for (let k = 0; k < tokens.length; k++) {
    if (used.has(k)) continue;
    const t = tokens[k];
    const w = t.lower;
    // Adverbs: 'reportedly'. Sentence-initial ('Reportedly, ...') covers the sentence.
    if (lex.hedgeAdverbs.has(w)) {
      // 'indicted 13 Russians for allegedly using money': after a preposition, or before a gerund,
      // the adverb hedges only the phrase it opens.
      const phraseOnly = k > 0 && (tokens[k - 1].tags.has('Preposition') || !!tokens[k + 1]?.tags.has('Gerund'));
      const content = k === 0 ? { first: 0, last: end } : phraseOnly ? { first: k, last: clauseOf(tokens, starts, k).last } : clauseOf(tokens, starts, k);
      emit({ type: 'hedge', cue: { first: k, last: k }, content: [content] });
      continue;
    }
    // Phrases: 'it is said', 'there appears to be', 'as revealed (at trial)', 'estimates range'.
    const phrase = indexOf(lex.hedgePhrases).matchAt(tokens, k);
    if (phrase) {
      const cue = { first: k, last: k + phrase.length - 1 };
      const initial = k === 0 || (k <= 2 && tokens.slice(0, k).every((x) => !x.tags.has('Noun')));
      // ', it was announced.' at the end hedges what comes before it.
      const trailing = cue.last === end && k > 0 && /,\s*$/.test(gapAfter(tokens, k - 1));
      const content = trailing ? { first: 0, last: k - 1 } : initial && /^as /.test(phrase.phrase) ? { first: 0, last: end } : { first: k, last: clauseOf(tokens, starts, k).last };
      emit({ type: 'hedge', cue, content: [content] });
      k = cue.last;
      continue;
    }
    // 'below the forecast of 5.93 million', 'short of the consensus estimate of 180,000': an estimate
    // that nobody in the sentence owns hedges the amount after 'of'.
    if (lex.ownerlessEstimates.has(w) && tokens[k + 1]?.lower === 'of' && /^\s*$/.test(gapAfter(tokens, k)) && amountAt(tokens, k + 2) && !possessorBefore(tokens, k)) {
      const amount = npStartingAt(tokens, k + 2, end, 8);
      // ('The average estimate of 10 analysts': a count of people after 'of' owns the estimate.)
      const head = amount ? tokens[headOf(tokens, amount)] : null;
      const owners = !!head && (lex.anonymous.has(head.lower) || head.tags.has('Actor') || head.tags.has('Person'));
      if (amount && !owners) {
        emit({ type: 'hedge', cue: { first: k, last: k }, content: [amount] });
        k = amount.last;
        continue;
      }
    }
    // ('revenue was short of the $3.43 billion expected.', 'a $103 million budget shortfall expected for
    // the 2024-25 school year': a participle after an amount (and its nouns) at the end of a clause,
    // or before a time phrase, hedges the amount.)
    let n = k - 1;
    while (n > 0 && n >= k - 3 && !tokens[n].tags.has('Value') && tokens[n].tags.has('Noun') && /^\s*$/.test(gapAfter(tokens, n - 1))) n--;
    const timeAfter = /^(for|in|by|next|this|over)$/.test(tokens[k + 1]?.lower ?? '') && /^\s*$/.test(gapAfter(tokens, k));
    if (/^(expected|forecast|projected|anticipated|predicted)$/.test(w) && k > 0 && tokens[n]?.tags.has('Value') && /^\s*$/.test(gapAfter(tokens, k - 1)) && (k === end || /^\s*[,.;:)]/.test(gapAfter(tokens, k)) || timeAfter) && !BE.has(tokens[n - 1]?.lower ?? '')) {
      let a = n;
      a = amountStart(tokens, a);
      emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: a, last: k }] });
      continue;
    }
    // ('far outpaced the 125,000 estimate', 'beat the 2.1% forecast': an amount that names an
    // estimate nobody in the sentence owns is somebody's estimate.)
    if (lex.ownerlessEstimates.has(w) && k > 0 && tokens[k - 1].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, k - 1)) && !/^(of|by|from)$/.test(tokens[k + 1]?.lower ?? '')) {
      let a = k - 1;
      a = amountStart(tokens, a);
      if (!possessorBefore(tokens, a)) {
        emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: a, last: k }] });
        continue;
      }
    }
    // Passives: 'is believed to', 'was estimated at', 'are expected to', 'is officially forecast at'.
    if (lex.hedgeParticiples.has(w)) {
      const aux = beforeAdverbs(tokens, k);
      const next = tokens[k + 1]?.lower ?? '';
      const passive = aux >= 0 && BE.has(tokens[aux].lower) && aux < k;
      // Reduced: 'a salary believed to be', and set off: 'The painting, said to be worth $5 million,'.
      const reduced = !passive && k > 0 && tokens[k - 1].tags.has('Noun') && /^(at|to)$/.test(next) && /^\s*,?\s*$/.test(gapAfter(tokens, k - 1));
      // ('a heavier defeat than was expected', 'more than is thought': a comparison, no hedge.)
      const compared = passive && /^(than|as)$/.test(tokens[aux - 1]?.lower ?? '');
      if ((passive || reduced) && !compared) {
        const weak = lex.weakHedgeParticiples.has(w);
        if (weak && !/^(at|as)$/.test(next) && !(next === 'to' && tokens[k + 2]?.lower === 'be')) continue;
        // 'is said', 'is understood' hedge only before 'to'/'that' ('is said to have'); 'is expected',
        // 'are believed', 'were reported' hedge on their own ('A crowd of 1,400 is expected').
        if (/^(said|understood|thought|known|considered)$/.test(w) && !/^(to|that)$/.test(next)) continue;
        // 'was recorded ... by the USGS' is sourced, not hedged: the verb pass took those.
        // Set off by commas, the hedge covers its aside only.
        let content = clauseFromComma(passive ? aux : k);
        if (reduced && COMMA.test(gapAfter(tokens, k - 1))) content = { first: k, last: runTo(tokens, k, COMMA) };
        // ('had been expected to hold output steady, having already cut by 2 million bpd', 'is expected
        // to cut rates, after raising them by 0.5%': a participial or time adjunct after a comma is
        // the writer's.)
        for (let b = k + 1; b <= content.last; b++) {
          if (COMMA.test(gapAfter(tokens, b - 1)) && (tokens[b].tags.has('Gerund') || /^(after|before|since|while|following)$/.test(tokens[b].lower))) {
            content = { first: content.first, last: b - 1 };
            break;
          }
        }
        // ('Sales rose 12 percent last year and are expected to reach $5 billion': a hedged verb phrase
        // coordinated after another covers its own phrase only.)
        const vpAnd = passive ? beforeAdverbs(tokens, aux) : -1;
        if (vpAnd > content.first && tokens[vpAnd].lower === 'and') content = { first: vpAnd + 1, last: content.last };
        // ('a storm that is expected to bring rain', 'Typhoon Fung-wong, which is expected to bring
        // rain, forced 4,000 people ...': in a relative clause the hedge covers that clause only.)
        const rel = passive ? beforeAdverbs(tokens, aux) : -1;
        // ('worse than the 525,000 that had been forecast': an amount the clause is about is hedged too.)
        if (rel >= 0 && /^(that|which|who)$/.test(tokens[rel].lower) && tokens[rel].text !== 'WHO') {
          // (Only an amount right before it, or before its noun: not '3,000 people ahead of a storm that'.)
          const clean = (i: number) => /^\s*$/.test(gapAfter(tokens, i));
          let a = tokens[rel - 1]?.tags.has('Value') && clean(rel - 1) ? rel - 1 : tokens[rel - 2]?.tags.has('Value') && clean(rel - 2) && clean(rel - 1) && tokens[rel - 1].tags.has('Noun') ? rel - 2 : -1;
          if (a >= 0) a = amountStart(tokens, a);
          content = { first: a >= 0 ? a : rel, last: Math.min(content.last, runTo(tokens, rel, COMMA)) };
        }
        // ('Twelve people, mostly fishermen, have been reported missing': the subject before a short
        // aside set off by commas is the passive's too.)
        if (passive && content.first === beforeAdverbs(tokens, aux) + 1 && content.first > 0) {
          const aside = afterComma[content.first - 1];
          const subjectFrom = aside > 0 ? afterComma[aside - 1] : -1;
          const np = aside > 0 ? npEndingAt(tokens, aside - 1, subjectFrom) : null;
          // ('At least 30 people': a modifier of the amount may open it. 'The ship, which carried 300
          // people, was reported missing': a relative clause is no aside of the subject's amount.)
          const lead = np ? tokens.slice(subjectFrom, np.first).every((x) => /^(at|least|most|about|around|some|more|less|fewer|than|nearly|almost|over|under|roughly|up|to)$/.test(x.lower)) : false;
          const relative = /^(which|who|whom|whose|that|where)$/.test(tokens[aside]?.lower ?? '');
          if (np && lead && !relative && content.first - aside <= 8 && subjectFrom >= clauseOf(tokens, starts, aux).first) content = { first: subjectFrom, last: content.last };
        }
        emit({ type: 'hedge', cue: { first: passive ? aux : k, last: k }, content: [content] });
        continue;
      }
    }
    // Attributive: 'an estimated 5,000', 'with reported magnitude 6.3', 'the total reported casualties increased to 167'.
    if (lex.attributiveHedges.has(w) && k + 1 <= end && /^\s*$/.test(gapAfter(tokens, k))) {
      const prev = tokens[k - 1];
      if (prev && (BE.has(prev.lower) || /^(has|have|had)$/.test(prev.lower))) continue;
      const nt = tokens[k + 1];
      if (!(nt.tags.has('Value') || nt.tags.has('Noun') || nt.tags.has('Adjective') || /^\d|^\$/.test(nt.text))) continue;
      // ('involved estimated losses of ...': after a verb the participle modifies the noun too.)
      if (prev && !(prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Preposition') || prev.tags.has('Noun') || prev.tags.has('Value') || /^(and|or)$/.test(prev.lower) || (isVerb(prev) && tokens[k + 2]?.lower === 'of') || /[,;:(—–]\s*$|--\s*$/.test(gapAfter(tokens, k - 1)))) continue;
      // The phrase it modifies ('an estimated $15,000' includes its article); when that phrase is the
      // subject of its clause ('the total reported casualties increased to 167'), the clause too.
      // ('the 64-cent anticipated dividend': an amount right before the hedge is what it hedges.)
      let from = prev && prev.tags.has('Determiner') ? k - 1 : prev && prev.tags.has('Value') && /^\s*$/.test(gapAfter(tokens, k - 1)) ? k - 1 : k;
      // ('more than $8.3 billion in estimated losses': the amount the noun measures comes before it.)
      if (prev?.lower === 'in' && tokens[k - 2]?.tags.has('Value')) {
        from = k - 2;
        while (from > 0 && /^\s*$/.test(gapAfter(tokens, from - 1)) && (tokens[from - 1].tags.has('Value') || AMOUNT_WORDS.test(tokens[from - 1].lower))) from--;
      }
      let last = k + 1;
      // (A determiner after a noun opens another phrase: 'The reported transfer fee eclipses the €105 million'.)
      while (last + 1 <= end && /^\s*$/.test(gapAfter(tokens, last)) && npWord(tokens[last + 1]) && !/^(that|which|who|and|or)$/.test(tokens[last + 1].lower) && !(tokens[last + 1].tags.has('Determiner') && tokens[last].tags.has('Noun') && !tokens[last].tags.has('Value'))) last++;
      // ('estimated losses of more than $2.1 billion': and the amount after 'of'.)
      if (tokens[last]?.lower === 'of' || tokens[last + 1]?.lower === 'of') {
        let a = tokens[last].lower === 'of' ? last + 1 : last + 2;
        while (a <= end && AMOUNT_WORDS.test(tokens[a].lower) && /^\s*$/.test(gapAfter(tokens, a))) a++;
        if (a <= end && tokens[a].tags.has('Value')) {
          last = a;
          while (last + 1 <= end && /^\s*$/.test(gapAfter(tokens, last)) && tokens[last + 1].tags.has('Value')) last++;
        }
      }
      // ('an expected tax rate of $2.15 per $1,000': a rate's second half.)
      while (tokens[last].tags.has('Value') && last + 2 <= end && tokens[last + 1].lower === 'per' && /^\s*$/.test(gapAfter(tokens, last))) last += 2;
      const after = tokens[last + 1];
      const clause = clauseOf(tokens, starts, k);
      let np = from;
      while (np - 1 >= clause.first && /^\s*$/.test(gapAfter(tokens, np - 1)) && npWord(tokens[np - 1]) && !tokens[np - 1].tags.has('Preposition')) np--;
      const isSubject = np === clause.first || /[,;:—–]\s*$|--\s*$/.test(gapAfter(tokens, np - 1));
      // (Only a verb of level or change: 'The reported transfer fee eclipses the €105 million that
      // United paid' compares the fee with another amount, which nobody hedges.)
      if (after && isVerb(after) && /^\s*$/.test(gapAfter(tokens, last)) && isSubject && (lex.levelVerbs.has(after.lower) || HEDGED_LEVEL.test(after.lower))) last = clause.last;
      emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: from, last }] });
    }
  }
}
