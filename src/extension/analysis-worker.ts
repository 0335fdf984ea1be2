// The analysis worker (desktop only): dist/analysis-worker.js, run on a worker_threads thread by
// worker-client.ts for documents too large to analyse on the extension host without a pause.
// Keeps one Engine per configuration, like the host, so re-analysis after an edit is incremental here too.
import { parentPort } from 'node:worker_threads';
import { Engine, type DocumentFormat, type EngineOptions } from '../engine';

export interface WorkerRequest {
  id: number;
  text: string;
  format: DocumentFormat;
  options: EngineOptions;
}

const engines = new Map<string, Engine>();

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    const key = JSON.stringify(req.options);
    let engine = engines.get(key);
    if (!engine) {
      engine = new Engine({ ...req.options, cacheSize: 20000 });
      engines.set(key, engine);
      if (engines.size > 4) engines.delete(engines.keys().next().value!);
    }
    const result = engine.analyze(req.text, { format: req.format });
    parentPort!.postMessage({ id: req.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  }
});
