// Finds the figures of one tagged sentence (guide section 1): the number with its modifiers and
// unit, ranges and ratios as one figure, lists as several. What is not a figure (dates, times,
// durations, ages, ordinals, identifiers) is decided in ./exclusions.ts.
import type { CompiledLexicon } from '../../lexicon';
import type { FigureKind } from '../types';
import type { Token } from '../nlp/tagger';
import { cleanGap, gapAfter, indexOf } from '../nlp/phrases';
import { DASHED_FUNCTION_WORD, digitOrder, readNumber, smallNumber, valueOf, type NumTok } from './numeric';
import { excludedAs } from './exclusions';

export type UnitType = 'percent' | 'currency' | 'measure' | 'time' | 'compound' | null;

/** A figure under construction, in token indexes (inclusive). */
export interface Candidate {
  first: number;
  coreFirst: number;
  coreLast: number;
  last: number;
  nums: NumTok[];
  unit: UnitType;
  unitWord: string | null;
  modifier: string | null;
  merged: 'range' | 'ratio' | 'rate' | null;
}

export interface FoundFigure {
  first: number;
  last: number;
  kind: FigureKind;
  minor: boolean;
}

const RANGE_JOINERS = new Set(['to', '-', '–', '—', 'or']);

/** A change verb up to six words before token `k` (the word right before 'from'; a verb there is checked apart), with only its object (no amount, no punctuation) between. */
function changeVerbBeforeObject(tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  // ('increased the number of live matches it will show from 38 to 42': the object may hold a relative clause.)
  for (let i = k; i >= Math.max(0, k - 12); i--) {
    const t = tokens[i];
    // ('reduce the city's spending plan for fiscal year 2025 from ...': a year in the object is no amount.)
    const year = /^(19|20)\d\d$/.test(t.text);
    if (!cleanGap(tokens, i) || (t.tags.has('Value') && !year) || /^(rang(e|es|ed|ing)|var(y|ies|ied|ying)|spann?(s|ed|ing)?)$/.test(t.lower)) return false;
    // ('The plan cut spending from ...': compromise may make a verb between two nouns a noun.)
    const verbBetweenNouns = i > 0 && tokens[i - 1].tags.has('Noun') && !tokens[i - 1].tags.has('Value') && tokens[i + 1]?.tags.has('Noun') && /^(cut|cuts)$|\p{Ll}ed$/u.test(t.text);
    if (i < k && lex.changeVerbs.has(t.lower) && (t.tags.has('Verb') || verbBetweenNouns)) return true;
  }
  return false;
}

export function findFigures(tokens: Token[], lex: CompiledLexicon): FoundFigure[] {
  const nums: (NumTok | null)[] = tokens.map((t, i) => readNumber(t, lex, tokens[i + 1]));
  const out: FoundFigure[] = [];
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const c = parseCandidate(tokens, nums, i, lex);
    if (!c) {
      i++;
      continue;
    }
    candidates.push(c);
    i = c.last + 1;
  }
  // Ranges, ratios and rates join two numbers into one figure.
  const joined: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    let c = candidates[k];
    while (k + 1 < candidates.length) {
      const merged = tryJoin(tokens, c, candidates[k + 1], lex);
      if (!merged) break;
      c = merged;
      k++;
    }
    joined.push(c);
  }
  for (const c of joined) {
    if (excludedAs(tokens, nums, c, lex)) continue;
    // ('the mid-90s': the prefix glued to a decade is part of the reading.)
    const mid = c.nums[0]?.decade && c.first > 0 && /^(mid|upper|lower)$/.test(tokens[c.first - 1].lower) && gapAfter(tokens, c.first - 1) === '-';
    out.push({ first: mid ? c.first - 1 : c.first, last: c.last, kind: kindOf(c), minor: isMinor(c, tokens) });
  }
  return out;
}

function kindOf(c: Candidate): FigureKind {
  if (c.unit === 'currency' || c.nums.some((n) => n.currency)) return 'money';
  if (c.unit === 'percent' || c.nums.some((n) => n.percent)) return 'percent';
  if (c.merged === 'ratio' || c.merged === 'rate' || c.nums.some((n) => n.type === 'fraction')) return 'ratio';
  if (c.nums.some((n) => n.type === 'change' || n.type === 'multiplier')) return 'change';
  // (A decade left standing is a temperature, 'the mid-90s': the exclusions took every other as a date or an age.)
  if (c.unit === 'measure' || c.unit === 'compound' || c.unit === 'time' || c.nums.some((n) => n.decade)) return 'measure';
  if (c.nums.some((n) => n.type === 'approx') || (c.nums.some((n) => n.type === 'dozen') && c.nums.length === 1)) return 'approximate';
  if (c.modifier && /^(several|a few|many)$/.test(c.modifier) && c.nums.some((n) => n.type === 'scale')) return 'approximate';
  return 'count';
}

/** One to nine spelled out, 'a single', 'a couple', 'twice': minor (guide section 1). Ratios, money and percentages never are. */
function isMinor(c: Candidate, tokens: Token[]): boolean {
  if (c.merged === 'ratio' || c.merged === 'rate') return false;
  if (c.unit === 'currency' || c.unit === 'percent') return false;
  const core = c.nums;
  if (core.some((n) => n.type === 'fraction' || n.type === 'scale' || n.type === 'approx' || n.type === 'digits' || n.type === 'dozen')) return false;
  if (core.every((n) => n.small)) return true;
  // 'a single', 'a couple', 'a pair'
  const words = tokens.slice(c.coreFirst, c.coreLast + 1).map((t) => t.lower).join(' ');
  return /^(a )?(single|couple|pair)$/.test(words);
}

const isWord = (t: Token | undefined, ...ws: string[]) => !!t && ws.includes(t.lower);

/** Words that make a sentence one about temperature, where '40C' is a reading. */
const TEMPERATURE = /^(temperatures?|heat|heatwaves?|warm|warmer|warmest|warming|warmed|warms|hot|hotter|hottest|cold|colder|coldest|cool|cooler|coolest|cooling|freezing|scorching|sweltering|degrees?|celsius|fahrenheit|thermometers?|climate|weather)$/;

/**
 * Words after which a number with C or F is a reading: 'hit 104F', 'a high of 31C', 'soared to 45C',
 * and a form of be after 'it' ('It was 40C in Madrid'; 'The gate was 2F' is a name).
 */
const READING = /^(hit|hits|hitting|reached|reach|reaches|reaching|topped|tops|exceeded|exceeds|exceeding|touched|touching|peaked|of)$/;

function readingBefore(tokens: Token[], first: number, lex: CompiledLexicon): boolean {
  const prev = tokens[first - 1];
  if (!prev || !/^\s*$/.test(prev.post + tokens[first].pre)) return false;
  if (READING.test(prev.lower)) return true;
  if (/^(was|is)$/.test(prev.lower) && /^it$/i.test(tokens[first - 2]?.text ?? '')) return true;
  return prev.lower === 'to' && !!tokens[first - 2] && lex.levelChangeVerbs.has(tokens[first - 2].lower);
}

