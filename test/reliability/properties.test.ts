// Property-based reliability tests for the engine (issue 5, "The engine"): whatever the input -- random
// UTF-16, random Markdown, real news sentences mixed with noise -- `analyze` does not throw, every span
// is an exact slice of the input, offsets are in bounds and ordered, diagnostics point at their figures,
// and the result does not depend on the cache (warm, cold, filled by another document, or off).
//
// Runs are seeded so CI is reproducible; on failure fast-check prints the seed, the path and the shrunk
// counterexample. Explore with other seeds or more runs locally:
//   FC_SEED=123 FC_RUNS=1000 npx vitest run test/reliability/properties.test.ts
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine, type AnalysisResult, type DocumentFormat } from '../../src/engine';
import { corpusMix, corpusSentences, markdown, paragraph, unicodeText } from './arbitraries';
import { checkInvariants, crlfToLf, FORMATS, normalized } from './invariants';

const seed = Number(process.env.FC_SEED ?? 20_240_605);
const runs = (n: number) => Number(process.env.FC_RUNS ?? n);
const TIMEOUT = 120_000;

/** One engine for the whole file: its cache fills with paragraphs of every earlier input. */
const shared = new Engine();
const uncached = new Engine({ cacheSize: 0 });

/** analyze, the invariants, and the same result from every cache state. */
function checkEverything(input: string, format: DocumentFormat): AnalysisResult {
  const fresh = new Engine();
  const first = fresh.analyze(input, { format });
  checkInvariants(input, first);
  // Second run, same engine: every paragraph now comes from the cache.
  expect(fresh.analyze(input, { format }), 'second run (warm cache) differs').toStrictEqual(first);
  // An engine whose cache holds paragraphs of many other documents.
  expect(shared.analyze(input, { format }), 'engine with a shared, long-lived cache differs').toStrictEqual(first);
  // No cache at all.
  expect(uncached.analyze(input, { format }), 'cacheSize: 0 differs').toStrictEqual(first);
  return first;
}

const property = (arb: fc.Arbitrary<string>, numRuns: number) => {
  for (const format of FORMATS) {
    it(`${format}: never throws, exact spans, ordered offsets, cache-independent`, () => {
      fc.assert(
        fc.property(arb, (input) => {
          checkEverything(input, format);
        }),
        { seed, numRuns: runs(numRuns) },
      );
    }, TIMEOUT);
  }
};

describe('random UTF-16 text (lone surrogates, NUL, any plane)', () => property(unicodeText, 300));

describe('random Markdown', () => property(markdown, 150));

describe('corpus sentences mixed with noise', () => property(corpusMix, 150));

describe('cache independence', () => {
  // Two documents that share paragraphs, in another order and next to other paragraphs: analysing one
  // first must not change the other's result (what crosses paragraphs is recomputed every time).
  const docs = fc
    .tuple(fc.array(paragraph, { minLength: 2, maxLength: 5 }), fc.array(paragraph, { maxLength: 2 }), fc.array(fc.nat(), { minLength: 7, maxLength: 7 }), fc.constantFrom('\n\n', '\r\n\r\n', '\n'), fc.constantFrom('\n\n', '\n\n\n', '\n'))
    .map(([shared, extra, order, sepA, sepB]) => {
      const mine = shared.join(sepA);
      const picked = shared.filter((_, i) => order[i] % 3 !== 0);
      const others = [...picked, ...extra].sort((a, b) => order[a.length % 7] % 2 - order[b.length % 7] % 2);
      return { mine, other: others.join(sepB) };
    });
  for (const format of FORMATS) {
    it(`${format}: a cache filled by a different document sharing paragraphs gives the same result`, () => {
      fc.assert(
        fc.property(docs, ({ mine, other }) => {
          const reference = new Engine({ cacheSize: 0 }).analyze(mine, { format });
          const engine = new Engine();
          engine.analyze(other, { format });
          const hitsBefore = engine.cacheStats.hits;
          const result = engine.analyze(mine, { format });
          checkInvariants(mine, result);
          expect(result).toStrictEqual(reference);
          // And the reverse order, the other document analysed after this one.
          expect(engine.analyze(other, { format })).toStrictEqual(new Engine({ cacheSize: 0 }).analyze(other, { format }));
          return hitsBefore >= 0;
        }),
        { seed, numRuns: runs(80) },
      );
    }, TIMEOUT);
  }

  it('a tiny LRU cache (evicting all the time) gives the same results', () => {
    const tiny = new Engine({ cacheSize: 2 });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (ps) => {
        const input = ps.join('\n\n');
        expect(tiny.analyze(input)).toStrictEqual(uncached.analyze(input));
        expect(tiny.cacheStats.size).toBeLessThanOrEqual(2);
      }),
      { seed, numRuns: runs(40) },
    );
  }, TIMEOUT);
});

