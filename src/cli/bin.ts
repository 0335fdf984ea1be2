// bin: attribution-lint (dist/cli.js), kept tiny so it starts at once. It sets the V8 flags the CLI
// runs with, then loads the CLI (dist/cli-main.js) with its code cache (load.ts) and runs it.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadBundle, type CliBundle } from './load';
import V8_FLAGS from './v8-flags.json';

// The V8 flags (src/cli/v8-flags.json), set before any of the CLI's code is compiled: V8 takes a
// code cache only from a process with the same flags, and the build makes it with these. Measured
// on the 2-core development machine with the 2 MB Brown press corpus (docs/performance.md):
// --heap-growing-percent=25: V8 lets the heap grow to about 4x the live data before a full
//   collection. The engine's live data is small but it makes garbage fast: a 10 MB file peaked near
//   300 MB of RSS, nearly all garbage; at 25% it stays under 200 MB at the same speed.
// --interrupt-budget=500000: V8 optimizes a function after about 132 KB of its bytecode has run
//   (the default budget). Much of compromise's and the engine's code gets optimized, deoptimized and
//   optimized again while its type feedback settles: about 3 s of compiler CPU per isolate on the
//   corpus. Waiting ~4x longer gives the same output and wall time on one thread with 2-2.5 s less
//   CPU, which is what a second worker needs on 2 cores.
for (const flag of V8_FLAGS) setFlagsFromString(flag);

const dist = __dirname;
let cli: CliBundle;
try {
  cli = loadBundle<CliBundle>(join(dist, 'cli-main.js')).exports;
} catch (e) {
  // A broken install (cli-main.js missing or unreadable): one line and status 2, not a stack trace.
  process.stderr.write(`attribution-lint: cannot load ${join(dist, 'cli-main.js')} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); rebuild or reinstall\n`);
  process.exit(2);
}
cli.startCli(process.argv.slice(2), dist);
