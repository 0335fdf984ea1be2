// The edits behind the quick fixes, as offsets and snippet text. Pure (no 'vscode'), tested by vitest;
// extension.ts turns them into SnippetTextEdit / TextEdit.
import type { Figure } from '../engine';
import { escapeSnippetChoice, escapeSnippetText } from './escape';

export interface OffsetEdit {
  /** Replace text[start..end) (start === end inserts). */
  start: number;
  end: number;
  /** VS Code snippet syntax when `snippet` is true, plain text otherwise. */
  newText: string;
  snippet: boolean;
}

const CLOSING_QUOTES = `"”’'»`;
const TERMINAL = '.!?';

/** The `${1|a,b|}` choice of the sources already named, or a `${1:source}` placeholder when there are none. */
export function sourceChoice(candidates: readonly string[]): string {
  const names = candidates.map(escapeSnippetChoice).filter((n) => n.length > 0);
  return names.length > 0 ? `\${1|${names.join(',')}|}` : '${1:source}';
}

/**
 * "Add attribution…": a clause at the end of the figure's sentence.
 * - `… 11,000 soldiers were deployed.` → `… were deployed, according to ${1|A,B|}.` (before the final
 *   period, question or exclamation mark);
 * - a sentence that ends inside a closing quotation (`… "11,000 died."`) gets a `said` clause after the
 *   quotation, its final period becoming a comma: `… "11,000 died," ${1|A|} said.`;
 * - a sentence with no final punctuation (a heading, a list item) gets `, according to …` at its end.
 */
export function addAttributionEdit(text: string, figure: Figure, candidates: readonly string[]): OffsetEdit {
  const choice = sourceChoice(candidates);
  let end = Math.min(figure.sentence.end, text.length);
  // The sentence span may include trailing spaces or line breaks: stop at its last visible character.
  while (end > figure.end && /\s/.test(text[end - 1])) end--;
  end = Math.max(end, figure.end);
  const last = text[end - 1] ?? '';
  const beforeLast = text[end - 2] ?? '';
  if (CLOSING_QUOTES.includes(last) && TERMINAL.includes(beforeLast) && end - 2 >= figure.end) {
    // `…died."` → `…died," X said.`  (a question or exclamation mark stays inside the quotation)
    const inner = beforeLast === '.' ? ',' : beforeLast;
    return { start: end - 2, end, newText: `${escapeSnippetText(inner + last)} ${choice} said.$0`, snippet: true };
  }
  if (TERMINAL.includes(last) && end - 1 >= figure.end) {
    // Before a run of final punctuation ("…?!"), after the figure.
    let at = end - 1;
    while (at - 1 >= figure.end && TERMINAL.includes(text[at - 1])) at--;
    return { start: at, end: at, newText: `, according to ${choice}$0`, snippet: true };
  }
  return { start: end, end, newText: `, according to ${choice}$0`, snippet: true };
}

export const DISABLE_NEXT_LINE = 'attribution-lint-disable-next-line';

/**
 * "Ignore this figure": `<!-- attribution-lint-disable-next-line RULE -->` on its own line just above the
 * figure's line, with the same indentation (the engine reads HTML comments in Markdown and plain text).
 */
export function ignoreFigureEdit(text: string, figureStart: number, rule: string): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', figureStart - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, figureStart))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, newText: `${indent}<!-- ${DISABLE_NEXT_LINE} ${rule} -->${eol}`, snippet: false };
}

/** Applies an edit to a string, with a snippet's placeholders resolved to their first choice (for tests and previews). */
export function applyEdit(text: string, edit: OffsetEdit): string {
  let insert = edit.newText;
  if (edit.snippet) {
    insert = insert
      .replace(/\$\{\d+\|((?:\\.|[^|\\])*)\|\}/g, (_, opts: string) => opts.split(/(?<!\\),/)[0])
      .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
      .replace(/\$\d+/g, '')
      .replace(/\\(.)/g, '$1');
  }
  return text.slice(0, edit.start) + insert + text.slice(edit.end);
}
