// Bundles every entry point with esbuild. The engine and compromise end up inside each bundle, so the
// CLI and the extension run with no node_modules at all (the .vsix ships only dist/).
//   node esbuild.config.mjs            build once
//   node esbuild.config.mjs --watch    rebuild on change
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { compromisePrebuilt } from './build/compromise-prebuilt.mjs';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, minify: !watch, sourcemap: watch ? 'inline' : false, legalComments: 'none', logLevel: 'warning', target: 'es2022', plugins: [compromisePrebuilt] };

const entries = [
  // The command-line linter (bin: attribution-lint).
  { entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js', platform: 'node', format: 'cjs' },
  // Entry of the CLI's start-up snapshot (see src/cli/main.ts).
  { entryPoints: ['src/cli/snapshot.ts'], outfile: 'dist/cli-snapshot.js', platform: 'node', format: 'cjs' },
  // Worker thread for linting many files on several cores.
  { entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs' },
  // The VS Code extension (desktop, Node extension host).
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // Analysis worker for the desktop extension (large files off the extension host thread).
  { entryPoints: ['src/extension/analysis-worker.ts'], outfile: 'dist/analysis-worker.js', platform: 'node', format: 'cjs' },
  // The web extension (vscode.dev): same code, browser platform, no Node built-ins.
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { 'process.env.ATTRIBUTION_LINT_WEB': '"1"' } },
];

const present = entries.filter((e) => existsSync(e.entryPoints[0]));
if (watch) {
  for (const e of present) await (await context({ ...common, ...e })).watch();
  console.log(`watching ${present.length} entry points`);
} else {
  await Promise.all(present.map((e) => build({ ...common, ...e })));
}

// The configuration schema ships beside the bundles (the extension's jsonValidation points at it),
// and the CLI is executable for `npx attribution-lint`.
mkdirSync('dist', { recursive: true });
copyFileSync('src/config/schema.json', 'dist/schema.json');
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);

// A V8 start-up snapshot of the loaded engine for the CLI, for this Node binary only (src/cli/main.ts
// checks the version and falls back to a plain start). Skipped with ATTRIBUTION_LINT_SNAPSHOT=0.
// V8 refuses a snapshot started with other V8 flags than it was built with, so the flags the CLI
// runs with (src/cli/v8-flags.json, why each one: src/cli/bin.ts) are baked in here and recorded in
// cli.snapshot.json, where src/cli/bin.ts reads them.
const SNAPSHOT_FLAGS = JSON.parse(readFileSync('src/cli/v8-flags.json', 'utf8'));
if (!watch && existsSync('dist/cli-snapshot.js')) {
  rmSync('dist/cli.snapshot', { force: true });
  rmSync('dist/cli.snapshot.json', { force: true });
  if (process.env.ATTRIBUTION_LINT_SNAPSHOT !== '0') {
    try {
      execFileSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', 'dist/cli.snapshot', '--build-snapshot', 'dist/cli-snapshot.js'], { stdio: ['ignore', 'ignore', 'pipe'] });
      writeFileSync('dist/cli.snapshot.json', JSON.stringify({ node: process.version, platform: process.platform, arch: process.arch, flags: SNAPSHOT_FLAGS }) + '\n');
    } catch (e) {
      console.warn(`no start-up snapshot (the CLI starts without one): ${String(e.stderr ?? e.message).split('\n')[0]}`);
      rmSync('dist/cli.snapshot', { force: true });
    }
  }
}
