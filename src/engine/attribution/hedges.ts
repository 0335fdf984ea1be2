// Agentless hedges (guide section 3): 'reportedly', 'is believed to', 'is estimated at', 'an
// estimated', 'it is said'. They make a figure vague without naming anyone.

import type { CompiledLexicon } from '../../lexicon';
import type { CueType } from '../types';
import type { Token } from '../nlp/tagger';
import { gapAfter, indexOf } from '../nlp/phrases';
import { beforeAdverbs, clauseOf, headOf, infinitiveToAfter, isVerb, npEndingAt, npStartingAt, npWord, runTo, type TokenRange } from './np';
import { AMOUNT_WORDS, BE, COMMA, HEDGED_LEVEL, SUBORDINATORS } from './words';
import { amountAt, amountStart, conversionAfter, onSalesOf, possessorBefore } from './amount';

/** Agentless hedges: 'reportedly', 'is believed to', 'is estimated at', 'an estimated', 'it is said'. */
export function findHedges(tokens: Token[], starts: number[], lex: CompiledLexicon, used: Set<number>, emitHedge: (h: { type: CueType; cue: TokenRange; content: TokenRange[] }) => void): void {
  const end = tokens.length - 1;
  // ('1,200 troops are expected to be deployed by Sunday, as high water continues to threaten
  // hundreds of residences': a reason or time clause with its own subject and verb after the hedge
  // states the writer's fact, not the hedged one.)
  const emit = (h: { type: CueType; cue: TokenRange; content: TokenRange[] }) => emitHedge({ ...h, content: h.content.map((r) => beforeOwnClause(tokens, r, h.cue.last)) });
  // afterComma[k]: the first token after the last comma before token k (0 if none), computed once.
  const afterComma: number[] = [];
  for (let k = 0, last = 0; k < tokens.length; k++) {
    afterComma.push(last);
    if (COMMA.test(gapAfter(tokens, k))) last = k + 1;
  }
  const clauseFromComma = (k: number): TokenRange => {
    const clause = clauseOf(tokens, starts, k);
    let first = Math.max(clause.first, afterComma[k]);
    // (A clause start right after 'and' inside a list of amounts: 'a third of all amphibians and one in eight birds'.)
    if (first > afterComma[k] && (tokens[first - 1]?.lower === 'and' || tokens[first].lower === 'and') && tokens.slice(afterComma[k], first).every((t) => !isVerb(t))) first = afterComma[k];
    return { first: first === afterComma[k] ? listStart(first, k) : first, last: clause.last };
  };
  // ('a quarter of all mammals, a third of all amphibians and one in eight birds are considered ...':
  // a subject that is a list runs back over its earlier items, each set off by a comma; after a
  // participle that opens the list ('meaning a quarter ...') it starts at the first item.)
  const listStart = (f: number, k: number): number => {
    if (f <= 0 || !tokens.slice(f, k).some((t) => t.lower === 'and') || !COMMA.test(gapAfter(tokens, f - 1))) return f;
    let first = f;
    for (let steps = 0; steps < 6 && first > 0 && COMMA.test(gapAfter(tokens, first - 1)); steps++) {
      const from = afterComma[first - 1];
      const chunk = tokens.slice(from, first);
      const item = (i: number) => chunk.length - i <= 10 && chunk.slice(i).every((t) => !isVerb(t) || t.tags.has('Value')) && (chunk[i]?.tags.has('Determiner') || chunk[i]?.tags.has('Value'));
      if (item(0)) {
        first = from;
        continue;
      }
      if (chunk[0] && /ing$/.test(chunk[0].lower) && item(1)) first = from + 1;
      break;
    }
    return first;
  };
  for (let k = 0; k < tokens.length; k++) {
    if (used.has(k)) continue;
    // ('Police-reported crime rose 12 per cent', 'self-reported symptoms': a participle joined by a
    // hyphen to the word before is part of a compound adjective, no hedge.)
    if (k > 0 && gapAfter(tokens, k - 1) === '-') continue;
    const t = tokens[k];
    const w = t.lower;
    // Adverbs: 'reportedly'. Sentence-initial ('Reportedly, ...') covers the sentence.
    if (lex.hedgeAdverbs.has(w)) {
      // 'indicted 13 Russians for allegedly using money': after a preposition, or before a gerund,
      // the adverb hedges only the phrase it opens.
      const phraseOnly = k > 0 && (tokens[k - 1].tags.has('Preposition') || !!tokens[k + 1]?.tags.has('Gerund'));
      const content = k === 0 ? { first: 0, last: end } : phraseOnly ? { first: k, last: clauseOf(tokens, starts, k).last } : clauseOf(tokens, starts, k);
      emit({ type: 'hedge', cue: { first: k, last: k }, content: [content] });
      continue;
    }
    // Phrases: 'it is said', 'there appears to be', 'as revealed (at trial)', 'estimates range'.
    const phrase = indexOf(lex.hedgePhrases).matchAt(tokens, k);
    if (phrase) {
      const cue = { first: k, last: k + phrase.length - 1 };
      const initial = k === 0 || (k <= 2 && tokens.slice(0, k).every((x) => !x.tags.has('Noun')));
      // ', it was announced.' at the end hedges what comes before it.
      // (', it was reported last night.': past the words that say when.)
      const tail = tokens.slice(cue.last + 1, end + 1);
      const trailing = k > 0 && /,\s*$/.test(gapAfter(tokens, k - 1)) && (cue.last === end || (tail.length <= 3 && tail.every((x) => /^(today|yesterday|tonight|last|night|week|month|on|this|morning|evening|afternoon|earlier|later)$/.test(x.lower) || x.tags.has('Date'))));
      const content = trailing ? { first: 0, last: k - 1 } : initial && /^as /.test(phrase.phrase) ? { first: 0, last: end } : { first: k, last: clauseOf(tokens, starts, k).last };
      // ('Once it emerged from the water': an intransitive one hedges only a that-clause or what it closes.)
      // ('The drugs, the hearing was told, were worth £40,000': or set off by commas inside the sentence,
      // where it hedges the whole of it.)
      const aside = k > 0 && cue.last < end && /,\s*$/.test(gapAfter(tokens, k - 1)) && /^,\s*$/.test(gapAfter(tokens, cue.last));
      const clauseOnly = lex.clauseHedgePhrases.has(phrase.phrase) && !trailing && !aside && !/^(that|how)$/.test(tokens[cue.last + 1]?.lower ?? '');
      if (aside && lex.clauseHedgePhrases.has(phrase.phrase)) {
        emit({ type: 'hedge', cue, content: [{ first: 0, last: end }] });
        k = cue.last;
        continue;
      }
      if (!clauseOnly) {
        emit({ type: 'hedge', cue, content: [content] });
        k = cue.last;
        continue;
      }
    }
    // 'below the forecast of 5.93 million', 'short of the consensus estimate of 180,000': an estimate
    // that nobody in the sentence owns hedges the amount after 'of'.
    if (lex.ownerlessEstimates.has(w) && tokens[k + 1]?.lower === 'of' && /^\s*$/.test(gapAfter(tokens, k)) && amountAt(tokens, k + 2) && !possessorBefore(tokens, k)) {
      const amount = npStartingAt(tokens, k + 2, end, 8);
      // ('The average estimate of 10 analysts': a count of people after 'of' owns the estimate.)
      const head = amount ? tokens[headOf(tokens, amount)] : null;
      const owners = !!head && (lex.anonymous.has(head.lower) || head.tags.has('Actor') || head.tags.has('Person'));
      if (amount && !owners) {
        const last = onSalesOf(tokens, amount.last, end);
        emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: amount.first, last }] });
        k = last;
        continue;
      }
    }
    // ('The Wall Street consensus estimate is $3.07 billion', 'the forecast was for 180,000'): so
    // does one that is the subject of a form of 'be'.)
    if (lex.ownerlessEstimates.has(w) && BE.has(tokens[k + 1]?.lower ?? '') && /^\s*$/.test(gapAfter(tokens, k)) && !possessorBefore(tokens, k) && !tokens[k].tags.has('Verb')) {
      const from = /^(for|at|around|about)$/.test(tokens[k + 2]?.lower ?? '') && amountAt(tokens, k + 3) ? k + 3 : k + 2;
      const amount = amountAt(tokens, from) ? npStartingAt(tokens, from, end, 8) : null;
      if (amount) {
        emit({ type: 'hedge', cue: { first: k, last: k }, content: [amount] });
        k = amount.last;
        continue;
      }
    }
    // ('Crop estimates have been lowered to 40 million tonnes': an ownerless estimate that a toll
    // verb's passive moves to an amount hedges it.)
    if (lex.ownerlessEstimates.has(w) && !possessorBefore(tokens, k) && !tokens[k].tags.has('Verb')) {
      let v = k + 1;
      while (v <= end && v <= k + 3 && /^(has|have|had|been|was|were|is|are|be|being|now|also|again|since|already)$/.test(tokens[v].lower)) v++;
      const moved = v > k + 1 && v <= end && /ed$|^(cut|set|put)$/.test(tokens[v].lower) && (lex.cueForms.get(tokens[v].lower)?.has('toll') ?? false);
      const to = moved ? v + 1 + (/^(down|up)$/.test(tokens[v + 1]?.lower ?? '') ? 1 : 0) : -1;
      if (moved && /^(to|at)$/.test(tokens[to]?.lower ?? '') && amountAt(tokens, to + 1)) {
        const amount = npStartingAt(tokens, to + 1, end, 8);
        if (amount) {
          emit({ type: 'hedge', cue: { first: k, last: v }, content: [amount] });
          k = amount.last;
          continue;
        }
      }
    }
    // ('revenue was short of the $3.43 billion expected.', 'a $103 million budget shortfall expected for
    // the 2024-25 school year': a participle after an amount (and its nouns) at the end of a clause,
    // or before a time phrase, hedges the amount.)
    let n = k - 1;
    while (n > 0 && n >= k - 3 && !tokens[n].tags.has('Value') && tokens[n].tags.has('Noun') && /^\s*$/.test(gapAfter(tokens, n - 1))) n--;
    const timeAfter = /^(for|in|by|next|this|over)$/.test(tokens[k + 1]?.lower ?? '') && /^\s*$/.test(gapAfter(tokens, k));
    if (/^(expected|forecast|projected|anticipated|predicted)$/.test(w) && k > 0 && tokens[n]?.tags.has('Value') && /^\s*$/.test(gapAfter(tokens, k - 1)) && (k === end || /^\s*[,.;:)]/.test(gapAfter(tokens, k)) || timeAfter) && !BE.has(tokens[n - 1]?.lower ?? '')) {
      const a = amountStart(tokens, n);
      emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: a, last: k }] });
      continue;
    }
    // ('far outpaced the 125,000 estimate', 'beat the 2.1% forecast': an amount that names an
    // estimate nobody in the sentence owns is somebody's estimate.)
    if (lex.ownerlessEstimates.has(w) && k > 0 && tokens[k - 1].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, k - 1)) && !/^(of|by|from)$/.test(tokens[k + 1]?.lower ?? '')) {
      const a = amountStart(tokens, k - 1);
      if (!possessorBefore(tokens, a)) {
        emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: a, last: k }] });
        continue;
      }
    }
    // Passives: 'is believed to', 'was estimated at', 'are expected to', 'is officially forecast at'.
    if (lex.hedgeParticiples.has(w)) {
      const aux = beforeAdverbs(tokens, k);
      const next = tokens[k + 1]?.lower ?? '';
      const passive = aux >= 0 && BE.has(tokens[aux].lower) && aux < k;
      // Reduced: 'a salary believed to be', and set off: 'The painting, said to be worth $5 million,'.
      // ('The painting - thought to be worth up to £500,000 - was stolen', '(believed to be worth ...)':
      // or set off by dashes or brackets.)
      const asideOpen = /^\s*(,|\(|—|–|--|\s-)\s*$/.test(gapAfter(tokens, k - 1));
      // ('a sticky pedal blamed for dozens of deaths': 'blamed' takes 'for'.)
      // ('a gang suspected of smuggling drugs worth billions', 'two men accused of stealing $3 million':
      // 'suspected' and 'accused' take 'of'.)
      const ofHedge = /^(suspected|accused)$/.test(w) && next === 'of';
      // ('Brendan Gormley, chief executive of the group, said: "To raise ...', 'said to reporters': the
      // 'to' must open an infinitive with nothing between, or it is a speaker's verb of saying.)
      const infinitive = w !== 'said' || next !== 'to' || infinitiveToAfter(tokens, k);
      const reduced = !passive && k > 0 && tokens[k - 1].tags.has('Noun') && (/^(at|to)$/.test(next) || (w === 'blamed' && next === 'for') || ofHedge) && infinitive && (/^\s*,?\s*$/.test(gapAfter(tokens, k - 1)) || asideOpen);
      // ('with over 130 fatalities reported in Sri Lanka', '45 deaths reported so far': reported right
      // after the noun of an amount, a reduced passive, hedges the amount.)
      // ('compared with the 12.1% rate previously reported': an adverb of time may stand between.)
      const n = k >= 3 && /^(previously|originally|initially|earlier|first)$/.test(tokens[k - 1].lower) && /^\s*$/.test(gapAfter(tokens, k - 1)) ? k - 1 : k;
      // (The amount's noun, whatever compromise made of it: 'the 12.1% rate'.)
      const amountNoun = n >= 2 && (tokens[n - 1].tags.has('Noun') || (tokens[n - 2].tags.has('Value') && /^\p{Ll}+$/u.test(tokens[n - 1].text) && !/(ed|ing)$/.test(tokens[n - 1].lower)));
      // ('up from the 59.9 per 100,000 reported a week earlier': or right after a rate, before a time.)
      const rateBefore = !passive && w === 'reported' && n >= 3 && tokens[n - 1].tags.has('Value') && /^(per|a|an)$/.test(tokens[n - 2].lower) && tokens[n - 3].tags.has('Value') && /^\s*$/.test(gapAfter(tokens, n - 1)) && /^(a|an|the|last|this|earlier|previously)$/.test(tokens[k + 1]?.lower ?? '') && /^(week|month|year|day|quarter)s?$|^earlier$/.test(tokens[k + 2]?.lower ?? '');
      if (rateBefore) {
        const a = amountStart(tokens, n - 3);
        emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: a, last: k }] });
        continue;
      }
      if (!passive && w === 'reported' && amountNoun && !tokens[n - 1].tags.has('Pronoun') && /^\s*$/.test(gapAfter(tokens, n - 1) + gapAfter(tokens, n - 2)) && tokens[n - 2].tags.has('Value') && reducedTail(tokens, k)) {
        const a = amountStart(tokens, n - 2);
        emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: a, last: k }] });
        continue;
      }
      // ('a heavier defeat than was expected', 'more than is thought': a comparison, no hedge.)
      const compared = passive && /^(than|as)$/.test(tokens[aux - 1]?.lower ?? '');
      if ((passive || reduced) && !compared) {
        const weak = lex.weakHedgeParticiples.has(w);
        // ('are considered accurate within 2.8 percentage points', 'is deemed likely to cost': a
        // judgement's adjective stands for 'to be'.)
        const judged = passive && /^(considered|deemed|thought|believed)$/.test(w) && !!tokens[k + 1]?.tags.has('Adjective') && !tokens[k + 1].tags.has('Noun') && /^\s*$/.test(gapAfter(tokens, k));
        if (weak && !judged && !/^(at|as)$/.test(next) && !(next === 'to' && (/^(be|have)$/.test(tokens[k + 2]?.lower ?? '') || w === 'tipped'))) continue;
        // 'is said', 'is understood' hedge only before 'to'/'that' ('is said to have'); 'is expected',
        // 'are believed', 'were reported' hedge on their own ('A crowd of 1,400 is expected').
        if (/^(said|understood|thought|known|considered)$/.test(w) && !judged && !/^(to|that)$/.test(next)) continue;
        // 'was recorded ... by the USGS' is sourced, not hedged: the verb pass took those.
        // Set off by commas, the hedge covers its aside only.
        let content = clauseFromComma(passive ? aux : k);
        // ('500kg of what were believed to be heroin pills valued at $2.5 million': after 'what' the hedge
        // is on what the thing is, not on the amounts around it.)
        // ('what is believed to be 40 kg of cocaine' hedges its amount as usual.)
        const identity = next === 'to' && tokens[k + 2]?.lower === 'be' ? k + 3 : k + 1;
        if (passive && tokens[beforeAdverbs(tokens, aux)]?.lower === 'what' && !amountAt(tokens, identity)) {
          let j = identity;
          while (j < tokens.length && /^\s*$/.test(gapAfter(tokens, j - 1)) && (tokens[j].tags.has('Noun') || tokens[j].tags.has('Adjective') || tokens[j].tags.has('Determiner')) && !tokens[j].tags.has('Value')) j++;
          emit({ type: 'hedge', cue: { first: aux, last: k }, content: [{ first: aux, last: Math.max(k, j - 1) }] });
          continue;
        }
        // ('a pedal blamed for dozens of deaths': a reduced 'blamed for' hedges only what follows it.)
        if (reduced && (COMMA.test(gapAfter(tokens, k - 1)) || next === 'for' || ofHedge)) content = { first: k, last: runTo(tokens, k, COMMA) };
        else if (reduced && asideOpen) content = { first: k, last: runTo(tokens, k, /\)|—|–|--|\s-\s/) };
        // ('had been expected to hold output steady, having already cut by 2 million bpd', 'is expected
        // to cut rates, after raising them by 0.5%': a participial or time adjunct after a comma is
        // the writer's.)
        // ('The numbers are estimated from 183 countries, using data ...': what it was estimated from is
        // the basis, not the estimate.)
        if (/^(estimated|calculated|projected)$/.test(w) && /^(from|using)$/.test(tokens[k + 1]?.lower ?? '') && k + 1 <= content.last) content = { first: content.first, last: k };
        // ('A downward adjustment may have been expected after the industry posted a record profit of
        // $15.8 billion': a hedge with nothing to hedge after it leaves the writer's reason or time clause alone.)
        if (/^(after|because|since|once|when|following)$/.test(tokens[k + 1]?.lower ?? '') && k + 1 <= content.last) content = { first: content.first, last: k };
        for (let b = k + 1; b <= content.last; b++) {
          // ('is expected to bring crude prices up, which have fallen by more than 30 percent', 'have been
          // reported in Spain, where temperatures reached 117 degrees': and a relative clause set off by
          // a comma, the writer's aside on what is named; not one on the
          // hedged amount itself: 'are estimated to be $10.3 billion in 1961, which is $184 million more'.)
          if (COMMA.test(gapAfter(tokens, b - 1)) && (tokens[b].tags.has('Gerund') || /^(after|before|since|while|following)$/.test(tokens[b].lower) || (/^(which|who|whose|where)$/.test(tokens[b].lower) && tokens[b].text !== 'WHO' && !tokens.slice(Math.max(k, b - 4), b).some((x) => x.tags.has('Value') && !x.tags.has('Date'))))) {
            content = { first: content.first, last: b - 1 };
            break;
          }
        }
        // ('Sales rose 12 percent last year and are expected to reach $5 billion': a hedged verb phrase
        // coordinated after another covers its own phrase only.)
        const vpAnd = passive ? beforeAdverbs(tokens, aux) : -1;
        if (vpAnd > content.first && tokens[vpAnd].lower === 'and') content = { first: vpAnd + 1, last: content.last };
        // ('a storm that is expected to bring rain', 'Typhoon Fung-wong, which is expected to bring
        // rain, forced 4,000 people ...': in a relative clause the hedge covers that clause only.)
        const rel = passive ? beforeAdverbs(tokens, aux) : -1;
        // ('worse than the 525,000 that had been forecast': an amount the clause is about is hedged too.)
        if (rel >= 0 && /^(that|which|who)$/.test(tokens[rel].lower) && tokens[rel].text !== 'WHO') {
          // (Only an amount right before it, or before its noun: not '3,000 people ahead of a storm that'.)
          const clean = (i: number) => /^\s*$/.test(gapAfter(tokens, i));
          let a = tokens[rel - 1]?.tags.has('Value') && clean(rel - 1) ? rel - 1 : tokens[rel - 2]?.tags.has('Value') && clean(rel - 2) && clean(rel - 1) && tokens[rel - 1].tags.has('Noun') ? rel - 2 : -1;
          if (a >= 0) a = amountStart(tokens, a);
          content = { first: a >= 0 ? a : rel, last: Math.min(content.last, runTo(tokens, rel, COMMA)) };
        }
        // ('Twelve people, mostly fishermen, have been reported missing': the subject before a short
        // aside set off by commas is the passive's too.)
        if (passive && content.first === beforeAdverbs(tokens, aux) + 1 && content.first > 0) {
          const aside = afterComma[content.first - 1];
          const subjectFrom = aside > 0 ? afterComma[aside - 1] : -1;
          const np = aside > 0 ? npEndingAt(tokens, aside - 1, subjectFrom) : null;
          // ('At least 30 people': a modifier of the amount may open it. 'The ship, which carried 300
          // people, was reported missing': a relative clause is no aside of the subject's amount.)
          // ('Clashes erupted after 58 people, including 11 children, were reported killed': or a
          // subordinate clause's subject, after its subordinator.)
          let from = subjectFrom;
          if (np) for (let s = np.first - 1; s >= Math.max(0, subjectFrom); s--) if (SUBORDINATORS.has(tokens[s].lower)) { from = s + 1; break; }
          const lead = np ? tokens.slice(from, np.first).every((x) => /^(at|least|most|about|around|some|more|less|fewer|than|nearly|almost|over|under|roughly|up|to)$/.test(x.lower)) : false;
          const relative = /^(which|who|whom|whose|that|where)$/.test(tokens[aside]?.lower ?? '');
          // ('The project, originally budgeted at $1.2 billion, is expected to cost $2.1 billion': only a
          // subject that is itself an amount; an aside on another subject is the writer's.)
          const amountSubject = !!np && tokens.slice(np.first, np.last + 1).some((x) => x.tags.has('Value') && !x.tags.has('Date'));
          if (np && lead && amountSubject && !relative && content.first - aside <= 8 && from >= clauseOf(tokens, starts, aux).first) content = { first: from, last: content.last };
        }
        emit({ type: 'hedge', cue: { first: passive ? aux : k, last: k }, content: [content] });
        continue;
      }
    }
    // Attributive: 'an estimated 5,000', 'with reported magnitude 6.3', 'the total reported casualties increased to 167'.
    if (lex.attributiveHedges.has(w) && k + 1 <= end && /^\s*$/.test(gapAfter(tokens, k))) {
      const prev = tokens[k - 1];
      if (prev && (BE.has(prev.lower) || /^(has|have|had)$/.test(prev.lower))) continue;
      // ('better-than-expected profit of $2 billion': the profit is what came, not what was expected.)
      if (prev?.lower === 'than') continue;
      // ('it said it still expected Las Bambas to produce': after a subject and an adverb, a verb.)
      if (prev && /^(still|now|also|already|initially|previously|originally)$/.test(prev.lower) && tokens[k - 2] && (tokens[k - 2].tags.has('Pronoun') || tokens[k - 2].tags.has('ProperNoun'))) continue;
      const nt = tokens[k + 1];
      if (!(nt.tags.has('Value') || nt.tags.has('Noun') || nt.tags.has('Adjective') || /^\d|^\$/.test(nt.text))) continue;
      // ('involved estimated losses of ...': after a verb the participle modifies the noun too.)
      if (prev && !(prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Preposition') || prev.tags.has('Noun') || prev.tags.has('Value') || /^(and|or)$/.test(prev.lower) || (isVerb(prev) && tokens[k + 2]?.lower === 'of') || /[,;:(—–]\s*$|--\s*$/.test(gapAfter(tokens, k - 1)))) continue;
      // The phrase it modifies ('an estimated $15,000' includes its article); when that phrase is the
      // subject of its clause ('the total reported casualties increased to 167'), the clause too.
      // ('the 64-cent anticipated dividend': an amount right before the hedge is what it hedges.)
      // ('a $56.7 million estimated deficit': the whole amount, scale and all.)
      let from = prev && prev.tags.has('Determiner') ? k - 1 : prev && prev.tags.has('Value') && /^\s*$/.test(gapAfter(tokens, k - 1)) ? amountStart(tokens, k - 1) : k;
      // ('more than $8.3 billion in estimated losses': the amount the noun measures comes before it.)
      if (prev?.lower === 'in' && tokens[k - 2]?.tags.has('Value')) {
        from = k - 2;
        while (from > 0 && /^\s*$/.test(gapAfter(tokens, from - 1)) && (tokens[from - 1].tags.has('Value') || AMOUNT_WORDS.test(tokens[from - 1].lower))) from--;
      }
      let last = k + 1;
      // (A determiner after a noun opens another phrase: 'The reported transfer fee eclipses the €105 million'.)
      while (last + 1 <= end && /^\s*$/.test(gapAfter(tokens, last)) && npWord(tokens[last + 1]) && !/^(that|which|who|and|or)$/.test(tokens[last + 1].lower) && !(tokens[last + 1].tags.has('Determiner') && tokens[last].tags.has('Noun') && !tokens[last].tags.has('Value'))) last++;
      // ('estimated losses of more than $2.1 billion': and the amount after 'of'.)
      if (tokens[last]?.lower === 'of' || tokens[last + 1]?.lower === 'of') {
        let a = tokens[last].lower === 'of' ? last + 1 : last + 2;
        while (a <= end && AMOUNT_WORDS.test(tokens[a].lower) && /^\s*$/.test(gapAfter(tokens, a))) a++;
        if (a <= end && tokens[a].tags.has('Value')) {
          last = a;
          while (last + 1 <= end && /^\s*$/.test(gapAfter(tokens, last)) && tokens[last + 1].tags.has('Value')) last++;
        }
      }
      // ('an expected tax rate of $2.15 per $1,000': a rate's second half.)
      while (tokens[last].tags.has('Value') && last + 2 <= end && tokens[last + 1].lower === 'per' && /^\s*$/.test(gapAfter(tokens, last))) last += 2;
      // ('The earthquake claimed 4,000 lives': a verb with an object it reports nothing with, not a
      // hedge on the amount.)
      const objects = prev && !prev.tags.has('Determiner') ? lex.nonReportingObjects.get(lex.cueLemma.get(w) ?? '') : undefined;
      if (objects && tokens.slice(k + 1, last + 2).some((x) => objects.has(x.lower))) continue;
      const after = tokens[last + 1];
      const clause = clauseOf(tokens, starts, k);
      let np = from;
      while (np - 1 >= clause.first && /^\s*$/.test(gapAfter(tokens, np - 1)) && npWord(tokens[np - 1]) && !tokens[np - 1].tags.has('Preposition')) np--;
      const isSubject = np === clause.first || /[,;:—–]\s*$|--\s*$/.test(gapAfter(tokens, np - 1));
      // (Only a verb of level or change: 'The reported transfer fee eclipses the €105 million that
      // United paid' compares the fee with another amount, which nobody hedges.)
      if (after && isVerb(after) && /^\s*$/.test(gapAfter(tokens, last)) && isSubject && (lex.levelVerbs.has(after.lower) || HEDGED_LEVEL.test(after.lower))) last = clause.last;
      // ('a reported £22.5 million ($28 million)': and its conversion in brackets.)
      else last = conversionAfter(tokens, last, end);
      emit({ type: 'hedge', cue: { first: k, last: k }, content: [{ first: from, last }] });
    }
  }
}

