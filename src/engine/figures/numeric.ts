// Reads one token as a number, if it is one. compromise's own number parsing drops modifiers, splits
// '$2 billion', misses 'SEK9' or 'GBP738' and reads '6 a.m.' as a count (see ../shared/notes), so
// the linter reads number tokens itself, from the lexicon, and uses compromise only for the words around them.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';

export type NumType = 'digits' | 'word' | 'scale' | 'approx' | 'fraction' | 'change' | 'multiplier' | 'dozen';

export interface NumTok {
  type: NumType;
  /** Numeric value where it is known (digits and number words). */
  value: number;
  currency: boolean;
  percent: boolean;
  /** Digits with no comma, decimal point, currency or suffix: could be a year, an age, an identifier. */
  plainInt: boolean;
  /** Number of digits before any decimal point, commas excluded. */
  intDigits: number;
  /** 1950s, '90s */
  decade: boolean;
  /** 11th, 2d */
  ordinal: boolean;
  /** Parts of a hyphenated digit run (16–17, 6-3-3, 1947-49), when the token is one. */
  rangeParts: string[] | null;
  /** Word glued after a hyphen: 5.3-magnitude -> magnitude, 45-year-old -> year-old. */
  compound: string | null;
  /** Scale glued to the digits: £40m, $5bn. */
  glued: string | null;
  /** Unit glued to the digits: 200mph, 7,000km, 40C. */
  gluedUnit: string | null;
  /** Spelled one to nine (or 'a single', 'twice'): a minor figure when it stands alone. */
  small: boolean;
}

const cache = new WeakMap<CompiledLexicon, RegExp>();

function digitsPattern(lex: CompiledLexicon): RegExp {
  let re = cache.get(lex);
  if (!re) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const cur = [...lex.currencySymbols, ...lex.currencyCodes, ...lex.scaledCurrencySymbols.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');
    const units = lex.gluedUnits.map(esc).join('|');
    re = new RegExp(
      `^(?<sign>[-−+~≈])?(?<cur>${cur})?\\s?(?<num>\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)` +
        `(?:(?<suf>%|pct|pc|'s|s|st|nd|rd|th|d|[mb]illion|trillion|bn|tn|mn|[kKmMbB]|x|c|p)|(?<unit>${units}))?` +
        // ('1.9p/litre', '£200/t', '$5/bu', '5%/year': a price or rate per a unit glued by a slash.)
        `(?:/(?<per>\\p{L}{1,10}))?` +
        `(?:(?<dash>[-–—])(?<rest>[^\\s]+))?$`,
      'u',
    );
    cache.set(lex, re);
  }
  return re;
}

const base = (type: NumType, value: number): NumTok => ({
  type,
  value,
  currency: false,
  percent: false,
  plainInt: false,
  intDigits: 0,
  decade: false,
  ordinal: false,
  rangeParts: null,
  compound: null,
  glued: null,
  gluedUnit: null,
  small: false,
});

/** An order of magnitude: 'double-digit' (10), 'triple-digit' (100). */
export function digitOrder(value: number): NumTok {
  return base('approx', value);
}

/** A spelled small count that is not a single number word: 'a single', 'a couple'. */
export function smallNumber(value: number): NumTok {
  return { ...base('word', value), small: true };
}

function parseDigits(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** The rest of a mixed fraction after its whole number: '2-3/4', '4-1/2%', '1-1/2-story'. */
const MIXED_FRACTION_TAIL = /^(\d+)\/(\d+)(%|-\p{L}+)?$/u;

/** A scale glued to the digits: '£40m', '$5bn', and spelled out, as pasted copy has it: '7.3million'. */
const GLUED_SCALE = /^(bn|tn|mn|[kKmMbB]|[mb]illion|trillion)$/;

/** A scale written as a word after the digits: 'N15 million'. */
const SCALE_WORD = /^(million|billion|trillion|bn|mn)$/;

/** Unicode's vulgar fractions, as in '1½ inches of rain', and their values. */
const VULGAR_FRACTIONS: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };
const WITH_VULGAR_FRACTION = /^(\d{1,3})([½⅓⅔¼¾⅕⅛⅜⅝⅞])$/u;

