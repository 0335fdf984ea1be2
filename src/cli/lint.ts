// Linting one text: the same code on the main thread and in each worker. Engines are kept per
// configuration (each caches its paragraph analyses), so files that share a configuration share one.
import type * as EngineModule from '../engine';
import type { EngineOptions } from '../engine';
import type { DocumentFormat } from '../engine/types';
import type { JsonFileReport } from './types';

export interface LintTask {
  /** Position in the input order; results are put back in this order. */
  id: number;
  path: string;
  text: string;
  format: DocumentFormat;
  options: EngineOptions;
  /** Identifies `options` (its JSON), to find the engine made for it. */
  key: string;
}

export type LintOutcome = { id: number; report: JsonFileReport } | { id: number; error: string };

export type Linter = (task: LintTask) => LintOutcome;

export function makeLinter(engine: typeof EngineModule): Linter {
  const engines = new Map<string, InstanceType<typeof engine.Engine>>();
  return (task) => {
    try {
      let e = engines.get(task.key);
      if (!e) {
        // A one-pass run reads each paragraph once, so it keeps no cache: cached analyses live long
        // enough to reach V8's old space, and on a 10 MB file that doubled peak memory.
        e = new engine.Engine({ cacheSize: 0, ...task.options });
        engines.set(task.key, e);
      }
      const result = e.analyze(task.text, { format: task.format });
      return { id: task.id, report: engine.jsonFileReport(task.path, task.text, result) };
    } catch (err) {
      return { id: task.id, error: `internal error while analysing: ${err instanceof Error ? err.message : String(err)}` };
    }
  };
}
