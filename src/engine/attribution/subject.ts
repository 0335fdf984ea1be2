// The subject of a reporting verb: who said it. Steps back from the verb over adverbs, titles,
// appositives ("Gus Ehlers, competitor of Mr. Houtz, says") and relative clauses ("companies that
// turn out ... say") to the noun phrase that speaks.

import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { gapAfter } from '../nlp/phrases';
import { beforeAdverbs, discourseAsideAt, headOf, isVerb, npEndingAt, npWord, postmodifierLength, type TokenRange } from './np';
import { BE, COMMA, PLACE_TAGS, QUOTE_CLOSE, personName } from './words';

/** The subject of the reporting verb at k, stepping over adverbs, appositives and relative clauses. */
export function subjectBefore(tokens: Token[], k: number, lex: CompiledLexicon, depth = 0): TokenRange | null {
  return withLeadAuthor(tokens, afterTimeLead(tokens, findSubjectBefore(tokens, k, lex, depth)));
}

/**
 * ('Manisha Patel, MD, Division of Viral Diseases, NCIRD, CDC, and colleagues write': a lead author
 * named before degrees and affiliations set off by commas; 'colleagues' alone would leave the figure
 * unnamed.)
 */
function withLeadAuthor(tokens: Token[], r: TokenRange | null): TokenRange | null {
  if (!r || !/^(colleagues|co-authors|coauthors|co-workers|collaborators)$/.test(tokens[r.last].lower)) return r;
  const and = r.last - 1;
  if (and < 1 || tokens[and].lower !== 'and' || !/,\s*$/.test(gapAfter(tokens, and - 1))) return r;
  // Back over up to six capitalized segments between commas; the first of them is the lead's name.
  let b = and - 1;
  let lead: TokenRange | null = null;
  for (let segments = 0; segments < 6 && b >= 0; segments++) {
    let first = b;
    while (first > 0 && /^\s*$/.test(gapAfter(tokens, first - 1))) first--;
    if (!tokens.slice(first, b + 1).every((t) => /^\p{Lu}/u.test(t.text) || /^(of|for|and|the|on|in)$/.test(t.lower))) break;
    lead = { first, last: b };
    if (first === 0 || !/,\s*$/.test(gapAfter(tokens, first - 1))) break;
    b = first - 1;
  }
  const name = lead && lead.last > lead.first && tokens.slice(lead.first, lead.last + 1).some((t) => t.tags.has('Person') || t.tags.has('ProperNoun'));
  return name && lead ? { first: lead.first, last: r.last } : r;
}

/**
 * ('it was the same day China reported 300 cases', 'that week Pfizer said': a time phrase before a
 * name is the clause's adjunct, not part of its subject.)
 */
function afterTimeLead(tokens: Token[], r: TokenRange | null): TokenRange | null {
  if (!r) return r;
  let k = r.first;
  // ('Hours later the ministry said', 'Moments later police said'.)
  if (/^(hours|days|weeks|months|minutes|moments|years)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'later' && k + 2 <= r.last && /^\s*$/.test(gapAfter(tokens, k + 1))) return { first: k + 2, last: r.last };
  if (/^(the|that|this|last|next|each|every)$/.test(tokens[k].lower)) k++;
  if (/^(same|next|following|previous|very)$/.test(tokens[k]?.lower ?? '')) k++;
  if (k > r.first && k < r.last && /^(day|days|week|month|year|morning|afternoon|evening|night|time|weekend)$/.test(tokens[k].text) && /^\s*$/.test(gapAfter(tokens, k)) && /^\p{Lu}/u.test(tokens[k + 1].text)) return { first: k + 1, last: r.last };
  return r;
}

