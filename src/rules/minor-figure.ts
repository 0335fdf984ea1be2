// minor-figure: a small spelled-out count ('two', 'a single', 'twice') without a named source.
// Off by default: the guide lets a linter treat these lightly, and most drafts have many.
import { DOCS_BASE, quoted, type Rule } from './rule';

export const minorFigure: Rule = {
  meta: {
    id: 'minor-figure',
    description: 'A minor figure (one to nine spelled out, "a single", "twice") has no named source.',
    defaultSeverity: 'off',
    docs: `${DOCS_BASE}minor-figure.md`,
  },
  check(figure) {
    if (!figure.minor || figure.status === 'attributed') return null;
    return figure.status === 'vague' ? `Minor figure ${quoted(figure)} is attributed only vaguely` : `Minor figure ${quoted(figure)} has no source`;
  },
};
