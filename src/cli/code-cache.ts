// Build step (dist/code-cache.js, run by esbuild.config.mjs): makes dist/cli-main.js.cache, the V8
// code cache that dist/cli.js and the worker threads load the CLI with (load.ts). It sets the CLI's
// V8 flags as dist/cli.js does (V8 takes a cache only under the flags it was made with), runs the CLI
// in memory on sample text so that the code a run needs is compiled, and saves the compiled code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFileOf, loadBundle, useCliV8Flags, type CliBundle } from './load';

useCliV8Flags();

const main = join(__dirname, 'cli-main.js');
const loaded = loadBundle<CliBundle>(main, false);
loaded.exports.warmUp().then(
  () => writeFileSync(cacheFileOf(main), loaded.script.createCachedData()),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
