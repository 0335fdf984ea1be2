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
      if (e > s) out.push({ start: s, end: e, text: prose.slice(s, e).replace(/[\r\n\u2028\u2029]/g, '\t') });
    }
    paraStart = -1;
  };
  let prevLen = 0;
  const breaks = /\r\n|\n|\r/g;
  let lineStart = 0;
  for (;;) {
    const m = breaks.exec(prose);
    const lineEnd = m ? m.index : prose.length;
    const len = prose.slice(lineStart, lineEnd).trim().length;
    if (len === 0) {
      flush();
    } else {
      const softWrap = markdown || (prevLen >= WRAP_MIN && prevLen <= WRAP_MAX);
      if (paraStart >= 0 && (blockStarts.has(lineStart) || !softWrap)) flush();
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = lineEnd;
    }
    prevLen = len;
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  flush();
  return out;
}
