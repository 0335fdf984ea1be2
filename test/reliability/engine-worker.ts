// Runs in a worker thread (bundled by ./harness.ts): analyses what it is sent with a fresh Engine and
// reports how long `analyze` took and whether the result keeps the invariants. Running pathological
// inputs here lets the test kill an analysis that hangs instead of hanging the test run.
import { parentPort } from 'node:worker_threads';
import { Engine, type DocumentFormat } from '../../src/engine';
import { checkInvariants } from './invariants';

export interface WorkerRequest {
  id: number;
  text: string;
  format: DocumentFormat;
}

export interface WorkerReply {
  id: number;
  ms: number;
  figures: number;
  diagnostics: number;
  /** The first few figure texts (shortened), for the test's own checks. */
  figureTexts: string[];
  /** The broken invariant, if any. */
  problem: string | null;
  /** What analyze threw, if it threw. */
  error: string | null;
}

// compromise's first call sets itself up; do it before anything is timed.
new Engine().analyze('Police said 40 people died.');

parentPort!.on('message', (m: WorkerRequest) => {
  const reply: WorkerReply = { id: m.id, ms: 0, figures: 0, diagnostics: 0, figureTexts: [], problem: null, error: null };
  try {
    const engine = new Engine();
    const t0 = performance.now();
    const result = engine.analyze(m.text, { format: m.format });
    reply.ms = performance.now() - t0;
    reply.figures = result.figures.length;
    reply.diagnostics = result.diagnostics.length;
    reply.figureTexts = result.figures.slice(0, 5).map((f) => (f.text.length > 80 ? `${f.text.slice(0, 40)}…(${f.text.length})` : f.text));
    try {
      checkInvariants(m.text, result);
    } catch (e) {
      reply.problem = (e as Error).message.slice(0, 2000);
    }
  } catch (e) {
    reply.error = String((e as Error)?.stack ?? e).slice(0, 2000);
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
