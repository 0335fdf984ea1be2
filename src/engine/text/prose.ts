// Reduces a document to its prose without moving a single offset: everything that is not prose
// (code, front matter, comments, link targets, markup) becomes spaces, newlines stay where they were.
// The rest of the engine reads the masked text and reports offsets that point into the original file.
//
// It runs on every keystroke over the whole document, so it works with ranges to blank and builds
// each intermediate string once, instead of editing an array of characters.
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

/** Ranges [from, to) to turn into spaces; applied all at once by `apply`. */
type Ranges = number[];

/** Returns `text` with every range blanked, newlines and carriage returns kept. */
function apply(text: string, ranges: Ranges): string {
  if (ranges.length === 0) return text;
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i + 1] > ranges[i]) pairs.push([ranges[i], Math.min(ranges[i + 1], text.length)]);
  pairs.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of pairs) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += text.slice(at, start) + text.slice(start, to).replace(/[^\r\n]/g, ' ');
    at = to;
  }
  return out + text.slice(at);
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
function maskComments(text: string, ranges: Ranges, directives: Directive[]): void {
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return;
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    const d = parseDirective(text.slice(open + 4, close < 0 ? text.length : close), open, end);
    if (d) directives.push(d);
    ranges.push(open, end);
    from = end;
  }
}

const URL = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]+|\bwww\.[^\s<>"'`)\]]+/g;

function maskUrls(text: string, ranges: Ranges): void {
  if (!text.includes('://') && !text.includes('www.')) return;
  for (const m of text.matchAll(URL)) ranges.push(m.index!, m.index! + m[0].length);
}

/** A Reuters instrument code in angle brackets: '<TSLA.O>', '<.SPX>', '<LCOc1>', '<0005.HK>', '<EUR=>'. */
const TICKER = /<[.^]?[A-Z0-9][A-Za-z0-9.^=]{0,14}>/g;

/**
 * 'Tesla Inc <TSLA.O> on Friday said it delivered 139,300': wire copy puts the code of a company's
 * shares after its name. It is markup, not prose: between the subject and its verb it hid the cue.
 */
function maskTickers(text: string, ranges: Ranges): void {
  if (!text.includes('<')) return;
  for (const m of text.matchAll(TICKER)) ranges.push(m.index!, m.index! + m[0].length);
}

export function prepareProse(input: string, format: DocumentFormat): Prose {
  const directives: Directive[] = [];
  const blockStarts = new Set<number>();
  const ranges: Ranges = [];
  // A byte-order mark is not text.
  if (input.charCodeAt(0) === 0xfeff) ranges.push(0, 1);
  if (input.includes('<!--')) maskComments(input, ranges, directives);
  let text = apply(input, ranges);
  if (format === 'markdown') text = maskMarkdown(text, blockStarts);
  const urls: Ranges = [];
  maskUrls(text, urls);
  maskTickers(text, urls);
  return { text: apply(text, urls), directives, blockStarts };
}

interface Line {
  start: number;
  end: number; // exclusive, before the newline
  text: string;
}

/** Lines ending in LF, CRLF or a lone CR (as VS Code reads them). */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})/;