/** The number core starting at token i, with its unit and left modifiers, or null. */
function parseCandidate(tokens: Token[], nums: (NumTok | null)[], i: number, lex: CompiledLexicon): Candidate | null {
  const core = parseCore(tokens, nums, i, lex);
  if (!core) return null;
  let { first, last } = core;
  const c: Candidate = { first, coreFirst: first, coreLast: last, last, nums: core.nums, unit: null, unitWord: null, modifier: null, merged: null };
  // A glued compound (5.3-magnitude, 45-year-old) carries its own unit.
  const lastNum = nums[last];
  if (lastNum?.compound) {
    c.unit = lex.timeUnits.has(lastNum.compound.split('-')[0]) ? 'time' : 'compound';
    c.unitWord = lastNum.compound;
  } else if (lastNum?.gluedUnit) {
    // '40C' is a temperature only in a sentence about temperature ('seat 12C', 'Terminal 2F' are not).
    // ('keep 1.5C in play': with a decimal it is a temperature anywhere.)
    // ('It was 40C in Madrid', 'a high of 31C': so is one that a verb of reading or 'of' leads to.)
    if (/^[CF]$/.test(lastNum.gluedUnit) && !/\d\.\d/.test(tokens[last].text) && !tokens.some((t) => TEMPERATURE.test(t.lower)) && !readingBefore(tokens, first, lex)) return null;
    c.unit = 'measure';
    c.unitWord = lastNum.gluedUnit;
  } else if (!lastNum?.percent) readUnit(tokens, c, lex);
  // ('the five percent or more predicted by analysts', '$100 or so': an open end is the amount's
  // modifier, as 'more than' before it is; 'or more than 40' opens a second amount.)
  if (tokens[c.last + 1]?.lower === 'or' && /^(more|less|fewer|so|higher|lower|greater|above|over)$/.test(tokens[c.last + 2]?.lower ?? '') && cleanGap(tokens, c.last) && cleanGap(tokens, c.last + 1) && !/^(than|of)$/.test(tokens[c.last + 3]?.lower ?? '') && !tokens[c.last + 3]?.tags.has('Value')) c.last += 2;
  // Left modifiers: 'more than', 'about', 'an estimated', a currency sign or code standing apart.
  for (let rounds = 0; rounds < 2; rounds++) {
    const m = indexOf(lex.modifiers).matchEndingAt(tokens, c.first - 1);
    if (!m || !cleanGap(tokens, c.first - 1)) break;
    // 'the rate ticked up to 5 percent': 'up' is the verb's particle, not 'up to' (at most).
    // ('brought about more than 7,500 layoffs': likewise 'about'.)
    const lead = tokens[m.start - 1];
    const leadClean = !!lead && cleanGap(tokens, m.start - 1);
    const verb = leadClean && !lead.tags.has('Noun') ? lead.lower : '';
    if ((m.phrase === 'up to' && lex.upParticleVerbs.has(verb)) || (m.phrase === 'about' && lex.aboutParticleVerbs.has(verb))) break;
    // 'the Park Service estimated 400,000 people': after its subject 'estimated' is the verb, a
    // cue, not the attributive 'an estimated'.
    // ('The agency, which estimated 300 deaths': after a relative pronoun too.)
    if (lex.cueForms.has(m.phrase) && leadClean && (lead.tags.has('Noun') || lead.tags.has('ProperNoun') || lead.tags.has('Pronoun') || lead.tags.has('Acronym') || /^(which|who|that)$/.test(lead.lower)) && !lead.tags.has('Determiner')) break;
    c.modifier = c.modifier ? `${m.phrase} ${c.modifier}` : m.phrase;
    c.first = m.start;
  }
  const before = tokens[c.first - 1];
  // ('the magnitude-5.9 quake': wire copy glues the scale to its reading.)
  const glued = !!before && before.lower === 'magnitude' && gapAfter(tokens, c.first - 1) === '-';
  // ('Rs. 5.5 crore': a currency sign with its abbreviation's full stop.)
  const dotted = !!before && /^\.\s+$/.test(gapAfter(tokens, c.first - 1)) && lex.currencySymbols.includes(`${before.text}.`);
  if (before && (cleanGap(tokens, c.first - 1) || glued || dotted)) {
    if (lex.currencyCodes.has(before.text) || lex.currencySymbols.includes(before.text) || dotted) {
      c.first--;
      c.unit ??= 'currency';
    } else if (before.lower === 'magnitude' && c.nums[0]?.type === 'digits') {
      c.first--;
      c.unit = 'measure';
      c.unitWord = 'magnitude';
    }
  }
  return c;
}

interface Core {
  first: number;
  last: number;
  nums: NumTok[];
}

/** The number itself: digits, number words, 'a hundred', 'dozens', 'a third', 'doubled', 'twice'. */
function parseCore(tokens: Token[], nums: (NumTok | null)[], i: number, lex: CompiledLexicon): Core | null {
  const t = tokens[i];
  const n = nums[i];
  const next = tokens[i + 1];
  const nextNum = nums[i + 1];
  // 'a hundred', 'a dozen', 'a third of', 'a score of', 'a single', 'a couple of', 'a half'
  if (t.lower === 'a' || t.lower === 'an') {
    if (!next || !cleanGap(tokens, i)) return null;
    if (nextNum && (nextNum.type === 'scale' || nextNum.type === 'dozen')) {
      // 'a score of states' counts; 'by a score of 5 to 3' is a game's score.
      if (nextNum.type === 'dozen' && next.lower === 'score' && ((!isWord(tokens[i + 2], 'of') && !isPrecededByModifier(tokens, i, lex)) || nums[i + 3])) return null;
      return extendWords(tokens, nums, i, i + 1, lex);
    }
    // 'a half-million', 'a quarter-million dollars': a count, not a fraction.
    const ofScale = fractionOfScale(tokens, nums, i + 1, i) ?? fractionOfPoint(tokens, nums, i + 1);
    if (ofScale) return ofScale;
    if (nextNum?.type === 'fraction' && fractionRole(tokens, i + 1, lex)) return { first: i, last: ofAPercent(tokens, i + 1), nums: [nextNum] };
    if (next.lower === 'single' || next.lower === 'couple' || next.lower === 'pair') {
      return { first: i, last: i + 1, nums: [smallNumber(next.lower === 'single' ? 1 : 2)] };
    }
    return null;
  }
  // ('a double-digit pay increase', 'triple-digit heat', 'single-digit growth': an order of magnitude.)
  const order = ['single', 'double', 'triple'].indexOf(t.lower);
  // ('moved to double digits' without the hyphen stays unread, as earlier reviews had it.)
  if (order >= 0 && gapAfter(tokens, i) === '-' && /^digits?$/.test(next?.lower ?? '')) return { first: i, last: i + 1, nums: [digitOrder(10 ** order)] };
  // 'multi-million-dollar', 'multibillion'
  if (t.lower === 'multi' && gapAfter(tokens, i) === '-' && nextNum?.type === 'scale') return { first: i, last: i + 1, nums: [{ ...nextNum, type: 'approx' }] };
  // ('a multimillion budget deficit', 'a multibillion-dollar deal': the same word written solid.)
  const solid = /^multi(million|billion|trillion)$/.exec(t.lower);
  if (solid) {
    const scale = readNumber({ ...t, text: solid[1], lower: solid[1] }, lex, next);
    if (scale?.type === 'scale') return { first: i, last: i, nums: [{ ...scale, type: 'approx' }] };
  }
  if (!n) return null;
  switch (n.type) {
    case 'digits':
      return extendDigits(tokens, nums, i, lex);
    case 'word':
    case 'scale':
      if (n.type === 'scale' && i > 0 && nums[i - 1]) return null;
      return extendWords(tokens, nums, i, i, lex);
    case 'approx': {
      // 'tens' only counts in 'tens of thousands'.
      if (t.lower === 'tens' && !(isWord(next, 'of') && nums[i + 2]?.type === 'approx')) return null;
      // ('scores' only in 'scores of', or of people counted as casualties: 'leaving scores dead',
      // 'scores were injured'; 'test scores', 'he scores twice' are not counts.)
      if (t.lower === 'scores' && !isWord(next, 'of') && !scoresOfPeople(tokens, i)) return null;
      // 'hundreds of thousands'
      if (isWord(next, 'of') && (nums[i + 2]?.type === 'approx' || nums[i + 2]?.type === 'scale') && cleanGap(tokens, i) && cleanGap(tokens, i + 1)) {
        return { first: i, last: i + 2, nums: [n, nums[i + 2]!] };
      }
      return { first: i, last: i, nums: [n] };
    }
    case 'dozen':
      // A bare 'dozen'/'score' only after a number (two dozen) is handled by extendWords.
      // ('a few dozen migrants', 'several dozen', 'Another dozen cases': an approximate count.)
      if (t.lower === 'dozen' && /^(few|several|another)$/.test(tokens[i - 1]?.lower ?? '') && cleanGap(tokens, i - 1)) {
        const a = tokens[i - 1].lower === 'few' && /^(a|the)$/.test(tokens[i - 2]?.lower ?? '') && cleanGap(tokens, i - 2) ? i - 2 : i - 1;
        return { first: a, last: i, nums: [n] };
      }
      return null;
    case 'fraction':
      // ('two thirds' is read from the number word; 'a third' above.)
      // ('the remaining third said they were undecided': the rest of a group, as a subject.)
      if (/^(thirds?|quarters?|fifths?)$/.test(t.lower) && /^(other|remaining)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'the' && sharesSubjectVerb(next, lex) && next.lower !== 'was' && next.lower !== 'is') return { first: i - 2, last: i, nums: [n] };
      return fractionOfScale(tokens, nums, i) ?? fractionOfPoint(tokens, nums, i) ?? (t.lower === 'half' || t.lower === 'halves' ? halfCore(tokens, nums, i, lex) : null);
    case 'change':
      return { first: i, last: i, nums: [n] };
    case 'multiplier':
      return multiplierCore(tokens, i, n);
  }
  return null;
}

