// The CLI's V8 code cache (dist/cli-main.js.cache, made by `npm run build`; src/cli/load.ts): V8
// takes it under the CLI's own flags, and the CLI gives the same output and exit status with it,
// without it, and with a cache that does not fit. Runs the built dist/ (npm test builds first).
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/cli/load';
import V8_FLAGS from '../../src/cli/v8-flags.json';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const SAMPLE = join(ROOT, 'sample/seed-article.md');
const run = (cli: string, args: string[], input = '') => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Whether V8 takes the cache for dist/cli-main.js in a process started with these flags. */
function accepted(flags: string[]): boolean {
  const probe = `
    const { setFlagsFromString } = require('node:v8');
    for (const f of ${JSON.stringify(flags)}) setFlagsFromString(f);
    const { Script } = require('node:vm');
    const { readFileSync } = require('node:fs');
    const file = ${JSON.stringify(join(DIST, 'cli-main.js'))};
    const source = readFileSync(file, 'utf8');
    const s = new Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', { filename: file, cachedData: readFileSync(file + '.cache') });
    process.stdout.write(String(!s.cachedDataRejected));`;
  return spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout === 'true';
}

describe('readSource', () => {
  const temp = mkdtempSync(join(tmpdir(), 'attribution-lint-source-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  it.each([
    ['ASCII', 'const a = /[\\u2019]/;'],
    ['UTF-8', 'const a = /[’–]/; // café, 😀'],
  ])('reads %s text as it was written', (_name, text) => {
    const file = join(temp, 'bundle.js');
    writeFileSync(file, text, 'utf8');
    expect(readSource(file)).toBe(text);
  });
});

describe.runIf(existsSync(join(DIST, 'cli-main.js.cache')))('the code cache', () => {
  const temp = mkdtempSync(join(tmpdir(), 'attribution-lint-cache-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  // A copy of the CLI without the cache, one whose cache is damaged, and one whose bundle is not
  // ASCII (a comment with a curly quote), which the loader reads as UTF-8 (load.ts).
  const copy = (name: string, kind: 'none' | 'damaged' | 'utf8') => {
    const dir = join(temp, name);
    mkdirSync(dir);
    for (const f of ['cli.js', 'cli-main.js', 'worker.js']) copyFileSync(join(DIST, f), join(dir, f));
    if (kind === 'damaged') writeFileSync(join(dir, 'cli-main.js.cache'), Buffer.alloc(4096, 7));
    if (kind === 'utf8') appendFileSync(join(dir, 'cli-main.js'), '\n// the writer’s bundle\n');
    return join(dir, 'cli.js');
  };
  const plain = copy('none', 'none');
  const damaged = copy('damaged', 'damaged');
  const utf8 = copy('utf8', 'utf8');

  it('is taken by V8 under the CLI flags, and only under them', () => {
    expect(accepted(V8_FLAGS)).toBe(true);
    expect(accepted([])).toBe(false);
  });
  it.each([
    ['json', ['--format', 'json', SAMPLE], ''],
    ['stylish', [SAMPLE], ''],
    ['report', ['--report', SAMPLE], ''],
    ['stdin', ['--format', 'json', '-'], 'Around 11,000 soldiers came. Officials said 24 died.'],
    ['two threads', ['--format', 'json', '--threads', '2', SAMPLE, join(ROOT, 'README.md')], ''],
    ['a missing file', ['missing-file.md'], ''],
  ])('changes nothing in the output: %s', (_name, args, input) => {
    const cached = run(join(DIST, 'cli.js'), args, input);
    for (const other of [plain, damaged, utf8]) {
      const r = run(other, args, input);
      expect(r.status).toBe(cached.status);
      expect(r.stdout).toBe(cached.stdout);
      expect(r.stderr).toBe(cached.stderr);
    }
    expect(cached.status === 2 ? cached.stderr : cached.stdout).not.toBe('');
  });
  it('says in one line, with status 2, when the bundle it loads is missing', () => {
    const dir = join(temp, 'broken');
    mkdirSync(dir);
    copyFileSync(join(DIST, 'cli.js'), join(dir, 'cli.js'));
    const r = run(join(dir, 'cli.js'), ['--format', 'json', SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^attribution-lint: cannot load .*cli-main\.js \(ENOENT\); rebuild or reinstall\n$/);
  });
});
