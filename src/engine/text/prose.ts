// Reduces a document to its prose without moving a single offset: everything that is not prose
// (code, front matter, comments, link targets, markup) becomes spaces, newlines stay where they were.
// The rest of the engine reads the masked text and reports offsets that point into the original file.
import type { DocumentFormat } from '../types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** An inline comment that silences findings: <!-- attribution-lint-disable-next-line unattributed-figure --> */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

export interface Prose {
  /** Same length as the input; non-prose characters replaced by spaces, newlines kept. */
  text: string;
  directives: Directive[];
  /** Offsets of line starts that must begin a new paragraph (Markdown headings, list items, table rows). */
  blockStarts: Set<number>;
}

const DIRECTIVE = /^\s*attribution-lint-(disable-next-line|disable-line|disable|enable)\b([^]*)$/;

/** Replaces [from, to) with spaces, keeping newlines (and so line numbers). */
function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to && i < chars.length; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

function parseDirective(body: string, start: number, end: number): Directive | null {
  const m = DIRECTIVE.exec(body);
  if (!m) return null;
  // Anything after "--" is a free-text reason, as in ESLint.
  const list = m[2].split('--')[0];
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules, start, end };
}

/** HTML comments: blanked in both formats, and read for directives. */
function maskComments(text: string, chars: string[], directives: Directive[]): void {
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return;
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    const d = parseDirective(text.slice(open + 4, close < 0 ? text.length : close), open, end);
    if (d) directives.push(d);
    blank(chars, open, end);
    from = end;
  }
}

const URL = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]+|\bwww\.[^\s<>"'`)\]]+/g;

function maskUrls(text: string, chars: string[]): void {
  for (const m of text.matchAll(URL)) blank(chars, m.index!, m.index! + m[0].length);
}

export function prepareProse(input: string, format: DocumentFormat): Prose {
  const chars = input.split('');
  const directives: Directive[] = [];
  const blockStarts = new Set<number>();
  // A byte-order mark is not text.
  if (chars[0] === '\uFEFF') chars[0] = ' ';
  maskComments(input, chars, directives);
  if (format === 'markdown') maskMarkdown(input, chars, blockStarts);
  maskUrls(chars.join(''), chars);
  return { text: chars.join(''), directives, blockStarts };
}

interface Line {
  start: number;
  end: number; // exclusive, before the newline
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

const FENCE = /^( {0,3})(`{3,}|~{3,})/;

function maskMarkdown(input: string, chars: string[], blockStarts: Set<number>): void {
  const lines = splitLines(input);
  let i = 0;
  // Front matter: a first line of --- (YAML) or +++ (TOML) up to the matching closing line.
  const fm = lines[0]?.text.replace(/^\uFEFF/, '');
  if (fm === '---' || fm === '+++') {
    const close = lines.findIndex((l, k) => k > 0 && (l.text === fm || (fm === '---' && l.text === '...')));
    if (close > 0) {
      blank(chars, lines[0].start, lines[close].end);
      i = close + 1;
    }
  }
  let fence: string | null = null;
  let previousBlank = true;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (fence) {
      blank(chars, line.start, line.end);
      if (t.trim().startsWith(fence) && t.trim().replace(/[`~]/g, '') === '') fence = null;
      continue;
    }
    const f = FENCE.exec(t);
    if (f) {
      fence = f[2];
      blank(chars, line.start, line.end);
      previousBlank = false;
      continue;
    }
    if (t.trim() === '') {
      previousBlank = true;
      continue;
    }
    // Indented code block: four spaces or a tab after a blank line.
    if (previousBlank && /^(?: {4}|\t)/.test(t)) {
      blank(chars, line.start, line.end);
      continue;
    }
    previousBlank = false;
    maskMarkdownLine(line, chars, blockStarts);
  }
  maskInline(chars.join(''), chars);
}

/** Block markers at the start of a line: headings, quotes, list items, tables, reference definitions. */
function maskMarkdownLine(line: Line, chars: string[], blockStarts: Set<number>): void {
  let t = line.text;
  let at = line.start;
  // Reference-style link definitions are not prose.
  if (/^ {0,3}\[[^\]]+\]:\s*\S/.test(t)) {
    blank(chars, line.start, line.end);
    return;
  }
  // Thematic breaks and setext underlines.
  if (/^ {0,3}([-*_=])(\s*\1){2,}\s*$/.test(t)) {
    blank(chars, line.start, line.end);
    blockStarts.add(line.start);
    return;
  }
  for (;;) {
    const m = /^(\s*)(>\s?|#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)/.exec(t);
    if (!m) break;
    blank(chars, at + m[1].length, at + m[0].length);
    blockStarts.add(line.start);
    at += m[0].length;
    t = t.slice(m[0].length);
  }
  // Closing hashes of an ATX heading.
  const closing = /\s#+\s*$/.exec(t);
  if (closing && blockStarts.has(line.start) && /^#/.test(line.text.trimStart())) blank(chars, at + closing.index, line.end);
  // Table rows: each row is its own paragraph; pipes and the delimiter row are markup.
  if (/^\s*\|.*\|\s*$/.test(line.text) || /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(line.text)) {
    blockStarts.add(line.start);
    if (/^[\s|:-]+$/.test(line.text)) blank(chars, line.start, line.end);
    else for (let k = line.start; k < line.end; k++) if (chars[k] === '|') chars[k] = ' ';
  }
}

/** Inline markup: code spans, images, link targets, autolinks, HTML tags, emphasis, escapes. */
function maskInline(text: string, chars: string[]): void {
  const mask = (re: RegExp, f: (m: RegExpMatchArray) => void) => {
    for (const m of text.matchAll(re)) f(m);
  };
  // Code spans (any run of backticks, closed by the same run).
  mask(/(`+)[^`]*?\1/g, (m) => blank(chars, m.index!, m.index! + m[0].length));
  // Images: the whole thing, alt text included.
  mask(/!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]/g, (m) => blank(chars, m.index!, m.index! + m[0].length));
  // Links: keep the text, blank the brackets and the target.
  mask(/\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g, (m) => {
    const s = m.index!;
    blank(chars, s, s + 1);
    blank(chars, s + 1 + m[1].length, s + m[0].length);
  });
  // Autolinks and HTML tags.
  mask(/<(?:https?:|mailto:)[^>\n]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, (m) => blank(chars, m.index!, m.index! + m[0].length));
  // Emphasis delimiters outside words, and backslash escapes.
  mask(/(?<![\p{L}\p{N}])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\p{L}\p{N}])/gu, (m) => blank(chars, m.index!, m.index! + m[0].length));
  mask(/\\(?=[\\`*_{}[\]()#+\-.!|<>~"'])/g, (m) => blank(chars, m.index!, m.index! + 1));
}