/** 'jumped 141 percent' ending at `i`: a change verb, then an amount, with nothing but spaces between. */
function changeAmountBefore(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  let k = i;
  while (k > 0 && i - k < 5 && /^\s*$/.test(gapAfter(tokens, k - 1)) && !lex.changeVerbs.has(tokens[k - 1].lower)) {
    if (!tokens[k].tags.has('Value') && !/^(percent|per|cent|percentage|points?|pc|pct|%|by|nearly|almost|about|some|more|than|over|roughly|around)$/.test(tokens[k].lower)) return false;
    k--;
  }
  return k > 0 && k < i + 1 && lex.changeVerbs.has(tokens[k - 1]?.lower ?? '') && /^\s*$/.test(gapAfter(tokens, k - 1)) && tokens.slice(k, i + 1).some((t) => t.tags.has('Value') || /\d/.test(t.text));
}

/** 'half-million', 'quarter-billion': a fraction hyphened to a scale is a count (from `first`, an article before it). */
function fractionOfScale(tokens: Token[], nums: (NumTok | null)[], i: number, first = i): Core | null {
  const frac = nums[i];
  const scale = nums[i + 1];
  // ('nearly a half billion dollars' is written with a space too.)
  if (!frac || frac.type !== 'fraction' || !scale || scale.type !== 'scale' || !/^(-|\s+)$/.test(gapAfter(tokens, i))) return null;
  return { first, last: i + 1, nums: [{ ...scale, type: 'word', value: frac.value * scale.value }] };
}

/**
 * 'a quarter-point cut', 'by another quarter point', 'a half-point hike': a share of a rate's point
 * is a change of rate, whole ('a third-party', 'the first half' stay apart).
 */
