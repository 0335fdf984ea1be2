// Loads the CLI's bundle (dist/cli-main.js) with a V8 code cache, for dist/cli.js, the worker
// threads and the build step that makes the cache.
//
// Node compiles a CommonJS module from its source on every start, and functions are compiled again
// the first time each one runs. For the 1.2 MB bundle that was about 100 ms of a 2 KB one-file run
// on the 2-core development machine (docs/performance.md). The build runs the bundle once on sample
// text and saves V8's compiled code, the functions that sample ran included, next to it
// (dist/cli-main.js.cache); every start hands it back to V8. V8 checks that a cache fits the
// source, the V8 version and the V8 flags, and silently compiles from source when it does not (a
// cache from another Node, a damaged file): the cache changes the start-up time, never the result.
// (Node 22 has module.enableCompileCache for this; Node 20, which the CLI supports, does not.)
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import V8_FLAGS from './v8-flags.json';

/** The exports of dist/cli-main.js (src/cli/main.ts). */
export interface CliBundle {
  startCli(argv: string[], distDir: string | null): void;
  serveWorker(): void;
  warmUp(): Promise<void>;
}

export interface Loaded<T> {
  exports: T;
  /** The compiled script, to make a cache from after running it (the build does). */
  script: Script;
}

/** Where the code cache of `file` lives. */
export const cacheFileOf = (file: string): string => `${file}.cache`;

/**
 * The text of `file`. The build makes the CLI's bundle pure ASCII (build/ascii-bundle.mjs), and ASCII
 * read as latin1 is the same text with no UTF-8 decoding; anything else is read as UTF-8.
 */
export function readSource(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Runs a CommonJS bundle as Node's loader would, compiled with its code cache when it has one. */
export function loadBundle<T>(file: string, useCache = true): Loaded<T> {
  const source = readSource(file);
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFileOf(file));
    } catch {
      cachedData = undefined;
    }
  }
  // The same wrapper as Node's own CommonJS loader, so the bundle sees the usual module variables.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (e: T, r: NodeJS.Require, m: { exports: T }, f: string, d: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}

// The V8 flags the CLI runs with (src/cli/v8-flags.json), set by dist/cli.js and by the build step
// that makes the code cache, before any of the CLI's code is compiled: V8 takes a code cache only
// in a process with the flags it was made under. Measured on the 2-core development machine with
// the 2 MB Brown press corpus (docs/performance.md):
// --heap-growing-percent=25: V8 lets the heap grow to about 4x the live data before a full
//   collection. The engine's live data is small but it makes garbage fast: a 10 MB file peaked near
//   300 MB of RSS, nearly all garbage; at 25% it stays under 200 MB at the same speed.
// --interrupt-budget=500000: V8 optimizes a function after about 132 KB of its bytecode has run
//   (the default budget). Much of compromise's and the engine's code gets optimized, deoptimized and
//   optimized again while its type feedback settles: about 3 s of compiler CPU per isolate on the
//   corpus. Waiting ~4x longer gives the same output and wall time on one thread with 2-2.5 s less
//   CPU, which is what a second worker needs on 2 cores.
export function useCliV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
