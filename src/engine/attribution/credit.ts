// Credit lines under tables and lists: "Source: Ministry of Health." A draft's table or list of key
// figures is credited the way a chart is, by a line of its own right after it. The line speaks for the
// figures of the block just above it that no cue in their own text attributes.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import type { SourceKind } from '../types';
import { classifySource } from './kinds';

/** 'Source: X', 'Sources: X and Y', 'Data: X', 'Figures: X' (case as written, at most a line). */
const CREDIT = /^(?:sources?|data|figures|source data)\s*:\s*\S/i;
/** 'The figures above come from X.', 'Data in this table are from X.': the same, as a sentence. */
const CREDIT_SENTENCE = /^(?:the |these |all )?(?:figures|data|numbers|statistics)(?: (?:above|below|in (?:this|the) (?:table|list|chart)))? (?:come|are|were|is|was)(?: taken)? from \S/i;
const MAX_CREDIT = 200;

export interface Credit {
  /** The label ('Source:'), paragraph offsets. */
  cue: { start: number; end: number };
  /** The name after it, paragraph offsets, with its kind. */
  source: { start: number; end: number; kind: SourceKind };
}

/** The credit a paragraph gives, or null when it is no credit line. `tokens` tags its first sentence. */
export function creditLine(text: string, tokens: () => Token[], lex: CompiledLexicon): Credit | null {
  const sentence = CREDIT_SENTENCE.test(text);
  if (text.length > MAX_CREDIT || !(CREDIT.test(text) || sentence)) return null;
  const toks = tokens();
  // The label ends at the colon, or at 'from' in the sentence form.
  const colon = sentence ? toks.findIndex((t) => t.lower === 'from') : toks.findIndex((t, k) => /:/.test(t.post + (toks[k + 1]?.pre ?? '')));
  if (colon < 0 || colon + 1 >= toks.length) return null;
  // The name runs to the end of the line, without a final period or a date after a comma.
  let last = colon + 1;
  while (last + 1 < toks.length && !/[,;.(]/.test(toks[last].post)) last++;
  const range = { first: colon + 1, last };
  const cls = classifySource(toks, range, lex);
  return {
    cue: { start: toks[0].start, end: toks[colon].end + (sentence ? 0 : 1) },
    source: { start: toks[range.first].start, end: toks[range.last].end, kind: cls.kind },
  };
}
