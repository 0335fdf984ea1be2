// Inputs the reliability suite found to make the engine quadratic (or worse), since fixed. Each test
// asserts linear scaling, so a regression shows.
//
// These use 8x input and a ceiling of 24 (the same 3k rule as pathological.test.ts), so a quadratic
// case (about 64x) fails by a wide margin, and the run at 8N is stopped at the ceiling.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { DocumentFormat } from '../../src/engine';
import { EngineWorker, expectLinear, printSummary, scaling } from './harness';
import { noNewline } from './inputs';

const engine = new EngineWorker();
beforeAll(() => engine.build(), 60_000);
afterAll(async () => {
  await engine.close();
  printSummary();
});

const rep = (s: string) => (n: number) => s.repeat(n);
const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(100 + (i % 800))).join(', ') + '.';

const quadratic = (name: string, make: (n: number) => string, n: number, format: DocumentFormat) =>
  it(`${name} (${format})`, async () => expectLinear(await scaling(engine, name, make, n, format, { factor: 8, knownSlow: true })), 120_000);

describe('inputs that once made the engine quadratic', () => {
  // src/engine/text/prose.ts, the inline link and image masks: from every '[' ... '](' the target
  // pattern scans to the end of the line for a ')', so a long line of unclosed link targets is quadratic.
  quadratic('a line of unclosed [a]( link targets', rep('[a]('), 2_500, 'markdown');
  quadratic('a line of unclosed ![a]( image targets', rep('![a]('), 1_250, 'markdown');
  // src/engine/paragraph.ts ParagraphAnalyzer.analyze, the 'X said:' carry test /:\s*["“]?\s*$/:
  // the two \s* around an optional mark backtrack quadratically over a colon followed by a long run of
  // white space -- or of masked Markdown, which is white space by then (a long code span after a colon).
  quadratic('a colon then a long run of spaces', (n) => 'Police said:' + ' '.repeat(n) + 'and 40 people died.', 5_000, 'text');
  quadratic('a colon then a long inline code span', (n) => 'Police said: `' + 'x'.repeat(n) + '` and 40 people died.', 5_000, 'markdown');
  // src/engine/paragraph.ts ParagraphAnalyzer.analyze, the figure loop: for every figure in a
  // quotation with no speaker, every other quotation of the paragraph is tested with isSpeech, which
  // does sentenceStarts.includes(): figures x quotations x sentences (cubic). This is also what makes
  // a long paragraph of real prose with quotations (the file with no newline) super-linear.
  quadratic('a paragraph of quotations with no speaker', rep('"5 people died." '), 400, 'text');
  // The same loop on the "file with no newline" made of real prose, quotations included
  // (pathological.test.ts runs it with the quotation marks taken out): 0.25 MB -> 2 MB.
  quadratic('prose with quotations and no newline', noNewline, 250_000, 'text');
  // src/engine/paragraph.ts ParagraphAnalyzer.analyze (hits.filter per figure) and pickCue (a sort
  // that recomputes sizes), and src/engine/attribution/hedges.ts findHedges (clauseFromComma walks back
  // to the clause start for every hedge): figures x cues in one long sentence.
  quadratic('one sentence of hedged figures', (n) => 'There were' + ' reportedly 5 people and'.repeat(n) + ' more.', 500, 'text');
  // src/engine/directives.ts applyDirectives: every diagnostic walks every directive and finds the
  // directive's lines again with LineIndex.position: diagnostics x directives.
  quadratic('disable-line directives and many findings', (n) => rep('<!-- attribution-lint-disable-line unattributed-figure -->\n')(n) + '\n' + numbers(n), 750, 'markdown');
});
