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
  return out.sort((a, b) => a.open - b.open);
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
