// Whether a cue form is a verb where it stands. compromise tags many reporting forms as nouns or
// adjectives ("reports", "estimate", "forecast", "demanding") and some nouns as verbs; the words
// around the form decide.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { gapAfter, titleCaseWords } from '../nlp/phrases';
import { adverbialPairAt, isVerb } from './np';
import { BE, COMMA, NOUNISH_FORMS } from './words';
import { amountAt } from './amount';

/** The document noun right before token k ('an order saying'), a time phrase allowed between ('an order Friday saying'); -1 if none. */
export function documentBefore(tokens: Token[], k: number, lex: CompiledLexicon): number {
  let d = k - 1;
  while (d > 0 && tokens[d].tags.has('Date') && !tokens[d].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, d))) d--;
  return d >= 0 && lex.documentNouns.has(tokens[d].lower) && /^\s*$/.test(gapAfter(tokens, d)) ? d : -1;
}

/** Adverbs that stand between a subject and its verb ('The IEA still estimates that'). */
const STEP_ADVERBS = /^(still|now|also|already|only|just|further|again|initially|later|earlier|currently|generally|previously|originally|widely|typically|usually|recently)$/;

/** Prepositions whose object a bare cue form would be ('in detail'); not 'to', which takes infinitives. */
const PREPOSITIONS = /^(in|on|at|for|of|from|with|without|into|about|under|after|before|upon|within)$/;

/** Nouns plural in sense that compromise may tag singular: 'media report', 'police say'. */
const PLURAL_SENSE = /^(media|police|staff|personnel|people|data|authorities)$/;

/** Forms of 'have' and 'get' that take an object and a participle ('had places confirmed'). */
const HAVE = /^(had|has|have|having|got|gets|get|getting)$/;

