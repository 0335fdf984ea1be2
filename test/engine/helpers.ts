// Small helpers for engine tests: analyse a text and look a figure up by its words.
import { Engine } from '../../src/engine';
import type { AnalysisResult, DocumentFormat, Figure } from '../../src/engine';

export const engine = new Engine();

export function run(text: string, format: DocumentFormat = 'text'): AnalysisResult {
  return engine.analyze(text, { format });
}

/** The figure texts of a text, in order. */
export function figures(text: string, format: DocumentFormat = 'text'): string[] {
  return run(text, format).figures.map((f) => f.text);
}

/** The one figure whose text is `words` (the n-th when it occurs several times). */
export function figure(text: string, words: string, n = 0, format: DocumentFormat = 'text'): Figure {
  const found = run(text, format).figures.filter((f) => f.text === words);
  if (!found[n]) throw new Error(`no figure ${JSON.stringify(words)} in ${JSON.stringify(text)}; figures: ${JSON.stringify(figures(text, format))}`);
  return found[n];
}
