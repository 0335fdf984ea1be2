// What kind of source a phrase names, and whether it names anybody at all. 'Local officials' and
// 'experts' are anonymous (vague); 'police', 'the ministry', 'Agriculture Department economists' are
// institutions named by role or name (guide section 2).
import type { CompiledLexicon } from '../../lexicon';
import type { SourceKind } from '../types';
import type { Token } from '../nlp/tagger';
import { headOf, postmodifierLength, type TokenRange } from './np';
import { entityAt } from '../nlp/entities';
import { afterDateline } from '../nlp/phrases';
import { PLACE_OR_PEOPLE_TAGS } from './words';

export interface SourceClass {
  kind: SourceKind;
  /** A pronoun or a common noun with 'the' that stands for a source named earlier. */
  anaphoric: boolean;
  /** Nothing in the lexicon or the tags says what it is: a common noun taken as somebody named by role. */
  guessed?: boolean;
  /** The head noun, lower case ('jury' in 'the grand jury'), for resolving an anaphoric source. */
  head?: string;
  /** Capitalized words neither the tagger nor the lexicon knows, taken for a person ('Goodis', 'Zillow'). */
  unknownName?: boolean;
}


/** Looks the phrase up among the known entities (Yonhap, NDRRMC, the US Geological Survey). */
export function knownEntity(tokens: Token[], r: TokenRange, lex: CompiledLexicon): SourceKind | null {
  for (let k = r.first; k <= r.last; k++) {
    const found = entityAt(tokens, k, lex, r.last);
    if (found) return found.entry.kind;
  }
  return null;
}

