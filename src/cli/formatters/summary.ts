// The closing line of stylish and the ledger: "✖ 3 problems (1 error, 2 warnings, 0 infos)".
import type { Counts } from '../types';
import type { Palette } from './colors';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(c: Counts, p: Palette): string {
  const total = c.errors + c.warnings + c.infos + c.hints;
  if (total === 0) return '';
  const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning'), plural(c.infos, 'info')];
  if (c.hints > 0) parts.push(plural(c.hints, 'hint'));
  const text = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
  const paint = c.errors > 0 ? p.red : c.warnings > 0 ? p.yellow : p.blue;
  return p.bold(paint(text));
}