describe('metamorphic: the same draft written differently gives the same findings', () => {
  // Corpus mixes with \n line breaks only and no BOM, to transform.
  const lfOnly = corpusMix.map((s) => s.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029]/g, '\n'));
  const lfMarkdown = markdown.map((s) => s.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029]/g, '\n'));
  const fromCrlf = (s: string) => s.replace(/\r\n/g, '\n');

  for (const [label, arb, format] of [
    ['corpus mix', lfOnly, 'text'],
    ['corpus mix', lfOnly, 'markdown'],
    ['random Markdown', lfMarkdown, 'markdown'],
  ] as const) {
    it(`${label} (${format}): Windows line endings (CRLF) give the same findings as LF`, () => {
      fc.assert(
        fc.property(arb, (lf) => {
          const crlf = lf.replace(/\n/g, '\r\n');
          const a = uncached.analyze(lf, { format });
          const b = uncached.analyze(crlf, { format });
          checkInvariants(crlf, b);
          expect(normalized(b, crlfToLf(crlf), fromCrlf)).toStrictEqual(normalized(a, (n) => n));
        }),
        { seed, numRuns: runs(60) },
      );
    }, TIMEOUT);
  }

  for (const format of FORMATS) {
    it(`corpus mix (${format}): a BOM or a paragraph before the draft only shifts the offsets`, () => {
      fc.assert(
        fc.property(lfOnly, fc.constantFrom('\uFEFF', 'Hello there.\n\n', '\n\n\n', '<!-- draft 2 -->\n\n'), (body, prefix) => {
          const a = uncached.analyze(body, { format });
          const b = uncached.analyze(prefix + body, { format });
          checkInvariants(prefix + body, b);
          expect(normalized(b, (n) => n - prefix.length)).toStrictEqual(normalized(a, (n) => n));
        }),
        { seed, numRuns: runs(60) },
      );
    }, TIMEOUT);
  }
});

describe('what is not prose never yields a figure, and directives and rules only filter diagnostics', () => {
  // A number no corpus sentence holds, put only where Markdown is not prose: code, link targets, image
  // text, HTML tags and comments, front matter, reference definitions. (A code span holding a shorter
  // backtick run, ``a ` b``, is left out: a known bug, see regressions.test.ts.)
  const SENTINEL = '987654321';
  const prose = fc.constantFrom(...corpusSentences.filter((s) => !/[`<>[\]*_\\|#~!]/.test(s) && !s.includes(SENTINEL)));
  const hidden = fc.constantFrom(
    `\`${SENTINEL}\``,
    `\`\`a ${SENTINEL} b\`\``,
    `[the report](https://example.com/${SENTINEL})`,
    `![${SENTINEL} people](chart-${SENTINEL}.png)`,
    `<span data-n="${SENTINEL}">`,
    `<!-- ${SENTINEL} people -->`,
    `<https://example.com/${SENTINEL}>`,
    `https://example.com/a/${SENTINEL}`,
  );
  const hiddenBlock = fc.constantFrom(`\`\`\`\n${SENTINEL} people\n\`\`\``, `~~~\n${SENTINEL}\n~~~`, `[ref]: https://example.com/${SENTINEL}`, `<!--\n${SENTINEL} people died\n-->`, `    ${SENTINEL} indented code`);
  const paragraphWithHidden = fc.array(fc.oneof({ arbitrary: prose, weight: 2 }, hidden), { minLength: 1, maxLength: 5 }).map((p) => p.join(' '));
  const doc = fc
    .tuple(fc.boolean(), fc.array(fc.oneof({ arbitrary: paragraphWithHidden, weight: 3 }, hiddenBlock), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n\n', '\r\n\r\n'))
    .map(([fm, blocks, sep]) => (fm ? `---\ncount: ${SENTINEL}\n---\n` : '') + blocks.join(sep).replace(/\n/g, sep.length === 4 ? '\r\n' : '\n').replace(/\r\r\n/g, '\r\n'));

  it('markdown: a number inside code, link targets, images, HTML, comments or front matter is never a figure', () => {
    fc.assert(
      fc.property(doc, (input) => {
        const r = uncached.analyze(input, { format: 'markdown' });
        checkInvariants(input, r);
        for (const f of r.figures) expect(f.text).not.toContain(SENTINEL.slice(0, 3));
      }),
      { seed, numRuns: runs(100) },
    );
  }, TIMEOUT);

  for (const format of FORMATS) {
    it(`${format}: a leading disable comment silences every diagnostic and changes no figure; rules set to off report nothing`, () => {
      const off = new Engine({ cacheSize: 0, rules: { 'unattributed-figure': 'off', 'vague-attribution': 'off', 'minor-figure': 'off' } });
      const all = new Engine({ cacheSize: 0, rules: { 'unattributed-figure': 'error', 'vague-attribution': 'error', 'minor-figure': 'error' } });
      const prefix = '<!-- attribution-lint-disable -->\n\n';
      fc.assert(
        fc.property(corpusMix, (body) => {
          fc.pre(!body.includes('attribution-lint') && !body.startsWith('\uFEFF'));
          const plain = uncached.analyze(body, { format });
          const silenced = uncached.analyze(prefix + body, { format });
          expect(silenced.diagnostics).toEqual([]);
          expect(normalized({ ...silenced, diagnostics: [] }, (n) => n - prefix.length)).toStrictEqual(normalized({ ...plain, diagnostics: [] }, (n) => n));
          const r = off.analyze(body, { format });
          expect(r.diagnostics).toEqual([]);
          expect(r.figures).toStrictEqual(plain.figures);
          const strict = all.analyze(body, { format });
          expect(strict.figures).toStrictEqual(plain.figures);
          // Every rule on: each figure that is not attributed (or is minor and not named) gets an error.
          for (const d of strict.diagnostics) expect(d.severity).toBe('error');
          for (const [i, f] of plain.figures.entries()) if (f.status !== 'attributed') expect(strict.diagnostics.some((d) => d.figure === i)).toBe(true);
        }),
        { seed, numRuns: runs(60) },
      );
    }, TIMEOUT);
  }
});
