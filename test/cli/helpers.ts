// Runs the built command line in child processes. Each test file bundles the CLI's entries once (bin,
// main and worker), with the options of esbuild.config.mjs, into a private temporary folder: the same
// code as dist/cli.js (less the code cache, which changes only the start-up time; code-cache.test.ts
// checks that), without racing other test files (or other people's builds) over dist/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll } from 'vitest';
// @ts-expect-error: a plain .mjs build helper, without type declarations
import { compromisePrebuilt } from '../../build/compromise-prebuilt.mjs';

/** Folders made by tempTree in the importing test file, removed when its tests are done. */
const trees: string[] = [];
afterAll(() => {
  for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const ROOT = resolve(__dirname, '../..');
export const SAMPLE = join(ROOT, 'sample/seed-article.md');

export async function buildCli(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'attribution-lint-cli-'));
  const common = { bundle: true, minify: true, legalComments: 'none' as const, logLevel: 'warning' as const, target: 'es2022', platform: 'node' as const, format: 'cjs' as const, absWorkingDir: ROOT };
  await Promise.all([
    build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: join(out, 'cli.js'), banner: { js: '#!/usr/bin/env node' } }),
    build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: join(out, 'cli-main.js'), plugins: [compromisePrebuilt] }),
    build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: join(out, 'worker.js') }),
  ]);
  return join(out, 'cli.js');
}

export function removeBuild(cli: string): void {
  rmSync(dirname(cli), { recursive: true, force: true });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cli: string, args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ATTRIBUTION_LINT_TRACE: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with the given files (path -> content); returns its path. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'attribution-lint-test-'));
  trees.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}
