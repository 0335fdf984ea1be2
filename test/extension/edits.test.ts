import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine, type Figure } from '../../src/engine';
import { figureAt } from '../../src/extension/card';
import { addAttributionEdit, applyEdit, ignoreFigureEdit, sourceChoice } from '../../src/extension/edits';

const seed = readFileSync(new URL('../../sample/seed-article.md', import.meta.url), 'utf8');
const engine = new Engine();

function fig(text: string, figure: string, format: 'markdown' | 'text' = 'markdown'): { f: Figure; candidates: string[] } {
  const r = engine.analyze(text, { format });
  const i = figureAt(r, text.indexOf(figure) + 1);
  expect(i, `figure ${figure}`).toBeGreaterThanOrEqual(0);
  return { f: r.figures[i], candidates: r.candidates };
}

describe('Add attribution…', () => {
  it('inserts ", according to <choice>" before the final period of the sentence, offering the named sources', () => {
    const { f, candidates } = fig(seed, 'Around 11,000');
    const edit = addAttributionEdit(seed, f, candidates);
    expect(edit.snippet).toBe(true);
    expect(edit.newText).toBe(`, according to \${1|${candidates.join(',')}|}$0`);
    expect(seed[edit.start]).toBe('.');
    const after = applyEdit(seed, edit);
    expect(after).toContain(`committing each other to come to aid if attacked, according to ${candidates[0]}.`);
    // The engine now finds the figure attributed.
    const r = engine.analyze(after, { format: 'markdown' });
    const g = r.figures.find((x) => x.text === 'Around 11,000')!;
    expect(g.status).toBe('attributed');
  });

  it('uses a placeholder when the draft names no source yet', () => {
    const text = 'Around 11,000 soldiers were deployed.';
    const { f } = fig(text, '11,000', 'text');
    const edit = addAttributionEdit(text, f, []);
    expect(edit.newText).toBe(', according to ${1:source}$0');
    expect(applyEdit(text, edit)).toBe('Around 11,000 soldiers were deployed, according to source.');
  });

  it('escapes snippet syntax in source names', () => {
    expect(sourceChoice(['Smith, Jones | Co', 'A$B}', 'back\\slash'])).toBe('${1|Smith\\, Jones \\| Co,A\\$B\\},back\\\\slash|}');
  });

  it('gives a quotation ending in a period a "said" clause after it', () => {
    const text = 'Nobody knows the toll. "Around 11,000 soldiers died."\n';
    const f: Figure = { ...fig(text, '11,000', 'text').f };
    const edit = addAttributionEdit(text, f, ['Zelensky']);
    expect(applyEdit(text, edit)).toBe('Nobody knows the toll. "Around 11,000 soldiers died," Zelensky said.\n');
  });

  it('keeps a question mark inside the quotation', () => {
    const text = '"Were 3,000 soldiers killed?"';
    const { f } = fig(text, '3,000', 'text');
    expect(applyEdit(text, addAttributionEdit(text, f, ['Kim']))).toBe('"Were 3,000 soldiers killed?" Kim said.');
  });

  it('appends to a sentence with no final punctuation (a heading or list item)', () => {
    const text = '- Around 11,000 soldiers deployed\n- next item\n';
    const { f } = fig(text, '11,000');
    expect(applyEdit(text, addAttributionEdit(text, f, ['NIS']))).toBe('- Around 11,000 soldiers deployed, according to NIS\n- next item\n');
  });
});

describe('Ignore this figure', () => {
  it('puts the disable-next-line comment on its own line above, and the engine then skips the figure', () => {
    const { f } = fig(seed, 'Around 11,000');
    const edit = ignoreFigureEdit(seed, f.start, 'unattributed-figure');
    expect(edit.newText).toBe('<!-- attribution-lint-disable-next-line unattributed-figure -->\n');
    const after = applyEdit(seed, edit);
    const r = engine.analyze(after, { format: 'markdown' });
    expect(r.diagnostics.map((d) => after.slice(d.start, d.end))).toEqual(['thousands']);
  });

  it('works in plain text, keeps indentation and CRLF line ends', () => {
    const text = 'Intro line.\r\n  Around 11,000 soldiers were deployed.\r\n';
    const { f } = fig(text, '11,000', 'text');
    const edit = ignoreFigureEdit(text, f.start, 'unattributed-figure');
    const after = applyEdit(text, edit);
    expect(after).toBe('Intro line.\r\n  <!-- attribution-lint-disable-next-line unattributed-figure -->\r\n  Around 11,000 soldiers were deployed.\r\n');
    expect(engine.analyze(after, { format: 'text' }).diagnostics).toEqual([]);
  });

  it('only silences the rule it names', () => {
    const text = 'Around 11,000 soldiers were deployed.\n';
    const { f } = fig(text, '11,000', 'text');
    const after = applyEdit(text, ignoreFigureEdit(text, f.start, 'vague-attribution'));
    expect(engine.analyze(after, { format: 'text' }).diagnostics.map((d) => d.rule)).toEqual(['unattributed-figure']);
  });
});
