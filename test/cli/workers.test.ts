// Many files on several cores: worker threads must give exactly the output of a single-thread run,
// in the input order, with each file's own configuration.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, removeBuild, runCli, SAMPLE, tempTree } from './helpers';

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
}, 60_000);
afterAll(() => removeBuild(cli));

const seed = readFileSync(SAMPLE, 'utf8');
/** A variant of the seed article, so that files differ (and the paragraph cache cannot hide work). */
const variant = (i: number) => seed.replace(/\d[\d,]*/g, (m) => `${m}${i}`).replace(/Friday/g, `Friday ${'(update) '.repeat(i % 3)}`);

describe('worker threads', () => {
  it('--threads 2 gives the same JSON as --threads 1, in the input order, with per-folder configuration', () => {
    const files: Record<string, string> = { '.attributionlintrc.json': '{ "rules": { "vague-attribution": "warning" } }', 'strict/.attributionlintrc.json': '{ "rules": { "unattributed-figure": "error" } }' };
    for (let i = 0; i < 6; i++) files[`${i % 2 ? 'strict/' : ''}story-${i}.md`] = variant(i);
    files['z-small.md'] = 'Officials said 40,000 people were evacuated.\n';
    const dir = tempTree(files);
    const args = ['-f', 'json', 'z-small.md', 'story-4.md', '.'];
    const one = runCli(cli, [...args, '--threads', '1'], { cwd: dir, env: { ATTRIBUTION_LINT_TRACE: '1' } });
    const two = runCli(cli, [...args, '--threads', '2'], { cwd: dir, env: { ATTRIBUTION_LINT_TRACE: '1' } });
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('attribution-lint: 7 files on 2 worker threads\n');
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    const doc = JSON.parse(two.stdout);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual(['z-small.md', 'story-4.md', 'story-0.md', 'story-2.md', 'strict/story-1.md', 'strict/story-3.md', 'strict/story-5.md']);
    const severities = (i: number) => doc.files[i].diagnostics.map((d: { severity: string }) => d.severity);
    expect(severities(0)).toEqual(['warning']); // vague-attribution raised by the top configuration
    expect(severities(4)).toContain('error'); // unattributed-figure raised in strict/
    expect(severities(2)).not.toContain('error');
  });

  it('uses workers by default for many large files, and not for a few small ones', () => {
    const files: Record<string, string> = {};
    // Five files of about 50 KB: over the default threshold (4 files, 200,000 characters).
    for (let i = 0; i < 5; i++) files[`big-${i}.md`] = Array.from({ length: 22 }, (_, k) => variant(i * 100 + k)).join('\n\n');
    const dir = tempTree(files);
    const auto = runCli(cli, ['-f', 'json', '.'], { cwd: dir, env: { ATTRIBUTION_LINT_TRACE: '1' } });
    // One worker per core (and per 100,000 characters): 2 here, none on a single-core machine.
    const cores = availableParallelism();
    expect(auto.stderr).toBe(cores > 1 ? `attribution-lint: 5 files on ${Math.min(cores, 3)} worker threads\n` : '');
    const single = runCli(cli, ['-f', 'json', '--threads', '1', '.'], { cwd: dir, env: { ATTRIBUTION_LINT_TRACE: '1' } });
    expect(single.stderr).toBe('');
    expect(auto.stdout).toBe(single.stdout);
    const small = tempTree({ 'a.md': seed, 'b.md': seed });
    expect(runCli(cli, ['-f', 'json', '.'], { cwd: small, env: { ATTRIBUTION_LINT_TRACE: '1' } }).stderr).toBe('');
  }, 120_000);
});
