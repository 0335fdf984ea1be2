// unattributed-figure: a figure the draft states as fact without saying who asserts it.
import { DOCS_BASE, quoted, type Rule } from './rule';

export const unattributedFigure: Rule = {
  meta: {
    id: 'unattributed-figure',
    description: 'A figure has no source: no cue in its sentence covers it and it is not in an attributed quotation.',
    defaultSeverity: 'warning',
    docs: `${DOCS_BASE}unattributed-figure.md`,
  },
  check(figure) {
    if (figure.minor || figure.status !== 'unattributed') return null;
    const why = figure.reason === 'out-of-scope' ? ' (the cue in its sentence does not reach it)' : '';
    return `Figure ${quoted(figure)} has no source${why}`;
  },
};
