// The draft's sources as a whole: the sources list (each source with the figures it asserts) and the
// candidates that the "Add attribution…" fix offers (sources named in the draft, figures or not).
import type { CompiledLexicon } from '../lexicon';
import type { Figure, Source, SourceSummary } from './types';

const keyOf = (s: Pick<Source, 'text' | 'resolved'>) => (s.resolved ?? s.text).replace(/\s+/g, ' ').replace(/^(the|The)\s+/, '').replace(/['’]s$/, '').toLowerCase();

/**
 * How a writer would name a source: its own words when they hold the name it resolves to (a titled
 * name, 'Ukrainian President Zelensky' for 'Zelensky'), else that name ('the agency' -> 'NIS').
 */
const citedName = (s: Pick<Source, 'text' | 'resolved'>) => (s.resolved && !s.text.includes(s.resolved) ? s.resolved : s.text.replace(/['’]s$/, ''));

/**
 * Sources with the figures each asserts, in order of first appearance. Takes anything with a source
 * span, so the CLI's ledger reads its JSON figures with it too.
 */
export function summarizeSources(figures: readonly { source: Pick<Source, 'text' | 'start' | 'end' | 'kind' | 'resolved'> | null }[]): SourceSummary[] {
  const byKey = new Map<string, SourceSummary>();
  figures.forEach((f, i) => {
    if (!f.source) return;
    const key = keyOf(f.source);
    let s = byKey.get(key);
    if (!s) {
      s = { name: citedName(f.source), kind: f.source.kind, figures: [], mentions: [] };
      byKey.set(key, s);
    }
    // Shown as the fullest form the draft cites: 'Ukrainian President Zelensky' over 'Zelensky'.
    const cited = citedName(f.source);
    if (cited.length > s.name.length && cited.includes(s.name)) s.name = cited;
    s.figures.push(i);
    const last = s.mentions[s.mentions.length - 1];
    if (!last || last.start !== f.source.start) s.mentions.push({ text: f.source.text, start: f.source.start, end: f.source.end });
  });
  return [...byKey.values()];
}

/** A name a paragraph gives a source, with its offset (in the paragraph until placed in the document). */
export interface NamedMention {
  at: number;
  name: string;
}

// \u2019 (’) as an escape: the build keeps String.raw text as written and wants an ASCII bundle.
const NAME = String.raw`(?:\p{Lu}[\p{L}'\u2019.&-]*[^\S\r\n]+){0,5}\p{Lu}[\p{L}'\u2019.&-]*`;
const ACCORDING_TO = new RegExp(String.raw`\baccording to (?:the )?(${NAME})`, 'gu');
const VERBS = 'said|says|told|reported|reports|announced|claimed|stated|estimated|confirmed';
const REPORTING_VERB = new RegExp(String.raw`\b(?:${VERBS})\b`);
const NAME_SAID = new RegExp(String.raw`(${NAME})(?:,[^,\n]{1,80},)?[ \t]+(?:${VERBS})\b`, 'gu');

/**
 * Sources one paragraph names, found by a cheap scan (sentences without figures are never tagged):
 * capitalized names after 'according to' or before a reporting verb, and the known agencies and media
 * (each one's first mention). Cached with the paragraph, so typing rescans only the edited paragraph.
 */
export function paragraphMentions(text: string, lex: CompiledLexicon): NamedMention[] {
  const found: NamedMention[] = [];
  // The name patterns backtrack at every capital: run them only where their fixed words occur.
  if (text.includes('according to')) for (const m of text.matchAll(ACCORDING_TO)) found.push({ at: m.index!, name: m[1] });
  const said = REPORTING_VERB.test(text) ? text.matchAll(NAME_SAID) : [];
  for (const m of said) {
    const words = m[1].split(/\s+/);
    // Skip a sentence opener glued on ('However Smith said' is rare; 'The Agency said' keeps 'Agency').
    while (words.length > 1 && lex.sentenceOpeners.has(words[0].toLowerCase())) words.shift();
    if (words.length === 1 && lex.sentenceOpeners.has(words[0].toLowerCase())) continue;
    found.push({ at: m.index!, name: words.join(' ') });
  }
  // One scan for all known names (each paragraph is read once per edit; a search per name was 2% of a run).
  const seen = new Set<string>();
  for (const m of text.matchAll(entityPattern(lex))) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    found.push({ at: m.index!, name: m[0] });
  }
  return found.sort((a, b) => a.at - b.at);
}

const entityPatterns = new WeakMap<CompiledLexicon, RegExp>();

/** Every known agency, medium and organization name (longest first), as whole words. */
function entityPattern(lex: CompiledLexicon): RegExp {
  let re = entityPatterns.get(lex);
  if (!re) {
    const names = [...lex.entities.keys()].filter((e) => e.length > 2).sort((a, b) => b.length - a.length);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?<!\\p{L})(?:${names.map(esc).join('|') || '(?!)'})(?!\\p{L})`, 'gu');
    entityPatterns.set(lex, re);
  }
  return re;
}

/**
 * Named sources in the draft, as a writer would cite them: those of attributed figures, then the
 * paragraphs' mentions (in document order), each source once.
 */
export function candidateSources(figures: Figure[], mentions: NamedMention[]): string[] {
  const seen = new Map<string, string>();
  const add = (name: string) => {
    // Offered mid-sentence ('according to the NIS'), so a leading 'The' is lower-cased.
    const clean = name.replace(/\s+/g, ' ').trim().replace(/['’]s$/, '').replace(/^The /, 'the ');
    if (!clean || /^(he|she|they|it|we|i|his|her|its|their|the|this|that|officials?|police)$/i.test(clean)) return;
    const key = clean.toLowerCase().replace(/^the /, '');
    // 'Yonhap' after 'Yonhap News Agency' is the same source; 'Ukrainian President Zelensky' after
    // 'Zelensky' is too, and the fuller form is the one to offer (in the first one's place).
    for (const [k, v] of seen) {
      if (k.includes(key)) return;
      if (key.includes(k)) {
        if (clean.length > v.length) seen.set(k, clean);
        return;
      }
    }
    seen.set(key, clean);
  };
  for (const f of figures) {
    if (f.source && f.source.kind !== 'anonymous' && f.status === 'attributed') add(citedName(f.source));
  }
  for (const m of mentions) add(m.name);
  return [...seen.values()];
}
