// Direct quotations in a paragraph. A figure inside a quotation belongs to its speaker when the speaker
// is named in the same sentence, or anywhere in the paragraph for a quotation that runs on across
// sentences; 'X said:' makes the quotation X's until it closes, even into the next paragraph (guide
// section 2). Offsets here are relative to the paragraph.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quotation does not close. */
  close: number;
  closed: boolean;
}

/** Finds double quotations: curly marks pair by direction, straight ones alternate. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let curlyOpen = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      if (curlyOpen < 0) curlyOpen = i;
    } else if (c === '”') {
      if (curlyOpen >= 0) {
        out.push({ open: curlyOpen, close: i, closed: true });
        curlyOpen = -1;
      } else if (straightOpen >= 0) {
        // Mixed marks from a careless paste: “ ... " or " ... ” still pair.
        out.push({ open: straightOpen, close: i, closed: true });
        straightOpen = -1;
      }
    } else if (c === '"') {
      if (curlyOpen >= 0) {
        out.push({ open: curlyOpen, close: i, closed: true });
        curlyOpen = -1;
      } else if (straightOpen >= 0) {
        out.push({ open: straightOpen, close: i, closed: true });
        straightOpen = -1;
      } else {
        // A straight mark that closes nothing opens, unless it follows a digit (5'10" is a measure).
        if (!/\d/.test(text[i - 1] ?? '')) straightOpen = i;
      }
    }
  }
  const open = curlyOpen >= 0 ? curlyOpen : straightOpen;
  if (open >= 0) out.push({ open, close: text.length, closed: false });
  if (out.length === 0) out.push(...singleQuotes(text));
  return out.sort((a, b) => a.open - b.open);
}

/**
 * Quotations in single marks, as British papers write them ("Wenstone said: ‘HESA’s figures confirm
 * ... This is on top of a 40% decrease.’"), in a paragraph with no double quotation. The same marks
 * are apostrophes, so only a quotation that opens a paragraph or follows a colon counts, and it closes
 * at a mark right after the end of a sentence or clause (',' '.' '!' '?'), never at the apostrophe
 * of "HESA’s" or "students’".
 */
function singleQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const opener = /(^|:\s*)(['‘])(?=\p{L}|\d)/gu;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const open = m.index + m[1].length;
    const mark = m[2] === '‘' ? '’' : "'";
    let close = -1;
    for (let i = open + 1; i < text.length; i++) {
      if (text[i] === mark && /[.,!?]/.test(text[i - 1]) && (i + 1 >= text.length || /[\s)]/.test(text[i + 1]))) {
        close = i;
        break;
      }
    }
    out.push(close >= 0 ? { open, close, closed: true } : { open, close: text.length, closed: false });
    if (close < 0) break;
    opener.lastIndex = close + 1;
  }
  return out;
}

/** A quotation that is a sentence or more of speech, not a scare-quoted word or a title. */
export function isSpeech(text: string, q: QuoteSpan, sentenceStarts: Set<number>): boolean {
  if (!q.closed) return true;
  // Opens a sentence (or follows a colon), holds a sentence end, or is long enough to be speech.
  const before = text.slice(Math.max(0, q.open - 8), q.open).trimEnd();
  if (sentenceStarts.has(q.open) || before === '' || /[.:!?]$/.test(before)) return true;
  const inner = text.slice(q.open + 1, q.close);
  if (/[.!?]["”]?\s*$/.test(inner) || /[.!?]\s+\p{Lu}/u.test(inner)) return true;
  let words = 0;
  for (const _ of inner.matchAll(/\S+/g)) if (++words >= 8) return true;
  return false;
}
