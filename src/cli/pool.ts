// Many files on several cores. The main thread lints too (its engine is loaded already), next to
// `threads - 1` worker threads (dist/worker.js, next to dist/cli.js), which each load their own
// engine first. All take the next file from one queue, the
// biggest files first. Outcomes come back by task id, so the caller prints them in the input order
// and the output matches a single-thread run. If a worker dies, the tasks it had not finished are
// returned as undefined: the caller lints them on the main thread.
import { Worker } from 'node:worker_threads';
import type { LintOutcome, LintTask, Linter } from './lint';

/** Tasks a worker holds at once: the next one is already there when it finishes one, even while
 *  the main thread is busy linting and cannot answer. */
const IN_FLIGHT = 2;

export async function lintInWorkers(tasks: readonly LintTask[], threads: number, workerFile: string, here?: Linter): Promise<Map<number, LintOutcome>> {
  const done = new Map<number, LintOutcome>();
  const queue = [...tasks].sort((a, b) => b.text.length - a.text.length || a.id - b.id);
  const inWorker = (): Promise<void> =>
    new Promise((resolveWorker) => {
      const worker = new Worker(workerFile);
      let held = 0;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        void worker.terminate();
        resolveWorker();
      };
      const feed = () => {
        while (held < IN_FLIGHT && queue.length > 0) {
          worker.postMessage(queue.shift());
          held++;
        }
        if (held === 0) finish();
      };
      worker.on('message', (outcome: LintOutcome) => {
        done.set(outcome.id, outcome);
        held--;
        feed();
      });
      // A crashed worker gives its tasks back to nobody: the caller lints what is missing itself.
      worker.on('error', finish);
      worker.on('exit', finish);
      feed();
    });
  const onMainThread = async (lint: Linter) => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      done.set(t.id, lint(t));
      // Let the workers' messages in between files.
      await new Promise<void>((r) => setImmediate(r));
    }
  };
  const workers = Math.max(1, Math.min(threads, tasks.length)) - (here ? 1 : 0);
  await Promise.all([...Array.from({ length: workers }, inWorker), ...(here ? [onMainThread(here)] : [])]);
  return done;
}
