// Bundles every entry point with esbuild. The engine and compromise end up inside each bundle, so the
// CLI and the extension run with no node_modules at all (the .vsix ships only dist/).
//   node esbuild.config.mjs            build once
//   node esbuild.config.mjs --watch    rebuild on change
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { asciiSource } from './build/ascii-bundle.mjs';
import { compromisePrebuilt } from './build/compromise-prebuilt.mjs';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, minify: !watch, sourcemap: watch ? 'inline' : false, legalComments: 'none', logLevel: 'warning', target: 'es2022', plugins: [compromisePrebuilt] };

const entries = [
  // The command-line linter (bin: attribution-lint).
  { entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js', platform: 'node', format: 'cjs' },
  // Build step: makes the code cache dist/cli.js loads dist/cli-main.js with (src/cli/load.ts).
  { entryPoints: ['src/cli/code-cache.ts'], outfile: 'dist/code-cache.js', platform: 'node', format: 'cjs' },
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

// The CLI's bundle as pure ASCII, which it loads faster (build/ascii-bundle.mjs says why).
if (!watch && existsSync('dist/cli-main.js')) {
  const { source, left } = asciiSource(readFileSync('dist/cli-main.js', 'utf8'));
  writeFileSync('dist/cli-main.js', source);
  if (left > 0) console.warn(`dist/cli-main.js keeps ${left} non-ASCII characters inside String.raw and loads as UTF-8`);
}

// The V8 code cache of the CLI's bundle (src/cli/load.ts says why), made by running it in memory on
// sample text. Without one the CLI compiles from source as usual; with ATTRIBUTION_LINT_CODE_CACHE=0
// the build makes none. (Files of the start-up snapshot that earlier builds made are removed.)
for (const old of ['dist/cli.snapshot', 'dist/cli.snapshot.json', 'dist/cli-snapshot.js']) rmSync(old, { force: true });
rmSync('dist/cli-main.js.cache', { force: true });
if (!watch && existsSync('dist/code-cache.js') && process.env.ATTRIBUTION_LINT_CODE_CACHE !== '0') {
  try {
    execFileSync(process.execPath, ['dist/code-cache.js'], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    console.warn(`no code cache (the CLI compiles its code at start-up): ${String(e.stderr ?? e.message).split('\n')[0]}`);
    rmSync('dist/cli-main.js.cache', { force: true });
  }
}
