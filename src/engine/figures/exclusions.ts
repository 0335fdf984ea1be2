// Numbers that are not figures (guide section 1): dates, times, durations, ages, ordinals, numbers
// inside names and identifiers, list markers, and number words that count nothing. Each test reads
// the words around the number; each returns the reason, which the tests and the debugger can show.
import type { CompiledLexicon } from '../../lexicon';
import type { Token } from '../nlp/tagger';
import { cleanGap, gapAfter } from '../nlp/phrases';
import { isVerb } from '../attribution/np';
import { valueOf, type NumTok } from './numeric';
import type { Candidate } from './recognize';

export type Exclusion =
  | 'date'
  | 'time'
  | 'year'
  | 'duration'
  | 'age'
  | 'ordinal'
  | 'identifier'
  | 'address'
  | 'phone'
  | 'list-marker'
  | 'system'
  | 'non-count';

const CAP_BEFORE = /\b(maximum|minimum|max|min|up to|at most|no more than|not more than|cap|capped at|limit|limited to|faces?|facing|could (receive|get|face)|punishable by|carr(y|ies|ied|ying)|penalty of|penalties of|restricted to|ceiling of|floor of|mandatory)\b/;
/**
 * A cap word that governs the amount right after it: 'a maximum of', 'capped at', 'faces', 'limit
 * of', 'maximum stay of', 'mandatory minimum sentence of'. ('maximum disruption over five days', 'the
 * price cap announcement three months ago': a cap word further back in the clause governs nothing.)
 */
const CAP_NEAR = new RegExp(`${CAP_BEFORE.source}(?: (?:\\S+ ){0,2}(?:of|at|to|is|was|are|were|from))?(?: (?:a|an|the))?(?: (?:up to|more than|over))?$`);
const CAP_AFTER = /^(is|was|are|were) (the )?(maximum|minimum|limit|cap|most|least)/;
const HAVE = /^(has|have|had|having|given|gets|got|get|allowed|allotted)$/;

const lowerAt = (tokens: Token[], i: number) => tokens[i]?.lower ?? '';
const capitalized = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/** Words of a title: capitalized, numbers, or the small words titles keep in lower case. */
const TITLE_SMALL = /^(of|the|a|an|and|or|in|on|at|to|for|by|with|from|&)$/;

