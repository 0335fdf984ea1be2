// The one place compromise is called. A sentence goes in, tokens with exact document offsets and
// part-of-speech tags come out. Offsets come from each term (compromise's phrase-level offsets are
// off by one around punctuation, issue #774), and only sentences that can hold a figure are tagged:
// tagging is most of the cost of the whole analysis.
import nlp from 'compromise/two';
import { builtinLexicon, type CompiledLexicon, type CueRole } from '../../lexicon';
import { entityAt } from './entities';
import { afterDateline, titleCaseWords } from './phrases';

export interface Token {
  /** As written; empty for a word compromise inserted when it expanded a contraction. */
  text: string;
  /** Lower case, curly apostrophes straightened; for an inserted word, the word it stands for. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as compromise splits them. */
  pre: string;
  post: string;
  tags: Set<string>;
}

interface Term {
  text: string;
  pre?: string;
  post?: string;
  implicit?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

let pluginDone = false;
/** Lexicon nouns compromise's post-tagger may still turn into verbs ('according to police'). */
let forcedNouns = new Set<string>();

/**
 * Teaches compromise the built-in lexicon's names and number words through its own plugin mechanism,
 * so it tags 'Yonhap' as an organization and 'dozens' as a value instead of guessing. compromise's
 * lexicon is global to the process, so only the built-in lexicon goes there, once: what one engine's
 * configuration adds must not change what another engine finds. Configured names are marked per
 * sentence instead (markEntities).
 */
function ensurePlugin(): void {
  if (pluginDone) return;
  const lex = builtinLexicon();
  const words: Record<string, string> = {};
  // compromise's own words: a name that is also one ('Fed', 'fed') stays out of its lexicon, which
  // is lower-case and would make 'it fed 1,000 children' a name; markEntities tags it by its capital.
  const known = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  for (const [name, e] of lex.entities) {
    const lower = name.toLowerCase();
    if (known[lower] && !/^(Organization|Person|ProperNoun)$/.test(known[lower])) continue;
    // Short acronyms stay out: compromise's lexicon is lower-case, and 'WHO' would become 'who'.
    if (/[a-z]/.test(name) || name.length >= 4) words[lower] = e.kind === 'person' ? 'Person' : 'Organization';
  }
  for (const w of lex.approximate) words[w] = 'Value';
  for (const w of lex.dozen) words[w] = 'Value';
  // Source nouns compromise mis-tags after 'according to' ('police' as a verb): tag them as nouns,
  // except words that are just as often verbs in news copy.
  const verbish = new Set(['account', 'accounts', 'list', 'lists', 'ranking', 'rankings', 'order', 'review', 'release', 'update', 'table', 'file', 'files', 'model', 'index', 'chart', 'budget', 'study', 'poll', 'audit', 'minutes', 'paper', 'head', 'chair', 'house', 'state', 'service', 'command', 'mission', 'record', 'count', 'post', 'story', 'video', 'letter', 'notice', 'lab', 'team', 'group', 'party', 'campaign', 'network', 'chain', 'operator', 'coach', 'general', 'principal', 'chief', 'official', 'agent', 'pilot', 'driver', 'nurse', 'witness', 'source', 'estimate', 'forecast', 'claim', 'claims', 'counts', 'one', 'many', 'some', 'others', 'member', 'person', 'individual', 'staff', 'plan', 'plans', 'contract', 'contracts', 'deal', 'bill']);
  // Multi-word roles ('state media', 'news agency') are nouns as a whole.
  for (const phrase of lex.rolePhrases) words[phrase] ??= 'Noun';
  forcedNouns = new Set();
  for (const w of [...lex.roles.keys(), ...lex.anonymous, ...lex.documentNouns, ...lex.findingSubjects]) {
    if (w.includes(' ') || verbish.has(w) || lex.cueForms.has(w)) continue;
    words[w] ??= /[^s]s$/.test(w) ? 'Plural' : 'Noun';
    forcedNouns.add(w);
  }
  for (const [form] of lex.cueForms) {
    // Reporting verbs that compromise does not know as verbs (tweeted, testified) get their tense.
    if (/ed$/.test(form) && !form.includes(' ')) words[form] ??= 'PastTense';
  }
  nlp.plugin({ words });
  pluginDone = true;
}

/** A web address without a path: 'icasualties.org', 'www.bbc.co.uk', 'Reuters.com'. */
const WEBSITE = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|int|info|io|news|co|uk|de|fr|in|au|ca|ie|nz|za)$/iu;