function fractionOfPoint(tokens: Token[], nums: (NumTok | null)[], i: number): Core | null {
  const frac = nums[i];
  if (!frac || frac.type !== 'fraction' || !/^(half|quarter|three-quarters?)$/.test(tokens[i].lower) || !/^(-|\s+)$/.test(gapAfter(tokens, i))) return null;
  // ('In the first half points were scarce': a half of a game.)
  if (/^(the|first|second|third|fourth|final|last|other|opening|each)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  const unit = tokens[i + 1]?.lower === 'percentage' && cleanGap(tokens, i + 1) ? i + 2 : i + 1;
  if (!/^points?$/.test(tokens[unit]?.lower ?? '')) return null;
  return { first: i, last: unit, nums: [frac] };
}

/**
 * 'a tenth of a percent', 'half of one per cent', 'a quarter of a percentage point': the unit a
 * fraction measures is part of the figure (a percent amount, not a share of something). The last
 * token of the unit after the fraction at `i`, or `i`.
 */
function ofAPercent(tokens: Token[], i: number): number {
  if (tokens[i + 1]?.lower !== 'of' || !/^(a|one)$/.test(tokens[i + 2]?.lower ?? '') || !cleanGap(tokens, i) || !cleanGap(tokens, i + 1) || !cleanGap(tokens, i + 2)) return i;
  const u = i + 3;
  if (/^(percent|pc)$/.test(tokens[u]?.lower ?? '')) return u;
  if (tokens[u]?.lower === 'per' && /^cent$/.test(tokens[u + 1]?.lower ?? '') && cleanGap(tokens, u)) return u + 1;
  if (tokens[u]?.lower === 'percentage' && /^points?$/.test(tokens[u + 1]?.lower ?? '') && cleanGap(tokens, u)) return u + 1;
  return i;
}

function isPrecededByModifier(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  return !!indexOf(lex.modifiers).matchEndingAt(tokens, i - 1);
}

/** A verb whose subject may be a share of a group ('Half said no', 'A third were undecided'): lexicon data. */
function sharesSubjectVerb(t: Token | undefined, lex: CompiledLexicon): boolean {
  return !!t && lex.shareSubjectVerbs.has(t.lower);
}

/** 'third', 'quarter', 'fourth' as fractions: 'a third of', 'two-thirds', not 'a third term'. */
function fractionRole(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  const after = tokens[i + 1];
  // 'a fourth-quarter charge', 'a third-party vendor': an ordinal in a compound.
  if (after && /^[-–]$/.test(gapAfter(tokens, i))) return false;
  if (!after || !cleanGap(tokens, i)) return true;
  if (/^(of|the|that|this|those|these|its|his|her|their|our|my|more|less|fewer|as)$/.test(after.lower)) return true;
  // ('A third were undecided', 'a quarter said they would leave': a share of a group as the subject
  // of a verb that takes a plural; 'A third remarked' and 'a third was arrested' are a third person.)
  // ('More than a third said yes', 'and a quarter were undecided': after 'more than' or a conjunction too.)
  const opens = i < 2 || /[.;:,]\s*$/.test(gapAfter(tokens, i - 2)) || /^(and|but|while|whereas)$/.test(tokens[i - 2].lower) || (tokens[i - 2].lower === 'than' && /^(more|less)$/.test(tokens[i - 3]?.lower ?? ''));
  if (after.lower !== 'was' && after.lower !== 'is' && sharesSubjectVerb(after, lex) && opens) return true;
  // ('increased by a third to 10,285', 'up by more than a quarter', 'were up a third on last year':
  // a change by a share.)
  const before = tokens[i - 2]?.lower ?? '';
  if (/^(by|up|down)$/.test(before) || (before === 'than' && /^(more|less)$/.test(tokens[i - 3]?.lower ?? '') && /^(by|up|down)$/.test(tokens[i - 4]?.lower ?? ''))) return true;
  // ('Roughly a third went to ...': after an approximation.)
  if (/^(about|nearly|almost|roughly|approximately|around|some)$/.test(tokens[i - 2]?.lower ?? '')) return true;
  // 'less than a third funded', 'is only a third built': a share of something done ('A third
  // remarked' is a third person).
  const lead = tokens[i - 2]?.lower ?? '';
  return /ed$/.test(after.lower) && (after.tags.has('PastTense') || after.tags.has('Participle')) && !after.tags.has('Noun') && /^(than|about|nearly|almost|only|just|roughly|around|over|under|is|was|are|were|be|been)$/.test(lead);
}

/** 'half the salary', 'half of the budget', 'his half of the prize'; not 'second half', 'half-time', 'half an hour'. */
function halfCore(tokens: Token[], nums: (NumTok | null)[], i: number, lex: CompiledLexicon): Core | null {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // ('one and a half' is read elsewhere; 'and half the budget' is a figure.)
  // ('the other half were given standard therapy': the rest of a group counted before, as a subject.)
  const restSubject = !!prev && /^(other|remaining)$/.test(prev.lower) && tokens[i - 2]?.lower === 'the' && sharesSubjectVerb(next, lex);
  if (prev && /^(first|second|third|fourth|last|latter|final|other|remaining)$/.test(prev.lower) && !restSubject) return null;
  if (prev && prev.lower === 'and' && nums[i - 2]) return null;
  // ('Removals fell by half', 'rose by more than half': a change by a share.)
  if (prev && /^(by|than)$/.test(prev.lower) && /^(fell|rose|dropped|declined|increased|decreased|grew|climbed|jumped|slid|shrank|cut|reduced|more|less)$/.test(tokens[i - 2]?.lower ?? '') && (!next || !cleanGap(tokens, i) || /^(in|to|from|on|since|over|last|this)$/.test(next.lower))) return { first: i, last: i, nums: [nums[i]!] };
  // ('entitled to just over half.', 'more than half, the ministry said': after an approximation, a
  // share that ends its clause.)
  const approximated = !!prev && /^(about|nearly|almost|roughly|over|under|around|approximately|than)$/.test(prev.lower);
  if (approximated && (!next || /^\s*[,;.:)]/.test(gapAfter(tokens, i)))) return { first: i, last: i, nums: [nums[i]!] };
  if (!next) return null;
  if (gapAfter(tokens, i) === '-') return null;
  // 'half a million'
  if (isWord(next, 'a') && nums[i + 2]?.type === 'scale') return { first: i, last: i + 2, nums: [nums[i]!, nums[i + 2]!] };
  if (!cleanGap(tokens, i)) return null;
  if (/^(a|an)$/.test(next.lower)) {
    const unit = tokens[i + 2];
    // ('or half a percentage point': a share of a rate's unit, whole.)
    if (unit?.lower === 'percentage' && /^points?$/.test(tokens[i + 3]?.lower ?? '') && cleanGap(tokens, i + 1) && cleanGap(tokens, i + 2)) return { first: i, last: i + 3, nums: [nums[i]!] };
    // ('half an hour', 'half a century' are durations, 'half a percent' a share of a unit; 'half a
    // mile' is a measure, read from the unit below, and 'half a dozen' a count.)
    if (unit && (lex.timeUnits.has(unit.lower) || /^(century|percent|point)$/.test(unit.lower))) return null;
    if (unit?.lower === 'dozen' && cleanGap(tokens, i + 1)) return { first: i, last: i + 2, nums: [smallNumber(6)] };
    if (unit && lex.measures.some((m) => m === unit.lower) && cleanGap(tokens, i + 1)) return { first: i, last: i + 1, nums: [nums[i]!] };
  }
  if (/^(of|the|a|an|that|this|its|his|her|their|our|my|those|these|what|as|again)$/.test(next.lower) || next.tags.has('Possessive') || next.tags.has('Value')) {
    return { first: i, last: i, nums: [nums[i]!] };
  }
  // ('about half for burglary and larceny involved persons under 18', 'Half were injured': after an
  // approximation, or as a subject before its verb, half of something counted before.)
  const lead = tokens[i - 1]?.lower ?? '';
  // ('Half said no', 'Half got the drug': any verb of a group's share, as its subject.)
  if (/^(about|nearly|almost|roughly|only|just|over|under|around|some|approximately)$/.test(lead) || restSubject || (sharesSubjectVerb(next, lex) && (i === 0 || /[,;:.]\s*$/.test(gapAfter(tokens, i - 1)) || /^(and|but|while)$/.test(lead)))) {
    return { first: i, last: i, nums: [nums[i]!] };
  }
  return null;
}

/** The multiples that are verbs too: 'double', 'triple'. */
const MULTIPLE_VERB = /^(double|triple|treble|quadruple)$/;

/**
 * 'The number is nearly double since 2019', 'costs were triple.': a multiple at i as the predicate
 * of 'be', with no noun after it ('a double room', 'is double digits' are not); or '..., a 10% rise
 * on the previous year and nearly double since September 2019': a second change coordinated with
 * an amount, measured since a time.
 */
function predicateMultiple(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  let j = i - 1;
  while (j >= i - 2 && j > 0 && /^(nearly|almost|roughly|about|around|now|more|than)$/.test(tokens[j].lower)) j--;
  const lead = tokens[j];
  const copula = !!lead && /^(is|was|are|were|be|been|being)$/.test(lead.lower);
  const coordinated = !!lead && /^(and|or)$/.test(lead.lower) && /^(since|from|on|compared)$/.test(next?.lower ?? '') && tokens.slice(Math.max(0, i - 10), i).some((x) => x.tags.has('Value'));
  const predicate = !next || !cleanGap(tokens, i) || next.tags.has('Preposition') || next.tags.has('Conjunction') || next.tags.has('Date');
  return (copula || coordinated) && predicate;
}

