// Rules, severities, inline disable comments, the lexicon extended from configuration, and the
// paragraph cache (same answers, less work).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine';
import { compileLexicon, inflect } from '../../src/lexicon';
import { ruleIds, rules } from '../../src/rules';

describe('rules', () => {
  it('each has an id, a description, a default severity and a docs page', () => {
    expect(ruleIds).toEqual(['unattributed-figure', 'vague-attribution', 'minor-figure']);
    for (const r of rules) {
      expect(r.meta.description.length).toBeGreaterThan(20);
      expect(r.meta.docs).toMatch(new RegExp(`docs/rules/${r.meta.id}\\.md$`));
    }
  });
  it('reports unattributed as warnings and vague as information by default', () => {
    const r = new Engine().analyze('Around 11,000 soldiers came. Officials said 24 died.');
    expect(r.diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['unattributed-figure', 'warning'],
      ['vague-attribution', 'information'],
    ]);
  });
  it('leaves minor figures alone unless asked', () => {
    const text = 'Two soldiers came.';
    expect(new Engine().analyze(text).diagnostics).toEqual([]);
    const d = new Engine({ rules: { 'minor-figure': 'hint' } }).analyze(text).diagnostics;
    expect(d.map((x) => [x.rule, x.severity, x.message])).toEqual([['minor-figure', 'hint', 'Minor figure "Two" has no source']]);
  });
  it('takes severities from configuration', () => {
    const r = new Engine({ rules: { 'unattributed-figure': 'error', 'vague-attribution': 'off' } }).analyze('Around 11,000 soldiers came. Officials said 24 died.');
    expect(r.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['unattributed-figure', 'error']]);
  });
  it('says why when a cue misses the figure', () => {
    const r = new Engine().analyze('The company, which employs 5,000 people, said the plant will close.');
    expect(r.diagnostics[0].message).toBe('Figure "5,000" has no source (the cue in its sentence does not reach it)');
  });
});

describe('inline disable comments', () => {
  const e = new Engine();
  it('silences the next line', () => {
    const text = 'Around 11,000 came.\n<!-- attribution-lint-disable-next-line unattributed-figure -->\nAround 12,000 came.';
    expect(e.analyze(text, { format: 'markdown' }).diagnostics.map((d) => text.slice(d.start, d.end))).toEqual(['Around 11,000']);
  });
  it('silences its own line', () => {
    const text = 'Around 11,000 came. <!-- attribution-lint-disable-line -->\nAround 12,000 came.';
    expect(e.analyze(text, { format: 'markdown' }).diagnostics.map((d) => text.slice(d.start, d.end))).toEqual(['Around 12,000']);
  });
  it('silences a block for the named rule only', () => {
    const text = '<!-- attribution-lint-disable vague-attribution -->\nOfficials said 24 died. Around 11,000 came.\n<!-- attribution-lint-enable -->\nOfficials said 25 died.';
    expect(e.analyze(text, { format: 'markdown' }).diagnostics.map((d) => d.rule + ':' + text.slice(d.start, d.end))).toEqual(['unattributed-figure:Around 11,000', 'vague-attribution:25']);
  });
  it('works in plain text too', () => {
    const text = '<!-- attribution-lint-disable-next-line -->\nAround 11,000 came.';
    expect(e.analyze(text, { format: 'text' }).diagnostics).toEqual([]);
  });
});

describe('the lexicon', () => {
  it('inflects cue verbs, regular and irregular', () => {
    expect(inflect('claim')).toEqual(['claim', 'claims', 'claimed', 'claiming']);
    expect(inflect('testify')).toEqual(['testify', 'testifies', 'testified', 'testifying']);
    expect(inflect('say')).toEqual(['say', 'says', 'said', 'saying']);
    expect(inflect('estimate')).toEqual(['estimate', 'estimates', 'estimated', 'estimating']);
  });
  it('takes extra cues, hedges, agencies and anonymous sources from configuration', () => {
    const text = 'Ostrowski opined that 400 jobs would go. It is whispered that prices rose 40%. Globex Monitor reported 12 deaths. Sleuths said 9,000 left.';
    const before = new Engine().analyze(text).figures.map((f) => f.status);
    expect(before).toEqual(['unattributed', 'unattributed', 'attributed', 'attributed']);
    const e = new Engine({ lexicon: { cues: ['opine'], hedges: ['it is whispered'], agencies: [{ name: 'Globex Monitor', kind: 'media' }], anonymousSources: ['sleuths'] } });
    const after = e.analyze(text).figures;
    expect(after.map((f) => f.status)).toEqual(['attributed', 'vague', 'attributed', 'vague']);
    expect(after[2].source?.kind).toBe('media');
    expect(compileLexicon({ cues: ['opine'] }).cueForms.has('opined')).toBe(true);
  });
});

describe('the paragraph cache', () => {
  const text = 'The ministry said 40 people died.\n\nAround 11,000 soldiers came.\n\n"We sold 40 pickers," he said.';
  it('re-analyses only the paragraph that changed', () => {
    const e = new Engine();
    e.analyze(text);
    const before = e.cacheStats;
    e.analyze(text.replace('11,000', '12,000'));
    const after = e.cacheStats;
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(2);
  });
  it('gives the same answers with and without the cache', () => {
    const cached = new Engine();
    cached.analyze(text.replace('40 people', '41 people'));
    const a = cached.analyze(text);
    const b = new Engine({ cacheSize: 0 }).analyze(text);
    expect(a).toEqual(b);
  });
});
