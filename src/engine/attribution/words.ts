// Closed classes of English words that the cue finders test tokens against: forms of 'be',
// modifiers of an amount, discourse adverbs, cue forms that are as often nouns. They are grammar,
// not newsroom knowledge, so they live here rather than in the lexicon.

import type { Token } from '../nlp/tagger';

/** Forms of 'be', for passives ('is estimated') and copulas. */
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);

/** Gaps between tokens that hold a comma, or a closing quotation mark. */
export const COMMA = /,/;
export const QUOTE_CLOSE = /["”’]/;

/** 'as many as', 'as much as', 'as high as': 'as' opening a figure's modifier, not a clause. */
export const AS_DEGREE = /^(many|much|few|little|high|low|large|long|far|early|late|well|recently|of|part|such|expected|forecast|predicted)$/;

/** Verbs besides the level verbs that give a hedged subject's amount: 'the reported casualties increased to 167'. */
export const HEDGED_LEVEL = /^(increased|increases|decreased|decreases|fell|falls|dropped|drops|declined|declines|hit|hits|stand|stands|totaled|totalled|amounted|amounts|came|comes|were|are|has|have|had|reach|rise|rises|rose|grew|climbed)$/;

/** Participles that put an amount forward: 'the 106 mt projected by', 'the 15% increase recorded by', '$57,500 placed on the property by', 'the 300 deaths confirmed by'. */
export const AMOUNT_PARTICIPLES = /^(projected|estimated|forecast|forecasted|predicted|calculated|expected|anticipated|reported|cited|recorded|counted|tallied|measured|registered|placed|put|set|confirmed|announced|claimed|disclosed)$/;
/** Participles of position that put forward a rate or a sum ('the 5 percent increase recommended by the government'), not a count of things ('Twelve projects proposed by private groups'). */
export const RATE_PARTICIPLES = /^(recommended|proposed|requested|suggested|demanded|sought)$/;

/** Heads of time phrases: 'the conclusion of 2024', 'the corresponding period'. */
export const TIME_HEADS = /^(end|conclusion|beginning|start|middle|close|time|deadline|period|year|month|week|quarter|season|day|decade|century|half|weekend|morning|afternoon|evening|night)$/;

/** Modifier words of an amount: 'more than', 'about', 'at least'. */
export const AMOUNT_WORDS = /^(more|less|fewer|than|about|nearly|almost|some|over|under|up|to|at|least|most|around|roughly|approximately|just|an|a)$/;

/** Words that open a subordinate clause after an object: 'seeking three suspects after 40 shots were fired'. */
export const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'as', 'since', 'although', 'though', 'if', 'unless', 'until', 'whereas']);

/** Discourse adverbs that can stand between a subject and its verb: 'the ministry, however, said'. */
export const DISCOURSE = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'therefore', 'moreover', 'nevertheless', 'instead', 'meantime', 'separately', 'earlier', 'later', 'again', 'now', 'then', 'additionally', 'furthermore', 'however,']);

/** Cue forms that are as often nouns: they need a clause or a quotation after them to be verbs. */
export const NOUNISH_FORMS = new Set(['state', 'states', 'report', 'reports', 'claim', 'claims', 'estimate', 'estimates', 'figure', 'figures', 'count', 'counts', 'record', 'records', 'note', 'notes', 'charge', 'charges', 'post', 'posts', 'comment', 'comments', 'answer', 'answers', 'forecast', 'forecasts', 'project', 'projects', 'request', 'requests', 'demand', 'demands', 'list', 'lists', 'total', 'totals', 'register', 'measure', 'measures', 'log', 'caution', 'counter', 'bid', 'hint', 'guess', 'fear', 'hope', 'plan', 'budget', 'tally', 'document', 'documents', 'account', 'accounts', 'detail', 'details', 'outline', 'outlines']);

/** Participles that before 'to' or 'at' are always passive: 'believed to be', 'estimated at'. */
export const PASSIVE_BEFORE_TO = new Set(['believed', 'thought', 'said', 'reported', 'estimated', 'related', 'alleged', 'rumored', 'rumoured', 'feared', 'understood', 'presumed', 'suspected', 'considered', 'known', 'claimed', 'put', 'valued', 'pegged', 'projected', 'forecast']);

/** Participles that before 'at' always give an amount ('deaths estimated at 5,000'); the others only when one follows ('losses reported at $2 million', not 'said at a news conference'). */
export const VALUING_AT = new Set(['estimated', 'put', 'valued', 'pegged', 'placed']);

/** compromise's tags for a place; with 'Demonym', for its people too ('Chinese', 'Kenyans'). */
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
export const PLACE_OR_PEOPLE_TAGS = [...PLACE_TAGS, 'Demonym'];

/** Particles inside a person's name: 'Corinne Le Quere', 'Ursula von der Leyen', 'Ana de Souza'. */
const NAME_PARTICLES = /^(de|da|di|du|del|della|der|den|des|van|von|le|la|bin|ibn|al|el|ter|ten|dos|das)$/i;

/**
 * Whether the tokens spell a name: capitalized words compromise knows as names, perhaps with
 * particles between them ('Corinne Le Quere', where it tags 'Le' a determiner). Role words
 * ('Director') are no part of a name. At most five words.
 */
export function personName(name: Token[], isRole: (lower: string) => boolean): boolean {
  if (name.length === 0 || name.length > 5) return false;
  const nameWord = (t: Token) => /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || t.tags.has('Person')) && !isRole(t.lower);
  return name.every((t, i) => nameWord(t) || (i > 0 && i < name.length - 1 && NAME_PARTICLES.test(t.text)));
}