/** Known agencies, media and organizations of this engine's lexicon, configured ones included, are names. */
function markEntities(tokens: Token[], lex: CompiledLexicon): void {
  for (let k = 0; k < tokens.length; k++) {
    // ('according to icasualties.org', 'Reuters.com reported': a web address names the site that
    // publishes it, whatever its case.)
    if (WEBSITE.test(tokens[k].text)) {
      retag(tokens[k], ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Adjective', 'Url'], ['Noun', 'ProperNoun', 'Website']);
      continue;
    }
    const found = entityAt(tokens, k, lex);
    if (!found) continue;
    for (let w = 0; w < found.length; w++) retag(tokens[k + w], ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Adjective'], ['Noun', 'ProperNoun', 'Organization']);
    k += found.length - 1;
  }
}

const normalize = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");

/** Tags one sentence. `offset` is where `text` starts in the document. */
export function tagSentence(text: string, offset: number, lex: CompiledLexicon): Token[] {
  ensurePlugin();
  // compromise's lexicon and pre-tagger only: its post-tagger is three quarters of the tagging time
  // and what the linter needs from it (names) lightPostTag supplies. Measured on the dev corpus and
  // 30 held-out news texts, the full tagger changed 3 of ~600 figures, all times written 'p.m..'.
  // ('(CNN)Six-in-10 Americans': a bracketed dateline glued to the first word; compromise would read
  // 'CNN)Six-in-10' as one word. So it would '331,449,281—“is' and '331,449,281—a record'. The
  // bracket or dash is read as a space, the same length, and put back below. So is the dash of
  // '$10 million-$20 million', which compromise would glue into the word 'million-$20', and the comma
  // of 'January,with', a typo compromise reads as one word, an em dash between words: 'days—less', and the hyphen of '92-per cent'.)
  const glued: [number, string][] = [];
  const read = text.replace(/(?<=\(\p{Lu}[\p{L}.&]*)\)(?=[\p{Lu}\d$£€])|(?<=\d)[—–](?=["“'‘\p{L}])|(?<=\p{L})[—–](?=["“‘])|(?<=\d (?:million|billion|trillion))[-–—](?=[$£€]?\d)|(?<=\p{L}{2}),(?=\p{L}{2})|(?<=[\p{L}%])[—–](?=\p{L})|(?<=\d)-(?=per cent\b)/gu, (m: string, at: number) => {
    glued.push([at, m]);
    return ' ';
  });
  const doc = nlp.tokenize(read);
  doc.compute(['lexicon', 'contractions', 'preTagger', 'offset']);
  lightPostTag(doc.docs as unknown as Term[][], lex);
  const out: Token[] = [];
  for (const sentence of doc.docs as unknown as Term[][]) {
    for (let idx = 0; idx < sentence.length; idx++) {
      const t = sentence[idx];
      const start = offset + t.offset.start;
      const empty = t.text === '';
      // compromise expands '16–17' into '16 to 17' with empty words; only a contraction's hidden
      // word ('it's' -> 'is') is worth keeping.
      const prev = out[out.length - 1];
      if (empty && !(prev && /['’]/.test(prev.text) && prev.tags.has('Pronoun'))) {
        // ('Feb. 16-19, found': the comma after the range sits on its last, empty word.)
        if (prev && (t.pre || t.post)) prev.post += (t.pre ?? '') + (t.post ?? '');
        continue;
      }
      // compromise leaves an opening bracket or quote inside a number ('(112'): move it to `pre`.
      const lead = empty ? 0 : /^[(["'“‘]*/.exec(t.text)![0].length;
      const opened = lead && lead < t.text.length ? t.text.slice(lead) : t.text;
      // ... and a closing one after a number ('completions (410)'): move it to `post`.
      // (And '11 %.': compromise keeps the full stop inside a lone percent sign.)
      const tail = /^[\d.,$€£%]+[)\]]+$/.test(opened) ? /[)\]]+$/.exec(opened)![0].length : /^%[.,;:!?]+$/.test(opened) ? opened.length - 1 : 0;
      let text = tail ? opened.slice(0, -tail) : opened;
      let begin = lead && lead < t.text.length ? start + lead : start;
      // ('(−26.1%)', 'by -19.6%': compromise leaves a minus sign glued to the digits in `pre`; it is
      // part of the number. Not a dash after a word or a space: '10 -20'.)
      let pre = (t.pre ?? '') + (opened === t.text ? '' : t.text.slice(0, lead));
      const minus = /(^|[\s(\[])[-−]$/.exec(pre);
      if (minus && /^\d/.test(text) && !lead) {
        text = pre.slice(-1) + text;
        begin -= 1;
        pre = pre.slice(0, -1);
      }
      out.push({
        text,
        lower: empty ? normalize(t.implicit ?? '') : normalize(text),
        start: begin,
        end: empty ? start : begin + text.length,
        pre,
        post: (tail ? opened.slice(-tail) : '') + (t.post ?? ''),
        tags: forcedNouns.has(t.text.toLowerCase()) && (t.tags.has('Verb') || adjectiveBeforeVerb(t, sentence[idx + 1]) || adjectiveAfterArticle(sentence[idx - 1], t, sentence[idx + 1])) ? new Set(['Noun', /[^s]s$/i.test(t.text) ? 'Plural' : 'Singular']) : t.tags,
      });
    }
  }
  for (const [at, mark] of glued) {
    // ('92-per cent': the hyphen is read as the space it stands for, so the unit follows cleanly.)
    if (mark === '-' && text.startsWith('per ', at + 1)) continue;
    const t = out.find((x) => x.end - offset <= at && at < x.end - offset + x.post.length);
    if (t) t.post = t.post.slice(0, at - (t.end - offset)) + mark + t.post.slice(at - (t.end - offset) + 1);
  }
  markEntities(out, lex);
  return splitContractions(out, lex);
}

/** Gerunds that work as prepositions or report ('including police', 'citing police'): never modifiers. */
const PREPOSITION_GERUNDS = new Set(['including', 'excluding', 'according', 'following', 'regarding', 'concerning', 'involving', 'citing', 'quoting', 'saying', 'adding', 'prompting', 'forcing', 'leaving', 'making', 'bringing', 'sending', 'pending', 'barring', 'notwithstanding']);

/**
 * 'state broadcaster CCTV', 'rights group HRANA', 'lobby group UK Finance', 'monitoring group
 * Airwars': a word compromise reads as a verb, right before an institution's role noun where no
 * subject precedes it (a clause start, a determiner, a preposition or an adjective), modifies the
 * noun. Reporting verbs never do ('said police'), nor past forms; a gerund only when a name follows
 * the role ('monitoring group Airwars', not 'forcing police to').
 */
function modifiesRole(terms: Term[], i: number, lex: CompiledLexicon): boolean {
  const t = terms[i];
  const next = terms[i + 1];
  if (!next || !t.tags.has('Verb') || t.tags.has('PastTense') || t.tags.has('Participle') || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (!/^\s*$/.test(t.post ?? ' ')) return false;
  const prev = terms[i - 1];
  const free = !prev || !/^\s*$/.test(prev.post ?? ' ') || ['Determiner', 'Preposition', 'Adjective', 'Possessive'].some((tag) => prev.tags.has(tag));
  if (!free) return false;
  // ('state officials', 'state media': 'state' modifies any noun there, though 'states' reports.)
  if (t.text === 'state') return next.tags.has('Noun');
  if (lex.cueForms.has(t.text) || PREPOSITION_GERUNDS.has(t.text)) return false;
  const role = lex.roles.get(next.text.toLowerCase());
  if (!role || role === 'document' || role === 'person') return false;
  if (t.tags.has('Gerund')) return /^\p{Lu}/u.test(terms[i + 2]?.text ?? '');
  return true;
}

/** See lightPostTag: 'IDC estimates shipments fell', where compromise reads 'estimates' as a noun. */
function cueVerbAfterSingular(terms: Term[], i: number, lex: CompiledLexicon): boolean {
  const t = terms[i];
  const prev = terms[i - 1];
  const next = terms[i + 1];
  if (!prev || !next || !t.tags.has('Plural') || !/^\p{Ll}+s$/u.test(t.text) || !lex.cueForms.has(t.text)) return false;
  if (!/^\s*$/.test(prev.post ?? ' ') || !/^\s*$/.test(t.post ?? ' ')) return false;
  // ('The firm estimates': compromise may read a source noun as an adjective there.)
  const sourceNoun = prev.tags.has('Adjective') && lex.roles.has(prev.text.toLowerCase());
  const singular = prev.tags.has('Acronym') || sourceNoun || (prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Pronoun') && !prev.tags.has('Possessive') && !/['’]s$/.test(prev.text));
  if (!singular || !next.tags.has('Noun') || next.tags.has('Pronoun') || next.tags.has('Verb')) return false;
  // ('Volcafe pegs Brazil's output at 49.5 million bags': a valuing verb, its object, 'at' and an amount.)
  if (lex.valuingVerbs.has(t.text)) {
    for (let k = i + 1; k < Math.min(terms.length - 1, i + 8); k++) {
      if (/[,;:.]/.test(terms[k].post ?? '')) break;
      if (terms[k].text.toLowerCase() === 'at' && terms[k + 1].tags.has('Value')) return true;
    }
  }
  for (let k = i + 2; k < Math.min(terms.length, i + 6); k++) {
    const w = terms[k];
    if (w.tags.has('Verb') && (w.tags.has('PastTense') || w.tags.has('Modal') || w.tags.has('Copula') || w.tags.has('PresentTense'))) return !w.tags.has('Noun');
    if (!w.tags.has('Noun') && !w.tags.has('Adjective') && !w.tags.has('Determiner')) return false;
    if (!/^\s*$/.test(terms[k - 1].post ?? ' ')) return false;
  }
  return false;
}

/** Verbs of saying after which a capitalised sentence opener is a speaker's name. */
const SPEAKER_VERBS = /^(said|says|told|tells|added|adds|wrote|writes|noted|notes|explained|explains|recalled|recalls)$/;

/** 'An official in Munger said': a source noun read as an adjective between an article and a preposition. */
const adjectiveAfterArticle = (prev: Term | undefined, t: Term, next: Term | undefined) =>
  t.tags.has('Adjective') && !!prev && /^(a|an|the|one)$/i.test(prev.text) && !!next && next.tags.has('Preposition') && /^\s*$/.test(t.post ?? ' ');

/** 'The firm said': a source noun compromise reads as an adjective, with a verb right after it. */
const adjectiveBeforeVerb = (t: Term, next: Term | undefined) =>
  t.tags.has('Adjective') && !!next && next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Adjective') && /^\s*$/.test(t.post ?? ' ');

/**
 * "It's expected to include nearly 100 vehicles": compromise leaves some pronoun contractions whole.
 * Each gets the hidden word compromise gives the others (an empty token after it), 'is' or 'has',
 * so "It's expected to" reads as the hedge 'is expected to'.
 */
function splitContractions(tokens: Token[], lex: CompiledLexicon): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    out.push(t);
    const m = /^(it|he|she|that|there|what|who|here)['’]s$/i.exec(t.text);
    // ("The WHO's report": the World Health Organization's, not 'who is'.)
    if (!m || (tokens[k + 1] && tokens[k + 1].text === '') || /^WHO/.test(t.text)) continue;
    // ("He's said 40 died" is 'has said'; "It's expected to" and "it's said to" are passives.)
    const next = tokens[k + 1];
    const participle = !!next && (next.tags.has('PastTense') || next.tags.has('Participle')) && tokens[k + 2]?.lower !== 'to';
    // ("It's believed 300 died", "it's estimated that": after 'it' a hedge's participle is passive.)
    const itPassive = /^it$/i.test(m[1]) && !!next && lex.hedgeParticiples.has(next.lower);
    const has = !!next && (/^(been|got|gotten|had)$/.test(next.lower) || (participle && !itPassive));
    out.push({ text: '', lower: has ? 'has' : 'is', start: t.end, end: t.end, pre: '', post: t.post, tags: new Set(has ? ['Verb', 'Auxiliary', 'PresentTense'] : ['Verb', 'Copula', 'PresentTense']) });
    t.post = '';
  }
  // The pronoun before a hidden word reads as the pronoun alone, so "it's thought" matches the
  // hedge 'it is thought' as "it is thought" does.
  for (let k = 0; k + 1 < out.length; k++) {
    if (out[k + 1].text === '' && out[k].tags.has('Pronoun') && /['’]s$/.test(out[k].lower)) out[k].lower = out[k].lower.slice(0, -2);
  }
  return out;
}

/** A capitalised word right before a surname-like name ('Rein Paulsen', 'Mark Brown'), neither of them a role or an institution. */
function firstNameBefore(t: Term, next: Term | undefined, lex: CompiledLexicon): boolean {
  if (!next || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || !/^\s*$/.test(t.post ?? ' ')) return false;
  // (The next word is tagged a name later in this pass: a capital inside the sentence.)
  if (['Organization', 'Place', 'Date', 'Month', 'WeekDay', 'FirstName', 'Demonym', ...CLOSED_CLASS].some((tag) => next.tags.has(tag))) return false;
  const w = t.text.toLowerCase();
  const n = next.text.toLowerCase();
  if (lex.roles.has(w) || lex.anonymous.has(w) || lex.honorifics.has(w) || lex.roles.has(n) || lex.anonymous.has(n) || lex.identifierNouns.has(n)) return false;
  // Only where a name can stand: at the start or after punctuation, and before a comma or a verb.
  return (t.tags.has('Verb') || t.tags.has('Noun')) && !t.tags.has('ProperNoun');
}

/** The roles of the verbs a headline gives its source: 'Says', 'Said', 'Warns', 'Estimates'. */
const HEADLINE_ROLES: CueRole[] = ['speech', 'object'];

/**
 * Whether the capitalized term i is a headline's verb of saying: the sentence ends with no stop
 * after a comma, and the part after that comma is the verb and up to five capitalized noun words,
 * all before it or all after it ('..., CDC Says', '..., UN Agency Warns', '..., Says UNHCR').
 */
function headlineSpeechVerb(terms: Term[], i: number, lex: CompiledLexicon): boolean {
  const t = terms[i];
  // (The bare form after a plural speaker: 'Officials Estimate', 'Experts Warn'.)
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !(/(s|d|^say)$/i.test(t.text) || (i === terms.length - 1 && /\p{Ll}s$/u.test(terms[i - 1]?.text ?? '')))) return false;
  const roles = lex.cueForms.get(t.text.toLowerCase());
  if (!roles || !HEADLINE_ROLES.some((r) => roles.has(r))) return false;
  const last = terms.length - 1;
  if (/[.!?]/.test(terms[last].post ?? '')) return false;
  // The comma that opens the part, within five words before the verb.
  let c = i - 1;
  while (c >= 0 && c >= i - 5 && !/,\s*$/.test(terms[c].post ?? '')) c--;
  if (c < 1 || !/,\s*$/.test(terms[c].post ?? '') || last - c > 6 || (last === i && c === i - 1)) return false;
  // Every other word of the part is a capitalized noun ('Beat Estimates' is no speaker and verb).
  for (let j = c + 1; j <= last; j++) {
    if (j === i) continue;
    const w = terms[j];
    if (!/^\p{Lu}/u.test(w.text) || (j < last && !/^\s*$/.test(w.post ?? ' '))) return false;
    if (w.tags.has('Verb') && !w.tags.has('Noun')) return false;
  }
  if (i !== last && i !== c + 1) return false;
  // ('Stocks Rise 2%, Beat Estimates': a form that is also a claim noun closes the headline as a
  // verb only after a word that names a source.)
  const lower = t.text.toLowerCase();
  if (i === last && (lex.nounCues.has(lower) || lex.documentNouns.has(lower))) {
    const w = terms[i - 1];
    const words = [w.text.toLowerCase(), w.text.toLowerCase().replace(/s$/, '')];
    return ['Organization', 'Acronym', 'Person'].some((tag) => w.tags.has(tag)) || words.some((x) => lex.roles.has(x) || lex.anonymous.has(x));
  }
  return true;
}

/**
 * '..., said lead author Jane Doe', '..., says study leader Ann Lee': after an inverted verb of
 * saying, a bare form before a role noun and a name is part of the title, not a verb.
 */
function titleAfterInvertedVerb(terms: Term[], i: number, lex: CompiledLexicon): boolean {
  const t = terms[i];
  const prev = terms[i - 1];
  const next = terms[i + 1];
  if (!prev || !next || i < 2 || !t.tags.has('Verb') || t.tags.has('PastTense') || t.tags.has('Gerund') || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (!/,\s*$/.test(terms[i - 2].post ?? '') || !lex.cueForms.get(prev.text.toLowerCase())?.has('speech')) return false;
  const name = terms[i + 2];
  const title = lex.roles.has(next.text.toLowerCase()) || (next.tags.has('Noun') && !!name && (name.tags.has('Person') || name.tags.has('FirstName')));
  return title && /^\p{Lu}/u.test(name?.text ?? '') && /^\s*$/.test((t.post ?? ' ') + (next.post ?? ' '));
}

/** Takes tags off a term and puts others on: compromise's reading of a word, corrected. */
function retag(t: { tags: Set<string> }, drop: string[], add: string[]): void {
  for (const tag of drop) t.tags.delete(tag);
  for (const tag of add) t.tags.add(tag);
}

const POSSESSOR_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'its', 'his', 'her', 'their', 'our', 'your', 'my']);

const CLOSED_CLASS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Month', 'WeekDay', 'Value', 'Honorific', 'Copula', 'Modal', 'Auxiliary'];

/**
 * What the linter needs from compromise's post-tagger, done cheaply: the post-tagger is three
 * quarters of compromise's tagging time, and its main use here is telling names from common words.
 * A capitalized word inside a sentence is a proper noun; a capitalized word after a first name or a
 * title is a person's name.
 */
function lightPostTag(sentences: Term[][], lex: CompiledLexicon): void {
  for (const terms of sentences) {
    /** A possessive determiner or an article at p, joined to the next word by a space only. */
    const determinerBefore = (p: number) => p >= 0 && POSSESSOR_DETERMINERS.has(terms[p].text.toLowerCase()) && /^\s*$/.test(terms[p].post ?? ' ');
    // A headline in title case with no full stop at its end, read once per sentence when first asked.
    let titleCase: boolean | undefined;
    const titleCaseLine = () => (titleCase ??= !/[.!?]/.test(terms[terms.length - 1]?.post ?? '') && titleCaseWords(terms));
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      // '6News forecaster Ross Janssen', 'according to 9News': digits glued to a capitalized word are
      // a name (compromise reads them as a number).
      if (t.tags.has('Value') && /^\d+\p{Lu}\p{Ll}{2,}$/u.test(t.text)) {
        retag(t, ['Value', 'Cardinal', 'NumericValue', 'Ordinal', 'TextValue'], ['Noun', 'ProperNoun', 'Organization']);
      }
      // ('Target initially confirmed', 'Target also said', 'Air Canada said': a capitalized bare verb
      // that opens the sentence before an adverb and a past verb, or before a name, is a name itself;
      // an imperative is not followed by either.)
      if (i === 0 && t.tags.has('Infinitive') && /^\p{Lu}\p{Ll}+$/u.test(t.text) && /^\s*$/.test(t.post ?? ' ')) {
        const n1 = terms[1];
        const n2 = terms[2];
        const pastAfterAdverb = !!n1 && n1.tags.has('Adverb') && /^\s*$/.test(n1.post ?? ' ') && !!n2 && n2.tags.has('PastTense');
        // ('Air New Zealand said': the name may run a few words before its verb.)
        const inName = (x: Term | undefined) => !!x && /^\p{Lu}/u.test(x.text) && (x.tags.has('ProperNoun') || x.tags.has('Place'));
        let j = 1;
        while (j < 4 && inName(terms[j]) && inName(terms[j + 1]) && /^\s*$/.test(terms[j].post ?? ' ')) j++;
        const nameAfter = inName(terms[j]) && !!terms[j + 1] && (terms[j + 1].tags.has('Verb') || /^[-–]$/.test(terms[j].post ?? ''));
        // ('Spotify expects 120 million subscribers', 'Spotify forecast fourth-quarter subscribers of
        // ...': or before a finite verb, or a reporting form the tagger made a noun; not a label before
        // its colon: 'State briefs: Voters ...'.)
        const finiteAfter = !!n1 && !/:/.test(n1.post ?? '') && ((n1.tags.has('Verb') && (n1.tags.has('PastTense') || (n1.tags.has('PresentTense') && /\p{Ll}s$/u.test(n1.text))) && !n1.tags.has('Gerund')) || (lex.cueForms.has(n1.text.toLowerCase()) && /^\p{Ll}/u.test(n1.text) && !/ing$/.test(n1.text)));
        if (pastAfterAdverb || nameAfter || finiteAfter || (!!n1 && n1.tags.has('PastTense') && lex.cueForms.has(n1.text.toLowerCase()))) retag(t, ['Verb', 'PresentTense', 'Infinitive', 'Imperative'], ['Noun', 'ProperNoun', 'Singular']);
      }
      // "the state's fire agency": after a determiner, a word in 's is a possessive noun, not a verb
      // with a contracted 'is' (compromise reads "state's" as a verb when 'state' can be one).
      // ("the secretary of state's office": after 'of' too, before a noun.)
      const ofBeforeNoun = i > 0 && /^of$/i.test(terms[i - 1].text) && !!terms[i + 1]?.tags.has('Noun') && !terms[i + 1].tags.has('Verb') && /^\s*$/.test(t.post ?? ' ');
      if (i > 0 && t.tags.has('Verb') && /['’]s$/.test(t.text) && (determinerBefore(i - 1) || ofBeforeNoun)) {
        retag(t, ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Copula'], ['Noun', 'Singular', 'Possessive']);
      }
      // 'The contract calls for', 'the deal': a bare verb form right after an article or a
      // possessive determiner is a noun (compromise reads 'contract' as a verb there).
      // ('The Obama campaign claims': likewise after a determiner and a name.)
      const afterName = () => i > 1 && /^\p{Lu}/u.test(terms[i - 1].text) && terms[i - 1].tags.has('ProperNoun') && /^\s*$/.test(terms[i - 1].post ?? ' ') && determinerBefore(i - 2);
      // ('The 2017 report, which ...': and after a determiner and a year.)
      const afterYear = () => i > 1 && /^(19|20)\d\d(-\d\d)?$/.test(terms[i - 1].text) && /^\s*$/.test(terms[i - 1].post ?? ' ') && determinerBefore(i - 2);
      if (i > 0 && t.tags.has('Infinitive') && !t.tags.has('Noun') && /^\p{Ll}+$/u.test(t.text) && (determinerBefore(i - 1) || afterName() || afterYear())) {
        retag(t, ['Verb', 'PresentTense', 'Infinitive'], ['Noun', 'Singular']);
      }
      // 'Office for National Statistics figures on recorded crime show', 'Health Ministry data show':
      // a document noun right after a name or a noun is that one's document, not a verb.
      // ('Budget figures show': after a common noun too, before a verb of showing.)
      const after = terms[i + 1]?.text.toLowerCase() ?? '';
      const ofName = /^\p{Lu}/u.test(terms[i - 1]?.text ?? '') && terms[i - 1].tags.has('ProperNoun') && /^(on|for|from|of|about|show|shows|showed|suggest|suggested|indicate|indicated|released|published)$/.test(after);
      const ofNoun = i > 0 && terms[i - 1].tags.has('Noun') && !terms[i - 1].tags.has('Pronoun') && /^(show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)$/.test(after);
      if (i > 0 && t.tags.has('Verb') && lex.documentNouns.has(t.text) && /^\s*$/.test(terms[i - 1].post ?? ' ') && (ofName || ofNoun)) {
        retag(t, ['Verb', 'PresentTense', 'Infinitive', 'PastTense'], ['Noun', /[^s]s$/.test(t.text) ? 'Plural' : 'Singular']);
      }
      // ('Figures released by NHS England also show that ...': after an adverb of the verb phrase, a
      // bare cue form is the verb; compromise reads 'also show' as a noun.)
      if (i > 0 && t.tags.has('Noun') && !t.tags.has('Plural') && /^(show|suggest|indicate|reveal|confirm|say|estimate|report)$/.test(t.text) && /^(also|now|still|further|clearly|again|both|all)$/i.test(terms[i - 1].text) && /^\s*$/.test(terms[i - 1].post ?? ' ')) {
        retag(t, ['Noun', 'Singular'], ['Verb', 'PresentTense']);
      }
      // ('Data from the Central Bank show lending growth', 'Estimates from Deloitte's sports business
      // group show gross spending': after a noun that ends a phrase opened by a document noun and
      // from/by/of, 'show' is the verb, not 'the Bank show'.)
      if (i > 1 && t.tags.has('Noun') && /^(show|shows|showed|suggest|suggests|indicate|indicates)$/.test(t.text) && terms[i - 1].tags.has('Noun') && /^\s*$/.test(terms[i - 1].post ?? ' ')) {
        let d = i - 2;
        while (d > 0 && d >= i - 8 && !lex.documentNouns.has(terms[d].text.toLowerCase())) d--;
        // ('figures obtained by the BBC show': a document participle may stand before 'by'.)
        const owned = /^(from|by|of)$/i.test(terms[d + 1]?.text ?? '') || (lex.documentParticiples.has(terms[d + 1]?.text.toLowerCase() ?? '') && /^(from|by)$/i.test(terms[d + 2]?.text ?? ''));
        if (d >= 0 && lex.documentNouns.has(terms[d].text.toLowerCase()) && owned) {
          retag(t, ['Noun', 'Singular', 'Plural'], ['Verb', t.text.endsWith('ed') ? 'PastTense' : 'PresentTense']);
          if (terms[d].tags.has('Verb')) retag(terms[d], ['Verb', 'PresentTense', 'Infinitive'], ['Noun', /[^s]s$/.test(terms[d].text) ? 'Plural' : 'Singular']);
        }
      }
      // ('ONS data show rents rose 2 per cent', 'The data show prices rose': right after a document noun
      // 'show' is the verb, and a plural after it that compromise took for a verb, before a past verb
      // of change, is the clause's subject.)
      if (i > 0 && /^(show|shows|showed|suggest|suggests|indicate|indicates|reveal|reveals)$/.test(t.text) && !t.tags.has('Verb') && lex.documentNouns.has(terms[i - 1].text.toLowerCase()) && /^\s*$/.test(terms[i - 1].post ?? ' ')) {
        retag(t, ['Noun', 'Singular', 'Plural'], ['Verb', /ed$/.test(t.text) ? 'PastTense' : 'PresentTense']);
        // ('Prices rose 20%, figures show.': compromise may read the document noun itself as the verb.)
        if (terms[i - 1].tags.has('Verb')) retag(terms[i - 1], ['Verb', 'PresentTense', 'Infinitive'], ['Noun', /[^s]s$/.test(terms[i - 1].text) ? 'Plural' : 'Singular']);
        const n1 = terms[i + 1];
        const n2 = terms[i + 2];
        if (n1 && n2 && /^\p{Ll}+s$/u.test(n1.text) && n1.tags.has('Verb') && lex.changeVerbs.has(n2.text.toLowerCase())) {
          retag(n1, ['Verb', 'PresentTense', 'Infinitive'], ['Noun', 'Plural']);
          retag(n2, ['Noun', 'Singular'], ['Verb', 'PastTense']);
        }
      }
      // ('IDC estimates shipments fell 5%', 'The firm forecasts prices will rise': a cue form in -s
      // that compromise reads as a plural noun, after a singular subject and before a noun phrase
      // with its own verb, is the verb. 'IDC estimates show' keeps the noun: a verb follows it.)
      if (cueVerbAfterSingular(terms, i, lex)) retag(t, ['Noun', 'Plural'], ['Verb', 'PresentTense']);
      // ('The Nanos Research tracking poll showed', 'the NATO planning office said': an -ing word
      // between a name and a document or role noun modifies the noun.)
      const gerundModifier = i > 0 && t.tags.has('Gerund') && /^\p{Ll}+ing$/u.test(t.text) && /^\p{Lu}/u.test(terms[i - 1].text) && terms[i - 1].tags.has('ProperNoun') && /^\s*$/.test((terms[i - 1].post ?? ' ') + (t.post ?? ' ')) && !!terms[i + 1] && (lex.documentNouns.has(terms[i + 1].text.toLowerCase()) || lex.roles.has(terms[i + 1].text.toLowerCase())) && !lex.cueForms.get(t.text)?.has('speech');
      if (modifiesRole(terms, i, lex) || titleAfterInvertedVerb(terms, i, lex) || gerundModifier) {
        retag(t, ['Verb', 'PresentTense', 'Infinitive', 'Gerund'], ['Noun', 'Singular']);
      }
      // 'May said 40 people had died': the surname, not the modal (a modal is followed by a bare verb,
      // never by 'said').
      if (t.text === 'May' && t.tags.has('Modal') && SPEAKER_VERBS.test(terms[i + 1]?.text ?? '')) {
        retag(t, ['Modal', 'Verb', 'Auxiliary'], ['Noun', 'ProperNoun', 'Person']);
      }
      // ('The mayor defended the plan, saying taxes would rise': after a comma, a reporting -ing form
      // is the participle, not the noun 'a saying'.)
      if (i > 0 && t.tags.has('Noun') && /^\p{Ll}+ing$/u.test(t.text) && lex.cueForms.has(t.text) && /,\s*$/.test(terms[i - 1].post ?? '')) {
        retag(t, ['Noun', 'Singular', 'Plural'], ['Verb', 'Gerund']);
      }
      // Headlines: ('Obesity Rate Hits 40 Percent, CDC Says', '800,000 May Flee, Says UNHCR'): a
      // capitalized speech verb closing a headline after its comma and a few capitalized words, or
      // opening that last comma's part before them, is a verb like its lower-case form.
      if (headlineSpeechVerb(terms, i, lex)) {
        retag(t, ['Noun', 'ProperNoun', 'Singular', 'Plural', 'Infinitive'], ['Verb', /d$/.test(t.text) ? 'PastTense' : 'PresentTense']);
        continue;
      }
      if (!/^\p{Lu}/u.test(t.text) || CLOSED_CLASS.some((c) => t.tags.has(c))) continue;
      const prev = terms[i - 1];
      // 'Rein Paulsen, the director, said', 'Mark Brown said': a capitalised word before a surname is a
      // first name even where it is also a verb or a common noun.
      if ((!prev || /[,;:"“”(]\s*$/.test(prev.post ?? '')) && firstNameBefore(t, terms[i + 1], lex)) {
        retag(t, ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Adjective', 'Plural', 'Adverb'], ['Noun', 'ProperNoun']);
      }
      // ('NEW YORK - Health officials say', 'LONDON (Reuters) - Health ...': a dateline opens the sentence too.)
      const dateline = !!prev && afterDateline(prev.text, prev.post ?? '');
      const opensSentence = !prev || dateline || /[.!?:"“‘(]\s*$/.test((prev.post ?? '') + (t.pre ?? ''));
      // ('Stokes said 40 people died': a capitalised word compromise reads as a verb, right before a
      // verb of saying, is the speaker's name.)
      if (opensSentence && t.tags.has('Verb') && /^\p{Lu}\p{Ll}+$/u.test(t.text) && /^\s*$/.test(t.post ?? ' ') && SPEAKER_VERBS.test(terms[i + 1]?.text ?? '') && !lex.cueForms.has(t.text.toLowerCase())) {
        retag(t, ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Plural'], ['Noun', 'ProperNoun']);
      }
      // ('Floods Kill 40 In Kenya', 'Rebels Seize 12 Towns': in a title-case headline, a verb before
      // a number stays a verb; read as a name, it would make the number a label, as in 'Route 40'.)
      // ('Pentagon Announces Deployment of Around 900 Troops': so does a verb of reporting anywhere in it.)
      const headlineVerbBeforeNumber = t.tags.has('Verb') && (!!terms[i + 1]?.tags.has('Value') || lex.cueForms.has(t.text.toLowerCase())) && /^\s*$/.test(t.post ?? ' ') && titleCaseLine();
      if (!opensSentence && !headlineVerbBeforeNumber) {
        retag(t, ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Adjective', 'Plural', 'Adverb', 'Particle', 'PhrasalVerb'], ['Noun', 'ProperNoun']);
      }
      // 'Mrs. James S. Sudier': after a first name or a title, capitals and initials are the name.
      let p = i - 1;
      while (p >= 0 && p >= i - 3 && /^\p{Lu}\.?$/u.test(terms[p].text)) p--;
      const lead = terms[p];
      if (lead && (lead.tags.has('FirstName') || lead.tags.has('Honorific') || lead.tags.has('Person')) && /^\s*\.?\s*$/.test(lead.post ?? ' ')) {
        t.tags.add('Person');
        t.tags.add('ProperNoun');
        t.tags.delete('Plural');
      }
    }
  }
}
