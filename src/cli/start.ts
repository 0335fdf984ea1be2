// The CLI's process wiring (main.ts exports it to dist/cli.js): exit status, standard input, and a
// quiet end when a pager or `head` closes the pipe.
import { join } from 'node:path';
import { run } from './run';

function readAllStdin(): Promise<Uint8Array> {
  return new Promise((resolveRead, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolveRead(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** Runs the CLI with these arguments; `distDir` is where dist/worker.js lives (null: no workers). */
export function startCli(argv: string[], distDir: string | null): void {
  // `attribution-lint ... | head`: the reader is gone. Drop the rest of the output without a stack
  // trace; the run still ends with its usual exit status.
  const onPipeError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return;
    process.exitCode = 2;
    process.stderr.write(`attribution-lint: cannot write to standard output (${e.code ?? e.message})\n`);
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', () => undefined);

  run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: run() asks only when no file is named, and the first touch of process.stdin sets up
    // a stream (about 10 ms of a one-file run's start-up).
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    readStdin: readAllStdin,
    workerFile: distDir ? join(distDir, 'worker.js') : null,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Not expected: every known failure is reported by run() itself. Still one line, no trace.
      process.stderr.write(`attribution-lint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