/** The words from token `from` reach a closing quotation mark within a few words, each a title's. */
function titleUpToQuote(tokens: Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    const t = tokens[i];
    if (!capitalized(t) && !/^\d/.test(t.text) && !TITLE_SMALL.test(t.lower)) return false;
    if (/["”]/.test(gapAfter(tokens, i))) return true;
  }
  return false;
}

export function excludedAs(tokens: Token[], nums: (NumTok | null)[], c: Candidate, lex: CompiledLexicon): Exclusion | null {
  const core = c.nums;
  const first = core[0];
  const coreTok = tokens[c.coreFirst];
  const prev = tokens[c.first - 1];
  const prevClean = prev ? cleanGap(tokens, c.first - 1) : false;
  const next = tokens[c.last + 1];
  const nextClean = next ? cleanGap(tokens, c.last) : false;
  const single = c.coreFirst === c.coreLast && !c.merged;
  const bare = single && !c.modifier && !c.unit;

  // 'the highest rate per 100,000 population': the base of a rate, where no count stands before
  // 'per' (with one it is a rate: '143 per one lakh people').
  if (prev && prevClean && prev.lower === 'per' && !c.modifier) return 'non-count';
  // Ordinals: 11th, 2d, and spelled ordinals that reached here.
  if (core.some((n) => n.ordinal)) return 'ordinal';
  // ('at one point', guide section 1: a moment, not a count.)
  if (coreTok.lower === 'one' && lowerAt(tokens, c.coreLast + 1) === 'point' && lowerAt(tokens, c.first - 1) === 'at' && !c.modifier) return 'time';
  // ('thousands of years ago', 'millions of years ago': a time expression, however large.)
  if (first.type === 'approx' && lowerAt(tokens, c.last + 1) === 'of' && lex.timeUnits.has(lowerAt(tokens, c.last + 2)) && lowerAt(tokens, c.last + 3) === 'ago') return 'time';
  // A number in a quoted title: '"77 Sunset Strip"', '"Ocean's 11"'. A quotation that opens with a
  // number is speech, not a title, when its words run on in lower case ('"Ten National Rapid
  // Response Teams have been deployed," the agency said').
  const opensQuote = /["“]\s*$/.test(gapAfter(tokens, c.first - 1) + coreTok.pre);
  const closesQuote = /^[,.]?["”]/.test(gapAfter(tokens, c.last));
  // ('“Halo 3”', '“Ocean’s 11”': a title of a capitalized word and a number; '“About 40,” he said' is speech.)
  const titleWord = !!prev && /["“]\s*$/.test((c.first >= 2 ? gapAfter(tokens, c.first - 2) : '') + prev.pre) && !prev.tags.has('Value') && !lex.modifiers.some((m) => m.split(' ')[0] === prev.lower) && first.plainInt;
  if (bare && ((opensQuote && next && capitalized(next) && nextClean && titleUpToQuote(tokens, c.last + 1)) || (closesQuote && prev && capitalized(prev) && prevClean && (!isSentenceStart(tokens, c.first - 1) || titleWord)))) return 'identifier';
  // Names made of a number and a capital: '4-H club', 'G-7' aside, 'B-52' is handled as an identifier.
  if (/^\d+-\p{Lu}$/u.test(coreTok.text) || (c.unit === 'compound' && /^[a-z]$/.test(c.unitWord ?? '') && /^\p{Lu}$/u.test(tokens[c.last].text))) return 'identifier';
  // ('The price doubles every year': a present-tense change after a common noun; 'two doubles and a
  // single', 'hit doubles', 'Robinson doubles again' are base hits.)
  if (first.type === 'change' && /s$/.test(coreTok.lower) && !(prev && prevClean && /^\p{Ll}/u.test(prev.text) && (prev.tags.has('Noun') || /^(it|this|that)$/.test(prev.lower)) && !prev.tags.has('Value') && !prev.tags.has('Determiner') && !/^(two|three|four|five|his|her|their|its|of|and)$/.test(prev.lower))) return 'non-count';
  // A base hit, not a change: 'Breeding doubled to right center', 'doubled off the wall'.
  if (first.type === 'change' && next && /^(to|off|into|down|over|past|through|up|between)$/.test(next.lower) && /\b(left|right|center|centre|deep|wall|line|fence|gap|alley|field|leftfield|rightfield|centerfield|corner)\b/.test(wordsAfter(tokens, c.last + 1, 3))) return 'non-count';
  // ('the average for a dozen eggs reached $3.60', '$8.85 a dozen': a dozen as the unit a price is for.)
  if (lowerAt(tokens, c.coreLast) === 'dozen' && lowerAt(tokens, c.coreFirst) === 'a' && c.coreLast === c.coreFirst + 1 && c.first === c.coreFirst) {
    const lead = tokens[c.coreFirst - 1];
    const priceBefore = !!lead && (/^[$£€¥]/.test(lead.text) || lead.tags.has('Money') || /^(cents?|pence|dollars?|euros?|pounds?)$/.test(lead.lower));
    const forPrice = /^(for|per)$/.test(lead?.lower ?? '') && tokens.some((t) => /^[$£€¥]\d/.test(t.text));
    if (priceBefore || forPrice) return 'non-count';
  }
  // Holes of a golf course: 'bogeys at 5 and 7 and a birdie at 8', 'parred the 3rd'.
  // (The first hole after 'at'/'on', the later ones of its list after 'and'/'or'.)
  const holeAfter = (/^(at|on)$/.test(lowerAt(tokens, c.first - 1)) && !c.modifier) || (/^(and|or)$/.test(lowerAt(tokens, c.first - 1)) && /^(at|on)$/.test(lowerAt(tokens, c.first - 3)));
  // ('The Green Party is on 10 seats': a capitalized word of golf is a name, and a hole counts nothing after it.)
  const countedAfter = !!next && nextClean && next.tags.has('Plural') && !lex.timeUnits.has(next.lower);
  if (first.type === 'digits' && first.plainInt && first.value <= 18 && !c.unit && holeAfter && !countedAfter && tokens.some((t) => GOLF.test(t.text))) return 'identifier';
  // Compounds that count nothing: 'one-sided', 'two-way', 'a three-man directorate', 'five-star'
  // (with digits, 'a 33-man board' and '55-member' are figures).
  if (c.unit === 'compound' && c.unitWord && lex.hyphenNotFigure.has(c.unitWord) && single && first.type === 'word' && first.small) return 'non-count';
  // ('the greater one-horned rhino', 'the 13-lined ground squirrel': a feature counted in a kind's name.)
  if (c.unit === 'compound' && c.unitWord && lex.hyphenFeatures.has(c.unitWord.toLowerCase()) && single && !c.modifier && first.value <= 20) return 'non-count';
  // ('a zero-sum game', 'zero-tolerance', 'zero-emission cars': 'zero-' compounds describe, they count nothing.)
  if (c.unit === 'compound' && single && coreTok.lower === 'zero' && !c.modifier) return 'non-count';
  // ('a .357 handgun', 'a .45-caliber pistol', 'a 9mm handgun', 'a 12-gauge shotgun': a calibre names the
  // kind of gun.)
  const gunAfter = /^(handguns?|pistols?|revolvers?|rifles?|guns?|shotguns?|magnums?|semi-automatic|semiautomatic|automatic|caliber|calibre|bullets?|rounds?|shells?|ammunition|carbines?)$/;
  const gunNext = tokens.slice(c.last + 1, c.last + 3).some((t) => gunAfter.test(t.lower));
  const caliberWord = /^(caliber|calibre|gauge|mm)$/.test(c.unitWord ?? '') || /^(mm)$/.test(first.gluedUnit ?? '');
  if (single && (/\.\s*$/.test(gapAfter(tokens, c.first - 1) + coreTok.pre) && (gunNext || caliberWord) || (caliberWord && gunNext))) return 'identifier';
  // ('the 6 Plus', 'a 15 Pro', 'the S23 Ultra': a model number before the model's suffix.)
  if (bare && first.type === 'digits' && next && nextClean && /^(Plus|Pro|Max|Mini|Ultra|Air|Edge|Note|Lite|XL|SE|Prime|GT|GTX)$/.test(next.text)) return 'identifier';
  // ('PlayStation 5 devices', 'iPhone 15': a small number after a product name written with an inner capital.)
  if (bare && first.type === 'digits' && first.plainInt && first.value < 100 && prev && prevClean && /^\p{L}*\p{Ll}\p{Lu}\p{L}*$/u.test(prev.text)) return 'identifier';
  // ('5-star hotels', 'a four-star general': a rating, not a count.)
  if (single && c.unit === 'compound' && /^stars?$/.test(c.unitWord ?? '')) return 'non-count';
  // ('the lower 48 states', 'the contiguous 48 states': a name for the mainland United States.)
  if (bare && first.value === 48 && prev && /^(lower|contiguous)$/.test(prev.lower) && /^states$/.test(next?.lower ?? '')) return 'identifier';
  // ('the western half of the U.S.', 'the northern half': a part of a place, not a share of a count.)
  if (single && coreTok.lower === 'half' && !c.modifier && prev && prevClean && /^(northern|southern|eastern|western|upper|lower|top|bottom|front|back|north|south|east|west)$/.test(prev.lower)) return 'non-count';
  // ('30- and 15-year rates': the first of two compounds sharing their unit, a loan's term.)
  if (bare && /^[-–]\s*$/.test(gapAfter(tokens, c.last)) && /^(and|or|to)$/.test(next?.lower ?? '') && tokens[c.last + 2]?.tags.has('Value') && gapAfter(tokens, c.last + 2) === '-' && lex.timeUnits.has(tokens[c.last + 3]?.lower ?? '')) return 'duration';

  // Shots and formats of play: 'five 3-pointers', 'a three-point shot', 'five-on-five' (a 'three-point
  // lead' is a margin, a figure).
  if (c.unit === 'compound' && c.unitWord && single && (lex.gameNames.has(c.unitWord) || (c.unitWord === 'point' && next && nextClean && lex.gamePointNouns.has(next.lower)))) return 'identifier';

  // Times: 7:37, 6 a.m., 1137 UTC, 2053 Wednesday night, a 10-o'clock class.
  if (c.unitWord && /^o['’]clock|^(a|p)\.?m\b/.test(c.unitWord)) return 'time';
  if (/^\d{1,2}[:.]\d{2}$/.test(coreTok.text) && (next && lex.timeSuffixes.has(next.lower) || /:/.test(coreTok.text))) return 'time';
  const timeWord = next && (lex.timeSuffixes.has(next.lower) || /^[ap]\.?m\.*$/i.test(next.text) || lex.timeSuffixes.has(`${next.lower} ${lowerAt(tokens, c.last + 2)}`));
  if (next && nextClean && timeWord && !c.unit) {
    if (first.type === 'digits' || first.type === 'word') return 'time';
  }
  if (first.type === 'digits' && first.plainInt && first.intDigits === 4 && next && lex.weekdays.has(next.lower) && bare) return 'time';
  // The first end of a time range: 'from 6 to 8 p.m.'
  if (bare && first.plainInt && first.value <= 24 && next && /^(to|-|–|and|or|until|till)$/.test(next.lower) && /^\d{1,2}([:.]\d\d)?$/.test(tokens[c.last + 2]?.text ?? '') && lex.timeSuffixes.has(tokens[c.last + 3]?.lower ?? '')) return 'time';
  if (coreTok.tags.has('Time') && first.type === 'digits' && !c.unit && !c.modifier) return 'time';
  // ('begins at 00.01 on Monday', 'from 05.30': a clock time with a leading zero, written with a dot.)
  if (bare && /^0\d[.:][0-5]\d$/.test(coreTok.text)) return 'time';
  // ('eight Saturday night games at 19.45', '32 matches at Sunday 16.30', '8 Sunday 14.00 matches': a
  // dotted clock time after a weekday or beside games and matches; 'shares closed at 19.45' is a price.)
  if (bare && /^([01]?\d|2[0-3])\.[0-5]\d$/.test(coreTok.text)) {
    const fixture = (w: string) => EVENT_WORDS.test(w) || /^(games?|matches?|fixtures?|kick-?off|races?|bouts?)$/.test(w);
    const nearBefore = tokens.slice(Math.max(0, c.first - 5), c.first).some((t) => fixture(t.lower));
    if ((prev && lex.weekdays.has(prev.lower)) || (next && fixture(next.lower)) || (lowerAt(tokens, c.first - 1) === 'at' && nearBefore)) return 'time';
  }

  // 'The game is scheduled at 4 and dinner at 7': a bare hour after 'at' next to an event.
  if (bare && first.plainInt && first.value >= 1 && first.value <= 12 && lowerAt(tokens, c.first - 1) === 'at' && (!next || !nextClean || /^(and|or|but|on|in|tonight|today|tomorrow)$/.test(next.lower)) && tokens.slice(Math.max(0, c.first - 5), c.first).some((t) => EVENT_WORDS.test(t.lower))) return 'time';
  // Times of day in words: 'at about 6 last night', 'at 7 this morning'.
  if (bare || (single && c.modifier && /^(about|around|nearly|almost|just after|just before)$/.test(c.modifier))) {
    const after = wordsAfter(tokens, c.last, 3);
    if ((first.type === 'digits' || first.type === 'word') && first.value <= 12 && /^(last night|tonight|this (morning|afternoon|evening)|in the (morning|afternoon|evening)|that (morning|night|evening)|sharp)\b/.test(after)) return 'time';
  }
  // Dates: Dec 27, Jan. 1, 27 December, the 1950s, 1947-49, years.
  // ('April 9-July 7': the first end of a span of dates, glued to the next month.)
  if (c.unit === 'compound' && c.unitWord && lex.months.has(c.unitWord.split('-').pop()!)) return 'date';
  // ('the 1995-6 season', '2004-5': a season written with its second year's last digit.)
  const season = /^((?:1[89]|20)\d(\d))[-–/](\d)$/.exec(coreTok.text);
  if (season && (Number(season[2]) + 1) % 10 === Number(season[3])) return 'date';
  // ('Temperatures hit the mid-90s', 'highs in the low 100s': a decade of two or three digits in a
  // sentence about temperature is a reading, not a date.)
  const temperature = first.decade && first.intDigits <= 3 && tokens.some((t) => lex.temperatureWords.has(t.lower));
  if (first.decade && !temperature) {
    const before = lowerAt(tokens, c.first - 1);
    if (/^(his|her|their|its|my|our|your|early|late|mid)$/.test(before)) return 'age';
    return 'date';
  }
  if (first.type === 'digits' && !first.currency && !first.percent && !c.unit) {
    // ('Sept. 29-Oct. 8': the month may be glued to the end of the span before.)
    // ('In March, 4,000 people died': across a comma only a year goes with the month.)
    const monthBefore = prev && (lex.months.has(prev.lower) || lex.months.has(prev.lower.split('-').pop()!));
    if (monthBefore && first.intDigits <= 4 && (!/,/.test(gapAfter(tokens, c.first - 1)) || (first.plainInt && first.intDigits === 4 && !c.modifier && !/,/.test(coreTok.text)))) return 'date';
    if (prev && prev.lower === 'mid' && gapAfter(tokens, c.first - 1) === '-' && !temperature) return 'date';
    if (next && lex.months.has(next.lower) && first.intDigits <= 2 && first.plainInt) return 'date';
    if (next && next.lower === 'of' && lex.months.has(lowerAt(tokens, c.last + 2))) return 'date';
    // ('runs 12-15 August', 'from 06 -30 June': a span of days before its month.)
    if (next && lex.months.has(next.lower) && first.rangeParts?.length === 2 && first.rangeParts.every((x) => Number(x) >= 1 && Number(x) <= 31)) return 'date';
    if (next && /^[-–]\d{1,2}$/.test(next.text) && lex.months.has(lowerAt(tokens, c.last + 2)) && first.intDigits <= 2) return 'date';
    if (next && lex.months.has(next.lower) && /^[-–]\d{1,2}$/.test(coreTok.text) && tokens[c.first - 1] && /^\d{1,2}$/.test(tokens[c.first - 1].text)) return 'date';
  }
  if (first.rangeParts) {
    const [a, b] = first.rangeParts;
    if (/^\d{4}$/.test(a) && /^(1[0-9]|20)\d\d$/.test(a) && /^\d{2}$|^\d{4}$/.test(b) && !first.currency && !first.percent && !c.unit) return 'date';
    if (first.rangeParts.length >= 3 && !first.percent) {
      return /^\d{3,4}$/.test(first.rangeParts[1]) ? 'phone' : 'system';
    }
    if (next && lex.systemNouns.has(next.lower)) return 'system';
    // 'at 607-608', 'Pp. 228-229': nobody counts 607 to 608 of anything; a page span.
    if (first.rangeParts.length === 2 && /^\d{3,}$/.test(a) && Number(b) > Number(a) && Number(b) - Number(a) <= 3 && !c.unit && !first.currency) return 'identifier';
    // '555-1234' is a phone number; '219-213' a vote and '100-200' a range.
    if (first.rangeParts.length === 2 && /^\d{3}$/.test(first.rangeParts[0]) && /^\d{4}$/.test(first.rangeParts[1]) && !first.currency) return 'phone';
  }
  if (isYear(tokens, c, lex)) return 'year';

  // Ages: 'Smith, 45,', 'a 45-year-old man', 'aged 17', 'age 29'.
  if (c.unitWord && /^(years?|months?|weeks?|days?)-old$/.test(c.unitWord)) return 'age';
  if (c.unit === 'time' && /^years?$/.test(c.unitWord ?? '') && next && next.lower === 'old' && valueOf(c.nums) < 150) return 'age';
  if ((first.type === 'digits' || first.type === 'word') && /\b(aged|age|ages)( as| of)?$/.test(wordsBefore(tokens, c.first, 3))) return 'age';
  // 'among adults 18-49', 'women 25-54': an age bracket right after the people it describes.
  if (first.rangeParts?.length === 2 && !c.unit && !first.currency && !first.percent && prev && prevClean && /^(adults|men|women|viewers|voters|people|persons|males|females|children|kids|teens|respondents|americans|players|workers)$/.test(prev.lower) && first.rangeParts.every((x) => Number(x) > 0 && Number(x) < 125)) return 'age';
  // ('aged 55 and 19', 'ages 4, 7 and 11', 'aged 18-20 and 16-17': the later ages of the list.)
  // ('between the ages of 25 and 44', 'from the ages of 25 through 44': the other end of a span of ages.)
  if (first.type === 'digits' && (first.plainInt || first.rangeParts?.length === 2) && /\b(aged|ages)( of)?( \d+(-\d+)?)+( and| or| to| through| thru)?$/.test(wordsBefore(tokens, c.first, 7))) return 'age';
  if (bare && first.type === 'digits' && first.plainInt && first.value > 0 && first.value < 125 && isAgeApposition(tokens, c)) return 'age';
  if ((first.plainInt || first.type === 'word') && single && !c.unit && first.value > 0 && first.value < 125 && isAgeStatement(tokens, c)) return 'age';
  if (!c.unit && c.nums.length === 2 && c.nums.every((n) => n.type === 'digits' && n.plainInt && n.value > 0 && n.value < 125) && inAgeRange(tokens, c)) return 'age';

  // ('those 65 or older', 'people 14 and younger', 'adults 18 and over': an age bound on people.)
  // ('children five and younger': in words too.)
  if (bare && (first.plainInt || first.type === 'word') && first.value > 0 && first.value < 125 && /^(or|and)$/.test(lowerAt(tokens, c.last + 1))) {
    const bound = lowerAt(tokens, c.last + 2);
    const people = /^(those|people|persons|adults|children|kids|teenagers|teens|residents|men|women|patients|individuals|americans|aged|ages|age|anyone|everyone)$/.test(lowerAt(tokens, c.first - 1));
    if (/^(older|younger)$/.test(bound) || (people && /^(over|under|up|above|below)$/.test(bound))) return 'age';
  }
  // ('The 2-to-5 age group', 'the 18-24 age bracket', 'the 65-and-older group': the ages that name a group.)
  const GROUP = /^(groups?|brackets?|ranges?|bands?|cohorts?|categor(y|ies)|populations?)$/;
  const groupAfter = (j: number) =>
    (/^(age|aged)$/.test(lowerAt(tokens, j)) && GROUP.test(lowerAt(tokens, j + 1))) ||
    // ('65-and-older' is one candidate; '65 and older group' reads on past it.)
    (/^(older|over|up)$/.test(lowerAt(tokens, j - 1)) && lowerAt(tokens, j - 2) === 'and' && GROUP.test(lowerAt(tokens, j))) ||
    (/^(and|or)$/.test(lowerAt(tokens, j)) && /^(older|over|up)$/.test(lowerAt(tokens, j + 1)) && GROUP.test(lowerAt(tokens, j + 2)));
  const ages = first.rangeParts ? first.rangeParts.map(Number) : [first.value];
  // ('the working-age group of 18-60', 'the age bracket of 25 to 34': the ages after the group's name.)
  const groupBefore = lowerAt(tokens, c.first - 1) === 'of' && GROUP.test(lowerAt(tokens, c.first - 2)) && /^(age|aged)$/.test(lowerAt(tokens, c.first - 3));
  if ((!c.unit || /^and-(older|over|up)$/.test(c.unitWord ?? '')) && !first.currency && !first.percent && first.type === 'digits' && ages.every((v) => Number.isInteger(v) && v >= 0 && v < 125) && (groupAfter(c.last + 1) || groupBefore)) return 'age';
  // ('bonds with tenures of 10, 14, 30 and 40 years': the earlier items of a list share the last one's time unit.)
  if (bare && (first.type === 'digits' || first.type === 'word') && listUnitAfter(tokens, c.last, lex)) return 'duration';
  // Durations and periods, unless the quantity is itself the claim (a cap, a rate, time allowed).
  // ('outages for a couple of days', 'for hundreds of years': a number of a time unit after 'of'.)
  // ('thousands of hours of video' measures the video.)
  const ofTime = !c.unit && !c.nums.some((n) => n.type === 'fraction') && next?.lower === 'of' && nextClean && lex.timeUnits.has(lowerAt(tokens, c.last + 2)) && lowerAt(tokens, c.last + 3) !== 'of';
  if (c.unit === 'time' || ofTime) {
    if (isTimeClaim(tokens, c, lex)) return null;
    return next && lex.relativeTime.has(next.lower) ? 'date' : 'duration';
  }
  // ('the fans for the last four wonderful seasons': a period, an adjective before its time unit.)
  if (bare && /^(last|past|next|previous|coming|following)$/.test(lowerAt(tokens, c.first - 1)) && nextClean && next.tags.has('Adjective') && !next.tags.has('Value') && cleanGap(tokens, c.last + 1) && lex.timeUnits.has(lowerAt(tokens, c.last + 2))) return 'duration';
  // 'a three day hearing': number word + time unit without a hyphen was read as the unit above;
  // 'two weeks ago' likewise. 'for hours' has no number.

  // Addresses set off by commas after a name, as local papers write them: 'Mrs. Sidney Baker, 2269
  // Serra, Sterling Township', 'the Kowalski family, 34220 Viceroy.'
  if (bare && first.plainInt && first.intDigits >= 3 && /,\s*$/.test(gapAfter(tokens, c.first - 1)) && next && /^\p{Lu}/u.test(next.text) && !next.tags.has('Plural') && !/s$/.test(next.lower)) {
    let e = c.last + 1;
    while (e + 1 < tokens.length && e < c.last + 3 && /^\p{Lu}/u.test(tokens[e + 1].text) && /^\s*$/.test(gapAfter(tokens, e))) e++;
    if (e + 1 >= tokens.length || /^[,.;]/.test(gapAfter(tokens, e).trim())) return 'address';
  }
  // Addresses: '637 E. Pelham Rd.', '4911 Miles Dr.', 'the 900 block of North Charles Street'.
  if (first.type === 'digits' && first.plainInt && !c.modifier && c.coreFirst === c.first) {
    if (isAddress(tokens, { ...c, last: c.coreLast }, lex)) return 'address';
    const after = tokens[c.coreLast + 1];
    if (after && after.lower === 'block' && cleanGap(tokens, c.coreLast)) return 'address';
  }
  // Abbreviated years: "the '49 team".
  if (first.type === 'digits' && first.plainInt && first.intDigits === 2 && /['’‘]$/.test(gapAfter(tokens, c.first - 1) + coreTok.pre) && !c.modifier) return 'year';
  // Dates in a list after a month: 'July 26, 27, 28 and 30', 'Dec. 8 thru 17'.
  if (first.type === 'digits' && first.plainInt && first.value <= 31 && !c.unit && !c.modifier && dateListBefore(tokens, c.first, lex)) return 'date';
  // Identifiers: Route 66, Chapter 11, No. 48, COVID-19, Apollo 11, page 12.
  if (first.type === 'digits' && !first.currency && !first.percent && c.coreFirst === c.first && !c.unit) {
    // ('tie the series 1-1', 'lead the series 3-1': a score after a lower-case noun is no name.)
    const score = !!first.rangeParts && first.rangeParts.length === 2 && /^\p{Ll}/u.test(prev?.text ?? '') && /^\d{1,3}[-–]\d{1,3}$/.test(coreTok.text);
    // ('plans to issue 150 permits', 'will table 12 amendments': after 'to' or a modal the word is a verb.)
    const verbUse = !!prev && /^\p{Ll}+$/u.test(prev.text) && /^(to|will|would|can|could|may|might|must|should|shall|did|does|do)$/.test(lowerAt(tokens, c.first - 2)) && cleanGap(tokens, c.first - 2);
    if (prev && !score && !verbUse && lex.identifierNouns.has(prev.lower.replace(/\.$/, '')) && /^(\.?\s*|-)$/.test(gapAfter(tokens, c.first - 1))) return 'identifier';
    if (prev && gapAfter(tokens, c.first - 1) === '-' && /^\p{L}+$/u.test(prev.text) && !temperature) return 'identifier';
    // 'districts 4 and 2', 'wards 3, 5 and 7': a list of numbers after the plural of such a noun.
    if (bare && pluralIdentifierList(tokens, c, lex)) return 'identifier';
    // 'in epidemiological week 28,', 'on day 100 of the war': a numbered week or day, not 'last week
    // 300 people marched' (a time word before it, or a noun after the number, makes it a count).
    if (prev && prevClean && bare && /^(week|day|matchday|gameweek)$/.test(prev.lower) && !/^(last|this|next|that|each|every|per|a|the|one|same|previous|following|past|first|whole|entire|working|school)$/.test(lowerAt(tokens, c.first - 2)) && (!next || !nextClean || /^(of|and|or|in|on|at)$/.test(next.lower))) return 'identifier';
    // ('the House 219-213', 'the Senate 52-48': a vote or a score is written larger first; a model
    // number such as 'Boeing 737-800' is not.)
    const tally = first.rangeParts?.length === 2 && Number(first.rangeParts[1]) <= Number(first.rangeParts[0]);
    // ("Palmer's 71", "Japan's 71": a possessed number is the owner's count or score, not a name's.)
    const possessed = !!prev && /['’]s$/.test(prev.text);
    // ('iOS 7', 'macOS 14': a brand written in camel case names a version too.)
    const camel = bare && !!prev && /^\p{Ll}+\p{Lu}/u.test(prev.text);
    if (prev && prevClean && (capitalized(prev) || camel) && !possessed && (isNameWord(tokens, c.first - 1, lex) || camel) && first.intDigits <= 4 && !/,/.test(coreTok.text) && !tally && !resultsList(tokens, c, lex)) {
      if (!next || !nextClean || !(next.tags.has('Plural') || lex.timeUnits.has(next.lower))) return 'identifier';
      // ('the Healthy People 2020 goals', 'Agenda 2030 targets': a year in a programme's name, even before a plural.)
      if (first.plainInt && first.intDigits === 4 && first.value >= 1900 && first.value <= 2100 && !lex.timeUnits.has(next.lower)) return 'identifier';
    }
    // ('Jet Airways flight 9W 2374', 'IndiGo flight 6E 2131': an airline code of a digit and a capital
    // before a flight number.)
    if (prev && prevClean && /^(\d\p{Lu}|\p{Lu}\d)$/u.test(prev.text) && bare && first.plainInt && first.intDigits <= 4) return 'identifier';
    // ('Year 11 pupils', 'Intermediate 2 exams': a level's number, even before a plural.)
    if (prev && prevClean && lex.levelNames.has(prev.text) && bare && first.plainInt && first.value <= 13 && !possessed) return 'identifier';
    if (prev && lex.callVerbs.has(prev.lower)) return 'phone';
    // ('urged to call Customer Care at 611': a short number to call at.)
    if (prev?.lower === 'at' && bare && first.intDigits <= 4 && tokens.slice(Math.max(0, c.first - 6), c.first - 1).some((t) => lex.callVerbs.has(t.lower))) return 'phone';
    // ('a 911 call', 'the 999 operator'; 'crews responded to 14 calls' counts calls: a number of calls
    // is a phone number only when it is a short emergency or service number.)
    const serviceNumber = lex.serviceNumbers.has(coreTok.text) && bare && !c.modifier;
    if (next && /^(call|calls|operator|operators|dispatcher|dispatchers|hotline|number)$/.test(next.lower) && nextClean && (serviceNumber || !/^calls?$/.test(next.lower))) return 'phone';
    // ('the 988 Suicide & Crisis Lifeline', '988 services', 'the same way 911 is paid for', 'calls to 988'.)
    const calledTo = prev?.lower === 'to' && lex.serviceNouns.has(lowerAt(tokens, c.first - 2));
    if (serviceNumber && ((next && nextClean && (lex.serviceNouns.has(next.lower) || /^\p{Lu}/u.test(next.text) || /^(is|was|has)$/.test(next.lower))) || (prev && lex.serviceLeads.has(prev.lower)) || calledTo)) return 'phone';
    if (isAddress(tokens, c, lex)) return 'address';
    // '(1)' list markers: a small bare number alone in brackets.
    // ('Davao Region (29)': after a noun, a number in brackets counts something.)
    // (Single digits there still mark items: 'words or language (2) paralanguage', 'paragraphs (3)'.)
    // ('lightning strikes (26)': compromise may tag the plural a verb.)
    // ('Sergipe (54), Alagoas (10), Ceará (9) and Goiás (01)': in a list of such counts, small ones too.)
    // (Both read only for a number alone in brackets, and the sentence scanned only for a small one.)
    const countList = () => tokens.some((t, i) => i !== c.coreFirst && /^\d[\d,]*$/.test(t.text) && Number(t.text.replace(/,/g, '')) >= 10 && /\($/.test(gapAfter(tokens, i - 1) + t.pre) && /^\)/.test(t.post));
    const afterNoun = () => !!prev && !/[:;,.]\s*\(?\s*$/.test(gapAfter(tokens, c.first - 1)) && (prev.tags.has('Noun') || prev.tags.has('ProperNoun') || /^\p{Ll}+s$/u.test(prev.text)) && !(/s$/.test(prev.lower) && lex.identifierNouns.has(prev.lower.slice(0, -1))) && (first.value >= 10 || countList());
    if (bare && first.plainInt && first.value <= 30 && /\($/.test(gapAfter(tokens, c.first - 1) + coreTok.pre) && /^\)/.test(coreTok.post) && !afterNoun()) return 'list-marker';
    // ('3. $300 million lost by investors': a number and a full stop opening a line numbers an item.)
    if (bare && first.plainInt && first.value <= 50 && c.first === 0 && /^\.\s+$/.test(gapAfter(tokens, c.last)) && next && (/^[\p{Lu}$£€¥]/u.test(next.text) || next.tags.has('Value'))) return 'list-marker';
    // '1) to pack it ..., or 2) to remove ...': a marker with its closing bracket only.
    if (bare && first.plainInt && first.value <= 30 && /^\)/.test(coreTok.post) && !/\(\s*$/.test(gapAfter(tokens, c.first - 1) + coreTok.pre) && (c.first === 0 || /[:;,.]\s*$|^\s*(or|and)$/.test(gapAfter(tokens, c.first - 1)) || /^(or|and)$/.test(lowerAt(tokens, c.first - 1)))) return 'list-marker';
    // '51 Pegasi b': a number that begins a name written in capitals and a trailing letter.
    if (bare && next && capitalized(next) && !next.tags.has('Demonym') && tokens[c.last + 2] && /^[a-z]$/.test(tokens[c.last + 2].text)) return 'identifier';
  }

  // ('year nine girls', 'pupils in year 10', 'school year eight': a school year in lower case, before
  // its pupils or after 'in' or 'school'; 'the past year 11 people died' and 'Last year 12 girls
  // left' count.)
  const schoolYear = !!prev && prevClean && prev.lower === 'year' && (first.type === 'word' || first.plainInt) && first.value >= 1 && first.value <= 13 && c.nums.length === 1;
  const yearOfTime = /^(last|this|next|past|that|every|each|a|the|per|one|same|previous|first|whole|entire|fiscal|calendar|financial)$/.test(lowerAt(tokens, c.first - 2));
  if (bare && schoolYear && !yearOfTime && (/^(girls|boys|pupils|students|children|classes|class|kids)$/.test(next?.lower ?? '') || /^(in|school)$/.test(lowerAt(tokens, c.first - 2)))) return 'identifier';
  // List markers: '... for several reasons: 1 Broglio's record;; 2 The desire ...', a small number
  // opening a clause and followed by a capital.
  if (bare && first.type === 'digits' && first.plainInt && first.value <= 20 && next && /^\p{Lu}/u.test(next.text) && (c.first === 0 || /[:;]\s*$/.test(gapAfter(tokens, c.first - 1)))) return 'list-marker';
  // ('as compiled Monday by comScore: 1. "Suicide Squad," ... 3 weeks. 2. "Sausage Party,"': a
  // numbered item run into the text; the sentence ends at its full stop.)
  if (bare && first.type === 'digits' && first.plainInt && first.value <= 30 && c.last === tokens.length - 1 && /^\.\s*$/.test(gapAfter(tokens, c.last)) && (c.first === 0 || /:\s*$/.test(gapAfter(tokens, c.first - 1)))) return 'list-marker';
  // A number after a name that carries it: 'Division two', 'Mrs. John C. Davis 3,' (a generation numeral).
  // ('the precinct-three vote', 'ward-eleven results': or glued to it by a hyphen.)
  if (bare && prev && (prevClean || gapAfter(tokens, c.first - 1) === '-') && lex.identifierNouns.has(prev.lower) && first.type === 'word') return 'identifier';
  // ('by day three of the strike', 'in week twelve.': a day or week numbered in words, before 'of' or
  // the clause's end; 'the day 300 people died' counts.)
  // ('The CDC flu report for week eight shows': or before a verb; 'the day three people died' counts.)
  if (bare && prev && prevClean && first.type === 'word' && /^(day|week)$/.test(prev.text) && (!next || !nextClean || /^(of|in)$/.test(next.lower) || (isVerb(next) && !next.tags.has('Plural')) || /^(shows?|showed|found|finds|report|reports)$/.test(next.lower))) return 'identifier';
  if (bare && first.type === 'digits' && first.value < 10 && prev && prevClean && prev.tags.has('Person') && /^\p{Lu}/u.test(prev.text) && (!next || /^\s*[,;.]/.test(gapAfter(tokens, c.last)))) return 'identifier';
  // ('reach net zero by 2050', 'owned by a third party': a number word in a set phrase names no quantity.)
  // ('a third': the number word is the core's last word.)
  const nothing = first.type !== 'digits' && c.nums.length === 1 ? lex.countsNothing.get(tokens[c.coreLast].lower) : undefined;
  if (nothing && ((prev && prevClean && c.coreFirst === c.coreLast && nothing.after.has(prev.lower)) || (next && (nextClean || gapAfter(tokens, c.last) === '-') && nothing.before.has(next.lower)))) return 'non-count';
  // Number words that count nothing: a bare 'one' (one of the, no one, one day), names like 'Big Three'.
  if (c.coreFirst === c.coreLast && !c.merged && first.type === 'word' && first.small) {
    if (coreTok.lower === 'one' && !c.modifier && !c.unit) return 'non-count';
    if (capitalized(coreTok) && prev && capitalized(prev) && prevClean && !isSentenceStart(tokens, c.first)) return 'identifier';
    // 'Eight Mile Road', 'the Big Ten': a capitalized number word inside a name.
    if (capitalized(coreTok) && !isSentenceStart(tokens, c.first) && next && capitalized(next) && nextClean) return 'identifier';
    if (next && next.lower === 'another') return 'non-count';
    // ('on cloud nine', 'a nine-to-five job' aside: an idiom counts nothing.)
    if (coreTok.lower === 'nine' && prev && prev.lower === 'cloud' && prevClean) return 'non-count';
  }
  // ('5155 Fourteen Mile road': the same for larger number words.)
  if (c.coreFirst === c.coreLast && !c.merged && first.type === 'word' && !first.small && !c.modifier && capitalized(coreTok) && !isSentenceStart(tokens, c.first) && next && capitalized(next) && nextClean && !next.tags.has('Plural') && !next.tags.has('Demonym')) return 'identifier';
  // 'the Million Man March', 'Thousand Oaks': the same for the larger number words.
  if (c.coreFirst === c.coreLast && !c.merged && first.type === 'scale' && capitalized(coreTok) && !isSentenceStart(tokens, c.first) && next && capitalized(next) && nextClean) return 'identifier';
  return null;
}

/**
 * 'won 268 seats, the Nationalist Movement 50 seats, the Green Left 61 and the Good Party 43': in a
 * list of results, a number after a name is a count like the first one, when an earlier number in
 * the sentence counts a plural noun and this one repeats that noun or ends its item.
 */
function resultsList(tokens: Token[], c: Candidate, lex: CompiledLexicon): boolean {
  let noun = '';
  for (let k = 1; k < c.first - 1; k++) {
    // (After a number, an -s word is its plural noun whatever compromise tagged it: '268 seats'.)
    if (/\d/.test(tokens[k - 1].text) && tokens[k - 1].tags.has('Value') && /^\p{Ll}+s$/u.test(tokens[k].text) && cleanGap(tokens, k - 1)) noun = tokens[k].lower;
  }
  const next = tokens[c.last + 1];
  // ('Washington 25, D.C.', 'San Francisco 9' after a street: a postal zone.)
  if (next && /^\p{Lu}/u.test(next.text) && (/\./.test(next.text) || /^\p{Lu}{1,3}$/u.test(next.text))) return false;
  if (tokens.slice(Math.max(0, c.first - 8), c.first).some((t) => lex.streetSuffixes.has(t.lower))) return false;
  const endsItem = !next || /^\s*[,;.)]/.test(gapAfter(tokens, c.last)) || /^(and|while|but)$/.test(next.lower);
  // ('Sindh has reported 638, Balochistan 278, Punjab 191 and Gilgit-Baltistan 22': items after an
  // earlier count, each a name set off by a comma or 'and'.)
  let name = c.first - 1;
  while (name > 0 && /^\p{Lu}/u.test(tokens[name - 1].text) && /^\s*[-]?\s*$/.test(gapAfter(tokens, name - 1))) name--;
  const countBefore = tokens.slice(0, name).some((t) => /\d/.test(t.text) && t.tags.has('Value'));
  const listItem = name > 0 && (/,\s*$/.test(gapAfter(tokens, name - 1)) || /^(and|while)$/.test(tokens[name - 1].lower)) && countBefore;
  // ('..., the Nationalist Movement 50 seats', 'have 364 MPs and the SNP 48': the name may open with
  // 'the' after the comma or 'and'; 'an act called the Kings 4,' is a name.)
  const theItem = name > 1 && tokens[name - 1].lower === 'the' && (/,\s*$/.test(gapAfter(tokens, name - 2)) || /^(and|while)$/.test(tokens[name - 2].lower)) && countBefore;
  if (!noun) return (listItem || theItem) && endsItem;
  return (listItem || theItem) && (next?.lower === noun || endsItem);
}

/** Whether the number of `c` is one of a list of two or more after a plural identifier noun ('districts 4 and 2'). */
function pluralIdentifierList(tokens: Token[], c: Candidate, lex: CompiledLexicon): boolean {
  const plural = (w: string) => (/s$/.test(w) && lex.identifierNouns.has(w.slice(0, -1))) || (/es$/.test(w) && lex.identifierNouns.has(w.slice(0, -2)));
  const num = (k: number) => /^\d+$/.test(tokens[k]?.text ?? '');
  const joiner = (k: number) => /^(and|or|through|to)$/.test(tokens[k]?.lower ?? '');
  let numbers = 1;
  let k = c.first - 1;
  while (k >= 0 && c.first - k <= 10 && (num(k) || joiner(k))) {
    if (num(k)) numbers++;
    k--;
  }
  // ('between junction 4 and 5': a singular noun too, for the other end of its span.)
  const spanOfOne = numbers === 2 && k >= 1 && lex.identifierNouns.has(tokens[k].lower) && tokens[k - 1].lower === 'between';
  if (k < 0 || !(plural(tokens[k].lower) || spanOfOne) || /[.;:!?]/.test(gapAfter(tokens, k))) return false;
  // A number after it in the same list counts too: 'districts 4 and 2' for the 4.
  const after = c.last + 1;
  if (numbers === 1 && ((joiner(after) && num(after + 1)) || (/^\s*,\s*$/.test(gapAfter(tokens, c.last)) && num(after)))) numbers++;
  return numbers >= 2;
}

/** The n lower-cased words before token i, joined by spaces. */
function wordsBefore(tokens: Token[], i: number, n: number): string {
  return tokens
    .slice(Math.max(0, i - n), i)
    .map((t) => t.lower)
    .join(' ');
}

/** The lower-case words of the n tokens after token i, joined by spaces. */
function wordsAfter(tokens: Token[], i: number, n: number): string {
  return tokens
    .slice(i + 1, i + 1 + n)
    .map((t) => t.lower)
    .join(' ');
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  return i === 0 || /[.!?:;"“]\s*$/.test(gapAfter(tokens, i - 1));
}

/** A capitalized word that names something (Apollo, Region, Court), not a sentence opener, month or modifier. */
function isNameWord(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  const t = tokens[i];
  if (isSentenceStart(tokens, i)) return false;
  if (lex.months.has(t.lower) || lex.weekdays.has(t.lower)) return false;
  if (t.tags.has('Demonym') || t.tags.has('Verb') || t.tags.has('Preposition') || t.tags.has('Determiner')) return false;
  return t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Acronym');
}

/** Plurals compromise may tag singular: '2000 people'. */
const PLURAL_WITHOUT_S = /^(people|persons|children|men|women|police|staff|personnel|cattle|sheep|fish|deer|livestock)$/;

/** Events that happen at an hour: 'scheduled at 4', 'dinner at 7'. */
const EVENT_WORDS = /^(scheduled|dinner|lunch|luncheon|breakfast|supper|meeting|game|kickoff|start|starts|begins|begin|opens|open|session|service|services|reception|party|dance|concert|show|mass|tea|rally|ceremony|practice|meet|program|programme|banquet|parade|fair|festival|exercises|commencement|worship|vespers|recital|lecture)$/;

/** Words of golf scoring, after which 'at 5' is a hole. */
const GOLF = /^(bogey|bogeys|birdie|birdies|eagle|eagles|par|parred|bogeyed|birdied|double-bogey|hole|holes|green|tee)$/;

/** Plural nouns a year modifies and a number seldom counts: '2016 champions', '2020 elections'. */
const YEAR_NOUNS = /^(champions|winners|finalists|runners-up|graduates|medall?ists|nominees|laureates|olympics|games|elections|midterms|primaries|playoffs|finals|championships|accounts|results|estimates|targets|forecasts|budgets|layoffs|models|editions|standings|rankings|census|revenues?|sales|earnings|profits?|losses|prices|levels|figures|numbers|data|statistics|emissions|exports|imports|shipments|deliveries|returns|filings|contracts|guidance)$/;

/** Words after which a four-digit number is a year even before a plural: 'the 2018 elections', 'fiscal year 2013'. */
const YEAR_BEFORE = /^(the|its|their|his|her|our|this|that|these|those|year|fiscal|calendar|fy|season|class|vintage)$/;

/** A four-digit number read as a year: 'in 1961', 'since 1937', '1960's record'; not '1000 rooms'. */
function isYear(tokens: Token[], c: Candidate, lex: CompiledLexicon): boolean {
  const n = c.nums[0];
  // "above 2016's levels": a year in the possessive.
  if (!c.merged && !c.unit && n.type === 'digits' && n.intDigits === 4 && /^\d{4}['’]s$/.test(tokens[c.coreLast].text) && !n.decade && n.value >= 1800 && n.value <= 2099) return true;
  // ('the Oct. 30, 2021-dated chart', 'a 1960s-era plant': a year in a compound that dates a thing.)
  if (c.unit === 'compound' && /^(dated|era|vintage|model|built|issue)$/.test(c.unitWord ?? '') && n.type === 'digits' && n.intDigits === 4 && n.value >= 1800 && n.value <= 2099) return true;
  if (c.merged || c.unit || n.type !== 'digits' || !n.plainInt || n.intDigits !== 4) return false;
  // ('by 2100', 'until 2150': projections name years past this century.)
  const prep = lowerAt(tokens, c.first - 1);
  if (n.value < 1000 || n.value > (/^(by|until|till|before|after|in)$/.test(prep) ? 2300 : 2099)) return false;
  const next = tokens[c.last + 1];
  if (c.modifier) {
    // 'since at least 2008', 'until at least 2030': a time preposition before the modifier.
    if (n.value >= 1800 && /^(since|until|till|by|from|before|after|in)$/.test(prep)) return true;
    // ('were last sighted around 1710.', 'was built about 1650': a passive participle dated, at the
    // clause's end, is dated by an early year; 'killed around 1500' counts.)
    // ('sheldgeese, last sighted around 1710': a reduced relative after a comma or 'last' too.)
    const participle = prep;
    const reduced = /^(last|first)$/.test(lowerAt(tokens, c.first - 2)) || (c.first >= 2 && /,\s*$/.test(gapAfter(tokens, c.first - 2)));
    const passive = /ed$|built$|seen$|written$|made$/.test(participle) && (reduced || tokens.slice(Math.max(0, c.first - 5), c.first - 1).some((t) => /^(is|was|were|are|been|be|being)$/.test(t.lower)));
    const closes = !next || !cleanGap(tokens, c.last) || /^(and|when|after|before|in|on|by)$/.test(next.lower);
    if (/^(around|about|circa|c\.)$/.test(c.modifier) && passive && closes) return true;
    // 'slightly above 1960,' is a year; 'about 1500 soldiers' a count.
    if (!/(above|below|over|under|around|about|before|after|circa|c\.|between|from)$/.test(c.modifier) || n.value < 1800) return false;
    // ('over 2010 levels', 'below 2019 prices': a year that names what is compared.)
    if (n.value >= 1900 && next && cleanGap(tokens, c.last) && YEAR_NOUNS.test(next.lower)) return true;
    if (next && cleanGap(tokens, c.last) && (next.tags.has('Noun') || next.tags.has('Verb') || next.tags.has('Adjective'))) return false;
  }
  // ('1700 more passengers', 'rose by 1500': a comparative after it, or a verb of change and 'by'
  // before it, makes a count; 'by 2030' is still a year.)
  if (next && cleanGap(tokens, c.last) && /^(more|fewer|less|larger|higher|lower|extra|additional)$/.test(next.lower) && lowerAt(tokens, c.last + 2) !== 'than' && !/^(in|since|during|until|till|by|from|of|after|before)$/.test(prep)) return false;
  if (prep === 'by' && lex.countChangeVerbs.has(lowerAt(tokens, c.first - 2)) && !c.modifier) return false;
  // 'the 2018 elections', 'its 2019 and 2020 estimates', 'fiscal year 2013 efforts': after a
  // determiner, a year word or another year, a year modifies even a plural ('2000 people' is a count).
  if (n.value >= 1800 && YEAR_BEFORE.test(prep)) return true;
  // ('2016 champions Leicester City', '2020 elections': nouns a year names rather than counts.)
  if (n.value >= 1900 && next && cleanGap(tokens, c.last) && YEAR_NOUNS.test(next.lower)) return true;
  // ('an earthquake in 1793 people on the coast ...': after a time preposition, a year.)
  if (!c.modifier && /^(in|since|during|until|till)$/.test(prep) && !/,/.test(tokens[c.coreFirst].text)) return true;
  if (n.value >= 1800 && /^(and|or|to|through)$/.test(prep) && /^(1[89]|20)\d\d$/.test(tokens[c.first - 2]?.text ?? '')) return true;
  // ('as opposed to 1256 who said no': people counted, not a year.)
  if (next && cleanGap(tokens, c.last) && /^(who|whom)$/.test(next.lower)) return false;
  // ('rose to 1775 in 2014', 'to 1850 last year': a year right after it says when; it is a count.)
  const after2 = lowerAt(tokens, c.last + 2);
  // (Only after a verb's 'to' or 'at', or a verb of level: 'ahead of 1959 this year' compares with a year.)
  if (/^(to|at|reached|hit|totaled|totalled|was|were)$/.test(prep) && next && cleanGap(tokens, c.last) && ((/^(in|during)$/.test(next.lower) && /^(1[89]|20)\d\d$/.test(after2)) || (/^(last|this)$/.test(next.lower) && /^(year|month|week)$/.test(after2)))) return false;
  // ('1792 road deaths in 2016': a plural after a noun modifier counts as the plural itself does.)
  const after = tokens[c.last + 2];
  if (next && after && cleanGap(tokens, c.last) && cleanGap(tokens, c.last + 1) && next.tags.has('Noun') && !next.tags.has('ProperNoun') && !next.tags.has('Date') && !/^\p{Lu}/u.test(next.text) && after.tags.has('Plural') && !/(us|ss|is)$/.test(after.lower) && !lex.timeUnits.has(after.lower) && !YEAR_NOUNS.test(next.lower)) return false;
  // '1000 rooms' is a count; 'the 1990 census' a year ('census' is not a plural).
  if (next && cleanGap(tokens, c.last) && (next.tags.has('Plural') || PLURAL_WITHOUT_S.test(next.lower)) && !/(us|ss|is)$/.test(next.lower) && !lex.timeUnits.has(next.lower)) return false;
  if (next && cleanGap(tokens, c.last) && next.tags.has('Noun') && !next.tags.has('ProperNoun') && !next.tags.has('Date') && n.value < 1500) return false;
  return true;
}

/** Heads of place names: a number in brackets after them counts something there. */
const PLACE_WORDS = /^(region|province|state|county|district|city|town|village|island|islands|valley|coast|peninsula|territory|prefecture|municipality)$/;

/** 'Ierulli, 29, ...', 'Another brother, 22, was', 'John Smith (45)'. */
function isAgeApposition(tokens: Token[], c: Candidate): boolean {
  let p = c.first - 1;
  // 'her maiden aunt, also 80 and bedridden'
  if (tokens[p] && /^(also|both|now|then|still)$/.test(tokens[p].lower) && cleanGap(tokens, p)) p--;
  const prev = tokens[p];
  if (!prev) return false;
  const gapBefore = gapAfter(tokens, p);
  const gapAfterNum = gapAfter(tokens, c.last);
  // ('The suspect, 34,': compromise tags 'suspect' an adjective; after a determiner it is the noun.)
  const determinedAdjective = prev.tags.has('Adjective') && /^(the|a|an|his|her|their)$/.test(tokens[p - 1]?.lower ?? '');
  const nounBefore = (prev.tags.has('Noun') || prev.tags.has('ProperNoun') || /^\p{Lu}/u.test(prev.text) || determinedAdjective) && !prev.tags.has('Value') && !prev.tags.has('Date') && !/\d/.test(prev.text);
  if (!nounBefore) return false;
  if (/^[.)]?,\s*$/.test(gapBefore) && (/^\s*[,.;)]/.test(gapAfterNum) || c.last + 1 >= tokens.length || tokens[c.last + 1].lower === 'and')) return true;
  // ('John Smith (45)' is an age; 'Davao Region (29)' a count by region.)
  if (/\(\s*$/.test(gapBefore) && /^\s*\)/.test(gapAfterNum) && prev.tags.has('Person') && !PLACE_WORDS.test(prev.lower)) return true;
  return false;
}

/**
 * Ages said another way: 'at 26, she feels', 'when she was barely 20', 'Americans over 65'.
 */
/** 'The victims ranged in age from 4 to 98', 'Ages of the victims range from 2 months old to 98': an end of an age range. */
function inAgeRange(tokens: Token[], c: Candidate): boolean {
  const clause = wordsBefore(tokens, c.coreFirst, 12);
  return /\b(ranged?|ranges|ranging) in age from( \S+){0,4}$/.test(clause) || /\bages?( (?!and\b|but\b)\S+){0,4} (ranged?|ranges|ranging|were|are) from( \S+){0,4}$/.test(clause);
}

function isAgeStatement(tokens: Token[], c: Candidate): boolean {
  const before = wordsBefore(tokens, c.coreFirst, 3);
  const next = tokens[c.last + 1];
  const endsPhrase = !next || /^\s*[,.;)]/.test(gapAfter(tokens, c.last)) || /^(and|but|when|years?)$/.test(next.lower);
  // 'At 26, she ...', 'Now 38, Mr. Simpkins ...' (a clause-opening 'at' or 'now' and a comma after the number)
  if (/^(at|now)$/.test(tokens[c.first - 1]?.lower ?? '') && (c.first - 1 === 0 || /,\s*$/.test(gapAfter(tokens, c.first - 2))) && /^,/.test(gapAfter(tokens, c.last))) return true;
  // ('a smoker who died at 36', 'She retired at 60 and moved', 'first arrested at 19': a life event at an age.)
  if (lowerAt(tokens, c.first - 1) === 'at' && /^(died|dies|retired|retires|married|marries|debuted|arrested|graduated|emigrated|orphaned|widowed|diagnosed)$/.test(lowerAt(tokens, c.first - 2)) && endsPhrase && c.nums.length === 1 && !c.unit) return true;
  // 'she was barely 20', 'he is 45'
  if (/\b(he|she|i|who) (was|is|were|are|turned|turns)( (barely|only|just|nearly|about|almost|now|then|still))?$/.test(before) && endsPhrase) return true;
  // ('until they are 18', 'once you turn 25': a plural or generic subject is of an age when a time
  // word opens the clause, or when it turns one; 'they were 300' may count them.)
  const words = wordsBefore(tokens, c.coreFirst, 4);
  if ((/\b(until|till|once|when|before|after|unless) (they|you|we) (are|were|turn|reach)$/.test(words) || /\b(they|you|we) (turn|turned)$/.test(before)) && endsPhrase && !c.unit && c.nums.length === 1 && valueOf(c.nums) <= 120) return true;
  // ('The victims ranged in age from 4 to 98', 'Ages of the victims range from 2 months old to 98':
  // the ends of an age range.)
  if (inAgeRange(tokens, c)) return true;
  // ('children younger than 5', 'those older than 65': a bare number after a comparative of age.)
  if (/^(younger|older)$/.test(lowerAt(tokens, c.coreFirst - 2)) && lowerAt(tokens, c.coreFirst - 1) === 'than' && !c.unit && c.nums.length === 1 && valueOf(c.nums) <= 120) return true;
  // 'Americans over 65', 'children under 5'
  const prev = tokens[c.first - 1];
  if (c.modifier && /^(over|under|above|below)$/.test(c.modifier) && prev && (prev.tags.has('Actor') || prev.tags.has('Demonym') || /^(people|persons|adults|children|men|women|americans|those|them|residents|citizens|voters|patients|workers|drivers|anyone|anybody|everyone|everybody|someone|somebody)$/.test(prev.lower))) return true;
  // ('lowering the age requirement to 65', 'raise the retirement age to 67', 'the voting age of 16': the
  // age that a rule sets.)
  if (c.nums.length === 1 && !c.unit && c.nums[0].value <= 120 && /\bage( (limit|requirement|threshold|cutoff|cut-off|floor))? (to|of|from|at)( \S+)?$/.test(wordsBefore(tokens, c.coreFirst, 4)) && !/\bage of (the|their|his|her|its)\b/.test(wordsBefore(tokens, c.coreFirst, 4))) return true;
  return false;
}

/** A quantity in time units that is itself the claim: a cap or penalty, a rate, time allowed (guide section 1). */
function isTimeClaim(tokens: Token[], c: Candidate, lex: CompiledLexicon): boolean {
  const before = wordsBefore(tokens, c.first, 5);
  // ('could take up to 20 days to fix', 'may last up to 10 days': how long an event will take, even at most.)
  const takes = /^(take|takes|took|taken|taking|last|lasts|lasted|lasting)$/.test(tokens[c.first - 1]?.lower ?? '');
  if (CAP_NEAR.test(before) || (c.modifier && !takes && /^(up to|at most|a maximum of|a minimum of|no more than|not more than)$/.test(c.modifier))) return true;
  // ('length of stay at the hotels averaged 2.15 days', 'the national average of tourists' length of
  // stay was 2 days': an average is a statistic of durations.)
  const avgPrev = tokens[c.first - 1]?.lower ?? '';
  if (/^(averaged|averages|averaging)$/.test(avgPrev) || (avgPrev === 'of' && tokens[c.first - 2]?.lower === 'average')) return true;
  if (/^(was|is|were|are|averaged|to|from|at)$/.test(avgPrev) && /\blength of stay\b/.test(wordsBefore(tokens, c.first, 10))) return true;
  // ('a 4.1-month supply of homes', 'up from 3.7 months' supply': the stock measured in months of sales.)
  if (/^(supply|supplies)$/.test(tokens[c.last + 1]?.lower ?? '') || tokens.slice(c.last + 1, c.last + 3).some((t) => t.lower === 'supply')) return true;
  // ('Earth, which is 4.5 billion years old', 'a 13,000 years old skull': an age no person reaches is
  // a thing's, measured.)
  if (/^years?$/.test(c.unitWord ?? '') && lowerAt(tokens, c.last + 1) === 'old' && valueOf(c.nums) >= 150) return true;
  // ('members watched more than two billion hours of content': time summed over many people is a
  // statistic, not how long something took.)
  // ('four billion years' is the age of a thing, a span as any other.)
  if ((c.nums.some((n) => n.type === 'scale' && n.value >= 1e6) || valueOf(c.nums) >= 1e6) && !/^(years?|decades?|centur(y|ies)|millenni(um|a))$/.test(c.unitWord ?? '')) return true;
  // ('The maximum penalty for the two counts is 30 years': the cap is the subject of 'is', further back.)
  const clause = wordsBefore(tokens, c.first, 16);
  if (/\b(maximum|minimum|mandatory)( \S+){0,2} (penalty|penalties|sentence|sentences|term|punishment)\b.* (is|was|are|were|of)$/.test(clause)) return true;
  // ('A probation officer had recommended 100 years', 'the 40 to 50 years that prosecutors had
  // recommended', 'the 6 1/2 years his attorneys had requested': a term someone asks for is their claim.)
  if (/\b(recommended|recommending|recommends|requested|requesting|sought|seeking|proposed|demanded|asked for|asking for)( a (sentence|term) of)?$/.test(wordsBefore(tokens, c.first, 5))) return true;
  if (/^((that|which) )?(the|his|her|their|its|federal|state)( \S+){0,2} (had |have |has )?(recommended|requested|sought|proposed|demanded|asked for)\b/.test(wordsAfter(tokens, c.last, 7))) return true;
  const after = wordsAfter(tokens, c.last, 4);
  if (CAP_AFTER.test(after)) return true;
  // '200 hours a month', '10 days per year'
  const m = /^(a|per|each|every) (\S+)/.exec(after);
  if (m && lex.timeUnits.has(m[2])) return true;
  // ('150 minutes of moderate aerobic activity a week', '30 minutes of exercise daily': an amount of
  // an activity per period is a rate.)
  const activity = wordsAfter(tokens, c.last, 7);
  if (/^of( \S+){1,4}? ((a|per|each|every) (day|week|month|year|night)|daily|weekly|monthly|nightly)\b/.test(activity)) return true;
  // ('Average waits fell by 3 weeks', 'rose by 2.5 days to 9.1 days': a change in a measured time,
  // not how long something took; 'delayed by 3 weeks' and 'extended by two months' stay durations.)
  // ('fell to almost five-month lows': a hyphened span before a noun names the kind of low, not a change.)
  const attributive = c.last > c.first && gapAfter(tokens, c.last - 1) === '-' && !!tokens[c.last + 1]?.tags.has('Noun') && cleanGap(tokens, c.last);
  if (/^(by|to|from)$/.test(tokens[c.first - 1]?.lower ?? '') && !attributive && before.split(/\W+/).some((w) => lex.timeChangeVerbs.has(w))) return true;
  // ('cut about 15 minutes off the ride time', 'shaved two hours off the journey': time saved is a
  // change in a measured time.)
  if (lowerAt(tokens, c.last + 1) === 'off' && /^(cut|cuts|cutting|shave|shaves|shaved|shaving|knock|knocks|knocked|knocking|trim|trims|trimmed|slash|slashes|slashed|lop|lopped)$/.test(lowerAt(tokens, c.first - 1))) return true;
  // ('waited 14.5 days on average', 'compared with 14.5 days last year': a measured average, or one
  // compared with another, is a statistic of durations.)
  const ago = lex.relativeTime.has(tokens[c.last + 1]?.lower ?? '');
  const verbBefore = !!tokens[c.first - 1]?.tags.has('Verb');
  if (!ago && ((/^on (average|avg)/.test(after) && verbBefore) || /\b(compared (with|to)|versus|vs\.?|up from|down from)$/.test(before))) return true;
  // ('On average, they had been waiting 2 1/2 months': or with 'on average' before, in the clause.)
  if (!ago && verbBefore && /\bon average\b/.test(wordsBefore(tokens, c.first, 10))) return true;
  // 'the average wait was 90 minutes', 'median stay of 4.5 days': a statistic of durations.
  if (/\b(average|median|mean)\b/.test(before) && /^(was|is|were|are|of|at|to)$/.test(tokens[c.first - 1]?.lower ?? '')) return true;
  // ('The average wait for a bed was 122 days', 'Median waits hit 14 weeks', 'Wait times are around
  // 300 to 424 days': a wait, stay or response time reaching a level is a statistic of durations.)
  const measured = /\b(average|median|mean|waits|wait times?|waiting times?|waiting lists?|response times?|stays)\b/.test(wordsBefore(tokens, c.first, 9));
  if (measured && /^(was|is|were|are|at|to|hit|hits|reached|reach|reaches|averaged|stood|stand|stands|exceeded|topped)$/.test(tokens[c.first - 1]?.lower ?? '')) return true;
  // 'had exactly 20 minutes to get down'
  const lead = tokens[c.first - 1];
  if (lead && HAVE.test(lead.lower) && /^to \S+/.test(after) && tokens[c.last + 2]?.tags.has('Verb')) return true;
  return false;
}

/** Walks back over a list of day numbers to a month: 'July 26, 27, 28 and 30', 'Aug. 8 and 12', 'Dec. 4 thru 10'. */
function dateListBefore(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  let k = i - 1;
  let steps = 0;
  while (k >= 0 && steps < 12) {
    const t = tokens[k];
    if (lex.months.has(t.lower)) return steps > 0;
    if (/^\d{1,2}$/.test(t.text) || /^(and|or|thru|through|to|until|till|-|–)$/.test(t.lower)) {
      k--;
      steps++;
      continue;
    }
    return false;
  }
  return false;
}

/** '637 E. Pelham Rd.', '3646 N. 2d St.', '10 Downing Street'. */
function isAddress(tokens: Token[], c: Candidate, lex: CompiledLexicon): boolean {
  // ('5155 Fourteen Mile road east', '9230 Vernor east,': after a comma or 'of', the suffix or the
  // direction may be in lower case.)
  const set = /,\s*$/.test(gapAfter(tokens, c.first - 1)) || /^(of|at)$/.test(lowerAt(tokens, c.first - 1));
  for (let k = c.last + 1; k <= c.last + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    const w = t.lower;
    if (lex.streetSuffixes.has(w) && k > c.last + 1 && (capitalized(t) || set)) return true;
    if (set && lex.directions.has(w) && k > c.last + 1) return true;
    // ('Richard Sarkees, 17, of 2433 McClellan, currently ...': a number and a name closed by a comma.)
    // ('at 250-275 F.' is a temperature: a street name is a word, after a plain number.)
    if (set && k === c.last + 1 && capitalized(t) && /^\p{Lu}\p{L}{2,}$/u.test(t.text) && !t.tags.has('Plural') && !t.tags.has('Demonym') && (/^\s*[,;.]/.test(gapAfter(tokens, k)) || /^(and|or)$/.test(tokens[k + 1]?.lower ?? '')) && c.nums[0].intDigits >= 3 && c.nums[0].plainInt && !c.nums[0].rangeParts) return true;
    if (lex.directions.has(w) || capitalized(t) || /^\d+(st|nd|rd|th|d)$/.test(w)) continue;
    return false;
  }
  return false;
}

/**
 * Whether the bare number ending at `last` opens or continues a list of bare numbers (', 14, 30 and
 * 40') whose last item carries a time unit ('years'): a list of periods.
 */
function listUnitAfter(tokens: Token[], last: number, lex: CompiledLexicon): boolean {
  let k = last;
  for (let n = 0; n < 12; n++) {
    const gap = gapAfter(tokens, k);
    // (', 14', ' and 40', ', and 40'.)
    const comma = /^\s*,\s*$/.test(gap);
    const word = /^(and|or|to)$/.test(lowerAt(tokens, k + 1));
    const joiner = comma && word ? k + 2 : comma ? k + 1 : /^\s+$/.test(gap) && word ? k + 2 : -1;
    if (joiner < 0 || !(/^\d[\d,.]*$/.test(tokens[joiner]?.text ?? '') || lex.numberWords.has(lowerAt(tokens, joiner)))) return false;
    k = joiner;
    if (/^\s+$/.test(gapAfter(tokens, k)) && lex.timeUnits.has(lowerAt(tokens, k + 1))) return true;
  }
  return false;
}