function findSubjectBefore(tokens: Token[], k: number, lex: CompiledLexicon, depth = 0): TokenRange | null {
  let j = beforeAdverbs(tokens, k);
  if (j < 0 || depth > 3) return null;
  // 'other scientists have been able to calculate', 'the ministry is expected to announce'
  if (tokens[j].lower === 'to' && /^\s*$/.test(gapAfter(tokens, j - 1))) {
    // ('the sample of prices used to calculate the October index': a purpose after a reduced
    // relative reports nothing.)
    if (/^(used|needed|designed|intended|required|meant)$/.test(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.tags.has('Noun') && !tokens[j - 2].tags.has('Pronoun')) return null;
    // ('Subsequent inquiries led them to believe that ...': after a verb and its object, the object
    // is the infinitive's subject.)
    if (j >= 2 && /^(them|him|her|us|me|investigators|police|officials|experts|researchers)$/.test(tokens[j - 1].lower) && /^(led|lead|leads|leading|prompted|caused|forced|persuaded|convinced|encouraged)$/.test(tokens[j - 2].lower)) return { first: j - 1, last: j - 1 };
    let a = j - 1;
    let steps = 0;
    while (a >= 0 && steps < 5 && /^\s*$/.test(gapAfter(tokens, a)) && (isVerb(tokens[a]) || tokens[a].tags.has('Adjective') || tokens[a].tags.has('Adverb') || tokens[a].tags.has('Auxiliary'))) {
      a--;
      steps++;
    }
    // ('The company went back on the site to announce 300 new jobs', 'held a news conference to
    // announce': a purpose infinitive after the verb's object or a phrase of place is the subject's.)
    if (steps === 0 && a >= 0) {
      let b = a;
      // (compromise tags the particle of 'went on' a verb.)
      while (b > 0 && b >= a - 6 && /^\s*$/.test(gapAfter(tokens, b)) && (!isVerb(tokens[b]) || tokens[b].tags.has('Particle')) && !tokens[b].tags.has('Value') && !/^(that|which|who|whom|and|or|but)$/.test(tokens[b].lower) && (tokens[b].tags.has('Noun') || tokens[b].tags.has('Determiner') || tokens[b].tags.has('Adjective') || tokens[b].tags.has('Preposition') || tokens[b].tags.has('Possessive') || tokens[b].tags.has('Particle') || /^(back|out|up|on|off)$/.test(tokens[b].lower)) && !tokens[b].tags.has('Pronoun')) b--;
      const v = tokens[b];
      if (b < a && /^\s*$/.test(gapAfter(tokens, b)) && isVerb(v) && (v.tags.has('PastTense') || (v.tags.has('PresentTense') && !v.tags.has('Infinitive'))) && !v.tags.has('Gerund') && !v.tags.has('Participle') && !BE.has(v.lower)) {
        a = b - 1;
        steps = 1;
      }
    }
    if (steps === 0 || a < 0) return null;
    j = a;
  }
  // 'a Gallup poll published on Monday found', 'a study published in the Lancet shows': a document
  // noun with a reduced relative after it (its time phrase already stepped over) is the subject.
  const reduced = documentBeforeParticiple(tokens, j, lex);
  if (reduced) return reduced;
  // 'Officials in Canada, meanwhile, announced': a discourse adverb between commas.
  // ('The report, however, said': the comma before it sets off the adverb, not an appositive.)
  const discourse = discourseAsideAt(tokens, j);
  // ('Hugh Hill, a doctor, however, said': unless an appositive ends there.)
  if (discourse) {
    j = j - 1;
    const appositive = appositiveSubject(tokens, j, lex);
    if (appositive) return appositive;
  }
  let g = discourse ? ' ' : gapAfter(tokens, j);
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
    const np = npEndingAt(tokens, j - 1);
    // ('a surprise to many economists, who generally tipped': 'who' stands for people, the object of
    // the last preposition when the phrase's head is not a person.)
    if (np && tokens[j].lower === 'who') {
      for (let p = np.last - 1; p > np.first; p--) {
        if (!/^(to|for|at|from|in|on|by|with|against|among|into)$/.test(tokens[p].lower)) continue;
        const object = { first: p + 1, last: np.last };
        const head = tokens[headOf(tokens, { first: np.first, last: p - 1 })];
        const personal = (t: Token) => lex.anonymous.has(t.lower) || lex.roles.has(t.lower) || t.tags.has('Person') || t.tags.has('Actor') || /^\p{Lu}/u.test(t.text);
        if (!personal(head) && personal(tokens[headOf(tokens, object)])) return object;
        break;
      }
    }
    return np;
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
    for (let v = j - 1; v >= Math.max(0, j - 25); v--) {
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
      if (closing.test(go)) {
        // ("India's official broadcaster - All India Radio - put": a name in the aside after a role
        // is who the role is; the source is the name.)
        const role = npEndingAt(tokens, o);
        const inside = tokens.slice(o + 1, j + 1);
        const name = inside.length <= 6 && inside.every((x) => /^\p{Lu}/u.test(x.text) || /^(of|the|and|for|&)$/.test(x.lower)) && /^\p{Lu}/u.test(inside[0]?.text ?? '');
        if (role && name && lex.roles.has(tokens[headOf(tokens, role)].lower)) return { first: o + 1, last: j };
        return role;
      }
      if (/[.;:"“”]/.test(go)) break;
    }
    return null;
  }
  if (COMMA.test(g) && !QUOTE_CLOSE.test(g)) return appositiveSubject(tokens, j, lex) ?? asRoleName(tokens, j);
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
  // ('Caterpillar, Inc. has announced': a company's legal suffix after a comma belongs to its name.)
  if (np.first === np.last && /^(inc|ltd|corp|co|llc|plc)\.?$/i.test(tokens[np.first].text) && np.first >= 1 && COMMA.test(gapAfter(tokens, np.first - 1))) {
    const name = npEndingAt(tokens, np.first - 1);
    if (name && /^\p{Lu}/u.test(tokens[name.first].text)) np = { first: name.first, last: np.last };
  }
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
export function nameBeforeTitle(tokens: Token[], np: TokenRange, lex: CompiledLexicon): TokenRange | null {
  if (np.first < 2 || !COMMA.test(gapAfter(tokens, np.first - 1))) return null;
  if (!tokens.slice(np.first, np.last + 1).some((t) => lex.roles.get(t.lower) === 'person')) return null;
  const name = npEndingAt(tokens, np.first - 1);
  if (!name || !tokens.slice(name.first, name.last + 1).every((t) => /^\p{Lu}/u.test(t.text))) return null;
  // ('J P Mishra', 'J.P. Mishra': initials before a surname make a person's name as well.)
  const words = tokens.slice(name.first, name.last + 1);
  const initials = words.length >= 2 && words.length <= 4 && words.slice(0, -1).every((t) => /^(\p{Lu}\.?)+$/u.test(t.text)) && !['Organization', 'Place', 'Country', 'City'].some((tag) => words[words.length - 1].tags.has(tag));
  if (!words.some((t) => t.tags.has('Person')) && !initials) return null;
  const opens = name.first === 0 || /[,;:"“”]\s*$/.test(gapAfter(tokens, name.first - 1));
  return opens ? name : null;
}

/**
 * 'the International Monetary Fund (IMF) said', 'California Department of Forestry and Fire
 * Protection (CalFire) said': when token j closes a bracket of one to three capitalised words right
 * after a noun (the short name of what precedes), the index of that noun; otherwise -1.
 */
export function bracketedShortName(tokens: Token[], j: number): number {
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
export function titleBefore(tokens: Token[], first: number): TokenRange | null {
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
export function reducedRelativeHead(tokens: Token[], first: number, lex: CompiledLexicon): TokenRange | null {
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
export function postmodifiedHead(tokens: Token[], first: number, lex: CompiledLexicon): TokenRange | null {
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
export function documentBeforeParticiple(tokens: Token[], j: number, lex: CompiledLexicon): TokenRange | null {
  for (let p = j; p >= Math.max(1, j - 6); p--) {
    if (p < j && !/^\s*$/.test(gapAfter(tokens, p))) return null;
    // 'released Tuesday by the World Bank': the agent, right before the verb, is the better source.
    // ('A report commissioned by Local Government NZ has found': who paid for it did not write it.)
    // ('Analysts polled by Reuters had expected': the pollster asked; the unnamed analysts expect.)
    if (tokens[p].lower === 'by' && p >= 2 && lex.sourceParticiples.has(tokens[p - 1].lower) && /^\s*$/.test(gapAfter(tokens, p - 2) + gapAfter(tokens, p - 1))) {
      const polled = npEndingAt(tokens, p - 2);
      if (polled && lex.anonymous.has(tokens[headOf(tokens, polled)].lower)) return { first: polled.first, last: j };
    }
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
    // ('A study published in the Lancet found': and the journal it appeared in, which names it.)
    const journal = (i: number) => tokens[i].lower === 'in' && tokens.slice(i + 1, j + 1).some((w) => /^\p{Lu}/u.test(w.text) && !w.tags.has('Date') && !lex.months.has(w.lower) && !lex.weekdays.has(w.lower) && !PLACE_TAGS.some((tag) => w.tags.has(tag)));
    const from = tokens.slice(p + 1, j + 1).findIndex((w, i) => /^(from|by)$/.test(w.lower) || (tokens[p].lower === 'published' && journal(p + 1 + i)));
    if (np && doc && lex.documentNouns.has(head) && from >= 0) return { first: np.first, last: j };
    if (np && ((doc && lex.documentNouns.has(head)) || (people && lex.anonymous.has(head)))) return np;
    return null;
  }
  return null;
}

/** 'companies that turn out ...': when a relative clause sits between subject and verb, returns the subject before it. */
export function relativeHead(tokens: Token[], from: number): TokenRange | null {
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
export function appositiveSubject(tokens: Token[], j: number, lex: CompiledLexicon): TokenRange | null {
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
    if (c < j - 24 && !strict) return null;
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
    if (np.first > 0 && tokens[np.first - 1].tags.has('Preposition') && /^\s*$/.test(gapAfter(tokens, np.first - 1))) {
      const named = agentNamedByAppositive(tokens, np, c + 1, j, lex);
      if (named) return named;
      continue;
    }
    // The appositive describes the subject: 'a doctor', 'COAHR chairman', 'also known as the GUR', 'who ...'.
    const appositive = { first: c + 1, last: j };
    const a0 = tokens[appositive.first];
    // The phrase before a participial appositive opens the clause, perhaps after a conjunction ('But a Ukrainian assessment, reported by CNN, says').
    const opensClause = np.first === 0 || /[,;:"“]\s*$/.test(gapAfter(tokens, np.first - 1)) || (np.first === 1 && /^(but|and|yet|so|still|however|meanwhile)$/.test(tokens[0].lower));
    if (strict && !/^(who|which|whose|where)$/.test(a0.lower) && !((a0.tags.has('Gerund') || (a0.tags.has('PastTense') && /ed$/.test(a0.lower))) && opensClause)) {
      if (giveUp(c)) return null;
      continue;
    }
    // ('the United Nations Office for ..., or OCHA, said', 'the UN aid office, known as OCHA, said':
    // another name for the subject.)
    const alias = (a0.lower === 'or' || (a0.lower === 'known' && tokens[appositive.first + 1]?.lower === 'as')) && /^\p{Lu}/u.test(tokens[appositive.last].text);
    const describes =
      alias ||
      /^(a|an|the|who|whose|which|also|its|his|her|their|one|both|formerly|then|now|himself|herself)$/.test(a0.lower) ||
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
    if (alias) return { first: np.first, last: appositive.last };
    if (personName(name, (w) => lex.roles.has(w))) return { first: np.first, last: appositive.last };
    return nameBeforeTitle(tokens, np, lex) ?? np;
  }
  return null;
}

/**
 * 'figures released by the ONS', 'figures obtained by the BBC': the document before its participle
 * and 'by', when the agent starts at `agentFirst`; null otherwise.
 */
export function documentBeforeAgent(tokens: Token[], agentFirst: number, lex: CompiledLexicon): TokenRange | null {
  const by = agentFirst - 1;
  if (by < 2 || tokens[by].lower !== 'by') return null;
  // ('Figures published last week by the agency': a time phrase may stand between participle and agent.)
  let p = by - 1;
  const time = /^(last|this|on|earlier|yesterday|today|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
  while (p > by - 4 && p > 1 && time.test(tokens[p].lower) && /^\s*$/.test(gapAfter(tokens, p - 1))) p--;
  if (!lex.documentParticiples.has(tokens[p].lower) || !/^\s*$/.test(gapAfter(tokens, p - 1) + gapAfter(tokens, by - 1))) return null;
  const doc = npEndingAt(tokens, p - 1);
  return doc && lex.documentNouns.has(tokens[headOf(tokens, doc)].lower) ? doc : null;
}

/**
 * 'Figures released by the agency, Australian Education International (AEI), show': a document,
 * its participle and the agent, with the agent's name set off after it; the subject runs from the
 * document to the name. `agent` is the phrase after 'by'; the name runs from `first` to `last`.
 */
function agentNamedByAppositive(tokens: Token[], agent: TokenRange, first: number, last: number, lex: CompiledLexicon): TokenRange | null {
  const doc = documentBeforeAgent(tokens, agent.first, lex);
  if (!doc) return null;
  if (doc.first > 0 && !/[,;:"“]\s*$/.test(gapAfter(tokens, doc.first - 1))) return null;
  const name = tokens.slice(first, last + 1);
  return name.length <= 6 && name.every((t) => /^\p{Lu}/u.test(t.text)) ? { first: doc.first, last } : null;
}

/** The subject of the sentence's first verb, for participial cues (', saying that ...'). */
export function mainSubject(tokens: Token[], before: number, lex: CompiledLexicon): TokenRange | null {
  // '"We need them now," he said, adding that ...': the verbs inside a quotation are not the clause's.
  let from = 1;
  for (let k = 0; k < before; k++) if (/["”]/.test(gapAfter(tokens, k)) && /,?["”]/.test(gapAfter(tokens, k).trim())) from = k + 1;
  // ('While residents did not ask ..., the city later posted ...': past an introductory clause.)
  if (/^(while|although|though|when|whereas|because|since|if|after|before|as|once|unless)$/.test(tokens[from - 1]?.lower ?? '') && from - 1 === 0) {
    for (let k = from; k < before; k++) {
      if (COMMA.test(gapAfter(tokens, k))) {
        from = k + 1;
        break;
      }
    }
  }
  for (let k = from; k <= before; k++) {
    const t = tokens[k];
    if (!isVerb(t) || t.tags.has('Gerund') || t.tags.has('Participle') || t.tags.has('Auxiliary')) continue;
    // ('an example of the 2019 increases': a word after an article and a year is a noun.)
    if (tokens[k - 1]?.tags.has('Value') && tokens[k - 2]?.tags.has('Determiner')) continue;
    // Skip verbs inside an introductory clause ('When he arrived, ...').
    const s = subjectBefore(tokens, k, lex);
    if (s) return s;
  }
  return null;
}

/**
 * 'As senior policy adviser at the CIH, John Perry, explained, ...': an opening 'As <role>' phrase,
 * then the name between commas right before the verb; the name is the subject (j ends it).
 */
function asRoleName(tokens: Token[], j: number): TokenRange | null {
  const name = npEndingAt(tokens, j);
  if (!name || name.first < 2 || !COMMA.test(gapAfter(tokens, name.first - 1)) || tokens[0].lower !== 'as') return null;
  if (!tokens.slice(name.first, j + 1).every((t) => /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || t.tags.has('Person')))) return null;
  // Nothing but the role phrase between 'As' and the name.
  for (let k = 1; k < name.first - 1; k++) if (/[,;:"“”]/.test(gapAfter(tokens, k)) || (isVerb(tokens[k]) && !tokens[k].tags.has('Participle'))) return null;
  return name;
}
