// Many files on several cores. The main thread lints too (its engine is loaded already), next to
// `threads - 1` worker threads (dist/worker.js, next to dist/cli.js), which each load their own
// engine first. Every thread takes the next file itself from one shared list, the biggest files
// first: a counter in shared memory hands out the positions (Atomics.add), so a worker never waits
// for the main thread, which is busy linting and reads its messages only between files. (It used to
// hand each worker two files at a time; a worker then waited whenever the main thread was slow to
// answer.) Outcomes come back by task id, so the caller prints them in the input order and the output
// matches a single-thread run. If a worker dies, the files it had taken and not finished are missing
// from the result: the caller lints them on the main thread.
import { Worker } from 'node:worker_threads';
import type { LintOutcome, LintTask, Linter } from './lint';

/** What the main thread sends each worker, once: all the tasks, and the counter they are taken by. */
export interface WorkerJob {
  tasks: LintTask[];
  /** An Int32Array's buffer: the position in `tasks` of the next file to take. */
  next: SharedArrayBuffer;
}

/** Takes positions in `length` tasks from the shared counter until none is left. */
export function* takeTasks(next: Int32Array, length: number): Generator<number> {
  for (let i = Atomics.add(next, 0, 1); i < length; i = Atomics.add(next, 0, 1)) yield i;
}

export async function lintInWorkers(tasks: readonly LintTask[], threads: number, workerFile: string, here?: Linter): Promise<Map<number, LintOutcome>> {
  const done = new Map<number, LintOutcome>();
  const order = [...tasks].sort((a, b) => b.text.length - a.text.length || a.id - b.id);
  const job: WorkerJob = { tasks: order, next: new SharedArrayBuffer(4) };
  const next = new Int32Array(job.next);
  let running = Math.max(1, Math.min(threads, tasks.length)) - (here ? 1 : 0);
  // Called on each outcome and each worker's end; the wait at the bottom sets it.
  let progress = () => {};
  const workers = Array.from({ length: running }, () => {
    const worker = new Worker(workerFile);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      running--;
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      progress();
    };
    worker.on('message', (outcome: LintOutcome) => {
      done.set(outcome.id, outcome);
      progress();
    });
    // A crashed worker gives its tasks back to nobody: the caller lints what is missing itself.
    worker.on('error', end);
    worker.on('exit', end);
    worker.postMessage(job);
    return worker;
  });
  if (here) {
    for (const i of takeTasks(next, order.length)) {
      done.set(order[i].id, here(order[i]));
      // Let the workers' messages in between files.
      await new Promise<void>((r) => setImmediate(r));
    }
  }
  // Every file is taken now (or the main thread does not lint); wait for the ones the workers took.
  await new Promise<void>((resolve) => {
    progress = () => {
      if (done.size === order.length || running === 0) resolve();
    };
    progress();
  });
  for (const w of workers) void w.terminate();
  return done;
}
