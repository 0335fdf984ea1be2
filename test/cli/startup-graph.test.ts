// `attribution-lint --version`, `--help` and usage errors must start without loading the engine:
// compromise sets up its model when its module runs (about 0.1 s here). The CLI reaches the engine
// only through `await import(...)`, which esbuild bundles as a module that runs when first
// imported. This walks the bundle's import graph from the CLI entry along static imports only and
// checks that neither the engine nor compromise is on it.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

async function eagerModules(entry: string): Promise<Set<string>> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform: 'node', format: 'cjs', absWorkingDir: ROOT, logLevel: 'silent' });
  const inputs = result.metafile.inputs;
  const seen = new Set<string>();
  const walk = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const i of inputs[path]?.imports ?? []) if (i.kind !== 'dynamic-import' && !i.external) walk(i.path);
  };
  walk(Object.keys(inputs).find((p) => p.endsWith(entry))!);
  return seen;
}

describe('start-up of the CLI', () => {
  it('loads neither the engine nor compromise before a file is linted', async () => {
    const eager = [...(await eagerModules(join('src', 'cli', 'main.ts')))];
    expect(eager.filter((p) => p.includes('node_modules/compromise') || /src\/engine\/(index|analyze)\.ts$/.test(p))).toEqual([]);
    // The walk does see the CLI itself, so an empty list above means something.
    expect(eager).toContain('src/cli/run.ts');
  }, 60_000);
});
