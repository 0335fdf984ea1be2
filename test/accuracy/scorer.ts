// Scores the engine against gold files written to docs/annotation-guide.md, the same way the shared
// scorer scores the CLI's JSON: figures matched by overlap; minor gold figures ignored; the
// unattributed flag's precision, recall and F1; status accuracy; source accuracy (lenient match on
// the normalized source or what it resolves to).
import type { AnalysisResult } from '../../src/engine';

export interface GoldFigure {
  anchor: string;
  figure: string;
  status: 'attributed' | 'vague' | 'unattributed';
  source?: string | null;
  resolved?: string;
  minor?: boolean;
}

export interface Gold {
  id: string;
  origin: string;
  text: string;
  figures: GoldFigure[];
}

export interface Score {
  goldFigures: number;
  detectionRecall: number;
  precision: number;
  recall: number;
  f1: number;
  statusAccuracy: number;
  sourceAccuracy: number;
  misses: string[];
}

const norm = (s: string | null | undefined) =>
  (s || '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\b(the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function sourceMatches(gold: GoldFigure, sys: AnalysisResult['figures'][number]['source']): boolean {
  if (!sys) return false;
  const cands = [sys.text, sys.resolved].filter(Boolean).map(norm);
  const golds = [gold.source, gold.resolved].filter(Boolean).map(norm);
  for (const g of golds)
    for (const c of cands) {
      if (!g || !c) continue;
      if (g.includes(c) || c.includes(g)) return true;
      const head = g.split(' ').pop()!;
      if (head.length > 2 && c.split(' ').includes(head)) return true;
    }
  return false;
}

export function score(docs: { gold: Gold; result: AnalysisResult }[]): Score {
  const t = { sys: 0, gold: 0, matched: 0, tp: 0, fp: 0, fn: 0, status: 0, srcGold: 0, srcOK: 0 };
  const misses: string[] = [];
  for (const { gold, result } of docs) {
    const golds = gold.figures.map((f) => {
      const at = gold.text.indexOf(f.anchor);
      if (at < 0 || gold.text.indexOf(f.anchor, at + 1) >= 0) throw new Error(`${gold.id}: anchor must occur once: ${f.anchor}`);
      const start = at + f.anchor.indexOf(f.figure);
      return { ...f, start, end: start + f.figure.length };
    });
    const sys = result.figures;
    const used = new Set<number>();
    const pairs = new Map<number, number>();
    golds.forEach((g, gi) => {
      let best = -1;
      let bestOv = 0;
      sys.forEach((s, si) => {
        if (used.has(si)) return;
        const ov = Math.min(g.end, s.end) - Math.max(g.start, s.start);
        if (ov > bestOv) {
          bestOv = ov;
          best = si;
        }
      });
      if (best >= 0) {
        used.add(best);
        pairs.set(gi, best);
      }
    });
    sys.forEach((s, si) => {
      const over = golds.filter((g) => s.start < g.end && g.start < s.end);
      if (over.some((g) => g.minor)) return;
      if (!used.has(si) && over.length > 0) return;
      t.sys++;
      if (!used.has(si) && s.status === 'unattributed') {
        t.fp++;
        misses.push(`${gold.id}: false flag ${JSON.stringify(s.text)}`);
      }
    });
    golds.forEach((g, gi) => {
      if (g.minor) return;
      t.gold++;
      const si = pairs.get(gi);
      const s = si === undefined ? undefined : sys[si];
      if (s) t.matched++;
      if (g.status === 'unattributed') {
        if (s && s.status === 'unattributed') t.tp++;
        else {
          t.fn++;
          misses.push(`${gold.id}: missed unattributed ${JSON.stringify(g.figure)}`);
        }
      } else if (s && s.status === 'unattributed') {
        t.fp++;
        misses.push(`${gold.id}: false flag ${JSON.stringify(g.figure)} (gold ${g.status})`);
      }
      if (s && s.status === g.status) t.status++;
      else misses.push(`${gold.id}: status of ${JSON.stringify(g.figure)} should be ${g.status}, got ${s?.status ?? 'no figure'}`);
      if (g.status !== 'unattributed' && g.source) {
        t.srcGold++;
        if (s && s.status !== 'unattributed' && sourceMatches(g, s.source)) t.srcOK++;
        else misses.push(`${gold.id}: source of ${JSON.stringify(g.figure)} should be ${JSON.stringify(g.source)}, got ${JSON.stringify(s?.source?.text ?? null)}`);
      }
    });
  }
  const div = (a: number, b: number) => (b ? a / b : 0);
  const precision = div(t.tp, t.tp + t.fp);
  const recall = div(t.tp, t.tp + t.fn);
  return {
    goldFigures: t.gold,
    detectionRecall: div(t.matched, t.gold),
    precision,
    recall,
    f1: div(2 * precision * recall, precision + recall),
    statusAccuracy: div(t.status, t.gold),
    sourceAccuracy: div(t.srcOK, t.srcGold),
    misses,
  };
}
