// Deterministic pathological inputs, built from the gold corpus so they read like news copy where
// that matters. Each maker takes a size and returns the text; the scaling tests call it at N and k*N.
import { corpusSentences, corpusTexts } from './arbitraries';

/** Digits and the words that can make a figure (roughly the engine's own prefilter, kept here so the test does not reach into the engine). */
const prefilter =
  /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|lakh|crore|mn|bn|tn|dozens?|scores?|tens|half|halves|\w+ths?|thirds?|quarters?|single|couple|pair|twice|thrice|\w+fold|doubl\w*|tripl\w*|trebl\w*|quadrupl\w*|quintupl\w*|halv\w*|multi)\b/i;
/** Sentences the engine never tags (no digit, no number word): cheap filler. */
const plainSentences = corpusSentences.filter((s) => !prefilter.test(s));
/** Sentences with a figure candidate, tagged by the engine. */
const figureSentences = corpusSentences.filter((s) => prefilter.test(s) && /\d/.test(s));

/** Repeats parts (cycling) until `size` characters, joined by `sep`, cut to exactly `size`. */
function fill(parts: readonly string[], size: number, sep: string): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = parts[i % parts.length];
    out.push(p);
    length += p.length + sep.length;
  }
  return out.join(sep).slice(0, size);
}

/** Corpus prose with no newline at all: 19 figure-free sentences to one with figures (a figure about every 2 KB). */
export function noNewline(size: number): string {
  const parts: string[] = [];
  for (let i = 0; i < plainSentences.length; i++) {
    parts.push(plainSentences[i]);
    if (i % 19 === 18) parts.push(figureSentences[(i / 19) % figureSentences.length | 0]);
  }
  return fill(parts, size, ' ');
}

const corpusWords = corpusTexts.join(' ').split(/\s+/).filter(Boolean);

/**
 * One word per line, the corpus's words in order, double quotation marks left out: in Markdown the
 * lines make one paragraph, where quotations hit a known cubic loop (quadratic.test.ts).
 */
export function oneWordLines(lines: number): string {
  const words = corpusWords.map((w) => w.replace(/["“”]/g, '')).filter(Boolean);
  const out = new Array<string>(lines);
  for (let i = 0; i < lines; i++) out[i] = words[i % words.length];
  return out.join('\n');
}

/** A small seeded generator (mulberry32), so the inputs are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One paragraph of `count` numbers of mixed shapes: 42, 1,234,567, 3.5, 17%, $12.50, 7 million. */
export function numbersParagraph(count: number): string {
  const r = random(50_000);
  const int = (max: number) => Math.floor(r() * max);
  const shapes = [
    () => String(int(1000)),
    () => int(10_000_000).toLocaleString('en-US'),
    () => `${int(100)}.${int(10)}`,
    () => `${int(100)}%`,
    () => `$${int(1000)}.${String(int(100)).padStart(2, '0')}`,
    () => `${1 + int(9)} million`,
  ];
  const seps = [', ', ', ', ' ', ' and ', '; '];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(shapes[int(shapes.length)](), i < count - 1 ? seps[int(seps.length)] : '.');
  return out.join('');
}

const bareWords = corpusWords.map((w) => w.replace(/[^\p{L}\p{N}$%-]+/gu, '').toLowerCase()).filter(Boolean);

/** One sentence of `size` characters: the corpus's words, lower case, every punctuation mark removed. */
export function longSentence(size: number): string {
  return fill(bareWords, size, ' ').trimEnd();
}

const OPENERS = ['“', '"', '‘', "'", '«'];
const CLOSERS = ['”', '"', '’', "'", '»'];

/** `depth` nested quotations around one attributed figure. */
export function nestedQuotes(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += OPENERS[i % OPENERS.length];
    close = CLOSERS[i % CLOSERS.length] + close;
  }
  return `Police said ${open}40 people died${close}.`;
}

export const dollarLine = (n: number): string => '$'.repeat(n);

/** A sentence whose one figure has `digits` digits. */
export const hugeNumber = (digits: number): string => `Police said ${'7'.repeat(digits)} people died.`;
