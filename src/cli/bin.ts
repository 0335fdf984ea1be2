// bin: attribution-lint (dist/cli.js), kept tiny so it starts at once. It sets the V8 flags the CLI
// runs with (load.ts says why), then loads the CLI (dist/cli-main.js) with its code cache and runs it.
import { join } from 'node:path';
import { loadBundle, useCliV8Flags, type CliBundle } from './load';

useCliV8Flags();

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
