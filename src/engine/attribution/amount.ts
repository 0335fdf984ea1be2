// The amount phrase around a figure ('about 40', 'the 525,000') and the owner of a noun
// ("the ministry's estimate"), shared by the verb, frame and hedge cue finders.
import type { Token } from '../nlp/tagger';
import { gapAfter } from '../nlp/phrases';
import { npEndingAt, type TokenRange } from './np';

/** An owner that is not a time: "last year's tally", "Friday's count" own nothing. */
export function ownerNotTime(tokens: Token[], owner: TokenRange | null): TokenRange | null {
  if (!owner) return null;
  const head = tokens[owner.last];
  // ("2017's figure of 1,793": a year is a time too.)
  const year = /^(1[89]|20)\d\d(['’]s?)?$/.test(head.text);
  return year || head.tags.has('Date') || /^(year|week|month|day|quarter|decade|season|today|yesterday|tonight)['’]?s?$/.test(head.lower) ? null : owner;
}

/** The owner of a noun: 'his' in 'his estimate', 'the ministry' in "the ministry's latest estimate". */
export function possessorBefore(tokens: Token[], k: number): TokenRange | null {
  for (let b = k - 1; b >= Math.max(0, k - 4); b--) {
    const t = tokens[b];
    if (/^(his|her|their|its|our|my)$/.test(t.lower)) return { first: b, last: b };
    if (/['’]s?$/.test(t.text) || t.tags.has('Possessive') || /^['’]s?\s*$/.test(gapAfter(tokens, b))) return npEndingAt(tokens, b);
    if (!(t.tags.has('Adjective') || t.tags.has('Noun')) || /[,;:]/.test(gapAfter(tokens, b))) return null;
  }
  return null;
}

/** Where the amount phrase holding the number at `k` starts: back over numbers, an article and modifiers ('the 525,000', 'about 40'). */
export function amountStart(tokens: Token[], k: number): number {
  let a = k;
  while (a > 0 && ((/^\s*$/.test(gapAfter(tokens, a - 1)) && (tokens[a - 1].tags.has('Value') || AMOUNT_LEAD.test(tokens[a - 1].lower) || CURRENCY_LEAD.test(tokens[a - 1].text))) || (/^\.\s*$/.test(gapAfter(tokens, a - 1)) && /^Rs$/.test(tokens[a - 1].text)))) a--;
  return a;
}
export const AMOUNT_LEAD = /^(the|a|an|about|around|some|nearly|almost|more|less|fewer|than|over|under|roughly)$/;
/** Currency words written before the digits as words of their own ('Rs 160,000 crore', 'Rs. 300', 'RM 5'). */
export const CURRENCY_LEAD = /^(Rs\.?|INR|USD|EUR|GBP|RM|Ksh|KES|PHP|Tk|Rp|RMB)$/;

/** Whether an amount starts at token k: a number, or a modifier of one ('about', 'more than', '$5'). */
export function amountAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return t.tags.has('Value') || /^(about|around|nearly|almost|roughly|some|more|less|over|under|least|most|between|just|approximately|up|\$.*|\d.*)$/.test(t.lower);
}

/**
 * 'a profit of 5 cents per share on sales of $31.9 million': the sales a per-share amount is
 * counted on belong to the same forecast. The last token of that phrase after `last`, or `last`.
 */
export function onSalesOf(tokens: Token[], last: number, end: number): number {
  // ('5 cents per share on sales', '8 cents a share profit on revenue': past the share and its noun.)
  let on = last + 1;
  if (/^(per|a)$/.test(tokens[on]?.lower ?? '') && tokens[on + 1]?.lower === 'share') on += 2;
  if (/^(profit|loss|earnings)$/.test(tokens[on]?.lower ?? '')) on++;
  if (on + 3 > end || !/^(on|with)$/.test(tokens[on].lower) || !/^(sales|revenue|revenues|turnover)$/.test(tokens[on + 1].lower) || tokens[on + 2].lower !== 'of' || !amountAt(tokens, on + 3)) return last;
  let k = on + 3;
  while (k + 1 <= end && /^\s*$/.test(gapAfter(tokens, k)) && (tokens[k + 1].tags.has('Value') || /^(million|billion|trillion|bn|m)$/.test(tokens[k + 1].lower))) k++;
  return k;
}


/**
 * '£22.5 million ($28 million)': a conversion of the amount ending at `last`, in brackets right after
 * it, is the same claim (guide section 1). The last token inside the brackets, or `last`.
 */
export function conversionAfter(tokens: Token[], last: number, end: number): number {
  if (!/^\s*\(\s*$/.test(gapAfter(tokens, last)) || !amountAt(tokens, last + 1)) return last;
  for (let k = last + 1; k <= Math.min(end, last + 5); k++) {
    // (An amount and its unit only: '(2,000 of them children)' breaks the amount down, a claim of its own.)
    const inside = tokens.slice(last + 1, k + 1);
    if (/\)/.test(gapAfter(tokens, k))) return inside.some((x) => x.tags.has('Value')) && inside.every((x) => x.tags.has('Value') || x.tags.has('Unit') || AMOUNT_LEAD.test(x.lower) || CURRENCY_LEAD.test(x.text) || /^[$€£¥]|^US\$?$/.test(x.text)) ? k : last;
    if (!/^\s*$/.test(gapAfter(tokens, k))) return last;
  }
  return last;
}