/** 'twice as many', 'about double the', 'triple that'. */
function multiplierCore(tokens: Token[], i: number, n: NumTok): Core | null {
  const next = tokens[i + 1];
  const t = tokens[i].lower;
  if (/fold$/.test(t)) return { first: i, last: i, nums: [n] };
  // ('Prices would double by 2030', 'is expected to more than triple.': the verb after a modal, 'to'
  // or 'more than'; not the phrasal 'double down', nor the adjective in 'move to double digits'.)
  const prev = tokens[i - 1];
  if (prev && cleanGap(tokens, i - 1) && /^(will|would|could|can|may|might|should|must|to|than)$/.test(prev.lower) && MULTIPLE_VERB.test(t) && !/^(down|up|back|over|as)$/.test(next?.lower ?? '') && !(prev.lower === 'to' && /^(digits?|figures)$/.test(next?.lower ?? ''))) return { first: i, last: i, nums: [n] };
  // ('it could cost us double', 'they pay triple': a price multiplied, after a verb of paying.)
  const payer = prev && /^(us|them|him|her|you|me|taxpayers|residents)$/.test(prev.lower) ? tokens[i - 2] : prev;
  if (MULTIPLE_VERB.test(t) && payer && /^(cost|costs|costing|pay|pays|paid|paying|charge|charges|charged|earn|earns|earned)$/.test(payer.lower)) return { first: i, last: i, nums: [n] };
  if (MULTIPLE_VERB.test(t) && predicateMultiple(tokens, i)) return { first: i, last: i, nums: [n] };
  if (!next) return t === 'twice' || t === 'thrice' ? { first: i, last: i, nums: [n] } : null;
  if (t === 'twice' || t === 'thrice') return { first: i, last: i, nums: [n] };
  // ('roughly double those of last year': a demonstrative in the plural too.)
  if (/^(the|that|those|these|its|his|her|their|this|what|as)$/.test(next.lower) && cleanGap(tokens, i)) return { first: i, last: i, nums: [n] };
  return null;
}

/** Digits, then a scale word (1.5 million), then 'and a half'. */
function extendDigits(tokens: Token[], nums: (NumTok | null)[], i: number, _lex: CompiledLexicon): Core {
  let last = i;
  const list: NumTok[] = [nums[i]!];
  // A space as thousands separator: '2 000 jobs', '48 000 staff', 'R600 000'.
  const t0 = tokens[i];
  const group = /^[^\d\s]{0,3}\d{1,3}$/;
  while (group.test(tokens[last].text) && /^\d{3}$/.test(tokens[last + 1]?.text ?? '') && gapAfter(tokens, last) === ' ' && group.test(t0.text)) {
    list[0] = { ...list[0], value: list[0].value * 1000 + Number(tokens[last + 1].text), plainInt: false };
    last++;
  }
  // A mixed fraction written with a space: '2 1/2 percent', '1 1/2 inches of rain'.
  const fraction = /^(\d+)\/(\d+)$/.exec(tokens[last + 1]?.text ?? '');
  if (last === i && /^\d+$/.test(t0.text) && fraction && gapAfter(tokens, last) === ' ' && Number(fraction[1]) < Number(fraction[2])) {
    list[0] = { ...list[0], value: list[0].value + Number(fraction[1]) / Number(fraction[2]), plainInt: false };
    last++;
  }
  // ('lasted 3 and a half years': digits and a half, as 'three and a half' in words.)
  if (last === i && /^\d+$/.test(t0.text) && tokens[last + 1]?.lower === 'and' && tokens[last + 2]?.lower === 'a' && /^(half|quarter)$/.test(tokens[last + 3]?.lower ?? '') && cleanGap(tokens, last) && cleanGap(tokens, last + 1) && cleanGap(tokens, last + 2)) {
    list[0] = { ...list[0], value: list[0].value + (tokens[last + 3].lower === 'half' ? 0.5 : 0.25), plainInt: false };
    last += 3;
  }
  while (last + 1 < tokens.length && cleanGap(tokens, last)) {
    const nn = nums[last + 1];
    if (nn && (nn.type === 'scale' || (nn.type === 'dozen' && tokens[last + 1].lower === 'dozen'))) {
      list.push(nn);
      last++;
      continue;
    }
    break;
  }
  return { first: i, last, nums: list };
}

/** Number words: 'twenty-five', 'one hundred and twenty', 'four thousand', 'nine and a half', 'one and two thirds'. */
function extendWords(tokens: Token[], nums: (NumTok | null)[], first: number, at: number, _lex: CompiledLexicon): Core {
  const list: NumTok[] = [];
  let last = first;
  for (let k = first; k <= at; k++) if (nums[k]) list.push(nums[k]!);
  last = at;
  for (;;) {
    if (last + 1 >= tokens.length) break;
    const gap = gapAfter(tokens, last);
    const clean = /^\s*$/.test(gap);
    const hyphen = gap === '-' || gap === '–';
    const nt = tokens[last + 1];
    const nn = nums[last + 1];
    // ('for the first time in eight quarters': quarters of a year are a period; 'three quarters of
    // the passengers' a fraction.)
    const period = nn?.type === 'fraction' && clean && nt.lower === 'quarters' && !/^(of|to|or)$/.test(tokens[last + 2]?.lower ?? '');
    if ((clean || hyphen) && nn && !period && (nn.type === 'word' || nn.type === 'scale' || nn.type === 'dozen' || nn.type === 'fraction')) {
      // 'two thirds' is a fraction; 'thirty-eighth' an ordinal.
      const prevValue = nums[last]?.value ?? 0;
      if (nn.type === 'fraction' && prevValue >= 20 && nums[last]?.type === 'word') {
        list.push({ ...nn, ordinal: true });
        last++;
        break;
      }
      list.push(nn);
      last++;
      continue;
    }
    // 'and' inside a number: 'one hundred and twenty', 'nine and a half', 'one and two thirds'
    // ('a five-and-a-half-year contract': the same written with hyphens.)
    const hyphens = hyphen && nt.lower === 'and' && ['-', '–'].includes(gapAfter(tokens, last + 1)) && tokens[last + 2]?.lower === 'a' && ['-', '–'].includes(gapAfter(tokens, last + 2)) && nums[last + 3]?.type === 'fraction';
    if (hyphens) {
      list.push(nums[last + 3]!);
      last += 3;
      continue;
    }
    if (clean && nt.lower === 'and' && cleanGap(tokens, last + 1)) {
      const a = nums[last + 2];
      const b = tokens[last + 2];
      const prevIsScale = nums[last]?.type === 'scale';
      if (b?.lower === 'a' && nums[last + 3]?.type === 'fraction' && cleanGap(tokens, last + 2)) {
        list.push(nums[last + 3]!);
        last += 3;
        continue;
      }
      if (a && a.type === 'word' && nums[last + 3]?.type === 'fraction' && cleanGap(tokens, last + 2)) {
        list.push(a, nums[last + 3]!);
        last += 3;
        continue;
      }
      if (a && a.type === 'word' && prevIsScale) {
        list.push(a);
        last += 2;
        continue;
      }
    }
    break;
  }
  return { first, last, nums: list };
}