function maskMarkdown(input: string, blockStarts: Set<number>): string {
  const ranges: Ranges = [];
  const lines = splitLines(input);
  let i = 0;
  // Front matter: a first line of --- (YAML) or +++ (TOML) up to the matching closing line.
  const fm = lines[0]?.text.trim();
  if (fm === '---' || fm === '+++') {
    const close = lines.findIndex((l, k) => k > 0 && (l.text === fm || (fm === '---' && l.text === '...')));
    if (close > 0) {
      ranges.push(lines[0].start, lines[close].end);
      i = close + 1;
    }
  }
  let fence: string | null = null;
  let previousBlank = true;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (fence) {
      ranges.push(line.start, line.end);
      if (t.trim().startsWith(fence) && t.trim().replace(/[`~]/g, '') === '') fence = null;
      continue;
    }
    const f = FENCE.exec(t);
    if (f) {
      fence = f[2];
      ranges.push(line.start, line.end);
      previousBlank = false;
      continue;
    }
    if (t.trim() === '') {
      previousBlank = true;
      continue;
    }
    // Indented code block: four spaces or a tab after a blank line.
    if (previousBlank && /^(?: {4}|\t)/.test(t)) {
      ranges.push(line.start, line.end);
      continue;
    }
    previousBlank = false;
    if (maskMarkdownLine(line, ranges, blockStarts) && lines[i + 1]) blockStarts.add(lines[i + 1].start);
  }
  const blocks = apply(input, ranges);
  return apply(blocks, maskInline(blocks));
}

/** Block markers at the start of a line: headings, quotes, list items, tables, reference definitions. */
function maskMarkdownLine(line: Line, ranges: Ranges, blockStarts: Set<number>): boolean {
  let t = line.text;
  let at = line.start;
  // Reference-style link definitions are not prose.
  if (/^ {0,3}\[[^\]]+\]:\s*\S/.test(t)) {
    ranges.push(line.start, line.end);
    return false;
  }
  // Thematic breaks and setext underlines.
  if (/^ {0,3}([-*_=])(\s*\1){2,}\s*$/.test(t)) {
    ranges.push(line.start, line.end);
    blockStarts.add(line.start);
    return true;
  }
  const heading = /^ {0,3}#{1,6}(\s|$)/.test(t);
  for (;;) {
    const m = /^(\s*)(>\s?|#{1,6}\s+|[-*+•▪]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)/.exec(t);
    if (!m) break;
    ranges.push(at + m[1].length, at + m[0].length);
    blockStarts.add(line.start);
    at += m[0].length;
    t = t.slice(m[0].length);
  }
  // Closing hashes of an ATX heading.
  const closing = /\s#+\s*$/.exec(t);
  if (closing && blockStarts.has(line.start) && /^#/.test(line.text.trimStart())) ranges.push(at + closing.index, line.end);
  // Table rows: each row is its own paragraph; pipes and the delimiter row are markup.
  if (/^\s*\|.*\|\s*$/.test(line.text) || /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(line.text)) {
    blockStarts.add(line.start);
    if (/^[\s|:-]+$/.test(line.text)) ranges.push(line.start, line.end);
    else for (let k = line.text.indexOf('|'); k >= 0; k = line.text.indexOf('|', k + 1)) ranges.push(line.start + k, line.start + k + 1);
  }
  // A heading is one line: the line after it starts a new paragraph.
  return heading;
}

/** Inline markup: code spans, images, link targets, autolinks, HTML tags, emphasis, escapes. */
function maskInline(text: string): Ranges {
  const ranges: Ranges = [];
  const mask = (re: RegExp, f: (m: RegExpMatchArray) => void) => {
    for (const m of text.matchAll(re)) f(m);
  };
  const whole = (m: RegExpMatchArray) => ranges.push(m.index!, m.index! + m[0].length);
  // Markup never spans a blank line: an unclosed backtick or tag must not swallow the paragraphs after it.
  const inParagraph = (m: RegExpMatchArray) => !/\n[ \t]*\r?\n|\r[ \t]*\r/.test(m[0]);
  if (text.includes('`')) maskCodeSpans(text, ranges);
  if (text.includes('](') || text.includes('][')) {
    // Link and image targets exclude '(' and are bounded, so a line of unclosed '[a](' stays linear.
    // Images: the whole thing, alt text included.
    mask(/!\[[^\]\n]{0,2000}\]\([^()\n]{0,2000}\)|!\[[^\]\n]{0,2000}\]\[[^\]\n]{0,2000}\]/g, whole);
    // Links: keep the text, blank the brackets and the target.
    mask(/\[([^\]\n]{0,2000})\](\([^()\n]{0,2000}\)|\[[^\]\n]{0,2000}\])/g, (m) => {
      const s = m.index!;
      ranges.push(s, s + 1, s + 1 + m[1].length, s + m[0].length);
    });
  }
  // Autolinks and HTML tags.
  if (text.includes('<')) mask(/<(?:https?:|mailto:)[^>\n]{0,2000}>|<\/?[A-Za-z][A-Za-z0-9-]{0,64}(?:\s[^<>]{0,2000})?\/?>/g, (m) => inParagraph(m) && whole(m));
  // Emphasis delimiters outside words, and backslash escapes.
  if (text.includes('*') || text.includes('_')) mask(/(?<![\p{L}\p{N}])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\p{L}\p{N}])/gu, whole);
  if (text.includes('\\')) mask(/\\(?=[\\`*_{}[\]()#+\-.!|<>~"'])/g, (m) => ranges.push(m.index!, m.index! + 1));
  return ranges;
}

/**
 * Code spans as CommonMark reads them: a run of N backticks up to the next run of exactly N, within
 * the paragraph. A lone backtick used as an apostrophe ('The company`s plan') opens nothing.
 */
function maskCodeSpans(text: string, ranges: Ranges): void {
  const runs: { at: number; n: number }[] = [];
  for (const m of text.matchAll(/`+/g)) runs.push({ at: m.index!, n: m[0].length });
  const blanks: number[] = [];
  for (const m of text.matchAll(/\n[ \t]*\r?\n|\r[ \t]*\r/g)) blanks.push(m.index!);
  // Is there a blank line between offsets a and b? (binary search in the sorted blank-line starts)
  const blankBetween = (a: number, b: number) => {
    let lo = 0;
    let hi = blanks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blanks[mid] < a) lo = mid + 1;
      else hi = mid;
    }
    return lo < blanks.length && blanks[lo] < b;
  };
  let i = 0;
  while (i < runs.length) {
    const open = runs[i];
    let close = -1;
    // Look ahead a bounded number of runs, never past a blank line.
    for (let j = i + 1; j < runs.length && j <= i + 64; j++) {
      if (blankBetween(open.at + open.n, runs[j].at)) break;
      if (runs[j].n === open.n) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      i++;
      continue;
    }
    ranges.push(open.at, runs[close].at + runs[close].n);
    i = close + 1;
  }
}
