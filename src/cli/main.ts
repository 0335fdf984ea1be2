// The command-line linter itself (dist/cli-main.js). It runs nothing when loaded: dist/cli.js
// (bin.ts) and the worker threads (worker.ts) load it through src/cli/load.ts, with its code cache,
// and call what they need; the build calls warmUp() before it saves that cache.
import type { WorkerJob } from './pool';
import { run } from './run';
import { startCli } from './start';

export { startCli };

/** A worker thread's life: take files from the shared list the main thread sends, lint each, and
 *  answer with its outcome (pool.ts). */
export function serveWorker(): void {
  // Required here, not imported at the top: dist/cli.js loads this bundle too, and a one-file run on
  // the main thread has no use for the module (a few milliseconds of start-up).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const port = (require('node:worker_threads') as typeof import('node:worker_threads')).parentPort;
  if (!port) throw new Error('serveWorker() runs only in a worker thread');
  // The engine loads here, not when the bundle loads, as on the main thread (see run.ts). The job
  // that arrives meanwhile waits in the port, which delivers nothing before a listener is attached.
  void Promise.all([import('./lint'), import('./pool'), import('../engine')]).then(([{ makeLinter }, { takeTasks }, engine]) => {
    const lint = makeLinter(engine);
    port.on('message', (job: WorkerJob) => {
      for (const i of takeTasks(new Int32Array(job.next), job.tasks.length)) port.postMessage(lint(job.tasks[i]));
    });
  });
}

/** News copy with what the engine handles most: sources, cues, quotes, figures, a list and a heading. */
const WARM_UP_TEXT = `# Troops sent to the border

Around 11,000 soldiers have been deployed, the defence ministry said on Tuesday. "We sold 12 of
them," a spokesman told Reuters, and more than 3,000 reservists could follow, according to a
statement from the army. Thousands of troops were moved overnight.

- Prices rose 40% in a year, officials claimed.
- The plan costs $2 billion, the Treasury estimated, up from 1.5 billion in 2023.

About 24 people died and dozens were injured, police said, while local media reported 30 deaths.
`;

/** Runs the CLI the way users do, in memory, so the build can save the code that ran (load.ts). */
export async function warmUp(): Promise<void> {
  const sink = { write: () => true };
  for (const args of [['--format', 'json', '--stdin-filename', 'draft.md', '-'], ['--stdin-filename', 'draft.txt', '-'], ['--report', '-']]) {
    await run(args, {
      cwd: process.cwd(),
      env: {},
      stdout: sink,
      stderr: sink,
      stdinIsTTY: false,
      readStdin: async () => new TextEncoder().encode(WARM_UP_TEXT),
      workerFile: null,
    });
  }
}
