// Many files on several cores: a few worker threads (dist/worker.js, next to dist/cli.js), each
// handed the next file as soon as it is free, the biggest files first. Outcomes come back by task
// id, so the caller prints them in the input order and the output matches a single-thread run.
// If a worker dies, the tasks it had not finished are returned as undefined: the caller lints them
// on the main thread.
import { Worker } from 'node:worker_threads';
import type { LintOutcome, LintTask } from './lint';

export async function lintInWorkers(tasks: readonly LintTask[], threads: number, workerFile: string): Promise<Map<number, LintOutcome>> {
  const done = new Map<number, LintOutcome>();
  const queue = [...tasks].sort((a, b) => b.text.length - a.text.length || a.id - b.id);
  const run = (): Promise<void> =>
    new Promise((resolveWorker) => {
      const worker = new Worker(workerFile);
      let current: LintTask | undefined;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        void worker.terminate();
        resolveWorker();
      };
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else finish();
      };
      worker.on('message', (outcome: LintOutcome) => {
        done.set(outcome.id, outcome);
        next();
      });
      // A crashed worker gives its task back to nobody: the caller lints what is missing itself.
      worker.on('error', finish);
      worker.on('exit', finish);
      next();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, tasks.length)) }, run));
  return done;
}
