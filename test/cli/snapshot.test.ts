// The start-up snapshot (dist/cli.snapshot, made by `npm run build`): the CLI gives the same output
// and exit status with and without it, and falls back to a plain start when the snapshot was made by
// another Node. Runs the built dist/ (npm test builds before the tests).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import V8_FLAGS from '../../src/cli/v8-flags.json';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const SAMPLE = join(ROOT, 'sample/seed-article.md');
const run = (cli: string, args: string[], env: Record<string, string> = {}, input = '') => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe.runIf(existsSync(join(DIST, 'cli.snapshot')))('the start-up snapshot', () => {
  const cli = join(DIST, 'cli.js');
  const temp = mkdtempSync(join(tmpdir(), 'attribution-lint-snap-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('was made for this Node', () => {
    const meta = JSON.parse(require('node:fs').readFileSync(join(DIST, 'cli.snapshot.json'), 'utf8'));
    expect(meta.node).toBe(process.version);
  });
  it.each([
    ['json', ['--format', 'json', SAMPLE], ''],
    ['stylish', [SAMPLE], ''],
    ['report', ['--report', SAMPLE], ''],
    ['stdin', ['--format', 'json', '-'], 'Around 11,000 soldiers came. Officials said 24 died.'],
    ['a missing file', ['missing-file.md'], ''],
  ])('gives the same output with and without it: %s', (_name, args, input) => {
    const snap = run(cli, args, {}, input);
    const plain = run(cli, args, { ATTRIBUTION_LINT_SNAPSHOT: '0' }, input);
    expect(snap.status).toBe(plain.status);
    expect(snap.stdout).toBe(plain.stdout);
    expect(snap.stderr).toBe(plain.stderr);
  });
  it('records the V8 flags it was built with, and starts only with them', () => {
    const meta = JSON.parse(require('node:fs').readFileSync(join(DIST, 'cli.snapshot.json'), 'utf8'));
    expect(meta.flags).toEqual(V8_FLAGS);
    expect(meta.flags).toContain('--interrupt-budget=500000');
    const direct = (flags: string[]) =>
      spawnSync(process.execPath, [...flags, '--snapshot-blob', join(DIST, 'cli.snapshot'), '--', '--format', 'json', SAMPLE], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ATTRIBUTION_LINT_DIST: DIST } });
    const withFlags = direct(meta.flags);
    expect(withFlags.status).toBe(1);
    expect(withFlags.stdout).toBe(run(cli, ['--format', 'json', SAMPLE]).stdout);
    // Without them V8 refuses the snapshot, which is why dist/cli.js reads them from the meta file.
    expect(direct([]).status).not.toBe(1);
  });
  it('falls back to a plain start when the snapshot is for another Node', () => {
    for (const f of ['cli.js', 'cli-main.js', 'worker.js', 'cli.snapshot']) copyFileSync(join(DIST, f), join(temp, f));
    writeFileSync(join(temp, 'cli.snapshot.json'), JSON.stringify({ node: 'v0.0.0', platform: process.platform, arch: process.arch }));
    const r = run(join(temp, 'cli.js'), ['--format', 'json', SAMPLE]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).files[0].figures.map((f: { text: string }) => f.text)).toEqual(['thousands', 'Around 11,000', 'more than 3,000']);
  });
});
