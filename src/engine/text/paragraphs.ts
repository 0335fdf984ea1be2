// Splits prose into paragraphs. A blank line always ends one. A single line break is a soft wrap in
// Markdown and in hard-wrapped text, but many plain-text drafts put each paragraph on one long line:
// line length tells the two apart, so "one paragraph per line" files keep their paragraph breaks.
// Line breaks are LF, CRLF or a lone CR, as VS Code reads them.
export interface Paragraph {
  start: number;
  end: number;
  /**
   * The paragraph's prose with each line-break character turned into a tab (same length as
   * end - start): whitespace to the tagger, but not the single space that can sit inside a number
   * ('2 000 jobs'), so '2\n019' is never read as one number.
   */
  text: string;
}

/** Lines in a hard-wrapped paragraph are this long; shorter lines are headings, longer ones whole paragraphs. */
const WRAP_MIN = 40;
const WRAP_MAX = 110;

/**
 * A "paragraph" longer than this (a wall of text with no line break, an export that lost its
 * paragraph marks) is analysed in blocks of at most this many characters, cut between sentences.
 * The engine keeps one paragraph's analysis in memory at a time, so this bounds memory by the block
 * rather than by the file. 'He' and 'the company' reach back across blocks as across paragraphs, and a
 * quotation carries into the next block only when that block opens with a quotation mark, as between
 * paragraphs. News paragraphs are far shorter than a block.
 */
export const BLOCK_MAX = 20_000;

/** [start, end) blocks of prose[s, e), each at most BLOCK_MAX long, cut after a sentence end where one is near. */
function blocks(prose: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  while (e - s > BLOCK_MAX) {
    const window = prose.slice(s, s + BLOCK_MAX);
    // The last sentence end ('. ' before a capital, a quote or a digit) in the second half, else the
    // last whitespace, else (no space in 10,000 characters) a hard cut.
    let cut = -1;
    const ends = /[.!?]['"”’)\]]*\s+(?=['"“‘(]?[\p{Lu}\d])/gu;
    ends.lastIndex = BLOCK_MAX / 2;
    for (let m = ends.exec(window); m; m = ends.exec(window)) cut = m.index + m[0].length;
    if (cut < 0) {
      const space = window.search(/\s\S*$/);
      cut = space > BLOCK_MAX / 2 ? space + 1 : BLOCK_MAX;
    }
    let end = s + cut;
    while (end > s && /\s/.test(prose[end - 1])) end--;
    out.push([s, end]);
    s += cut;
    while (s < e && /\s/.test(prose[s])) s++;
  }
  if (e > s) out.push([s, e]);
  return out;
}

export function splitParagraphs(prose: string, blockStarts: Set<number>, markdown: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  const flush = () => {
    if (paraStart >= 0) {
      // Trim leading and trailing blanks so offsets point at words.
      let s = paraStart;
      let e = paraEnd;
      while (s < e && /\s/.test(prose[s])) s++;
      while (e > s && /\s/.test(prose[e - 1])) e--;
      for (const [a, b] of blocks(prose, s, e)) out.push({ start: a, end: b, text: prose.slice(a, b).replace(/[\r\n\u2028\u2029]/g, '\t') });
    }
    paraStart = -1;
  };
  let prevLen = 0;
  let prevStart = 0;
  let prevEnd = 0;
  const unwrapped = !markdown && writtenUnwrapped(lines(prose));
  for (const { start: lineStart, end: lineEnd, len } of lines(prose)) {
    if (len === 0) {
      flush();
    } else {
      // ('Acacia Stock Rises 30% After Cisco Agrees to Buy It\nCisco Systems said ...': a title-case
      // line with no closing stop is a headline over the text, not a wrapped line of it.)
      // ('Investigators probe Amtrak derailment that killed 3\nFederal officials sent a team ... (a
      // whole paragraph on one line)': a line longer than any wrap width was not wrapped, so the
      // break before it ends a paragraph, unless the line before it introduces it with a colon.)
      // (In a text written a paragraph to a line, only a colon carries a sentence over a break.)
      const prevLine = prose.slice(prevStart, prevEnd);
      const colon = /:\s*$/.test(prevLine);
      const fits = len <= WRAP_MAX || colon;
      const softWrap = markdown || ((!unwrapped || colon) && prevLen >= WRAP_MIN && prevLen <= WRAP_MAX && fits && !headline(prevLine));
      // ('• Almost half ...': a bulleted line starts an item of its own in plain text too.)
      const bullet = /^\s*[•▪◦‣·]\s/.test(prose.slice(lineStart, lineEnd));
      if (paraStart >= 0 && (blockStarts.has(lineStart) || !softWrap || bullet)) flush();
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = lineEnd;
    }
    prevLen = len;
    prevStart = lineStart;
    prevEnd = lineEnd;
  }
  flush();
  return out;
}

/**
 * The text's lines, split at any line ending, each with the length of its trimmed text; one at a
 * time, so a long file's lines are never all held at once.
 */
function* lines(prose: string): Generator<{ start: number; end: number; len: number }> {
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const m = breaks.exec(prose);
    const end = m ? m.index : prose.length;
    yield { start, end, len: prose.slice(start, end).trim().length };
    if (!m) return;
    start = m.index + m[0].length;
  }
}

/**
 * A plain text whose paragraphs are written one to a line: at least two lines, and a quarter of all,
 * longer than any wrap width. Its shorter lines (a fact list, a headline) end where they end, with
 * or without a full stop ('Defence budget of Pakistan is 7% of its GDP' over 'Defence budget of
 * China is 8.1% ...').
 */
function writtenUnwrapped(all: Iterable<{ len: number }>): boolean {
  let count = 0;
  let long = 0;
  for (const { len } of all) {
    if (len > 0) count++;
    if (len > WRAP_MAX) long++;
  }
  return long >= 2 && long * 4 >= count;
}

/** A line in title case with no closing stop: most of its longer words capitalized, as headlines are written. */
function headline(line: string): boolean {
  const t = line.trim();
  if (/[.!?:;,"”'’)]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}
