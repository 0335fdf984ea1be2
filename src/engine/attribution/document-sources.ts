// Who a figure's source is, read across the document: the name behind 'he', 'it', 'the company', 'the
// official' or 'the researchers', from the sources named so far. The paragraph pass finds a source's
// words; this pass, run in document order, says whom they stand for, and sharpens the figure's status
// when they turn out to be named ('they' after 'Border Patrol officials') or unnamed ('they' after
// 'officials').
import type { CompiledLexicon } from '../../lexicon';
import type { Figure, Source, SourceKind } from '../types';
import { MentionMemo, fullName, lastPersonBefore, nounAntecedent, sentenceIndexBefore, titleAntecedent, type SentenceRef } from './resolve';

/** A source as the paragraph pass found it, in offsets from `base`. */
export interface FoundSource {
  start: number;
  end: number;
  kind: SourceKind;
  /** A pronoun or 'the agency'-style noun that stands for a source named earlier. */
  anaphoric: boolean;
  /** Head noun of an anaphoric common-noun source ('jury'). */
  head?: string;
  /** Capitalized words nothing knows, taken for a person (see SourceClass). */
  unknownName?: boolean;
  /** The name that opens the sentence, which 'the company' or 'it' in a closing cue stands for (see CueHit). */
  antecedent?: { start: number; end: number };
}

interface Named {
  name: string;
  kind: Source['kind'];
  at: number;
}

export class DocumentSources {
  /** Named sources seen so far, by kind (and 'any'): 'the company' or 'it' may stand for the latest one. */
  private readonly lastNamed = new Map<string, Named>();
  /** Every name a figure was attributed to so far. */
  private readonly sourceNames = new Set<string>();
  /** Named sources by the unnamed noun at their head ('official' for 'a senior Border Patrol official'), for a later 'the official said'. */
  private readonly namedByHead = new Map<string, Named>();
  private readonly patterns: Patterns;

  constructor(
    private readonly lex: CompiledLexicon,
    private readonly text: string,
    /** The document's sentences read so far (the caller appends to it). */
    private readonly sentences: SentenceRef[],
    private readonly memo: MentionMemo,
  ) {
    this.patterns = patternsFor(lex);
  }

