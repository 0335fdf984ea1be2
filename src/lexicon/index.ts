// The lexicon: the domain knowledge of the linter, kept as data (the JSON files beside this one) and
// compiled once into sets and maps the engine looks words up in. A user's configuration adds to it.
import cues from './cues.json';
import verbs from './verbs.json';
import hedges from './hedges.json';
import sources from './sources.json';
import entities from './entities.json';
import numbers from './numbers.json';
import units from './units.json';
import dates from './dates.json';
import abbreviations from './abbreviations.json';
import identifiers from './identifiers.json';
import type { SourceKind } from '../engine/types';

export type CueRole = 'speech' | 'object' | 'evidential' | 'position' | 'measurement' | 'toll';

export interface EntityEntry {
  name: string;
  aliases?: string[];
  kind: SourceKind;
}

/** What a user may add from configuration. Every list adds to the built-in one. */
export interface LexiconExtension {
  cues?: string[];
  hedges?: string[];
  agencies?: (string | EntityEntry)[];
  anonymousSources?: string[];
}

export interface CompiledLexicon {
  /** Inflected cue form -> roles it can play. */
  cueForms: Map<string, Set<CueRole>>;
  /** Inflected form -> lemma, for every cue verb. */
  cueLemma: Map<string, string>;
  /** The role of a multi-word cue verb's forms ('voted for': position); other opinion phrases report as speech. */
  phraseRoles: Map<string, CueRole>;
  /** 'highlight', 'suggest': cues only for a speaker, a document or an institution (cues.json). */
  speakerOnlyCues: Set<string>;
  /** Toll verbs that are as often acts on a count of things done ('increased the number of matches'). */
  actionTollVerbs: Set<string>;
  /** 'promise', 'pledge', 'vow': cues with a clause, an infinitive, or a sum or rate as object (cues.json). */
  promiseVerbs: Set<string>;
  /** 'continue': speech only before a colon or right after the quotation it closes (cues.json). */
  quoteOnlyCues: Set<string>;
  /** 'claim': after a modal, what one may have or get, not a report (cues.json). */
  modalActs: Set<string>;
  /** What a toll counts ('the number of people killed'), as against things done. */
  tollCounted: Set<string>;
  /** 'budget', 'account': subjects a verb of measurement describes, not measurers (cues.json). */
  measuredNouns: Set<string>;
  tollNouns: Set<string>;
  nounCues: Set<string>;
  nounCoverNouns: Set<string>;
  prepCues: string[];
  /** 'latest', 'final': after 'the', an unsourced noun with one of these names no document ('the latest figures'). */
  currentDocumentModifiers: Set<string>;
  /** The data nouns currentDocumentModifiers apply to ('figures', 'data'). */
  currentDocumentHeads: Set<string>;
  /** 'based on': a framing cue only when a document follows ('based on data from the CDC'). */
  documentPrepCues: string[];
  /** 'sent', 'issued' and 'email', 'statement': a message sent, before a colon, introduces what follows (cues.json sentMessage). */
  sendingVerbs: Set<string>;
  messageNouns: Set<string>;
  /** 'in line with': a documentPrepCue only at the start of a sentence (cues.json). */
  openingDocumentPrepCues: string[];
  opinionCues: string[];
  /** 'looking for': an expectation only with a subject in `watchers` ('analysts', 'Wall Street'). */
  watcherPhrases: string[];
  /** 'having said that', 'needless to say': phrases on a verb of saying that report nothing (cues.json). */
  idioms: string[];
  /** Cue lemma -> words after its participle that make it a descriptive passive ('charged with'). */
  passiveComplements: Map<string, Set<string>>;
  watchers: Set<string>;
  statementCues: string[];
  documentNouns: Set<string>;
  /** 'put', 'peg': verbs that value their object at an amount. */
  valuingVerbs: Set<string>;
  /** 'gave', 'offered': verbs that put forward an estimate as the subject's. */
  offerVerbs: Set<string>;
  /** 'made the announcement that ...': verbs that make a statement the subject's before a that-clause (cues.json). */
  statementVerbs: Set<string>;
  /** 'stands', 'reached': verbs that state the level of an owned count. */
  levelVerbs: Set<string>;
  /** Lemmas of speech verbs that need a reported clause: 'added that', not 'added 275,000 jobs'. */
  clauseOnly: Set<string>;
  /** Position verbs whose content is their object only: not an infinitive ('seek to'), not a clause after it. */
  objectOnly: Set<string>;
  /** 'back', 'endorse': object-only verbs that need a proposed change or plan as their object (cues.json). */
  proposalVerbs: Set<string>;
  proposalNouns: Set<string>;
  /** Position verbs that put a figure forward only in what they ask someone to do (cues.json requestVerbs). */
  requestVerbs: Set<string>;
  /** Objects with which a cue lemma reports nothing ('claimed the lives of'). */
  nonReportingObjects: Map<string, Set<string>>;
  /** Documents that lay something down: with a verb of position they are no source ('The contract called for'). */
  stipulatingNouns: Set<string>;
  /** Present participles that report as a progressive: 'analysts were expecting 41,000 jobs'. */
  progressiveCues: Set<string>;
  /** Participles after a document noun: 'a poll published on Monday found'. */
  documentParticiples: Set<string>;
  /** Participles after an unnamed group: 'economists surveyed before the report'. */
  sourceParticiples: Set<string>;
  findingSubjects: Set<string>;
  hedgeAdverbs: Set<string>;
  hedgeParticiples: Set<string>;
  weakHedgeParticiples: Set<string>;
  attributiveHedges: Set<string>;
  hedgePhrases: string[];
  /** Hedge phrases that hedge only before 'that' or at a clause's end ('it emerged'). */
  clauseHedgePhrases: Set<string>;
  unsourcedNouns: Set<string>;
  /** Estimate nouns that hedge an amount after 'of' when nobody owns them ('below the forecast of 5.93 million'). */
  ownerlessEstimates: Set<string>;
  anonymous: Set<string>;
  /** '..., 12 defense officials said': unnamed people who speak even when counted (sources.json). */
  countedSpeakers: Set<string>;
  /** Heads unnamed even with an institution by role ('sources at the hospital'). */
  alwaysUnnamed: Set<string>;
  /** 'official' -> titles of a named person it may stand for ('Oil Minister Javad Owji'). */
  titleAnaphors: Map<string, string[]>;
  /** 'familiar with', 'close to': phrases that tie the matter to an unnamed source ('people familiar with the matter'), as word lists. */
  anonymousPostmodifiers: string[][];
  anonymousModifiers: Set<string>;
  roles: Map<string, SourceKind>;
  /** Multi-word roles, longest first. */
  rolePhrases: string[];
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  honorifics: Set<string>;
  /** 'company', 'group': heads that may stand for the latest named source of their kind (sources.json). */
  genericHeads: Set<string>;
  /** 'researchers' -> words for the same group, for 'Researchers at X ... The researchers found' (sources.json). */
  institutionGroups: Map<string, string[]>;
  /** 'researchers', 'authors': a team a named lead stands for ('Jane Smith and colleagues'). */
  teamAnaphors: Set<string>;
  /** 'witness', 'lawyer': role words for a named person who just spoke ('The cooperating witness'). */
  roleAnaphors: Set<string>;
  /** 'former', 'Ukrainian': words before a person's name that are not part of it. */
  nameModifiers: Set<string>;
  /** 'consultants', 'carmaker': before an unknown one-word name, a company (sources.json). */
  organizationDescriptors: Set<string>;
  /** Entity alias or name (as written) -> entry. */
  entities: Map<string, EntityEntry>;
  /** Lower-cased first token of every entity name/alias -> the token lists that start with it. */
  entityStarts: Map<string, string[][]>;
  mediaWords: Set<string>;
  agencyWords: Set<string>;
  organizationWords: Set<string>;
  small: Map<string, number>;
  numberWords: Map<string, number>;
  scales: Map<string, number>;
  dozen: Set<string>;
  approximate: Set<string>;
  fractions: Map<string, number>;
  changes: Set<string>;
  /** Number words that name no quantity next to these words ('net zero', 'a third party'), by number word (numbers.json). */
  countsNothing: Map<string, { after: Set<string>; before: Set<string> }>;
  /** Verbs of change in an amount, every form: 'rose', 'cut', 'went' (numbers.json changeVerbs.any). */
  changeVerbs: Set<string>;
  /** Verbs of change to a level: 'soared to 45C' (changeVerbs.toLevel). */
  levelChangeVerbs: Set<string>;
  /** Verbs of change in a measured time: 'waits fell by 3 weeks' (changeVerbs.ofMeasuredTime). */
  timeChangeVerbs: Set<string>;
  /** Verbs of change after which 'by' and a 4-digit number give a count: 'rose by 1500' (changeVerbs.beforeByCount). */
  countChangeVerbs: Set<string>;
  multipliers: Set<string>;
  modifiers: string[];
  /** 'ticked', 'went': verbs whose 'up' is a particle, not the start of 'up to'. */
  upParticleVerbs: Set<string>;
  /** Verbs whose subject may be a share of a group: 'Half said no' (numbers.json shareSubjectVerbs). */
  shareSubjectVerbs: Set<string>;
  /** Places whose possessive owns a count: "the world's estimated 3,200 tigers" (sources.json placeOwners). */
  placeOwners: Set<string>;
  /** 'brought about', 'came about': 'about' is the verb's, not the figure's. */
  aboutParticleVerbs: Set<string>;
  ordinalWords: Set<string>;
  percentUnits: string[];
  currencySymbols: string[];
  /** 'N15m', 'R2.3bn', 'N25,000': letters that are currency signs with a scale, or with at least this many digits (units.json). */
  scaledCurrencySymbols: Map<string, number>;
  /** Unit abbreviations glued to digits: '200mph', '7,000km'. */
  gluedUnits: string[];
  currencyCodes: Set<string>;
  currencyWords: string[];
  measures: string[];
  timeUnits: Set<string>;
  periodUnits: Set<string>;
  /** 'highs in the mid-90s': words that make a decade a temperature (units.json). */
  temperatureWords: Set<string>;
  hyphenNotFigure: Set<string>;
  /** 'one-horned', '13-lined': features a small number counts in the name of a kind (units.json). */
  hyphenFeatures: Set<string>;
  /** 'a 3-pointer', 'five-on-five': compounds naming a shot or a format of play (units.json). */
  gameNames: Set<string>;
  /** 'a 3-point shot': the nouns after which 'N-point' names a shot, not a margin. */
  gamePointNouns: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  timeSuffixes: Set<string>;
  relativeTime: Set<string>;
  yearContext: Set<string>;
  abbrevNever: Set<string>;
  abbrevMaybe: Set<string>;
  sentenceOpeners: Set<string>;
  runInOpeners: Set<string>;
  identifierNouns: Set<string>;
  /** 'Year 11 pupils', 'National 5 qualifications': capitalized level names before a number. */
  levelNames: Set<string>;
  callVerbs: Set<string>;
  /** '911', '988': short service numbers, names of their service in context (identifiers.json). */
  serviceNumbers: Set<string>;
  serviceNouns: Set<string>;
  serviceLeads: Set<string>;
  systemNouns: Set<string>;
  streetSuffixes: Set<string>;
  directions: Set<string>;
}

