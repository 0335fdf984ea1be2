// bin: attribution-lint (dist/cli.js), kept tiny so it starts at once.
//
// Start-up: loading compromise builds its lexicon, which takes most of a one-file run. When the build
// made a V8 start-up snapshot (dist/cli.snapshot, for this exact Node binary) that already holds the
// loaded engine, this process hands the run over to `node --snapshot-blob dist/cli.snapshot`, which
// starts with everything in memory. Without one (another Node, a web of symlinks, or
// ATTRIBUTION_LINT_SNAPSHOT=0) it loads the CLI (dist/cli-main.js) here, as --version and --help do.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import V8_FLAGS from './v8-flags.json';

// The V8 flags the CLI runs with, on both paths (the snapshot is built with them; a plain start sets
// them here, before the engine's code is compiled). Measured on the 2-core development machine with
// the 2 MB Brown press corpus (docs/performance.md):
// --heap-growing-percent=25: V8 lets the heap grow to about 4x the live data before a full
//   collection. The engine's live data is small but it makes garbage fast: a 10 MB file peaked near
//   300 MB of RSS, nearly all garbage; at 25% it stays under 200 MB at the same speed.
// --interrupt-budget=500000: V8 optimizes a function after about 132 KB of its bytecode has run
//   (the default budget). Much of compromise's and the engine's code gets optimized, deoptimized and
//   optimized again while its type feedback settles: about 3 s of compiler CPU per isolate on the
//   corpus. Waiting ~4x longer gives the same output and wall time on one thread with 2-2.5 s less
//   CPU, which is what a second worker needs on 2 cores.

/** The full CLI, loaded at run time (a computed path, so esbuild leaves the require alone). */
const startHere = () => {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  const main = join(dist ?? '.', 'cli-main.js');
  require(main);
};

const args = process.argv.slice(2);
const dist = typeof __dirname === 'string' ? __dirname : null;

/** The snapshot and the V8 flags it was built with (the child must start with the same ones). */
function snapshotBlob(): { blob: string; flags: string[] } | null {
  if (!dist || process.env.ATTRIBUTION_LINT_SNAPSHOT === '0') return null;
  if (args.some((a) => a === '--version' || a === '-v' || a === '--help' || a === '-h')) return null;
  const blob = join(dist, 'cli.snapshot');
  const meta = join(dist, 'cli.snapshot.json');
  if (!existsSync(blob) || !existsSync(meta)) return null;
  try {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as { node?: string; platform?: string; arch?: string; flags?: unknown };
    const flags = Array.isArray(m.flags) && m.flags.every((f) => typeof f === 'string' && f.startsWith('--')) ? (m.flags as string[]) : [];
    return m.node === process.version && m.platform === process.platform && m.arch === process.arch ? { blob, flags } : null;
  } catch {
    return null;
  }
}

const snapshot = snapshotBlob();
if (snapshot) {
  const child = spawnSync(process.execPath, [...snapshot.flags, '--snapshot-blob', snapshot.blob, '--', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ATTRIBUTION_LINT_DIST: dist! },
  });
  if (child.error || child.status === null) {
    // The snapshot could not start (or was killed): run here instead, unless a signal ended it.
    if (child.signal) process.kill(process.pid, child.signal);
    else startHere();
  } else process.exitCode = child.status;
} else startHere();