  /**
   * Sets `fig.source` for a covered figure whose cue names a source `s` (offsets from `base`), and
   * its status where the resolution shows the source named or unnamed after all. `sentenceStart` is
   * the document offset of the figure's sentence; `inParagraph` says the cue is in the figure's own
   * paragraph (not carried from the one before).
   */
  attach(fig: Figure, s: FoundSource, base: number, sentenceStart: number, inParagraph: boolean): void {
    const { text, sentences, lex, lastNamed, namedByHead, sourceNames } = this;
    const start = base + s.start;
    const srcText = text.slice(start, base + s.end);
    let resolved = this.resolve(srcText, start, s);
    let kind = s.kind;
    // ('Toyota sold 2.1 million vehicles, the company said': the sentence's own subject first.)
    if (s.antecedent && !resolved) {
      resolved = text.slice(base + s.antecedent.start, base + s.antecedent.end).replace(/^(?:The|the)\s+/, '');
      if (kind === 'anonymous') kind = 'organization';
    }
    // ('Caterpillar Inc reported ... Caterpillar said': a one-word name given with a company word
    // before is that company, not the person the tagger guessed.)
    // ('According to Zillow, ...', 'Gartner said': a one-word name nothing knows, with no fuller name
    // before it, is a company or a body; news names a person in full before using the surname.)
    if (kind === 'person' && !s.anaphoric && (this.companyNamedBefore(srcText, start) || (s.unknownName && !resolved && ONE_WORD_NAME.test(srcText)))) kind = 'organization';
    // ('OPEC kept its forecast ... The group expects': a generic head stands for the source
    // named since the last name with that head, 'Price Futures Group', was mentioned.)
    if (resolved && s.anaphoric && s.kind !== 'person' && lex.genericHeads.has(s.head ?? '')) {
      // ('the group' may be an intergovernmental body the lexicon calls an agency.)
      const since = (/^(group|organi[sz]ation)$/.test(s.head ?? '') ? ['organization', 'agency'] : [s.kind]).map((k) => lastNamed.get(k)).sort((a, b) => (b?.at ?? -1) - (a?.at ?? -1))[0];
      // (Only when that name was no source itself: 'The Wagner Group said ... Russia said ... The
      // group said' is still Wagner.)
      if (since && !sourceNames.has(resolved) && since.at > text.lastIndexOf(resolved, start) && since.name.toLowerCase() !== srcText.toLowerCase()) resolved = since.name;
    }
    const pronoun = /^(it|its|they|their|them)$/i.test(srcText);
    // 'The airline carried 2.3 million passengers, it said': 'it' is the sentence's own subject,
    // which names nobody; no earlier source stands for it.
    const sentenceBefore = () => text.slice(sentenceStart, start);
    // ('Delta said it still expects 300 new planes': a pronoun that opens the clause a named
    // speaker reports is that speaker.)
    if (pronoun && !resolved && /^(it|they)$/i.test(srcText)) {
      // ('When Labour came to power in July 2024, they pledged ...': or the subject of the
      // subordinate clause that opens the sentence.)
      const outer = OUTER_SPEAKER.exec(sentenceBefore()) ?? OPENING_SUBORDINATE_SUBJECT.exec(sentenceBefore());
      if (outer && outer[1].split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !/^(The|A|An|This|That|Its|Their|His|Her)$/.test(w))) {
        resolved = outer[1].replace(/^(?:The|A|An)\s+(?=\p{Lu})/u, '');
        if (kind === 'anonymous') kind = 'organization';
      }
    }
    const ownSubject = pronoun && inParagraph && OWN_GENERIC_SUBJECT.exec(sentenceBefore());
    // 'While officials didn't have exact numbers, they said ...': 'they' after unnamed people in
    // its own sentence stands for them, and is as unnamed.
    // ('Officials said the raid was planned. They said 30,000 tablets were seized.': or the
    // unnamed subject of the sentence before, when its own sentence names nobody first.)
    // ('Scientists say ... And their findings reveal 3.2 million ...': a document of theirs is as
    // unnamed as they are.)
    const theirs = s.kind === 'document' && /^their\s+\S+$/i.test(srcText);
    const they = !resolved && (/^(they|their|them)$/i.test(srcText) || theirs);
    const unnamed = they ? unnamedBefore(sentenceBefore(), lex.anonymous) ?? unnamedSubjectBefore(text, sentences, sentenceStart, sentenceBefore(), lex) : null;
    if (unnamed?.named) {
      resolved = unnamed.text;
      kind = 'agency';
      fig.status = 'attributed';
    } else if (unnamed) {
      resolved = unnamed.text;
      kind = 'anonymous';
      fig.status = 'vague';
    } else if (!resolved && s.anaphoric && s.kind !== 'person' && !(ownSubject && lex.genericHeads.has(ownSubject[1].toLowerCase())) && (pronoun || lex.genericHeads.has(s.head ?? ''))) {
      // 'it said', 'they told police', 'the company said': the latest named source of a like
      // kind ('they' may be people too). A specific head ('the ministry', 'the jury') needs a
      // name with that head, found by resolve() or not at all.
      // ('the agency' may be a news agency: 'Xinhua said ..., the agency said'.)
      const kinds = /^(they|their|them)$/i.test(srcText) ? ['any'] : pronoun ? ['organization', 'agency', 'media'] : s.head === 'agency' ? ['agency', 'media'] : [s.kind];
      const found = kinds
        .map((k) => lastNamed.get(k))
        .filter((x) => x && x.name.toLowerCase() !== srcText.toLowerCase())
        .sort((a, b) => b!.at - a!.at)[0];
      // ('Amnesty International said 10 died. The Baloch Activists Campaign (BAC) said forces fired.
      // It alleged 40 had been killed': 'it' is the institution that spoke in the sentence before,
      // though none of its figures named it.)
      // ('GM said sales rose. The company said ...': so is a general head.)
      const spoke = /^(it|its)$/i.test(srcText) || (s.anaphoric && lex.genericHeads.has(s.head ?? '')) ? this.institutionThatSpokeBefore(sentenceStart) : null;
      if (spoke && (!found || spoke.at > found.at) && spoke.name.toLowerCase() !== srcText.toLowerCase()) {
        resolved = spoke.name;
        kind = spoke.kind;
      } else if (found) {
        resolved = found.name;
        kind = found.kind;
      } else if (/^(they|their|them)$/i.test(srcText)) {
        // 'They told police ...' after 'Mr. and Mrs. Kochanek reported ...' with no figure of theirs.
        const people = lastPersonBefore(sentences, start);
        if (people) {
          resolved = people;
          kind = 'person';
        }
      }
    }
    // 'A senior Border Patrol official said ...; the official said ...': the same named official.
    const definite = s.kind === 'anonymous' ? /^(?:the|this|that)\s+(\p{Ll}+)$/iu.exec(srcText) : null;
    const same = definite && !/s$/.test(definite[1]) ? namedByHead.get(definite[1]) : undefined;
    // ('Jane Smith of the CDC and colleagues analysed ... The researchers found': the team a named
    // lead stands for.)
    // ('Researchers at Harvard University studied ... The researchers found', 'BART staff presented
    // ... Staff said': a group an institution was named with earlier speaks for it; 'staff' needs
    // no 'the'.)
    const groupWord = s.kind === 'anonymous' ? /^(?:(?:the|this|that)\s+)?(\p{Ll}+)$/iu.exec(srcText) : null;
    const groupHead = groupWord && (definite || groupWord[1].toLowerCase() === 'staff') ? groupWord[1].toLowerCase() : null;
    const lead = definite && lex.teamAnaphors.has(definite[1]) ? leadOfTeamBefore(text, start) : null;
    const team = lead ?? (groupHead ? this.institutionGroupBefore(start, groupHead) : null);
    // ('Oscar Nava-Valencia ... told jurors that .... The cooperating witness told the jury ...': a
    // definite person by role right after a named person spoke is that person.)
    const role = s.kind === 'anonymous' && !same ? this.patterns.role.exec(srcText) : null;
    const speaker = role ? lastNamed.get('person') : undefined;
    const previous = role ? sentences[sentenceIndexBefore(sentences, sentenceStart)] : undefined;
    // (Only where that sentence ties the name to the role's word: 'on the witness stand', 'a
    // lawyer for the family'; 'Farmer John Smith said ... The official added' is somebody else.)
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    const tied = !!role && new RegExp(`\\b${role[1]}\\b`, 'i').test(previousText);
    const spokeBefore = tied ? NAMED_SPEAKER.exec(previousText)?.[1] : undefined;
    const justSpoke = tied && ((!!speaker && !!previous && speaker.at >= previous.start) || !!spokeBefore);
    if (justSpoke && (spokeBefore || speaker)) {
      resolved = spokeBefore ?? speaker!.name;
      kind = 'person';
      fig.status = 'attributed';
    } else if (same && start - same.at < SAME_SOURCE_WINDOW) {
      resolved = same.name;
      kind = same.kind;
      fig.status = 'attributed';
    } else if (team) {
      resolved = team;
      kind = lead ? 'person' : 'organization';
      fig.status = 'attributed';
    } else if (kind === 'anonymous') {
      // ('A senior official said ...': a later 'the official' is this one, not one named before.)
      namedByHead.delete(srcText.toLowerCase().split(/\s+/).pop()!);
    }
    fig.source = { text: srcText, start, end: base + s.end, kind, resolved };
    this.remember(s, srcText, start, resolved);
  }

  /**
   * Keeps a source that 'it' or 'the company' may later stand for, itself possibly 'the ministry'.
   * ('Researchers at Stanford University' speak for it, but 'the company' or 'it' later is not them.)
   * (The unnamed word must be the head: 'The official Xinhua News Agency' is a name.)
   */
  private remember(s: FoundSource, srcText: string, start: number, resolved: string | null): void {
    const lex = this.lex;
    const lowerWords = srcText.toLowerCase().split(/\s+/);
    const words = lowerWords.filter((w) => !/^(the|a|an|some|two|three|several|many)$/.test(w));
    const group = lex.anonymous.has(words[0] ?? '') && (words.length === 1 || /^(at|of|from|for|with|in)$/.test(words[1]));
    if (s.kind === 'anonymous' || s.kind === 'document' || group || /^(it|its|they|their|them|he|she|his|her)$/i.test(srcText)) return;
    // ("FEMA's website": the agency it stands for is FEMA.)
    const owner = DOCUMENT_OWNER.exec(srcText) ?? (s.kind !== 'person' ? DOCUMENT_MODIFIER_OWNER.exec(srcText) : null);
    const named = { name: resolved ?? (owner && (lex.documentNouns.has(owner[2].toLowerCase()) || WEB_PAGES.test(owner[2])) ? owner[1] : srcText), kind: s.kind, at: start };
    this.lastNamed.set(s.kind, named);
    this.lastNamed.set('any', named);
    this.sourceNames.add(named.name);
    const head = lowerWords[lowerWords.length - 1];
    if (lex.anonymous.has(head)) this.namedByHead.set(head, { name: srcText, kind: s.kind, at: start });
    // ('Oil Minister Javad Owji said ...; the official added ...': a titled person may be 'the official'.)
    if (s.kind === 'person' && !s.anaphoric) {
      const titled = ` ${lowerWords.join(' ')} `;
      for (const [noun, titles] of lex.titleAnaphors) {
        if (titles.some((t) => titled.includes(` ${t} `))) this.namedByHead.set(noun, { name: resolved ?? srcText, kind: 'person', at: start });
      }
    }
  }

  /** The named source a pronoun or common noun stands for, or the full name behind a short one. */
  private resolve(srcText: string, start: number, src: FoundSource): string | null {
    const { lex, memo, sentences, text } = this;
    const words = srcText.toLowerCase().replace(/['’]s$/, '').split(/\s+/);
    if (src.anaphoric) {
      if (words.length === 1 && lex.personPronouns.has(words[0])) {
        const person = lastPersonBefore(sentences, start, words[0], text);
        return person ? fullName(person, start, lex, memo, words[0]) ?? person : null;
      }
      if (words.length === 1) return null;
      const head = src.head ?? words[words.length - 1];
      // 'the mayor' -> 'Mayor Jane Smith'; 'the jury' -> 'The Fulton County Grand Jury'.
      return src.kind === 'person' ? titleAntecedent(head, start, memo) : nounAntecedent(head, start, memo);
    }
    // ('The Commerce Department released a report ... The report said', 'a Bloomberg survey ... the
    // survey': a definite document stands for the one named or published before.)
    if (src.kind === 'document') {
      const m = DEFINITE_DOCUMENT.exec(srcText);
      return m && lex.documentNouns.has(m[1].toLowerCase()) ? this.documentAntecedent(m[1].toLowerCase(), start) : null;
    }
    // ('consultants Deloitte', 'Carmaker Toyota' -> the name after the company noun.)
    if (src.kind === 'organization') {
      const m = DESCRIBED_NAME.exec(srcText);
      return m && m[1].split(/\s+/).some((w) => lex.organizationDescriptors.has(w.toLowerCase()) || lex.roles.get(w.toLowerCase()) === 'organization') ? m[2] : null;
    }
    if (src.kind === 'person') {
      // 'Ukrainian President Zelensky' -> 'Zelensky'; 'Mr. Hawksley' -> 'Raymond H. Hawksley'.
      const words = srcText.replace(/['’]s$/, '').split(/\s+/);
      let k = 0;
      while (k < words.length - 1 && (lex.honorifics.has(words[k].toLowerCase()) || lex.honorifics.has(words[k].toLowerCase().replace(/\.$/, '')) || lex.nameModifiers.has(words[k].toLowerCase()) || words[k] === words[k].toLowerCase())) k++;
      // 'Mr. and Mrs. Stephen Kochanek' are two people, 'the Secretary of State' a title: keep them whole.
      const rest = words.slice(k);
      const nameLike = rest.every((w) => /^\p{Lu}/u.test(w) && !lex.roles.has(w.toLowerCase()) && !lex.honorifics.has(w.toLowerCase()));
      const bare = words.includes('and') || words.includes('of') || !nameLike ? srcText : rest.join(' ');
      const full = words.length - k <= 1 ? fullName(srcText, start, lex, memo) : null;
      return full ?? (bare !== srcText ? bare : null);
    }
    return null;
  }

  /** Whether a one-word name ('Caterpillar') was written earlier with a company word after it ('Caterpillar Inc'). */
  private companyNamedBefore(name: string, at: number): boolean {
    const word = name.replace(/['\u2019]s$/, '');
    if (!/^\p{Lu}[\p{L}&-]+$/u.test(word)) return false;
    const before = this.text.slice(Math.max(0, at - COMPANY_WINDOW), at);
    for (const m of before.matchAll(new RegExp(`(?<![\\p{L}])${word}(?:,)?\\s+(\\p{Lu}[\\p{L}.]*)`, 'gu'))) {
      if (this.lex.organizationWords.has(m[1]) || this.lex.organizationWords.has(m[1].replace(/\.$/, ''))) return true;
    }
    return false;
  }

  /**
   * The latest name before `at`, within a few paragraphs, that a document with this head stands for:
   * a name right before the head ('a Bloomberg survey'), or the publisher of 'a report'-like document
   * ('The Commerce Department released a report on Wednesday').
   */
  private documentAntecedent(head: string, at: number): string | null {
    const named = nounAntecedent(head, at, this.memo);
    const namedAt = named ? this.text.lastIndexOf(named, at) : -1;
    const before = this.text.slice(Math.max(0, at - DOCUMENT_WINDOW), at);
    const offset = Math.max(0, at - DOCUMENT_WINDOW);
    let publisher: { at: number; name: string } | null = null;
    for (const m of before.matchAll(PUBLISHED)) {
      if (m[3].toLowerCase() === head) publisher = { at: offset + m.index, name: m[1].replace(/^(?:The|the)\s+/, '') };
    }
    if (publisher && publisher.at > namedAt) return publisher.name;
    return named;
  }

  /**
   * The institution that opens the sentence before the one at `sentenceStart` as the subject of a
   * verb of saying ('The Baloch Activists Campaign (BAC) said'), when its name shows it is one: an
   * article before a capitalized name, a word such as 'Campaign', 'Ministry' or 'Group', or a known
   * agency or organization. Sentences without figures are never tagged, so this reads the text.
   */
  private institutionThatSpokeBefore(sentenceStart: number): Named | null {
    const previous = this.sentences[sentenceIndexBefore(this.sentences, sentenceStart)];
    if (!previous) return null;
    const m = INSTITUTION_SAID.exec(this.text.slice(previous.start, previous.end));
    if (!m) return null;
    const lex = this.lex;
    const name = m[2];
    const words = name.split(/\s+/);
    const known = lex.entities.get(name)?.kind;
    // (A short name in brackets after it, 'Baloch Activists Campaign (BAC)', is an institution's too.)
    const institution = !!m[1] || !!m[3] || (words.length === 1 && /^\p{Lu}{2,6}$/u.test(name)) || words.some((w) => lex.organizationWords.has(w) || lex.agencyWords.has(w) || lex.mediaWords.has(w)) || (!!known && known !== 'person');
    if (!institution || known === 'person') return null;
    const kind: SourceKind = known ?? (words.some((w) => lex.agencyWords.has(w)) ? 'agency' : words.some((w) => lex.mediaWords.has(w)) ? 'media' : 'organization');
    return { name, kind, at: previous.start + m.index + m[0].indexOf(name) };
  }

  /**
   * The latest 'Researchers at Harvard University' or 'BART staff' within the text before `at`, for a
   * later 'the researchers' or 'Staff' (`head`); null when none. A one-word name at a sentence's start
   * ('Hospital staff said') is a capital of position, not a name, unless it is an acronym.
   */
  private institutionGroupBefore(at: number, head: string): string | null {
    const patterns = this.patterns.group(head);
    if (!patterns) return null;
    const before = this.text.slice(Math.max(0, at - 1500), at);
    let last: { at: number; text: string } | null = null;
    for (const m of before.matchAll(patterns.withPlace)) last = { at: m.index, text: m[0] };
    for (const m of before.matchAll(patterns.named)) {
      const lead = m[1];
      const opening = m.index === 0 || /[.!?"\u201c]\s*$|\n\s*$/.test(before.slice(0, m.index));
      if (/^(The|A|An|This|That|These|Those|Some|Many|Most|Other)\b/.test(lead) || (opening && !/\s/.test(lead) && !/^\p{Lu}{2,}$/u.test(lead))) continue;
      if (!last || m.index > last.at) last = { at: m.index, text: m[0] };
    }
    return last?.text ?? null;
  }
}

/** Patterns built from the lexicon, once per lexicon (an engine's lifetime), not once per document. */
interface Patterns {
  /** 'the cooperating witness': a definite role word, up to two modifiers before it. */
  role: RegExp;
  /** 'Researchers at X' and 'X staff' for a group head, or null when the head names no such group. */
  group: (head: string) => { withPlace: RegExp; named: RegExp } | null;
}

const compiled = new WeakMap<CompiledLexicon, Patterns>();

function patternsFor(lex: CompiledLexicon): Patterns {
  let found = compiled.get(lex);
  if (found) return found;
  const groups = new Map<string, { withPlace: RegExp; named: RegExp }>();
  found = {
    role: new RegExp(`^(?:the|this|that)\\s+(?:\\p{Ll}+\\s+){0,2}(${[...lex.roleAnaphors].join('|')})$`, 'iu'),
    group(head) {
      const same = lex.institutionGroups.get(head);
      if (!same) return null;
      let g = groups.get(head);
      if (!g) {
        // (Case-sensitive, so that the name's capitals mean something; the group word may open a sentence.)
        const words = same.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
        const name = "\\p{Lu}[\\p{L}.&'\u2019-]*(?: (?:of|for|and|de|the) \\p{Lu}[\\p{L}.&'\u2019-]*| \\p{Lu}[\\p{L}.&'\u2019-]*)*";
        g = { withPlace: new RegExp(`\\b(?:${words}) (?:at|from|of|with) (?:the )?${name}`, 'gu'), named: new RegExp(`(${name}) (?:${words})\\b`, 'gu') };
        groups.set(head, g);
      }
      return g;
    },
  };
  compiled.set(lex, found);
  return found;
}

/** How far back (in characters) 'the official' may stand for a named official: a few paragraphs. */
const SAME_SOURCE_WINDOW = 3000;

/** 'FEMA's website', "the ministry's latest report": the owner of a document, and the document's head. */
const DOCUMENT_OWNER = /^((?:the )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)['’]s (?:[a-z-]+ )*([a-z]+)$/;
/** 'a CDC report', 'the new IMF forecast': a name as the modifier of a document noun owns it. */
const DOCUMENT_MODIFIER_OWNER = /^(?:(?:a|an|the|its|their|this|that|new|latest|annual|recent|monthly|weekly|quarterly) )*((?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*)*) (?:[a-z-]+ )*([a-z]+)$/;
/** Web pages a source owns, which are not document nouns: "FEMA's website". */
const WEB_PAGES = /^(website|site|webpage|page|account|feed|blog)$/i;
/** A capitalized name, its verb of saying (and a day; not 'told investors they', whose 'they' is the investors), then the reported clause's opening: 'Delta Air Lines said on Monday that '. */
const OUTER_SPEAKER = /(\p{Lu}[\p{L}.&'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'\u2019-]*)*)\s+(?:also\s+|later\s+|earlier\s+)?(?:said|says|added|announced|reported|stated|confirmed|noted|explained|wrote)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?:\s+that)?\s+$/u;
/** A subordinate clause that opens the sentence with a capitalized subject, up to the comma before the pronoun: 'When Labour came to power in July 2024, '. */
const OPENING_SUBORDINATE_SUBJECT = /^\s*(?:When|After|Before|Because|Since|As|While|Although|Though|Once|Until)\s+((?:the\s+)?\p{Lu}[\p{L}.&'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&'\u2019-]*)*)\s+\p{Ll}[^,;:]*,\s*$/u;
/** A full name (two or more capitalized words) and its verb of saying, an aside in dashes or commas allowed between: 'Oscar Nava-Valencia — also known as "El Lobo" — told jurors'. */
const NAMED_SPEAKER = /((?!(?:The|A|An|This|That|In|On|At|But|And)\s)\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+)+)(?:\s+[—–]\s+[^—–]{1,60}\s+[—–]|,[^,]{1,60},)?\s+(?:said|says|told|testified|added|explained|wrote)\b/u;
/** 'consultants Deloitte', 'The company Acme': company nouns, then the name. */
const DESCRIBED_NAME = /^((?:\p{L}[\p{L}-]*\s+)*?\p{Ll}[\p{L}-]*|(?:the\s+)?\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}.&'\u2019-]*(?:\s+\p{Lu}[\p{L}.&'\u2019-]*)*)$/u;
/** 'the report', 'this latest survey': a definite document with no owner named, and its head. */
const DEFINITE_DOCUMENT = /^(?:the|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/iu;
/** One capitalized word, perhaps possessive: 'Zillow', "Gartner's". */
const ONE_WORD_NAME = /^\p{Lu}[\p{L}&-]*(?:['\u2019]s)?$/u;
/** How far back (in characters) a company's full name makes a later one-word name a company. */
const COMPANY_WINDOW = 20000;
/** How far back (in characters) a definite document may stand for one named or published before. */
const DOCUMENT_WINDOW = 1500;
/** 'The Commerce Department released a report': a publisher, its verb and the document's head. */
const PUBLISHED = /((?:[Tt]he\s+)?\p{Lu}[\p{L}.&'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&'\u2019-]*)*)\s+(?:also\s+)?(released|published|issued|unveiled|presented|put out)\s+(?:a|an|its|the|their|new|latest|\s)+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)\b/gu;
/** A sentence that opens with a capitalized name (after 'The' and a '-based' place, with its acronym in brackets) and a verb of saying or urging: 'London-based Baloch Activists Campaign (BAC) said', 'The Commission for Air Quality Management urged'. */
const INSTITUTION_SAID = /^\s*(?:(The)\s+)?(?:\p{Lu}[\p{L}-]*-based\s+)?(\p{Lu}[\p{L}.&'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&'\u2019-]*)*)(\s+\(\p{Lu}{2,}\))?\s+(?:also\s+|later\s+|earlier\s+)?(?:said|says|reported|announced|stated|claimed|alleged|warned|urged|recommended|called|estimated|noted|added|told|confirmed|released|published|found)\b/u;
/** A sentence that opens with 'The airline', 'The company's': its generic subject (the head noun). */
const OWN_GENERIC_SUBJECT = /^\s*The ([a-z]+)(?:['’]s)?\s/;

/** The speakers 'they' stands for: unnamed ('officials') or named by a name before the noun ('Border Patrol officials'). */
interface Speakers {
  text: string;
  named: boolean;
}

/**
 * The last plural unnamed-source noun in a sentence's text before a pronoun ('officials'), if any;
 * named when a capitalized name stands before it ('Border Patrol officials').
 */
function unnamedBefore(prefix: string, anonymous: Set<string>): Speakers | null {
  const cased = prefix.match(/[\p{L}\p{N}']+/gu) ?? [];
  const words = cased.map((w) => w.toLowerCase());
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    // ('Air pollution killed 7 million people, they note': counted people are no speakers.)
    if (i > 0 && /^(\d.*|hundreds?|thousands?|millions?|billions?|dozens?|scores?)$/.test(words[i - 1])) continue;
    if (!anonymous.has(w) || !/s$|^people$/.test(w)) continue;
    // ('Border Patrol officials said ...; they said': a name before the noun, past the sentence's
    // first word, makes them named; 'they' is then theirs, found as any named source is.)
    if (i > 1 && /^\p{Lu}/u.test(cased[i - 1])) {
      let f = i - 1;
      while (f > 0 && /^\p{Lu}/u.test(cased[f - 1])) f--;
      return { text: cased.slice(f, i + 1).join(' '), named: true };
    }
    return { text: w, named: false };
  }
  return null;
}

/**
 * The unnamed plural speakers of the sentence before the one that starts at `sentenceStart`: its
 * words up to its first verb of saying ('Officials said ...', 'Local residents told ...'), a short
 * subject set off before an aside ('Security officials, who spoke on condition of anonymity, said'),
 * or the speakers of a cue that closes it ('..., the scientists said.'). Only when the pronoun's own
 * sentence holds no capitalized name before it.
 */
function unnamedSubjectBefore(text: string, sentences: SentenceRef[], sentenceStart: number, prefix: string, lex: CompiledLexicon): Speakers | null {
  if (/(?:^|\s)\p{Lu}\p{Ll}+\s/u.test(prefix.slice(1))) return null;
  const k = sentences.findIndex((s) => s.start === sentenceStart);
  if (k < 1) return null;
  const sentence = text.slice(sentences[k - 1].start, sentences[k - 1].end).trim();
  const words = sentence.split(/\s+/, 5);
  // The subject of a reporting verb (the lexicon's cue forms) among the sentence's first five words.
  const cueWord = (w: string) => lex.cueForms.has(w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  const verb = words.findIndex((w, i) => i > 0 && lex.cueForms.has(w.toLowerCase()));
  if (verb > 0) return unnamedBefore(words.slice(0, verb).join(' '), lex.anonymous);
  // ('Lebanese security officials, who spoke on condition of anonymity ..., said 15 ...': or a short
  // subject set off by a comma before its aside, when the sentence reports with its verb later.)
  const aside = /^([^,]{1,60}),\s+(?:who|speaking|citing)\b/.exec(sentence);
  const all = sentence.split(/\s+/);
  if (aside && aside[1].split(/\s+/).length <= 5 && all.some(cueWord)) return unnamedBefore(aside[1], lex.anonymous);
  // ('The reef is dying, the scientists said. ..., they added.': or the unnamed speakers of a
  // trailing cue that closes it.)
  const tail = /,\s+([^,]{1,80})$/.exec(sentence);
  // ('Investigators intercepted 351 kilos ... . Subsequent inquiries led them to believe': or an
  // unnamed group that opens the sentence as the subject of any past verb.)
  const opening = /^(\p{L}+(?:\s+\p{L}+)?)\s+\p{Ll}+ed\b/u.exec(sentence);
  const group = opening ? unnamedBefore(opening[1], lex.anonymous) : null;
  if (!tail) return group;
  const tailWords = tail[1].split(/\s+/);
  const cue = tailWords.findIndex((w, i) => i > 0 && i <= 4 && cueWord(w));
  return cue > 0 && cue >= tailWords.length - 5 ? unnamedBefore(tailWords.slice(0, cue).join(' '), lex.anonymous) : group;
}

/**
 * The named lead of a research team in the text before `at`, within about two paragraphs: 'Jane
 * Smith of the CDC and colleagues', 'Salim Yusuf ... and his colleagues', 'a team led by Jane Smith'.
 */
function leadOfTeamBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 1500), at);
  const name = /(?:Dr\.? |Prof\.? |Professor )?(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'\u2019-]+){1,2})/u;
  let last: string | null = null;
  // ('Charlotte A. Schoenborn, M.P.H., from the Division ... in Hyattsville, Md., and colleagues': the
  // first full name of the sentence that ends with 'and colleagues'.)
  for (const m of before.matchAll(/,? and (?:his |her |their )?(?:colleagues|co-authors|coauthors)\b/gu)) {
    const from = Math.max(before.lastIndexOf('\n', m.index), m.index - 240);
    const found = name.exec(before.slice(from + 1, m.index));
    if (found) last = found[1];
  }
  for (const m of before.matchAll(/(?:team|study|research|trial) led by /gu)) {
    const found = name.exec(before.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (found && (last === null || m.index > before.lastIndexOf(last))) last = found[1];
  }
  return last;
}