/** What may follow a reduced 'reported' after an amount's noun: a place, a time, an auxiliary or the clause's end ('49 percent reported support' is a verb with its object). */
function reducedTail(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || !/^\s*$/.test(gapAfter(tokens, k))) return true;
  if (/^(that|by)$/.test(next.lower)) return false;
  // ('the 12.1% rate previously reported and a 4.2% pace': or the next item of a list.)
  if (next.lower === 'and' && /^(a|an|the)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.tags.has('Value')) return true;
  return /^(in|on|at|across|from|during|since|so|last|this|yesterday|today|overnight|have|has|had|were|was|are|is)$/.test(next.lower);
}

/**
 * The range cut before 'as', 'because' or 'since' past the cue when a clause of its own follows:
 * a noun phrase and then a finite verb ('as water threatens 300 homes'). Not 'as many as', 'since
 * 2019' or 'as expected'.
 */
function beforeOwnClause(tokens: Token[], r: TokenRange, cueLast: number): TokenRange {
  for (let b = Math.max(r.first, cueLast + 1) + 1; b < r.last; b++) {
    if (!/^(as|because|since)$/.test(tokens[b].lower)) continue;
    const np = npStartingAt(tokens, b + 1, r.last, 6);
    const v = np ? tokens[np.last + 1] : undefined;
    if (!np || !v || !/^\s*$/.test(gapAfter(tokens, np.last))) continue;
    if (tokens[np.first].tags.has('Value') && np.first === np.last) continue;
    const finite = BE.has(v.lower) || /^(has|have|had|will|would|could|can|may|might)$/.test(v.lower) || (isVerb(v) && (v.tags.has('PastTense') || v.tags.has('PresentTense')) && !v.tags.has('Gerund') && !v.tags.has('Participle') && !v.tags.has('Infinitive'));
    if (finite) return { first: r.first, last: b - 1 };
  }
  return r;
}