/** Units after the number: %, per cent, dollars, miles, light-years, and hyphenated compounds (a 40-foot wall). */
function readUnit(tokens: Token[], c: Candidate, lex: CompiledLexicon): void {
  const at = c.last + 1;
  const t = tokens[at];
  if (!t) return;
  const gap = gapAfter(tokens, c.last);
  if (gap === '-' || gap === '–') {
    // A hyphenated compound: '900-student', 'five-foot', 'multi-million-dollar', 'two-year'.
    let end = at;
    while (end + 1 < tokens.length && gapAfter(tokens, end) === '-' && /^\p{L}/u.test(tokens[end + 1].text)) end++;
    const word = tokens
      .slice(at, end + 1)
      .map((x) => x.lower)
      .join('-');
    if (!/^\p{L}/u.test(word)) return;
    // ('on Dec. 18-an unbelievable 150% spike': a dash before a lone function word is punctuation.)
    if (DASHED_FUNCTION_WORD.test(word) && end === at && /^\s+$/.test(gapAfter(tokens, end)) && !tokens[end + 1]?.tags.has('Value') && tokens[end + 1]?.lower !== 'side') return;
    // ('Six-in-10 Americans', 'one-in-five': the first side of a ratio written with hyphens.)
    if (/^(in|out-of)$/.test(word) && gapAfter(tokens, end) === '-' && /^(\d|one|two|three|four|five|six|seven|eight|nine|ten|hundred)/i.test(tokens[end + 1]?.text ?? '')) return;
    c.last = end;
    c.unitWord = word;
    // ('the twenty-first annual games', split at the hyphen: a spelled ordinal.)
    if (/^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.test(word) && c.nums[0]?.type === 'word') c.nums = [{ ...c.nums[0], ordinal: true }];
    c.unit = lex.timeUnits.has(word.split('-')[0]) ? 'time' : 'compound';
    return;
  }
  if (!/^\s*$/.test(gap)) return;
  // A capitalized word is a name, not a unit ('4911 Miles Dr.'), unless the unit itself has a capital ('Earth days').
  const capital = /^\p{Lu}\p{Ll}/u.test(t.text);
  const tryList = (list: string[], unit: UnitType) => {
    const m = indexOf(list).matchAt(tokens, at);
    if (!m) return false;
    // ('Leaps 30 Percent in India': a headline capitalizes the percent too; no name is 'Percent'.)
    // ('35 Celsius', '95 Fahrenheit': the scales of temperature are names that are units.)
    if (capital && !m.phrase.startsWith('earth ') && !(unit === 'percent' && /^(percent|per cent)$/.test(m.phrase)) && !/^(celsius|fahrenheit)$/.test(m.phrase)) return false;
    // 'a 4-0 won-lost record': a unit word glued to another word is not a unit.
    if (gapAfter(tokens, at + m.length - 1) === '-') return false;
    c.last = at + m.length - 1;
    c.unit = unit;
    c.unitWord = m.phrase;
    return true;
  };
  if (tryList(lex.percentUnits, 'percent')) {
    // 'points' and 'point' count as a percent-like unit only after a number: 'three points higher'.
    if (c.unitWord === 'points' || c.unitWord === 'point') c.unit = 'measure';
    return;
  }
  // 'US dollars', 'U.S. dollars'
  if ((t.text === 'US' || t.text === 'U.S.') && tokens[at + 1] && /^dollars?$/.test(tokens[at + 1].lower) && cleanGap(tokens, at)) {
    c.last = at + 1;
    c.unit = 'currency';
    c.unitWord = 'dollars';
    return;
  }
  if (tryList(lex.currencyWords, 'currency')) return;
  if (lex.currencyCodes.has(t.text)) {
    c.last = at;
    c.unit = 'currency';
    c.unitWord = t.text;
    return;
  }
  if (tryList(lex.measures, 'measure')) return;
  // ('cut rates by 0.50 of a percentage point': a share of a percent or point, as 'a tenth of a percent'.)
  if (t.lower === 'of' && c.nums.length === 1 && c.nums[0].value > 0 && c.nums[0].value < 1) {
    const unit = ofAPercent(tokens, at - 1);
    if (unit > at - 1) {
      c.last = unit;
      c.unit = 'percent';
      c.unitWord = tokens.slice(at + 2, unit + 1).map((x) => x.lower).join(' ');
      return;
    }
  }
  // ('39.1 C was provisionally recorded', 'crack the 40 C mark': a temperature's letter after a
  // space, in a sentence that speaks of heat or cold.)
  if (/^[CF]$/.test(t.text) && !/^\s*\./.test(gapAfter(tokens, at)) && c.nums.length === 1 && tokens.some((x) => TEMPERATURE_WORDS.test(x.lower))) {
    c.last = at;
    c.unit = 'measure';
    c.unitWord = t.text;
    return;
  }
  // ('1,000 times higher', 'about seven times more likely', 'four times as many': a multiple before
  // a comparison keeps its word; 'three times a week' is a frequency, read elsewhere.)
  const after = tokens[at + 1];
  if (t.lower === 'times' && after && cleanGap(tokens, at) && (/^(more|less|fewer|as|greater|higher|lower|larger|smaller|bigger|faster|slower|likelier|cheaper|costlier|stronger|deadlier|worse|better)$/.test(after.lower) || (after.tags.has('Comparative') && !after.tags.has('Noun')))) {
    c.last = at;
    return;
  }
  // ('75,000 rounds of artillery ammunition': rounds of a contest are few; many rounds are shots.)
  // ('18 rounds of talks', '14 rounds of sanctions': rounds of something are events counted, not
  // the length of a bout.)
  // ('several dozen rounds were fired': an approximate dozen counts shots too.)
  if (/^rounds$/.test(t.lower) && (c.nums[0]?.value >= 20 || c.nums[0]?.type === 'dozen' || c.nums[0]?.type === 'approx' || tokens[at + 1]?.lower === 'of')) return;
  if (lex.timeUnits.has(t.lower)) {
    c.last = at;
    c.unit = 'time';
    c.unitWord = t.lower;
    return;
  }
  // ('for two consecutive months', 'three straight quarters', 'for two more years', 'the past two
  // school years': a time unit after such a word is still one.)
  const unitAfter = tokens[at + 1];
  if (/^(consecutive|straight|successive|more|additional|further|extra|school|fiscal|academic|calendar|financial|full|whole)$/.test(t.lower) && unitAfter && lex.timeUnits.has(unitAfter.lower) && !/^rounds?$/.test(unitAfter.lower) && cleanGap(tokens, at)) {
    c.last = at + 1;
    c.unit = 'time';
    c.unitWord = unitAfter.lower;
    return;
  }
  // 'three day hearing': a number, a time unit used attributively.
  return;
}