/** Reads a token as a number, or returns null. */
export function readNumber(tok: Token, lex: CompiledLexicon, next?: Token): NumTok | null {
  const w = tok.lower;
  if (!w) return null;
  const vulgar = WITH_VULGAR_FRACTION.exec(tok.text);
  if (vulgar) {
    const n = base('digits', Number(vulgar[1]) + VULGAR_FRACTIONS[vulgar[2]]);
    n.intDigits = vulgar[1].length;
    return n;
  }
  const c = w.charCodeAt(0);
  const digitish = (c >= 48 && c <= 57) || /^[-−+~≈]?[^\p{L}\s]{0,2}\d/u.test(tok.text) || /^[A-Z][A-Za-z]{0,2}\d/.test(tok.text) || /^[A-Z]{1,3}\$\d/.test(tok.text) || /^\$[A-Z]{1,2}\d/.test(tok.text);
  if (digitish) {
    const m = digitsPattern(lex).exec(tok.text);
    if (!m?.groups) return null;
    const g = m.groups;
    // A naira or rand sign needs a scale ('N15m', 'N15 million') or an amount no road number has
    // ('N25,000', 'R60.30', 'N500'; 'N2', 'R511' are roads).
    const minDigits = g.cur ? lex.scaledCurrencySymbols.get(g.cur) : undefined;
    if (minDigits !== undefined && !GLUED_SCALE.test(g.suf ?? '')) {
      const scaleNext = !g.suf && !!next && /^\s+$/.test(tok.post + next.pre) && SCALE_WORD.test(next.lower);
      const grouped = !!next && /^\d{3}$/.test(next.text) && tok.post + next.pre === ' ';
      const amount = !g.suf && (/[,.]/.test(g.num) || g.num.length >= minDigits || grouped);
      if (!scaleNext && !amount) return null;
    }
    // ('two 3s', 'nine 3s': a digit in the plural is a kind of shot or note, not an amount; '24-7' is
    // round the clock.)
    if (g.suf === 's' && /^\d$/.test(g.num) && !g.cur) return null;
    if (/^24[-–]7$/.test(tok.text)) return null;
    // '353c', '35.5c': cents, with two digits or a decimal ('5c' may be a label).
    if (g.suf === 'c' && (g.cur || !(g.num.length >= 2 || g.num.includes('.')))) return null;
    // ('21p a week', 'rises by 20p': pence, written so in British copy; '1080p' and '720p' are screens.)
    // ('27.05p/litre': the pence of a price may have decimals; the whole part is short.)
    if (g.suf === 'p' && (g.cur || g.num.split('.')[0].length > 3 || /^(144|240|360|480|576|720)$/.test(g.num))) return null;
    const n = base('digits', parseDigits(g.num));
    n.currency = !!g.cur || g.suf === 'c' || g.suf === 'p';
    // ('7pc', '7.5pct': per cent glued to the digits, as British and financial copy writes it.)
    n.percent = g.suf === '%' || g.suf === 'pc' || g.suf === 'pct';
    n.intDigits = g.num.split('.')[0].replace(/,/g, '').length;
    if (g.suf === 's' || g.suf === "'s") n.decade = /^\d{2,4}$/.test(g.num) && /0$/.test(g.num);
    if (g.suf && /^(st|nd|rd|th|d)$/.test(g.suf)) n.ordinal = true;
    if (g.suf && GLUED_SCALE.test(g.suf)) n.glued = g.suf.toLowerCase();
    if (g.unit) n.gluedUnit = g.unit;
    let end: Record<string, string> | null;
    if (g.dash && g.rest) {
      // '0.45-0.56C': a range with a unit glued to its end.
      const unitEnd = lex.gluedUnits.find((u) => g.rest.endsWith(u) && /\d$/.test(g.rest.slice(0, -u.length)));
      if (unitEnd && /^\d[\d,.]*(?:[-–—]\d[\d,.]*)*$/.test(g.rest.slice(0, -unitEnd.length))) {
        n.rangeParts = [g.num, ...g.rest.slice(0, -unitEnd.length).split(/[-–—]/)];
        n.gluedUnit = unitEnd;
      } else if (/^\d[\d,.]*(?:[-–—]\d[\d,.]*)*%?$/.test(g.rest)) {
        n.rangeParts = [g.num, ...g.rest.replace(/%$/, '').split(/[-–—]/)];
        if (g.rest.endsWith('%')) n.percent = true;
      } else if ((end = scaledRangeEnd(g, lex))) {
        // '$5-$7', '£3bn-£4bn', '$3-4bn', '10%-20%': the second end repeats the sign or carries the
        // scale; the figure is one range in the first end's currency and the scale of either end.
        n.rangeParts = [g.num, end.num];
        if (!n.glued && end.suf && GLUED_SCALE.test(end.suf)) n.glued = end.suf.toLowerCase();
        if (end.suf === '%') n.percent = true;
        if (end.cur || end.suf === 'p' || end.suf === 'c') n.currency = true;
      } else if (MIXED_FRACTION_TAIL.test(g.rest) && !g.cur) {
        const [, num, den, tail] = MIXED_FRACTION_TAIL.exec(g.rest)!;
        if (Number(den) === 0 || Number(num) >= Number(den)) return null;
        n.value += Number(num) / Number(den);
        if (tail === '%') n.percent = true;
        else if (tail) n.compound = tail.slice(1).toLowerCase();
      } else if (/^(to|and|or|by)-\d+$/i.test(g.rest)) {
        // '3-to-3', '2-and-2': a score or count written with words.
        n.rangeParts = [g.num, g.rest.split('-')[1]];
      } else if (DASHED_FUNCTION_WORD.test(g.rest)) {
        // ('on Dec. 18-an unbelievable 150% spike': a dash glued between the number and a function
        // word is punctuation, not a compound.)
      } else if (/^\p{L}/u.test(g.rest)) n.compound = g.rest.toLowerCase();
      else return null;
    }
    n.plainInt = !g.cur && !g.suf && !g.unit && !g.sign && !g.dash && /^\d+$/.test(g.num);
    return n;
  }
  if (w.includes('-') && /^\p{L}/u.test(w)) return readHyphenatedWord(w, lex);
  const small = lex.small.get(w);
  if (small !== undefined) return { ...base('word', small), small: true };
  const word = lex.numberWords.get(w);
  if (word !== undefined) return base('word', word);
  const scale = lex.scales.get(w);
  if (scale !== undefined && w.length > 2) return base('scale', scale);
  if (lex.approximate.has(w)) return base('approx', 0);
  if (lex.dozen.has(w)) return base('dozen', w === 'dozen' ? 12 : 20);
  const frac = lex.fractions.get(w);
  if (frac !== undefined) return base('fraction', 1 / frac);
  if (lex.changes.has(w)) return base('change', 0);
  if (lex.multipliers.has(w)) return { ...base('multiplier', 0), small: w === 'twice' || w === 'thrice' };
  return null;
}

