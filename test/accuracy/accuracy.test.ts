// Accuracy on the gold corpus in test/corpus, with the floors the engine issue sets. A change that
// costs accuracy fails here, with the list of misses in the message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine';
import { score, type Gold } from './scorer';

const dir = join(__dirname, '..', 'corpus');
const golds: Gold[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

describe('accuracy on the gold corpus', () => {
  const engine = new Engine();
  const result = score(golds.map((gold) => ({ gold, result: engine.analyze(gold.text, { format: 'text' }) })));
  const detail = `\n${result.misses.join('\n')}`;

  it('covers every gold file, each with its origin', () => {
    expect(golds.length).toBeGreaterThanOrEqual(21);
    for (const g of golds) expect(g.origin, g.id).toMatch(/\S/);
  });
  it('finds the figures', () => expect(result.detectionRecall, detail).toBeGreaterThanOrEqual(0.95));
  it('flags unattributed figures with F1 >= 0.90', () => expect(result.f1, detail).toBeGreaterThanOrEqual(0.9));
  it('names the right source for >= 85% of sourced figures', () => expect(result.sourceAccuracy, detail).toBeGreaterThanOrEqual(0.85));
  it('gives the right status to >= 85% of figures', () => expect(result.statusAccuracy, detail).toBeGreaterThanOrEqual(0.85));
});

describe('the scorer itself', () => {
  const gold: Gold = {
    id: 't',
    origin: 'test',
    text: 'Around 11,000 soldiers came. Officials said 24 died.',
    figures: [
      { anchor: 'Around 11,000', figure: 'Around 11,000', status: 'unattributed' },
      { anchor: '24 died', figure: '24', status: 'vague', source: 'Officials' },
    ],
  };
  it('scores a perfect answer as 1', () => {
    const s = score([{ gold, result: new Engine().analyze(gold.text) }]);
    expect(s.f1).toBe(1);
    expect(s.statusAccuracy).toBe(1);
    expect(s.sourceAccuracy).toBe(1);
  });
  it('scores a wrong answer below 1', () => {
    const wrong = new Engine().analyze('Around eleven soldiers came. Officials said 24 died.');
    wrong.figures = wrong.figures.map((f) => ({ ...f, status: 'unattributed' as const, source: null }));
    const s = score([{ gold, result: wrong }]);
    expect(s.statusAccuracy).toBeLessThan(1);
    expect(s.sourceAccuracy).toBe(0);
  });
});