/** Joins two neighbouring candidates into a range, ratio or rate, or returns null. */
function tryJoin(tokens: Token[], a: Candidate, b: Candidate, lex: CompiledLexicon): Candidate | null {
  const between = tokens.slice(a.last + 1, b.first).map((t) => t.lower);
  const allClean = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!cleanGap(tokens, k)) return false;
    return true;
  };
  const bHasOwnModifier = b.first !== b.coreFirst;
  // ('Arrivals nearly quadrupled to 178,200': a multiplying change and the level it reached.)
  if (a.nums.every((n) => n.type === 'change')) return null;
  // ('could double to 6.6 million by 2050', 'is set to triple to $24 million': a multiplier used as a
  // verb, after a modal or 'to', and the level it reaches.)
  const verbMultiple = a.first === a.last && /^(double|triple|quadruple|halve)$/.test(tokens[a.first].lower) && /^(will|would|could|can|may|might|should|must|to)$/.test(tokens[a.first - 1]?.lower ?? '');
  if (verbMultiple) return null;
  // Range: '$2,400 to $3,100', '48 to 74 percent', 'five to six million', 'between $5 and $7 billion', '4 to 3'.
  if (between.length === 1 && !bHasOwnModifier && allClean(a.last, b.first)) {
    const j = between[0];
    const aBetween = a.modifier?.endsWith('between') ?? false;
    if (RANGE_JOINERS.has(j) || (j === 'and' && aBetween)) {
      // 'increased from three to four' is a change (two figures); 'ranged from $2,400 to $3,100' and
      // 'could receive from 1 to 15 years' are one range.
      // ('fell by another 47,000 to 1.1 million': 'another' stands between the preposition and the change.)
      const from = tokens[a.first - 1]?.lower === 'another' ? tokens[a.first - 2] : tokens[a.first - 1];
      if (from?.lower === 'from' && lex.changeVerbs.has(tokens[a.first - 2]?.lower ?? '')) return null;
      // ('saw a decline of $1.7 million to $60.8 million': a change noun's amount, then the level, each
      // with its own unit; 'a cut of 10 million to 15 million barrels' shares one, a range.)
      if (j === 'to' && from?.lower === 'of' && (!!a.unit || a.nums.some((n) => n.currency)) && tokens[a.first - 1] === from && lex.changeVerbs.has(tokens[a.first - 2]?.lower ?? '') && tokens[a.first - 2].tags.has('Noun')) return null;
      // ('raised starting teacher pay from $52,000 to $52,250', 'reduced the incidence of heart
      // attacks from 7.5 percent to 5.3 percent': the verb's object may stand between.)
      if (from?.lower === 'from' && tokens[a.first - 1] === from && changeVerbBeforeObject(tokens, a.first - 2, lex)) return null;
      // ('rose by 1 per cent, from 310,195 to 312,010': the change verb may stand a few words back.)
      // ('would triple — from $8 million to $24 million —': or a dash, after a change verb or a multiple.)
      if (from?.lower === 'from' && /,\s*$|^\s*[—–]\s*$|^\s+-\s+$/.test(gapAfter(tokens, a.first - 2)) && tokens.slice(Math.max(0, a.first - 10), a.first - 1).some((t) => lex.changeVerbs.has(t.lower) || lex.changes.has(t.lower) || /^(triple|double|quadruple)$/.test(t.lower))) return null;
      // ('jumped 141 percent from 104 to 251': or with the change's own amount between, no comma.)
      if (from?.lower === 'from' && tokens[a.first - 1] === from && changeAmountBefore(tokens, a.first - 2, lex)) return null;
      // 'from 64 in 2014 to 65', 'since January 2009 to $17 billion': a year after a time word is a
      // date, not the first end of a range.
      if (isSpanOfYears(a) || isSpanOfYears(b)) return null;
      if (isYearLike(a) && from && (/^(in|since|of|during|until|through|from)$/.test(from.lower) || lex.months.has(from.lower.replace(/\.$/, '')))) return null;
      // 'advanced 7.19 to 687.87': by how much, then to what level - two figures. 'rose 5 to 10 percent'
      // stays a range: its ends are of one size.
      const bMuchLarger = amountOf(b) >= 5 * Math.max(amountOf(a), 1e-9);
      if (j === 'to' && lex.changeVerbs.has(from?.lower ?? '') && (bMuchLarger || priceMove(tokens, a, b))) return null;
      // 'rose by 0.25 percentage points to 5.5%': 'by' marks the change; the level is a second figure.
      // ('raised its benchmark rate by 0.25 percentage points to 5.5%': the verb may stand a few words back.)
      // (A range of changes has ends of one kind and size: 'cut by 5 to 10 percent' stays one figure;
      // 'reduced by $395,000 to $2,461,000' and 'reduced by 1841 to 4 per cent' do not.)
      const av = a.nums[0].value;
      // ('rise by 2.21C to 2.38C': two ends of one measure, of one size, are a range of changes.)
      const oneMeasure = a.unit === 'measure' && b.unit === 'measure' && (a.unitWord ?? '').toLowerCase() === (b.unitWord ?? '').toLowerCase() && !bMuchLarger;
      const changeThenLevel = !oneMeasure && (!!a.unit || a.nums.some((n) => n.percent) || bMuchLarger || (Number.isInteger(av) && av >= 1800 && av <= 2100));
      if (j === 'to' && from?.lower === 'by' && changeThenLevel && tokens.slice(Math.max(0, a.first - 7), a.first - 1).some((t) => lex.changeVerbs.has(t.lower))) return null;
      // 'five or six' is one estimate, and so is 'about 10 or 12'; '$286 million or 36 cents' two figures.
      const estimate = /(about|around|some|roughly|perhaps|maybe|nearly|approximately)$/.test(a.modifier ?? '') && a.nums.every((n) => n.type === 'digits' && n.plainInt) && b.nums.every((n) => n.type === 'digits' && n.plainInt) && !a.unit;
      if (j === 'or' && !estimate && !(a.nums.every((n) => n.type === 'word') && b.nums.every((n) => n.type === 'word' || n.type === 'scale'))) return null;
      // The two ends must measure the same thing: '5% to 50%', '48 to 74 percent'; not '1 percent to $2.74 billion'.
      const ua = unitClass(a);
      const ub = unitClass(b);
      if (ua && ub && ua !== ub) return null;
      if (ua && !ub && ua !== 'time') return null;
      // ('between 100 and 1000 fatalities': after a smaller count, 1000 is no year.)
      if (isYearLike(b) && !(aBetween && amountOf(a) < 1000)) return null;
      if (a.unit === 'time' && !b.unit) return null;
      // ('deteriorated by one percentage point to 19 percent': points of change, then a level.)
      if (a.unitWord && b.unitWord && /points?$/.test(a.unitWord) !== /points?$/.test(b.unitWord)) return null;
      return { ...a, last: b.last, nums: [...a.nums, ...b.nums], unit: b.unit ?? a.unit, unitWord: b.unitWord ?? a.unitWord, merged: 'range' };
    }
  }
  // '$10 million-$20 million', '10 million-20 million euros': a range written with a dash between
  // two scaled amounts (the tagger splits the dash out of 'million-$20').
  if (between.length === 0 && !bHasOwnModifier && /^[-–—]$/.test(gapAfter(tokens, a.last)) && lex.scales.has(tokens[a.last].lower) && /^[$£€]?\d/.test(tokens[b.first].text)) {
    const ua = unitClass(a);
    const ub = unitClass(b);
    if (!ua || !ub || ua === ub) return { ...a, last: b.last, nums: [...a.nums, ...b.nums], unit: b.unit ?? a.unit, unitWord: b.unitWord ?? a.unitWord, merged: 'range' };
  }
  // '14 extra points in 15 tries', '30 completions in 56 attempts': a success ratio.
  if (!a.unit && !bHasOwnModifier && !b.unit && allClean(a.last, b.first) && between.length >= 2 && between.length <= 3 && between[between.length - 1] === 'in' && /^(tries|attempts|at-bats|games|starts|shots|chances|trips|tosses|appearances|outings|races|bouts|fights|matches)$/.test(tokens[b.last + 1]?.lower ?? '') && !/^(tries|attempts)$/.test(between[0])) {
    return { ...a, last: b.last + 1, nums: [...a.nums, ...b.nums], merged: 'ratio' };
  }
  // '14 arrests for every 100 burglaries', 'seven for every 100 crimes': a rate. (After a number
  // the word before 'for' is its noun, whatever compromise tagged it.)
  if (!a.unit && !bHasOwnModifier && allClean(a.last, b.first) && /^(\p{L}+ )?(for|in) (every|each)$/u.test(between.join(' ')) && (between.length === 2 || !tokens[a.last + 1].tags.has('Preposition'))) {
    return { ...a, last: b.last, nums: [...a.nums, ...b.nums], merged: 'ratio' };
  }
  const countLike = (c: Candidate) => !c.unit && c.nums.every((n) => (n.type === 'word' || n.type === 'digits') && !n.percent && !n.currency);
  // ('Six-in-10', 'one-in-five': a ratio in one hyphenated word.)
  const hyphened = between.join(' ') === 'in' && gapAfter(tokens, a.last) === '-' && gapAfter(tokens, b.first - 1) === '-';
  if (hyphened && countLike(a) && !b.unit && !bHasOwnModifier && amountOf(a) <= amountOf(b)) return { ...a, last: b.last, nums: [...a.nums, ...b.nums], merged: 'ratio' };
  // Ratio: 'seven of the eight', 'two out of three', 'one in five', '12 of the 15 members'.
  if (countLike(a) && !bHasOwnModifier && !b.unit && b.nums.every((n) => n.type === 'word' || n.type === 'digits' || n.type === 'scale') && allClean(a.last, b.first)) {
    const j = between.join(' ');
    // 'one of the three' counts nothing (guide section 1); 'seven of the eight' is a proportion.
    const bareOne = a.nums.length === 1 && tokens[a.coreFirst].lower === 'one' && !a.modifier;
    // 'two of 1961', '101,000 in 2024': a year is not the other side of a ratio.
    // ("12 of the country's 18 states": with a possessive too.)
    // ('11 of their first 13 games': an ordinal word of the whole may stand between.)
    // ('stood at 387 in 15 states': a part larger than its whole is two counts.)
    const partOfWhole = amountOf(a) <= amountOf(b);
    // ('Eight out of our 11', '19 times out of 20': an owner or 'times' may stand between.)
    if ((/^(of|of the|of its|of their|(times )?out of|out of (the|our|its|their|his|her|my|your)|in|in a|in every|in each)$/.test(j) || /^of the \S+['’]s$/.test(j) || /^of (the|its|their|his|her|our) (first|last|past|previous|next)$/.test(j)) && partOfWhole && !(bareOne && j.startsWith('of')) && !isYearLike(b) && !isSpanOfYears(b)) {
      return { ...a, last: b.last, nums: [...a.nums, ...b.nums], merged: 'ratio' };
    }
    // 'one person in a hundred', '14 arrests for every 100 burglaries', 'seven for every 100 crimes'
    const rateWords = [...between, ...(/^(a|every|each)$/.test(tokens[b.first].lower) ? [tokens[b.first].lower] : [])];
    if (rateWords.length === 3 && /^(in a|in every|in each)$/.test(rateWords.slice(1).join(' ')) && tokens[a.last + 1].tags.has('Noun')) {
      return { ...a, last: b.last, nums: [...a.nums, ...b.nums], merged: 'ratio' };
    }
  }
  // Rate: '18.9 deaths per 100,000 people'.
  if (!bHasOwnModifier && allClean(a.last, b.first) && between.length <= 3 && between[between.length - 1] === 'per' && between.slice(0, -1).every((w, k) => tokens[a.last + 1 + k].tags.has('Noun'))) {
    let last = b.last;
    const unit = tokens[last + 1];
    if (unit && unit.tags.has('Noun') && cleanGap(tokens, last) && !lex.timeUnits.has(unit.lower)) last++;
    return { ...a, last, nums: [...a.nums, ...b.nums], merged: 'rate' };
  }
  return null;
}

/** The amount a candidate's numbers spell: '1.1 million' is 1,100,000 ('1.1' then the scale). */
/**
 * 'gained 65 cents to $26.60', 'fell $10.14 to $23.80': a price moving by an amount to a level. Cents
 * before dollars, or two prices to the cent, are a change and a level; a range of prices is
 * written in round amounts ('$1 to $2 a gallon').
 */
function priceMove(tokens: Token[], a: Candidate, b: Candidate): boolean {
  const text = (c: Candidate) => tokens.slice(c.first, c.last + 1).map((t) => t.text).join(' ');
  const cents = (c: Candidate) => /^\d+(\.\d+)?\s*(c|cents?|p|pence)$/i.test(text(c));
  const toTheCent = (c: Candidate) => /^[$€£]\d[\d,]*\.\d\d$/.test(text(c));
  return (cents(a) && toTheCent(b)) || (toTheCent(a) && toTheCent(b));
}

function amountOf(c: Candidate): number {
  return valueOf(c.nums);
}

/** What a candidate measures, for joining ranges: percent, currency, time, a measure unit, or nothing. */
function unitClass(c: Candidate): string | null {
  if (c.unit === 'percent' || c.nums.some((n) => n.percent)) return 'percent';
  if (c.unit === 'currency' || c.nums.some((n) => n.currency)) return 'currency';
  if (c.unit === 'time') return 'time';
  if (c.unit) return `unit:${c.unitWord}`;
  return null;
}

/** An academic or fiscal year written as a span: '2013-14', '2014/15', '2019-2020'. */
function isSpanOfYears(c: Candidate): boolean {
  const parts = c.nums[0]?.rangeParts;
  return c.nums.length === 1 && !c.unit && !!parts && parts.length === 2 && /^(1[89]|20)\d\d$/.test(parts[0]) && /^(\d\d|(1[89]|20)\d\d)$/.test(parts[1]);
}

/** A bare four-digit number that reads as a year (1000-2099). */
function isYearLike(c: Candidate): boolean {
  const n = c.nums[0];
  return c.nums.length === 1 && !c.unit && !c.modifier && n.type === 'digits' && n.plainInt && n.intDigits === 4 && n.value >= 1000 && n.value <= 2099;
}

/** Casualty words after a bare 'scores' that make it a count of people ('scores dead', 'scores were injured'). */
const CASUALTY_AFTER = /^(dead|killed|injured|wounded|hurt|missing|arrested|detained|displaced|homeless)$/;

/** 'leaving scores dead', 'Scores were injured': a bare 'scores' that counts people, not results. */
function scoresOfPeople(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // ('He scores', 'Kane scores dead-ball goals': after a subject, 'scores' is the verb.)
  const prev = tokens[i - 1];
  if (!next || !cleanGap(tokens, i) || (prev && (prev.tags.has('Pronoun') || prev.tags.has('ProperNoun')) && !prev.tags.has('Possessive'))) return false;
  if (/^\s*-/.test(gapAfter(tokens, i + 1))) return false;
  if (CASUALTY_AFTER.test(next.lower)) return !/^(test|exam|credit|high|low|the|their|his|her|its|average|top)$/.test(tokens[i - 1]?.lower ?? '');
  return /^(were|have|had)$/.test(next.lower) && cleanGap(tokens, i + 1) && (CASUALTY_AFTER.test(tokens[i + 2]?.lower ?? '') || (/^(been)$/.test(tokens[i + 2]?.lower ?? '') && CASUALTY_AFTER.test(tokens[i + 3]?.lower ?? '')));
}

/** Words that make a lone 'C' or 'F' after a number a temperature's scale. */
const TEMPERATURE_WORDS = /^(temperatures?|degrees?|heat|heatwaves?|celsius|fahrenheit|hottest|coldest|warmest|thermometers?|mercury|record|records|weather|warm|hot|cold|freezing)$/;
