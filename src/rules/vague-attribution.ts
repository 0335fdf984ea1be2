// vague-attribution: a figure credited to nobody in particular ('officials said', 'is believed to').
import { DOCS_BASE, quoted, type Rule } from './rule';

export const vagueAttribution: Rule = {
  meta: {
    id: 'vague-attribution',
    description: 'A figure is attributed only to unnamed sources ("officials", "experts") or hedged with no source ("is believed", "reportedly").',
    defaultSeverity: 'information',
    docs: `${DOCS_BASE}vague-attribution.md`,
  },
  check(figure) {
    if (figure.minor || figure.status !== 'vague') return null;
    if (figure.source) return `Figure ${quoted(figure)} is attributed only to unnamed sources ("${figure.source.text}")`;
    return `Figure ${quoted(figure)} is hedged ("${figure.cue?.text ?? ''}") but no source is named`;
  },
};