/** compromise sometimes tags 'reports' or 'estimate' as nouns; the position decides. */
export function looksLikeVerb(tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  // ("The company's quarterly MAU count rose 9 million": a noun-like form right before a finite verb
  // is that verb's subject, not a verb itself.)
  const after = tokens[k + 1];
  // (compromise may tag 'rose' a noun, the flower.)
  const finiteAfter = !!after && ((isVerb(after) && (after.tags.has('PastTense') || (after.tags.has('PresentTense') && !after.tags.has('Infinitive'))) && !after.tags.has('Participle')) || /^(rose|fell|dropped|grew|climbed|jumped|slid|stood|reached|totaled|totalled)$/.test(after.lower));
  if (NOUNISH_FORMS.has(t.lower) && finiteAfter && /^\s*$/.test(gapAfter(tokens, k)) && !lex.cueForms.has(after.lower) && !/ing$/.test(after.lower)) return false;
  // ('unknown to him in detail, used two threads', 'declined to go on record': a bare form right after
  // a preposition is its object, a noun, whatever compromise made of it; 'to' takes infinitives.)
  if (prev && PREPOSITIONS.test(prev.lower) && !/(ed|ing)$/.test(t.lower) && /^\s*$/.test(gapAfter(tokens, k - 1))) return false;
  // ('358,356 applicants had university places confirmed': after 'had' and its object, a participle
  // says what was done to the object; the object confirms nothing.)
  if (/\p{Ll}ed$/u.test(t.text) && prev?.tags.has('Noun') && !prev.tags.has('Pronoun') && !prev.tags.has('ProperNoun')) {
    let b = k - 1;
    while (b > 0 && b >= k - 4 && /^\s*$/.test(gapAfter(tokens, b - 1)) && (tokens[b - 1].tags.has('Noun') || tokens[b - 1].tags.has('Adjective') || tokens[b - 1].tags.has('Value')) && !tokens[b - 1].tags.has('Pronoun') && !HAVE.test(tokens[b - 1].lower)) b--;
    if (b > 0 && HAVE.test(tokens[b - 1].lower) && /^\s*$/.test(gapAfter(tokens, b - 1))) return false;
  }
  // ('OPEC still forecasts demand growth of': a bare form between a cue form and a noun modifies the noun.)
  // (Only when an adverb before the cue form shows it is the verb: 'New figures show unemployment' is not this.)
  if (prev && t.tags.has('Infinitive') && lex.cueForms.has(prev.lower) && STEP_ADVERBS.test(tokens[k - 2]?.lower ?? '') && !!tokens[k + 1]?.tags.has('Noun') && !tokens[k + 1].tags.has('Pronoun') && /^\s*$/.test(gapAfter(tokens, k - 1) + gapAfter(tokens, k))) return false;
  // 'an order (Friday) saying', 'new estimates showing': after a document noun, a participle.
  if (/ing$/.test(t.lower) && documentBefore(tokens, k, lex) >= 0) return true;
  // ('The 2017 report, which seeks to overhaul the service, recommended maximum wait times': right
  // after a relative clause set off by commas, a participle form is the clause's verb, whatever
  // compromise made of it before an adjective.)
  // ('ERCOT, which operates the grid, forecast demand would peak': 'forecast' too.)
  if ((/ed$/.test(t.lower) || t.lower === 'forecast') && k > 1 && COMMA.test(gapAfter(tokens, k - 1))) {
    for (let b = k - 2; b > 0 && b >= k - 20; b--) {
      if (/^(which|who)$/.test(tokens[b].lower) && tokens[b].text !== 'WHO' && COMMA.test(gapAfter(tokens, b - 1))) return true;
      if (/[,;:"“”]/.test(gapAfter(tokens, b - 1))) break;
    }
  }
  // ('The details confirmed Wednesday by FIFA fulfill a promise': a participle with a day and then its
  // agent after a common noun is a reduced passive, not the noun's verb.)
  if (/\p{Ll}ed$/u.test(t.text) && prev?.tags.has('Noun') && !prev.tags.has('Pronoun') && !prev.tags.has('ProperNoun') && /^\p{Ll}/u.test(prev.text) && tokens[k + 1]?.tags.has('Date') && tokens[k + 2]?.lower === 'by' && /^\s*$/.test(gapAfter(tokens, k - 1) + gapAfter(tokens, k) + gapAfter(tokens, k + 1))) return false;
  // ('growth of 3 percent forecast by economists': between an amount and its agent, a participle.)
  if (t.lower === 'forecast' && tokens[k + 1]?.lower === 'by' && prev && (prev.tags.has('Value') || prev.tags.has('Noun')) && /^\s*$/.test(gapAfter(tokens, k - 1) + gapAfter(tokens, k))) return true;
  // ('The union is demanding a 12 percent raise': after a form of be, a progressive cue is the verb,
  // whatever compromise made of it.)
  const phraseProgressive = /\p{Ll}ing$/u.test(t.text) && !!tokens[k + 1] && lex.phraseRoles.has(`${t.lower} ${tokens[k + 1].lower}`);
  if ((lex.progressiveCues.has(t.lower) || phraseProgressive) && prev && (BE.has(prev.lower) || (STEP_ADVERBS.test(prev.lower) && BE.has(tokens[k - 2]?.lower ?? ''))) && /^\s*$/.test(gapAfter(tokens, k - 1))) return true;
  // 'analysts had forecast', 'it has estimated': after a perfect auxiliary, a verb.
  if (prev && /^(had|has|have)$/.test(prev.lower) && /^\s*$/.test(gapAfter(tokens, k - 1)) && !t.tags.has('Plural')) return true;
  // '..., police data show.', '..., records show': a bare form after a document noun that ends the clause.
  // (The form agrees with the noun: 'the record demand,' is a noun after a singular one.)
  const agreesWithDocument = !!prev && (/[^s]s$/.test(t.lower) || prev.tags.has('Plural') || /s$/.test(prev.lower) || /^(data|media|police)$/.test(prev.lower));
  if (prev && agreesWithDocument && lex.documentNouns.has(prev.lower) && /^\s*$/.test(gapAfter(tokens, k - 1)) && (k === tokens.length - 1 || /^\s*[.,;]/.test(gapAfter(tokens, k)))) return true;
  // ('agreed to table proposed garbage rate hikes': a participle after 'to' and a bare verb, before a
  // noun, is attributive, whatever compromise made of the verb.)
  if (/ed$/.test(t.lower) && k >= 2 && tokens[k - 2].lower === 'to' && /^\p{Ll}+$/u.test(tokens[k - 1].text) && !tokens[k - 1].tags.has('Pronoun') && !tokens[k - 1].tags.has('Determiner') && !!tokens[k + 1]?.tags.has('Noun') && !tokens[k + 1].tags.has('Pronoun') && /^\s*$/.test(gapAfter(tokens, k - 2) + gapAfter(tokens, k - 1) + gapAfter(tokens, k))) return false;
  // A capital inside a sentence is a name: 'United States', 'Reports Without Borders'.
  // (Not a headline's verb of saying, which the tagger left a verb: 'Deaths Top 1,000, Officials
  // Say', '..., Says UNHCR'.)
  // ('Pentagon Says 900 Troops Deployed': or anywhere in a title-case headline, where the tagger kept it a verb.)
  const headlineVerb = (k === tokens.length - 1 || COMMA.test(gapAfter(tokens, k - 1)) || titleCaseWords(tokens)) && !/[.!?]/.test(gapAfter(tokens, tokens.length - 1)) && isVerb(t) && !t.tags.has('Noun');
  if (k > 0 && /^\p{Lu}/u.test(t.text) && !/[.!?:"“]\s*$/.test(gapAfter(tokens, k - 1)) && !headlineVerb) return false;
  // 'the total reported casualties', 'an estimated 5,000', 'the projected meager revenues':
  // attributive, a hedge not a verb.
  // ('Apple initially said 40 million': an adverb after a subject leaves the verb a verb.)
  // ("the tour's total figures": 'total' is an adjective, and a possessive is a determiner.)
  const adverbAfterSubject = !!prev && /^(officially|initially|first)$/.test(prev.lower) && !!tokens[k - 2] && !tokens[k - 2].tags.has('Determiner') && !tokens[k - 2].tags.has('Possessive') && !/['’]s?$/.test(tokens[k - 2].text) && !/^(the|a|an|its|their|his|her)$/.test(tokens[k - 2].lower);
  if (prev && /^(the|a|an|its|their|his|her|total|officially|initially|first)$/.test(prev.lower) && !BE.has(prev.lower) && !adverbAfterSubject) {
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
  // ('Apple initially confirmed reports that': not after a subject, where the adverb is the verb's.)
  const subjectBeforeAdverb = !!tokens[k - 2] && (tokens[k - 2].tags.has('ProperNoun') || tokens[k - 2].tags.has('Pronoun') || (tokens[k - 2].tags.has('Noun') && !tokens[k - 2].tags.has('Determiner')));
  if (prev && /ed$/.test(t.lower) && (prev.tags.has('Preposition') || (/ly$/.test(prev.lower) && prev.tags.has('Adverb') && !subjectBeforeAdverb)) && /^\s*$/.test(gapAfter(tokens, k - 1)) && /^\s*$/.test(gapAfter(tokens, k)) && tokens[k + 1] && (tokens[k + 1].tags.has('Noun') || tokens[k + 1].tags.has('Possessive'))) return false;
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
  // ('Government data from April 1 shows 48 ...', 'Data from 2019 shows that': not after a date,
  // before what it shows.)
  const dated = !!prev && (prev.tags.has('Year') || /^(1[89]|20)\d\d$/.test(prev.text) || !!tokens[k - 2]?.tags.has('Month')) && !!next && (next.tags.has('Value') || next.lower === 'that' || next.tags.has('Determiner'));
  if (prev && prev.tags.has('Value') && (t.tags.has('Noun') || /s$/.test(t.lower)) && /^\s*$/.test(gapAfter(tokens, k - 1)) && !dated) return false;
  // ('three cost estimates and 40 bids', 'water and/or sewer improvement projects and another $3.7
  // million': after lower-case singular nouns with no determiner, an -s form ends a compound noun; a
  // verb's singular subject has one: 'the agency estimates'.)
  if (prev && /s$/.test(t.lower) && bareCompoundBefore(tokens, k, lex)) return false;
  // '73 confirmed cases', '12 reported deaths': between a number and its noun, a participle is an adjective.
  if (prev && prev.tags.has('Value') && /ed$/.test(t.lower) && next && (next.tags.has('Noun') || next.tags.has('Plural')) && /^\s*$/.test(gapAfter(tokens, k - 1)) && /^\s*$/.test(gapAfter(tokens, k))) return false;
  // "organisers' estimate": after a plural possessive it is a noun.
  if (prev && /^['’](\s|$)/.test(gapAfter(tokens, k - 1))) return false;
  // 'individual states', 'The highest recorded damage': after an adjective it is a noun or an adjective.
  // ('The ministry later said': 'later' and 'earlier' are adverbs here.)
  // ('Economists on average expect': nor after the adjective of an adverbial pair.)
  if (prev && prev.tags.has('Adjective') && !prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !(STEP_ADVERBS.test(prev.lower) || prev.lower === 'first') && !/^\p{Lu}/u.test(prev.text) && /^\s*$/.test(gapAfter(tokens, k - 1)) && !adverbialPairAt(tokens, k - 1)) return false;
  // Forms that are just as often nouns ('state', 'reports', 'claims', 'figures') need a clause after
  // them, or a name before them at the end of the sentence ('..., Mr. Keeler reports.').
  // ('exports to the Baltic states.', 'the Gulf states': after 'the' and a name, 'states' is the noun.)
  // ('The WHO states that', '..., the WHO states.' stay verbs after an organization.)
  if (t.lower === 'states' && prev?.tags.has('ProperNoun') && !prev.tags.has('Organization') && !/^\p{Lu}{2,}$/u.test(prev.text) && tokens[k + 1]?.lower !== 'that' && /^(the|its|their|other|member)$/.test(tokens[k - 2]?.lower ?? '')) return false;
  // ('before Mr. Villarzu's comments': after a name's possessive it is the name's noun.)
  if (NOUNISH_FORMS.has(t.lower) && prev && /['’]s$/.test(prev.text) && !prev.tags.has('Pronoun') && !/^(it|he|she|that|there|what|who|here)['’]s$/i.test(prev.text)) return false;
  if (NOUNISH_FORMS.has(t.lower) && !/ed$/.test(t.lower)) {
    // ('what police estimate could be $2 million': a modal opens the clause too.)
    const opensContent = !!next && /^\s*$/.test(gapAfter(tokens, k)) && (/^(that|the|a|an|his|her|their|its|some|more|nearly|about|almost|over|at|only|just|around|roughly|between|fewer|less|\d.*|\$.*)$/.test(next.lower) || (next.tags.has('Modal') && !prev?.tags.has('Determiner')));
    // ('OPEC still forecasts demand growth of ...': the subject before an adverb.)
    let a = k - 1;
    while (a > 0 && STEP_ADVERBS.test(tokens[a].lower) && /^\s*$/.test(gapAfter(tokens, a - 1))) a--;
    const lead = a < k - 1 ? tokens[a] : prev;
    // ('Gartner reports shipments fell 5%': a capital that opens the sentence, before an -s form that
    // agrees with it, is a name compromise did not know.)
    const openingName = !!lead && lead === tokens[0] && /^\p{Lu}/u.test(lead.text) && !lead.tags.has('Determiner') && /[^s]s$/.test(t.lower);
    // ('The firm estimates shipments fell': a singular source noun after its determiner, with an -s
    // form that agrees with it.)
    // ('..., the group projects.': or a general head that stands for a named source.)
    const singularSource = !!lead && lead.tags.has('Singular') && (lex.roles.has(lead.lower) || lex.genericHeads.has(lead.lower)) && /[^s]s$/.test(t.lower) && /^(the|a|an|this|that|its|their|our)$/.test(tokens[a - 1]?.lower ?? '');
    const subjectBefore = !!lead && (lead.tags.has('ProperNoun') || lead.tags.has('Pronoun') || lead.tags.has('Person') || lead.tags.has('Plural') || openingName || singularSource);
    // ('..., they report.': after a pronoun the bare form is the verb too.)
    // ('..., they note, with ...': or set off by commas in the middle of the sentence.)
    const setOff = k > 1 && COMMA.test(gapAfter(tokens, k - 2)) && COMMA.test(gapAfter(tokens, k));
    // ('..., Analysts Report': a headline's verb the tagger made one, after its plural speaker.)
    const headlineForm = /^\p{Lu}/u.test(t.text) && t.tags.has('Verb') && !t.tags.has('Noun');
    const endsAfterName = (/s$/.test(t.lower) || !!prev?.tags.has('Pronoun') || headlineForm) && (!next || /^\s*\./.test(gapAfter(tokens, k)) || setOff) && subjectBefore;
    // 'economists estimate payments of ...': a verb after its subject, with an object after it.
    const verbWithObject = t.tags.has('Verb') && subjectBefore && !!next && /^\s*$/.test(gapAfter(tokens, k)) && (next.tags.has('Noun') || next.tags.has('Determiner') || next.tags.has('Value'));
    // 'Russia claims to have captured 12 villages': after its subject, with an infinitive.
    const withInfinitive = subjectBefore && next?.lower === 'to' && !!tokens[k + 2] && isVerb(tokens[k + 2]);
    // 'Apple forecast earnings per share of 46 cents', 'The company forecasts revenue of $2 billion':
    // after a name (or a singular noun the -s form agrees with), a noun object, then 'of' and an
    // amount. ('the IMF forecast of 3%' is a noun: 'of' right after it.)
    // ('The company forecast revenue of $13 billion': a past tense the same as the noun agrees with any subject.)
    const pastAsBase = /^(forecast|bid)$/.test(t.lower) && !!prev?.tags.has('Noun') && !prev.tags.has('Pronoun');
    const agrees = !!lead && /^\s*$/.test(gapAfter(tokens, k - 1)) && (/^\p{Lu}/u.test(lead.text) || pastAsBase || (lead.tags.has('Singular') && !lead.tags.has('Pronoun') && /[^s]s$/.test(t.lower)));
    if (agrees) {
      let of = k + 1;
      // ('forecasts demand growth of': a bare form before a noun modifies it.)
      const modifier = (i: number) => tokens[i].tags.has('Infinitive') && !!tokens[i + 1]?.tags.has('Noun');
      // ('forecast fourth-quarter total premium subscribers of': a hyphened ordinal is a modifier.)
      const hyphened = (i: number) => tokens[i].tags.has('Hyphenated') && (gapAfter(tokens, i) === '-' || gapAfter(tokens, i - 1) === '-');
      while (of <= Math.min(tokens.length - 1, k + 6) && tokens[of].lower !== 'of' && /^\s*$|^-$/.test(gapAfter(tokens, of - 1)) && (!tokens[of].tags.has('Value') || hyphened(of)) && (!isVerb(tokens[of]) || modifier(of)) && !(tokens[of].tags.has('Preposition') && tokens[of].lower !== 'per')) of++;
      // ('Apple forecast earnings $2.28 to $2.39 a share': or the amount right after the object.)
      // ('The USDA forecast corn production at 15.1 billion bushels': or 'at' and the amount, as 'estimated ... at'.)
      if (of > k + 1 && ((/^(of|at)$/.test(tokens[of]?.lower ?? '') && amountAt(tokens, of + 1)) || (!!tokens[of]?.tags.has('Value') && amountAt(tokens, of)))) return true;
    }
    // ('The USDA forecast corn production would reach 15.1 billion': after a name, a noun phrase with
    // its own finite verb is the reported clause.)
    const afterName = !!lead && /^\p{Lu}/u.test(lead.text) && !lead.tags.has('Determiner') && /^\s*$/.test(gapAfter(tokens, k - 1));
    if (afterName && forecastClauseAt(tokens, k)) return true;
    const clauseAfterName = afterName && subjectAndVerbAt(tokens, k + 1);
    if (!opensContent && !endsAfterName && !verbWithObject && !withInfinitive && !clauseAfterName && !/[:"“]/.test(gapAfter(tokens, k))) return false;
    // ('..., the group projects.': the -s form that agrees with 'the group' and closes the sentence.)
    if (endsAfterName && singularSource) return true;
  }
  if (t.tags.has('Verb')) return true;
  // ('what police estimate could be $2 million': after a noun subject, before a modal, the verb.)
  // ('This year's Senate measure would provide' is a noun: the subject must be plural.)
  if (NOUNISH_FORMS.has(t.lower) && next?.tags.has('Modal') && !!prev && (prev.tags.has('Plural') || /^(police|staff|personnel|people)$/.test(prev.lower)) && !prev.tags.has('Determiner') && /^\s*$/.test(gapAfter(tokens, k - 1) + gapAfter(tokens, k))) return true;
  // ('The airline cut its forecast to 3 million': compromise may read a toll verb before its toll as a noun.)
  if (lex.cueForms.get(t.lower)?.has('toll') && /^(its|their|his|her|the)$/.test(tokens[k + 1]?.lower ?? '') && lex.tollNouns.has(tokens[k + 2]?.lower ?? '')) return true;
  // 'data that shows 84 deaths': after a relative 'that' on a document noun, a verb.
  if (prev?.lower === 'that' && lex.documentNouns.has(tokens[k - 2]?.lower ?? '')) return true;
  // 'Figures released by NHS England this week show 7.6 million', 'Budget figures show spending':
  // a bare evidential form after a noun, opening a clause or an amount, is the verb.
  if (prev && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && lex.cueForms.get(t.lower)?.has('evidential') && !/(ing|ed)$/.test(t.lower) && next && /^\s*$/.test(gapAfter(tokens, k)) && (next.tags.has('Value') || next.tags.has('Noun') || /^(that|the|a|an|there|\$.*|\d.*)$/.test(next.lower))) return true;
  // A noun-tagged cue form right after a name or pronoun and before 'that', punctuation or a determiner reads as a verb.
  if (!prev) return false;
  // ('The IEA still estimates that': past an adverb between the subject and its verb.)
  let s = k - 1;
  while (s > 0 && STEP_ADVERBS.test(tokens[s].lower) && /^\s*$/.test(gapAfter(tokens, s - 1) + gapAfter(tokens, s))) s--;
  const subj = tokens[s];
  // ('The Obama campaign claims that': an -s form after a singular noun, before 'that', agrees with it.)
  // ('state media report that': nouns plural in sense, whatever compromise made of them.)
  const prevOk = subj.tags.has('ProperNoun') || subj.tags.has('Pronoun') || subj.tags.has('Plural') || subj.tags.has('Value') || /^\p{Lu}/u.test(subj.text) || (subj.tags.has('Singular') && /s$/.test(t.lower) && next?.lower === 'that') || (PLURAL_SENSE.test(subj.lower) && !/s$/.test(t.lower) && next?.lower === 'that');
  // ('The USDA forecast corn production would reach': or a noun phrase with its own verb, after a name.)
  const nextOk = !next || s < k - 1 || /^(that|the|a|an|his|her|their|its|some|more|nearly|about|[\d$].*)$/.test(next.lower) || /[,.;:]/.test(gapAfter(tokens, k)) || (/^\p{Lu}/u.test(subj.text) && subjectAndVerbAt(tokens, k + 1));
  return prevOk && nextOk && !subj.tags.has('Determiner') && !subj.tags.has('Possessive');
}

/** Whether token k follows a determiner, a possessive or an adjective, so that it is a noun. */
export function nounBefore(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || !/^\s*$/.test(gapAfter(tokens, k - 1)) && !/^['’]s?\s*$/.test(gapAfter(tokens, k - 1))) return false;
  if (/^(the|a|an|its|his|her|their|our|my|your|this|that|these|those)$/.test(prev.lower) || prev.tags.has('Possessive') || /['’]s?$/.test(prev.text) || /^['’]/.test(gapAfter(tokens, k - 1))) return true;
  // ('Economists on average expect': the adjective of an adverbial pair modifies nothing.)
  if (prev.tags.has('Adjective') && !prev.tags.has('Noun') && !/^(later|earlier|further|also|then)$/.test(prev.lower) && !adverbialPairAt(tokens, k - 1)) return true;
  // ('the UN's flash appeal for': a bare form after a lower-case singular noun does not agree with it.)
  // ('the governor laid out a plan': an irregular past is a verb.)
  return prev.tags.has('Singular') && !prev.tags.has('Pronoun') && /^\p{Ll}/u.test(prev.text) && !/(s|ed|ing)$/.test(tokens[k].lower) && !tokens[k].tags.has('PastTense');
}

/** A lower-case noun phrase of up to four words from `from`, then a modal or a past verb: 'corn production would'. */
function subjectAndVerbAt(tokens: Token[], from: number): boolean {
  // (Common nouns only, and no preposition compromise took for one: 'the U.S. state of Washington was'.)
  const common = (t: Token) => t.tags.has('Noun') && !t.tags.has('Pronoun') && /^\p{Ll}+$/u.test(t.text) && !/^(of|in|on|at|for|to|by|with|from|as)$/.test(t.lower);
  if (!tokens[from] || !common(tokens[from])) return false;
  for (let k = from + 1; k < Math.min(tokens.length, from + 5); k++) {
    if (!/^\s*$/.test(gapAfter(tokens, k - 1))) return false;
    const w = tokens[k];
    if (w.tags.has('Modal') || (isVerb(w) && w.tags.has('PastTense') && !/ed$/.test(w.lower))) return true;
    if (!common(w)) return false;
  }
  return false;
}

/** Lower-case singular nouns right before k that no determiner, possessive or name opens ('sewer improvement' in 'sewer improvement projects'). */
function bareCompoundBefore(tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  const noun = (x: Token) => x.tags.has('Noun') && !x.tags.has('Plural') && !x.tags.has('Pronoun') && !x.tags.has('ProperNoun') && /^\p{Ll}/u.test(x.text) && !lex.roles.has(x.lower) && !lex.anonymous.has(x.lower);
  let v = k - 1;
  while (v >= 0 && noun(tokens[v]) && /^\s*$/.test(gapAfter(tokens, v))) v--;
  if (v === k - 1) return false;
  const before = tokens[v];
  // The compound must follow a word that opens no noun phrase of its own: a number, a conjunction, a preposition.
  return !!before && /^\s*$|^\/$/.test(gapAfter(tokens, v)) && (before.tags.has('Value') || /^(and|or|and\/or|for|of|in|with|on)$/.test(before.lower) || before.tags.has('Preposition'));
}

/**
 * 'AccuWeather forecast temperatures in Houston, the biggest city in Texas, will hit 101 degrees':
 * after a name, 'forecast' and a lower-case noun phrase whose clause has a modal within a dozen words
 * (past an appositive) is the verb with its bare clause, not the noun.
 */
function forecastClauseAt(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k].lower !== 'forecast' || !next || !/^\p{Ll}/u.test(next.text) || next.tags.has('Preposition') || next.tags.has('Value') || /^(of|for|that|to|and|or)$/.test(next.lower)) return false;
  for (let j = k + 2; j < Math.min(tokens.length, k + 14); j++) {
    if (/[;:"“”]/.test(gapAfter(tokens, j - 1))) return false;
    if (/^(will|would|could|should|may|might|can|won['’]t|wouldn['’]t)$/.test(tokens[j].lower)) return true;
    if (tokens[j].tags.has('Value')) return false;
  }
  return false;
}
