// No hidden state: analyze does not change what it is given, a caller changing a result cannot change
// the next one, and engines with different configurations do not leak into each other. This file gets
// its own module instances from vitest, so "before any custom engine existed" means what it says.
import { describe, expect, it } from 'vitest';
import { Engine, type AnalysisResult } from '../../src/engine';
import { corpusTexts } from './arbitraries';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const OPINE = 'The minister opined that 40 people had died in the floods.';
const DRAFT = [corpusTexts[0].slice(0, 1500), OPINE, 'Police said 12 were hurt.', '"Five people were rescued," she said.'].join('\n\n');

// Taken before any engine with a custom lexicon exists in this process.
const pristine = new Engine({ cacheSize: 0 });
// ('Unite officials' are unnamed officials to a default engine, and a named union's to one that knows Unite.)
const UNITE = 'Unite officials said 40 people died.';
const baseline = { unite: pristine.analyze(UNITE), draft: pristine.analyze(DRAFT, { format: 'markdown' }) };

describe('analyze does not mutate what it is given', () => {
  it('frozen engine options and analyze options are accepted and left as they were', () => {
    const options = deepFreeze({ lexicon: { cues: ['opine'], hedges: ['reputedly'], agencies: ['Acme Research', { name: 'Unite', kind: 'organization' as const, aliases: ['Unite the Union'] }], anonymousSources: ['insiders'] }, rules: { 'minor-figure': 'hint' as const }, cacheSize: 10 });
    const copy = JSON.stringify(options);
    const engine = new Engine(options);
    const analyzeOptions = deepFreeze({ format: 'markdown' as const });
    const text = `${DRAFT}\n\n<!-- attribution-lint-disable-next-line -->\nInsiders reputedly put it at 7.`;
    const before = text.slice();
    expect(() => engine.analyze(text, analyzeOptions)).not.toThrow();
    expect(JSON.stringify(options)).toBe(copy);
    expect(analyzeOptions).toEqual({ format: 'markdown' });
    expect(text).toBe(before);
  });

  it('changing a returned result does not change the next result (warm cache)', () => {
    const engine = new Engine();
    const first = engine.analyze(DRAFT, { format: 'markdown' });
    const reference: AnalysisResult = structuredClone(first);
    expect(first.figures.length).toBeGreaterThan(3);
    // A careless caller: rewrites every object it was given.
    for (const f of first.figures) {
      f.start = -1;
      f.text = 'changed';
      f.sentence.start = -1;
      if (f.source) {
        f.source.text = 'changed';
        f.source.resolved = 'changed';
      }
      if (f.cue) f.cue.start = -1;
    }
    first.figures.reverse();
    for (const s of first.sources) {
      s.figures.push(999);
      s.mentions.length = 0;
    }
    first.diagnostics.length = 0;
    first.candidates.push('changed');
    expect(engine.analyze(DRAFT, { format: 'markdown' })).toStrictEqual(reference);
    expect(new Engine().analyze(DRAFT, { format: 'markdown' })).toStrictEqual(reference);
  });
});

describe('engines with different configurations share nothing', () => {
  it('a default engine and one with the extra cue "opine", alternating, give stable and different results', () => {
    const plain = new Engine();
    const opine = new Engine({ lexicon: { cues: ['opine'] } });
    const results = { plain: [] as AnalysisResult[], opine: [] as AnalysisResult[] };
    for (let round = 0; round < 3; round++) {
      results.plain.push(plain.analyze(DRAFT, { format: 'markdown' }));
      results.opine.push(opine.analyze(DRAFT, { format: 'markdown' }));
      // Cold caches too: what is recomputed must match what was cached.
      plain.clearCache();
      opine.clearCache();
    }
    for (const r of results.plain) expect(r).toStrictEqual(results.plain[0]);
    for (const r of results.opine) expect(r).toStrictEqual(results.opine[0]);
    const fig = (r: AnalysisResult) => r.figures.find((f) => f.text === '40' && f.sentence.start === DRAFT.indexOf(OPINE))!;
    expect(fig(results.plain[0]).status).toBe('unattributed');
    expect(fig(results.opine[0]).status).toBe('attributed');
    expect(fig(results.opine[0]).cue?.text).toBe('opined');
    // And the default engine still gives what it gave before any custom engine existed.
    expect(results.plain[0]).toStrictEqual(baseline.draft);
    expect(new Engine({ cacheSize: 0 }).analyze(DRAFT, { format: 'markdown' })).toStrictEqual(baseline.draft);
  });

  it('rule settings are per engine', () => {
    const off = new Engine({ rules: { 'unattributed-figure': 'off' } });
    const error = new Engine({ rules: { 'unattributed-figure': 'error' } });
    const text = 'About 40 people died.';
    for (let i = 0; i < 2; i++) {
      expect(off.analyze(text).diagnostics).toEqual([]);
      expect(error.analyze(text).diagnostics.map((d) => d.severity)).toEqual(['error']);
    }
  });

  // Regression (found by this suite, now fixed) (src/engine/nlp/tagger.ts, ensurePlugin): an engine's lexicon is taught to compromise
  // with nlp.plugin(), which changes compromise's one global lexicon for good. After an engine with
  // agencies: ['Unite'] has run, every other engine in the process (and every engine created later)
  // tags 'Unite' as an organization: a default engine then reads 'Unite officials said 40 people
  // died.' as attributed, while it read it as vague before; an engine's cached paragraphs keep the old
  // reading, so its results also depend on what it had cached.
  it('an engine with extra agencies does not change what other engines find', () => {
    expect(baseline.unite.figures.map((f) => f.status)).toEqual(['vague']);
    const plain = new Engine();
    const cachedBefore = plain.analyze(UNITE);
    const unite = new Engine({ lexicon: { agencies: ['Unite'] } });
    expect(unite.analyze(UNITE).figures.map((f) => f.status)).toEqual(['attributed']);
    expect(plain.analyze(UNITE)).toStrictEqual(cachedBefore); // from the cache
    plain.clearCache();
    expect(plain.analyze(UNITE)).toStrictEqual(baseline.unite);
    expect(new Engine().analyze(UNITE)).toStrictEqual(baseline.unite);
  });
});