/** A word in the phrase that names somebody: a capitalized word that is not a place, nationality or sentence opener. */
function namedWord(tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k];
  if (!/^\p{Lu}/u.test(t.text)) return false;
  if (PLACE_OR_PEOPLE_TAGS.some((p) => t.tags.has(p))) return false;
  if (lex.months.has(t.lower) || lex.weekdays.has(t.lower)) return false;
  if (lex.anonymous.has(t.lower) || lex.anonymousModifiers.has(t.lower) || lex.unsourcedNouns.has(t.lower)) return false;
  if (/^(the|a|an|some|many|most|other|several|u\.s\.|us|uk|u\.k\.|eu)$/.test(t.lower) || t.tags.has('Value')) return false;
  // A capital that only opens the sentence names nobody when the word is a common one ('Officials
  // said', 'Board members'); an unknown capitalized word there is still a name ('Goodis said').
  // ('MailOnline analysis': a capital inside the word makes a name wherever it stands.)
  if (/\p{Ll}\p{Lu}/u.test(t.text)) return true;
  // ('AEI figures show': an all-capital acronym compromise does not know, before data or a
  // document, is their publisher's name; before people it may be a place: 'NSW officials'.)
  const following = tokens[k + 1]?.lower ?? '';
  if (/^[A-Z]{2,6}$/.test(t.text) && t.tags.has('Acronym') && (lex.documentNouns.has(following) || (lex.unsourcedNouns.has(following) && !lex.anonymous.has(following)))) return true;
  const opensSentence = k === 0 || /[."“‘'(]\s*$/.test(tokens[k - 1].post + t.pre) || /^["“‘'(]/.test(t.pre) || afterDateline(tokens[k - 1].text, tokens[k - 1].post);
  if (opensSentence && !t.tags.has('ProperNoun') && !t.tags.has('Person') && !t.tags.has('Organization')) {
    const w = t.lower;
    // ("Zoopla's report shows": a possessive that opens the sentence owns something; unless it is a
    // common word ('Government's report'), it is a name.)
    const owner = w.replace(/['’]s$/, '');
    if (owner !== w && !lex.roles.has(owner) && !lex.anonymous.has(owner) && !lex.documentNouns.has(owner) && !lex.unsourcedNouns.has(owner) && !t.tags.has('Date')) return true;
    if (lex.roles.has(w) || lex.documentNouns.has(w) || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Pronoun') || t.tags.has('Adverb') || t.tags.has('Preposition')) return false;
    // 'Health officials': a first word modifying a lower-case noun is a common word ('Goodis said' is a name).
    const next = tokens[k + 1];
    if (next && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && /^\s*$/.test(t.post)) return false;
  }
  return true;
}

/** The kind a role word names when it names an institution ('ministry', 'company', 'newspaper'); undefined otherwise. */
function institutionRole(w: string, lex: CompiledLexicon): SourceKind | undefined {
  // ('Leaders of US spy agencies': institutions in the plural name them as the singular does.)
  const k = lex.roles.get(w) ?? (lex.anonymous.has(w) ? undefined : /ies$/.test(w) ? lex.roles.get(w.replace(/ies$/, 'y')) : /[^s]s$/.test(w) ? lex.roles.get(w.slice(0, -1)) : undefined);
  return k === 'agency' || k === 'organization' || k === 'media' ? k : undefined;
}

export function classifySource(tokens: Token[], r: TokenRange, lex: CompiledLexicon): SourceClass {
  const words = tokens.slice(r.first, r.last + 1);
  const lowers = words.map((t) => t.lower.replace(/'s$/, ''));
  const text = lowers.join(' ');
  // Pronouns.
  if (words.length === 1) {
    const w = lowers[0];
    if (lex.personPronouns.has(w)) return { kind: 'person', anaphoric: true };
    if (lex.groupPronouns.has(w)) return { kind: 'organization', anaphoric: true };
  }
  // 'people familiar with the ministry's plans', 'a source close to the president': an unnamed
  // source tied to a matter stays unnamed, whatever the matter names.
  // ('Analysts polled by Reuters': so do unnamed people a named pollster asked.)
  for (let k = r.first + 1; k < r.last; k++) {
    // ('analysts in a Reuters poll': the people a poll asked, as 'polled by Reuters'.)
    const inPoll = tokens[k].lower === 'in' && /^(poll|polls|survey|surveys)$/.test(tokens[r.last].lower);
    const polled = (lex.sourceParticiples.has(tokens[k].lower) && tokens[k + 1].lower === 'by') || inPoll;
    if ((polled || postmodifierLength(tokens, k, lex)) && lex.anonymous.has(tokens[headOf(tokens, { first: r.first, last: k - 1 })].lower)) return { kind: 'anonymous', anaphoric: false };
  }
  // ('according to icasualties.org': a website is a publication.)
  if (words.length === 1 && words[0].tags.has('Website')) return { kind: 'media', anaphoric: false };
  const known = knownEntity(tokens, r, lex);
  const headIdx = headOf(tokens, r);
  const head = tokens[headIdx].lower.replace(/'s$/, '');
  // ('An official in Munger': a name after 'in' on an unnamed person is a place, not who speaks.)
  const placeAt = lex.anonymous.has(head) ? lowers.findIndex((w, i) => i > headIdx - r.first && w === 'in') : -1;
  const anyNamed = words.some((_, k) => (placeAt < 0 || k < placeAt) && namedWord(tokens, r.first + k, lex));
  const hasPerson = words.some((t) => t.tags.has('Person') || t.tags.has('Honorific') || lex.honorifics.has(t.lower));
  // Several sources joined by 'and' are one span; it is named when any of them is (guide section 3).
  // ('Officials in Kenya and Uganda': places joined after 'in' are no second source.)
  const parts = (placeAt >= 0 ? lowers.slice(0, placeAt).join(' ') : text).split(/ and | & /);
  const hyphenated = new Set(words.filter((t) => t.tags.has('Hyphenated')).map((t) => t.lower));
  const anonymousPart = (p: string) => {
    // 'news reports', 'media reports': listed as a whole, unnamed whatever the modifier.
    // ('Other media reports', 'some news reports': and after a quantifier.)
    if (lex.unsourcedNouns.has(p) || lex.unsourcedNouns.has(p.replace(/^(other|some|several|many|various|numerous|further|additional|earlier|unconfirmed) /, ''))) return true;
    const ws = p.split(' ');
    // The head: the last word, or with one part the phrase's head noun ('estimates of the loss').
    const h = parts.length === 1 ? head : ws[ws.length - 1];
    if (!(lex.anonymous.has(h) || lex.anonymous.has(p) || lex.unsourcedNouns.has(h) || /^(some|many|most|others|few|all)$/.test(p))) return false;
    // 'the report', 'this estimate': a definite document is a named source; 'a report', 'reports' are not.
    // ('according to the latest figures', 'the final tally': 'the' with 'latest' points to no document.)
    const current = ws[0] === 'the' && lex.currentDocumentHeads.has(h) && ws.slice(1, -1).some((w) => lex.currentDocumentModifiers.has(w));
    // ("last year's report", "Monday's report": a possessive of time is as definite as 'the'.)
    const dated = /^(last|this|next|yesterday|today)$/.test(ws[0]) || lex.weekdays.has(ws[0].replace(/['’]s?$/, ''));
    // ('One of those studies': a part of definite documents is as definite.)
    const partOf = ws.length > 3 && /^(one|some|each|either|both|all|many|most)$/.test(ws[0]) && ws[1] === 'of' && /^(the|these|those|its|their|his|her)$/.test(ws[2]);
    if (!lex.anonymous.has(h) && lex.unsourcedNouns.has(h) && (/^(the|this|that|its|their|his|her)$/.test(ws[0]) || dated || partOf) && !current) return false;
    // 'Board members', 'police officials', 'hospital staff': unnamed people of an institution named by
    // its role speak for it; 'government officials' and 'security sources' stay vague.
    const headAt = parts.length === 1 ? ws.indexOf(h) : ws.length - 1;
    const modifiers = ws.slice(0, headAt < 0 ? ws.length - 1 : headAt).filter((w) => !/^(the|a|an|some|many|several|other|two|three|four|five|six|seven|eight|nine|ten)$/.test(w));
    // ('government figures', 'census data', 'hospital records': for data, figures and records any
    // role before them names who keeps them; 'government officials' stays vague.)
    const dataHead = !lex.anonymous.has(h) && lex.unsourcedNouns.has(h);
    // ('box-office figures': a role word inside a hyphenated compound names nobody.)
    return !modifiers.some((w) => !hyphenated.has(w) && lex.roles.has(w) && (dataHead || (lex.roles.get(w) !== 'person' && lex.roles.get(w) !== 'document' && !lex.anonymousModifiers.has(w))));
  };
  // 'Thomson Reuters Corp' is a company even though 'Reuters' alone is a news agency.
  const orgWord = words.some((t) => lex.organizationWords.has(t.text.replace(/['’]s$/, '')));
  if (known) return { kind: known === 'media' && orgWord ? 'organization' : known, anaphoric: false };
  // 'two out of three', 'some', 'many': a quantity standing for unnamed people.
  if (words.every((t) => t.tags.has('Value') || /^(of|out|in|the|a|some|many|most|others|few|all|several)$/.test(t.lower))) {
    return { kind: 'anonymous', anaphoric: false };
  }
  // 'Officials at the regional emergency ministry', 'a spokesman for the Red Cross': unnamed people of
  // an institution named after a preposition speak for it.
  // For documents ('estimates of the city's loss') only 'from'/'by' name an owner.
  const ownerPreps = lex.anonymous.has(head) ? /^(at|of|from|for|with|in)$/ : /^(from|by)$/;
  // ('Data provided by football's governing body': the role may be two words.)
  const institutionAfter = lowers.some((w, i) => i > headIdx - r.first && ownerPreps.test(w) && lowers.slice(i + 1).some((x, j, rest) => institutionRole(x, lex) || (j > 0 && institutionRole(`${rest[j - 1]} ${x}`, lex))));
  if (!anyNamed && !institutionAfter && parts.every(anonymousPart)) return { kind: 'anonymous', anaphoric: false };
  // 'A health ministry official', 'a police spokesman': an unnamed person of an institution named by
  // its role speaks for it (the rule above let it through; the article below would make it vague).
  const roleBefore = lowers.slice(0, headIdx - r.first).map((w) => institutionRole(w, lex)).find((k) => k);
  if (!anyNamed && roleBefore && lex.anonymous.has(head) && !lex.alwaysUnnamed.has(head) && !lowers.slice(0, headIdx - r.first).some((w) => lex.anonymousModifiers.has(w))) return { kind: roleBefore, anaphoric: false };
  // ('an official of the corps', 'a spokesman for the agency': an institution named by its role after
  // the unnamed person; the article rule below would make it vague.)
  if (!anyNamed && institutionAfter && lex.anonymous.has(head) && !lex.alwaysUnnamed.has(head)) {
    const inst = lowers.slice(headIdx - r.first + 1).map((w) => institutionRole(w, lex)).find((k) => k);
    if (inst) return { kind: inst, anaphoric: false };
  }
  // 'Two sources at the hospital', 'police sources': sources stay unnamed unless a name comes with them.
  if (!anyNamed && lex.alwaysUnnamed.has(head)) return { kind: 'anonymous', anaphoric: false };
  // 'An international group of researchers', 'a panel of experts': a collective of unnamed people.
  const ofAt = lowers.indexOf('of', headIdx - r.first);
  // ('The first poll of likely voters found': a document of unnamed people is the document.)
  if (!anyNamed && ofAt === headIdx - r.first + 1 && lex.anonymous.has(lowers[lowers.length - 1]) && lowers.slice(ofAt + 1).every((w) => !lex.roles.has(w)) && !(lex.documentNouns.has(head) && definiteFirst(lowers[0]))) return { kind: 'anonymous', anaphoric: false };
  // 'Seven of the eight companies', 'the ministry', 'state media', 'police'.
  const multi = lex.rolePhrases.find((p) => text.endsWith(p) || text.includes(p + ' '));
  const role = lex.roles.get(head) ?? (multi ? lex.roles.get(multi) : undefined);
  const definite = definiteFirst(lowers[0]);
  // 'Mysore Divisional Railway Manager Aparna Garg': a title of a person followed by a name.
  const titledName = words.some((t, i) => lex.roles.get(t.lower) === 'person' && i + 1 < words.length && /^\p{Lu}/u.test(words[i + 1].text) && !lex.organizationWords.has(words[i + 1].text));
  // 'A spokesman said', 'an emergency doctor in Gaza': one unnamed person by occupation, tied to no
  // institution, is as unnamed as 'a witness' (guide: vague is for unnamed people with no
  // institution). 'A police spokesman', 'a doctor at the hospital', 'a lawyer for the family' are tied
  // to somebody; 'in Gaza' is a place.
  if (role === 'person' && !anyNamed && !words.some((t) => t.tags.has('Person')) && /^(a|an|one)$/.test(lowers[0]) && !lowers.some((w) => institutionRole(w, lex)) && !lowers.slice(headIdx - r.first + 1).some((w) => /^(for|of|at|with|from|to)$/.test(w))) {
    return { kind: 'anonymous', anaphoric: false };
  }
  // ("Mayor Marty Walsh's office", "the minister's department": an institution a person owns is
  // the institution.)
  const ownedInstitution = !!role && role !== 'person' && role !== 'document' && headIdx > r.first && /['’]s$/.test(tokens[headIdx - 1].text);
  if ((hasPerson || titledName) && !ownedInstitution) return { kind: 'person', anaphoric: false };
  // 'official figures show', 'official data': 'official' says somebody published them, not who (as
  // 'is officially forecast at' does); 'government figures' name an institution by its role.
  if ((role === 'document' || lex.documentNouns.has(head)) && !anyNamed && lowers.includes('official') && !lowers.some((w) => institutionRole(w, lex))) return { kind: 'anonymous', anaphoric: false };
  if (role && !anyNamed) {
    // 'the jury', 'the agency', 'the mayor': stands for a source named earlier when one was. A
    // possessor makes it specific: "the state's fire agency" is not the last agency named.
    const possessed = words.some((t, i) => i < headIdx - r.first && /['’]s$/.test(t.text));
    return { kind: role, anaphoric: definite && role !== 'document' && !possessed, head };
  }
  const capital = words.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text.replace(/['’]s$/, ''));
  if (capital.some((w) => lex.mediaWords.has(w)) && !capital.some((w) => lex.agencyWords.has(w))) return { kind: 'media', anaphoric: false };
  if (capital.some((w) => lex.agencyWords.has(w))) return { kind: 'agency', anaphoric: false };
  if (capital.some((w) => lex.organizationWords.has(w))) return { kind: 'organization', anaphoric: false };
  if (role) return { kind: role, anaphoric: false };
  if (lex.documentNouns.has(head)) return { kind: 'document', anaphoric: false };
  // All-capital acronyms name organizations ('the TEA'); other capitalized phrases are mostly people in news copy.
  if (words.some((t) => /^[A-Z]{2,6}$/.test(t.text.replace(/['’]s$/, '')) && !t.tags.has('Person'))) return { kind: 'agency', anaphoric: false };
  // 'the South Asian earthquake': names that only modify a lower-case common head name nobody.
  if (anyNamed && /^\p{Ll}/u.test(tokens[headIdx].text) && !lex.roles.has(head)) return { kind: 'organization', anaphoric: false, guessed: true };
  // ('according to consultants Deloitte', 'carmaker Toyota said': a company noun before the name.)
  const companyNoun = (w: string) => lex.organizationDescriptors.has(w) || institutionRole(w, lex) === 'organization';
  let nameFrom = words.length;
  while (nameFrom > 0 && /^\p{Lu}/u.test(words[nameFrom - 1].text)) nameFrom--;
  // ('Carmaker Toyota said': the company noun may open the sentence with its capital.)
  if (nameFrom === 0 && words.length > 1 && r.first === 0 && companyNoun(lowers[0])) nameFrom = 1;
  const described = nameFrom > 0 && nameFrom < words.length && lowers.slice(0, nameFrom).some(companyNoun);
  if (anyNamed && described && !hasPerson) return { kind: 'organization', anaphoric: false };
  if (anyNamed) return { kind: 'person', anaphoric: false, unknownName: true };
  // A common noun the lexicon does not know: 'a man', 'one resident' name nobody; 'the family',
  // 'the victim's mother' name somebody by role.
  if (/^(a|an|one|some|several|many|various|numerous|unnamed|anonymous)$/.test(lowers[0])) return { kind: 'anonymous', anaphoric: false };
  return { kind: tokens[headIdx].tags.has('Actor') || tokens[headIdx].tags.has('Person') ? 'person' : 'organization', anaphoric: false, guessed: true };
}

/** 'the', 'this', 'its': a determiner that points to one thing named before. */
function definiteFirst(w: string): boolean {
  return /^(the|this|that|these|those|its|their|his|her)$/.test(w);
}