const lower = (s: string) => s.toLowerCase();
const words = (s: string) => lower(s).split(/\s+/).filter(Boolean);
/** Multi-word entries, lower case with single spaces, longest first so the longest match wins. */
const phrases = (list: string[]) =>
  [...new Set(list.map((p) => words(p).join(' ')))].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);

/** Every form of a regular or listed irregular verb: lemma, third person, past, participles. */
export function inflect(lemma: string): string[] {
  const [head, ...rest] = words(lemma);
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const irregular = (verbs.irregular as Record<string, string[]>)[head];
  let forms: string[];
  if (irregular) forms = [head, ...irregular];
  else if (/[^aeiou]y$/.test(head)) forms = [head, head.slice(0, -1) + 'ies', head.slice(0, -1) + 'ied', head + 'ing'];
  else if (/e$/.test(head)) forms = [head, head + 's', head + 'd', head.slice(0, -1) + 'ing'];
  else if (/(s|sh|ch|x|z)$/.test(head)) forms = [head, head + 'es', head + 'ed', head + 'ing'];
  else forms = [head, head + 's', head + 'ed', head + 'ing'];
  return [...new Set(forms)].map((f) => f + tail);
}

export function compileLexicon(ext: LexiconExtension = {}): CompiledLexicon {
  const cueForms = new Map<string, Set<CueRole>>();
  const cueLemma = new Map<string, string>();
  // Multi-word cue verbs ('tells of') are matched as phrases, with the opinion cues.
  const phraseForms: string[] = [];
  const phraseRoles = new Map<string, CueRole>();
  const addCue = (lemma: string, role: CueRole) => {
    for (const form of inflect(lemma)) {
      if (form.includes(' ')) {
        phraseForms.push(form);
        if (!phraseRoles.has(form)) phraseRoles.set(form, role);
        if (!cueLemma.has(form)) cueLemma.set(form, lower(lemma));
        continue;
      }
      if (!cueForms.has(form)) cueForms.set(form, new Set());
      cueForms.get(form)!.add(role);
      if (!cueLemma.has(form)) cueLemma.set(form, lower(lemma));
    }
  };
  for (const role of ['speech', 'object', 'evidential', 'position', 'measurement'] as const) {
    for (const lemma of cues[role]) addCue(lemma, role);
  }
  for (const lemma of cues.toll.verbs) addCue(lemma, 'toll');
  for (const lemma of ext.cues ?? []) addCue(lemma, 'speech');

  const roles = new Map<string, SourceKind>();
  const roleKinds: [string, SourceKind][] = [
    ['person', 'person'],
    ['document', 'document'],
    ['media', 'media'],
    ['organization', 'organization'],
    ['agency', 'agency'],
  ];
  for (const [key, kind] of roleKinds) {
    for (const w of (sources.roles as Record<string, string[]>)[key]) roles.set(lower(w), kind);
  }

  const entityMap = new Map<string, EntityEntry>();
  const entityStarts = new Map<string, string[][]>();
  const addEntity = (e: EntityEntry) => {
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      entityMap.set(name, e);
      const toks = name.split(/\s+/);
      const key = lower(toks[0]);
      if (!entityStarts.has(key)) entityStarts.set(key, []);
      entityStarts.get(key)!.push(toks);
    }
  };
  for (const e of entities.entities as EntityEntry[]) addEntity(e);
  for (const a of ext.agencies ?? []) addEntity(typeof a === 'string' ? { name: a, kind: 'agency' } : a);
  for (const list of entityStarts.values()) list.sort((a, b) => b.length - a.length);

  const hedgeAdverbs = new Set(hedges.adverbs.map(lower));
  const hedgePhrases = [...hedges.phrases, ...hedges.clausePhrases].map(lower);
  for (const h of ext.hedges ?? []) {
    // A one-word hedge is an adverb (reportedly); a longer one a phrase (it is rumoured).
    if (words(h).length === 1) hedgeAdverbs.add(lower(h));
    else hedgePhrases.push(lower(h));
  }

  const toMap = (o: Record<string, number>) => new Map(Object.entries(o));
  return {
    cueForms,
    cueLemma,
    phraseRoles,
    speakerOnlyCues: new Set(cues.speakerOnlyCues),
    actionTollVerbs: new Set(cues.actionTollVerbs),
    promiseVerbs: new Set(cues.promiseVerbs),
    quoteOnlyCues: new Set(cues.quoteOnlyCues),
    modalActs: new Set(cues.modalActs),
    tollCounted: new Set(cues.tollCounted),
    measuredNouns: new Set(cues.measuredNouns.map(lower)),
    tollNouns: new Set(cues.toll.nouns.map(lower)),
    nounCues: new Set(cues.nounCues.map(lower)),
    nounCoverNouns: new Set(cues.nounCoverNouns.map(lower)),
    prepCues: phrases(cues.phrases.prep),
    currentDocumentModifiers: new Set(hedges.currentDocumentModifiers.map(lower)),
    currentDocumentHeads: new Set(hedges.currentDocumentHeads.map(lower)),
    documentPrepCues: phrases(cues.phrases.documentPrep),
    openingDocumentPrepCues: phrases(cues.phrases.openingDocumentPrep),
    sendingVerbs: new Set(cues.sentMessage.verbs.map(lower)),
    messageNouns: new Set(cues.sentMessage.nouns.map(lower)),
    opinionCues: phrases([...cues.phrases.opinion, ...phraseForms]),
    watcherPhrases: phrases(cues.watcherPhrases),
    idioms: phrases(cues.idioms),
    passiveComplements: new Map(Object.entries(cues.passiveComplements).map(([lemma, words]) => [lemma, new Set(words)])),
    watchers: new Set(cues.watchers.map(lower)),
    statementCues: phrases(cues.phrases.statement),
    documentNouns: new Set(cues.documentNouns.map(lower)),
    valuingVerbs: new Set(cues.valuingVerbs.map(lower)),
    offerVerbs: new Set(cues.offerVerbs.map(lower)),
    statementVerbs: new Set(cues.statementVerbs.map(lower)),
    levelVerbs: new Set(cues.levelVerbs.map(lower)),
    clauseOnly: new Set(cues.clauseOnly.map(lower)),
    objectOnly: new Set(cues.objectOnly.map(lower)),
    proposalVerbs: new Set(cues.proposalVerbs.map(lower)),
    proposalNouns: new Set(cues.proposalNouns.map(lower)),
    requestVerbs: new Set(cues.requestVerbs.map(lower)),
    nonReportingObjects: new Map(Object.entries(cues.nonReportingObjects as Record<string, string[]>).map(([lemma, objects]) => [lower(lemma), new Set(objects.map(lower))])),
    stipulatingNouns: new Set(cues.stipulatingNouns.map(lower)),
    progressiveCues: new Set(cues.progressiveCues.map(lower)),
    documentParticiples: new Set(cues.documentParticiples.map(lower)),
    sourceParticiples: new Set(cues.sourceParticiples.map(lower)),
    findingSubjects: new Set(cues.findingSubjects.map(lower)),
    hedgeAdverbs,
    hedgeParticiples: new Set(hedges.passives.participles.map(lower)),
    weakHedgeParticiples: new Set(hedges.passives.weakParticiples.map(lower)),
    attributiveHedges: new Set(hedges.attributive.map(lower)),
    hedgePhrases: phrases(hedgePhrases),
    clauseHedgePhrases: new Set(hedges.clausePhrases.map(lower)),
    unsourcedNouns: new Set(hedges.unsourcedNouns.map(lower)),
    ownerlessEstimates: new Set(hedges.ownerlessEstimates.map(lower)),
    anonymous: new Set([...sources.anonymous, ...(ext.anonymousSources ?? [])].map(lower)),
    countedSpeakers: new Set(sources.countedSpeakers.map(lower)),
    alwaysUnnamed: new Set(sources.alwaysUnnamed.map(lower)),
    titleAnaphors: new Map(Object.entries(sources.titleAnaphors as Record<string, string[]>).map(([noun, titles]) => [lower(noun), titles.map(lower)])),
    anonymousModifiers: new Set(sources.anonymousModifiers.map(lower)),
    anonymousPostmodifiers: sources.anonymousPostmodifiers.map((p) => words(lower(p))),
    roles,
    rolePhrases: phrases([...roles.keys()].filter((r) => r.includes(' '))),
    personPronouns: new Set(sources.pronouns.person),
    groupPronouns: new Set(sources.pronouns.group),
    honorifics: new Set(sources.honorifics.map(lower)),
    genericHeads: new Set(sources.genericHeads.map(lower)),
    institutionGroups: new Map(Object.entries(sources.institutionGroups as Record<string, string[]>).map(([head, same]) => [lower(head), same.map(lower)])),
    teamAnaphors: new Set(sources.teamAnaphors.map(lower)),
    roleAnaphors: new Set(sources.roleAnaphors.map(lower)),
    nameModifiers: new Set(sources.nameModifiers.map(lower)),
    organizationDescriptors: new Set(sources.organizationDescriptors.map(lower)),
    entities: entityMap,
    entityStarts,
    mediaWords: new Set(entities.mediaWords),
    agencyWords: new Set(entities.agencyWords),
    organizationWords: new Set(entities.organizationWords),
    small: toMap(numbers.small),
    numberWords: toMap({ ...numbers.small, ...numbers.words }),
    scales: toMap(numbers.scales),
    dozen: new Set(numbers.dozen),
    approximate: new Set(numbers.approximate),
    fractions: toMap(numbers.fractions),
    changes: new Set(numbers.changes),
    countsNothing: new Map(Object.entries(numbers.countsNothing as Record<string, { after?: string[]; before?: string[] }>).map(([w, e]) => [w, { after: new Set(e.after ?? []), before: new Set(e.before ?? []) }])),
    changeVerbs: new Set(numbers.changeVerbs.any),
    levelChangeVerbs: new Set(numbers.changeVerbs.toLevel),
    timeChangeVerbs: new Set(numbers.changeVerbs.ofMeasuredTime),
    countChangeVerbs: new Set(numbers.changeVerbs.beforeByCount),
    multipliers: new Set(numbers.multipliers),
    modifiers: phrases(numbers.modifiers),
    upParticleVerbs: new Set(numbers.upParticleVerbs.map(lower)),
    shareSubjectVerbs: new Set(numbers.shareSubjectVerbs),
    placeOwners: new Set(sources.placeOwners),
    aboutParticleVerbs: new Set(numbers.aboutParticleVerbs.map(lower)),
    ordinalWords: new Set(numbers.ordinalWords),
    percentUnits: phrases(units.percent),
    currencySymbols: [...units.currencySymbols].sort((a, b) => b.length - a.length),
    scaledCurrencySymbols: new Map(Object.entries(units.scaledCurrencySymbols as Record<string, number>)),
    gluedUnits: [...units.gluedUnits].sort((a, b) => b.length - a.length),
    currencyCodes: new Set(units.currencyCodes),
    currencyWords: phrases(units.currencyWords),
    measures: phrases(units.measures),
    timeUnits: new Set(units.time),
    periodUnits: new Set(units.periodUnits),
    temperatureWords: new Set(units.temperatureWords),
    hyphenNotFigure: new Set(units.hyphenNotFigure),
    hyphenFeatures: new Set(units.hyphenFeatures),
    gameNames: new Set(units.gameNames),
    gamePointNouns: new Set(units.gamePointNouns),
    months: new Set(dates.months),
    weekdays: new Set(dates.weekdays),
    timeSuffixes: new Set(dates.timeSuffixes),
    relativeTime: new Set(dates.relative),
    yearContext: new Set(dates.yearContext),
    abbrevNever: new Set(abbreviations.never),
    abbrevMaybe: new Set(abbreviations.maybe),
    sentenceOpeners: new Set(abbreviations.openers),
    runInOpeners: new Set(abbreviations.runInOpeners),
    identifierNouns: new Set(identifiers.nouns),
    levelNames: new Set(identifiers.levelNames),
    callVerbs: new Set(identifiers.callVerbs),
    serviceNumbers: new Set(identifiers.serviceNumbers),
    serviceNouns: new Set(identifiers.serviceNouns),
    serviceLeads: new Set(identifiers.serviceLeads),
    systemNouns: new Set(identifiers.systemNouns),
    streetSuffixes: new Set(identifiers.streetSuffixes),
    directions: new Set(identifiers.directions),
  };
}

let defaultLexicon: CompiledLexicon | undefined;
/** The built-in lexicon, compiled once. */
export function builtinLexicon(): CompiledLexicon {
  return (defaultLexicon ??= compileLexicon());
}
