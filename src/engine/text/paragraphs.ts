// Splits prose into paragraphs. A blank line always ends one. A single newline is a soft wrap in
// Markdown and in hard-wrapped text, but many plain-text drafts put each paragraph on one long line:
// line length tells the two apart, so "one paragraph per line" files keep their paragraph breaks.
export interface Paragraph {
  start: number;
  end: number;
  /** The paragraph's prose with newlines turned into spaces (same length as end - start). */
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
      if (e > s) out.push({ start: s, end: e, text: prose.slice(s, e).replace(/[\r\n\u2028\u2029]/g, ' ') });
    }
    paraStart = -1;
  };
  let lineStart = 0;
  let prevLen = 0;
  while (lineStart <= prose.length) {
    let nl = prose.indexOf('\n', lineStart);
    if (nl < 0) nl = prose.length;
    const line = prose.slice(lineStart, nl);
    const len = line.trim().length;
    if (len === 0) {
      flush();
    } else {
      const softWrap = markdown || (prevLen >= WRAP_MIN && prevLen <= WRAP_MAX);
      if (paraStart >= 0 && (blockStarts.has(lineStart) || !softWrap)) flush();
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = nl;
    }
    prevLen = len;
    if (nl >= prose.length) break;
    lineStart = nl + 1;
  }
  flush();
  return out;
}
