// The one-line summary of an analysis ("14 figures: 3 unattributed, 2 vague"). Pure.
import type { AnalysisResult } from '../engine';

export interface CheckSummary {
  figures: number;
  attributed: number;
  vague: number;
  unattributed: number;
  /** Diagnostics reported (rules that are off or silenced by comments do not count). */
  problems: number;
  message: string;
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

export function summarize(result: AnalysisResult): CheckSummary {
  let attributed = 0;
  let vague = 0;
  let unattributed = 0;
  for (const f of result.figures) {
    if (f.status === 'attributed') attributed++;
    else if (f.status === 'vague') vague++;
    else unattributed++;
  }
  const figures = result.figures.length;
  let message = plural(figures, 'figure');
  if (figures > 0) message += unattributed || vague ? `: ${unattributed} unattributed, ${vague} vague` : ': all attributed';
  return { figures, attributed, vague, unattributed, problems: result.diagnostics.length, message };
}