/**
 * The second end of a range glued by a dash whose ends carry a currency sign, a scale or a percent
 * sign of their own ('$20m' in '$10m-$20m', '$1bn' in '$500m-$1bn'), or null. Ends of different
 * currencies, or a percent and a scale, are no range; an end with an ordinal or plural suffix is no amount.
 */
function scaledRangeEnd(g: Record<string, string>, lex: CompiledLexicon): Record<string, string> | null {
  const e = digitsPattern(lex).exec(g.rest)?.groups;
  if (!e || e.sign || e.dash || e.unit || !(e.cur || e.suf)) return null;
  // ('23-24p/litre': pence or cents too.)
  const amountSuffix = (suf: string | undefined) => !suf || suf === '%' || suf === 'p' || suf === 'c' || GLUED_SCALE.test(suf);
  if (!amountSuffix(g.suf) || !amountSuffix(e.suf)) return null;
  if (e.cur && g.cur && e.cur !== g.cur) return null;
  if (e.cur && !g.cur) return null;
  if (g.suf && e.suf && (g.suf === '%') !== (e.suf === '%')) return null;
  return e;
}

/**
 * Function words that a dash may glue to a number as punctuation ('on Dec. 18-an unbelievable 150%
 * spike'): after one the number has no compound unit.
 */
export const DASHED_FUNCTION_WORD = /^(a|an|the|and|or|but|as|in|on|at|to|of|for|with|this|that|it)$/i;

/** A hyphenated word compromise kept whole: 'twenty-five', 'two-thirds', 'five-foot', 'multi-million-dollar'. */
function readHyphenatedWord(w: string, lex: CompiledLexicon): NumTok | null {
  const parts = w.split('-');
  if (parts[0] === 'multi' && parts[1] && lex.scales.has(parts[1])) {
    return { ...base('approx', 0), compound: parts.length > 2 ? parts.slice(2).join('-') : null };
  }
  const head = lex.numberWords.get(parts[0]);
  if (head === undefined) return null;
  let value = head;
  let k = 1;
  // twenty-five, forty-two
  if (head >= 20 && head < 100 && parts[1] && lex.small.has(parts[1])) {
    value += lex.small.get(parts[1])!;
    k = 2;
  }
  const rest = parts.slice(k);
  if (rest.length === 0) return base('word', value);
  const frac = lex.fractions.get(rest[0]);
  // 'thirty-eighth' is an ordinal; 'two-thirds' a fraction.
  if (frac !== undefined && rest.length === 1 && (head >= 20 || k === 2)) return null;
  // ('the twenty-first annual games': 'first' and 'second' are ordinals that are no fractions.)
  if (head >= 20 && k === 1 && rest.length === 1 && /^(first|second)$/.test(rest[0])) return null;
  if (frac !== undefined && rest.length === 1) return base('fraction', value / frac);
  const n = base('word', value);
  n.small = k === 1 && lex.small.has(parts[0]);
  n.compound = rest.join('-');
  return n;
}

/** The value of a number and the scales after it: '3.5 billion' -> 3,500,000,000. */
const GLUED_VALUES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };

export function valueOf(nums: NumTok[]): number {
  // ('£2.19m': a glued scale counts as a written one.)
  let v = (nums[0]?.value ?? 0) * (GLUED_VALUES[nums[0]?.glued ?? ''] ?? 1);
  for (const n of nums.slice(1)) if (n.type === 'scale') v *= n.value;
  return v;
}
