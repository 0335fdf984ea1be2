// Many files on several cores: the main thread and worker threads must give exactly the output of a
// single-thread run, in the input order, with each file's own configuration.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintTask } from '../../src/cli/lint';
import { threadCount } from '../../src/cli/threads';
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
    expect(two.stderr).toBe('attribution-lint: 7 files on 2 threads (the main thread and 1 worker)\n');
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    const doc = JSON.parse(two.stdout);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual(['z-small.md', 'story-4.md', 'story-0.md', 'story-2.md', 'strict/story-1.md', 'strict/story-3.md', 'strict/story-5.md']);
    const severities = (i: number) => doc.files[i].diagnostics.map((d: { severity: string }) => d.severity);
    expect(severities(0)).toEqual(['warning']); // vague-attribution raised by the top configuration
    expect(severities(4)).toContain('error'); // unattributed-figure raised in strict/
    expect(severities(2)).not.toContain('error');
  });

  it('uses workers by default only for many files over 1 MB in all, and the output is unchanged', () => {
    // Five files of about 0.45 MB: over the default threshold (4 files, 1,000,000 characters). Mostly
    // prose without figures, which the engine skips quickly, plus a seed article each.
    const filler = 'The committee met again on the hill and talked about the weather and the roads.\n\n'.repeat(5_250);
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`big-${i}.md`] = `${variant(i)}\n\n${filler}${variant(i + 10)}`;
    const dir = tempTree(files);
    const auto = runCli(cli, ['-f', 'json', '.'], { cwd: dir, env: { ATTRIBUTION_LINT_TRACE: '1' } });
    // One thread per 1,000,000 characters, up to one per core: 3 here, 1 on a single-core machine.
    const cores = availableParallelism();
    const threads = Math.min(cores, 3);
    expect(auto.stderr).toBe(cores > 1 ? `attribution-lint: 5 files on ${threads} threads (the main thread and ${threads - 1} worker${threads > 2 ? 's' : ''})\n` : '');
    const single = runCli(cli, ['-f', 'json', '--threads', '1', '.'], { cwd: dir, env: { ATTRIBUTION_LINT_TRACE: '1' } });
    expect(single.stderr).toBe('');
    expect(auto.stdout).toBe(single.stdout);
    expect(JSON.parse(single.stdout).files).toHaveLength(5);
    const small = tempTree({ 'a.md': seed, 'b.md': seed, 'c.md': seed, 'd.md': seed });
    expect(runCli(cli, ['-f', 'json', '.'], { cwd: small, env: { ATTRIBUTION_LINT_TRACE: '1' } }).stderr).toBe('');
  }, 120_000);
});

describe('threadCount (the default number of threads)', () => {
  const mb = 1_000_000;
  it('stays on the main thread for few files or little text', () => {
    expect(threadCount(null, [3 * mb, 3 * mb, 3 * mb], 8)).toBe(1); // three files
    expect(threadCount(null, [0.2 * mb, 0.2 * mb, 0.2 * mb, 0.3 * mb], 8)).toBe(1); // under 1 MB
  });
  it('adds a thread per 1 MB, up to one per core and one per file', () => {
    expect(threadCount(null, [0.5 * mb, 0.5 * mb, 0.5 * mb, 0.5 * mb], 8)).toBe(2);
    expect(threadCount(null, [0.5 * mb, 0.5 * mb, 0.5 * mb, 0.5 * mb, 0.25 * mb], 8)).toBe(3);
    expect(threadCount(null, Array(10).fill(2 * mb), 4)).toBe(4);
    expect(threadCount(null, [20 * mb, 1, 1, 1], 8)).toBe(4);
    expect(threadCount(null, Array(10).fill(2 * mb), 1)).toBe(1);
  });
  it('takes --threads as given, but never more threads than files', () => {
    expect(threadCount(3, [10, 10], 8)).toBe(2);
    expect(threadCount(2, [10, 10, 10], 1)).toBe(2);
    expect(threadCount(1, Array(10).fill(2 * mb), 8)).toBe(1);
  });
});

describe('the thread pool', () => {
  const tasks = Array.from({ length: 6 }, (_, id) => ({ id, path: `f${id}.md`, text: 'x'.repeat(10 - id), format: 'markdown' as const, options: {}, key: '{}' }));
  const here = (t: LintTask) => ({ id: t.id, error: `main thread: ${t.path}` });

  it('lints on the main thread when a worker cannot start', async () => {
    const { lintInWorkers } = await import('../../src/cli/pool');
    const dir = tempTree({ 'dies.js': "throw new Error('worker could not start');\n" });
    const done = await lintInWorkers(tasks, 2, `${dir}/dies.js`, here);
    expect([...done.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const [id, outcome] of done) expect(outcome).toEqual({ id, error: `main thread: f${id}.md` });
  });

  it('leaves out only the file a dying worker had taken, for the caller to lint', async () => {
    const { lintInWorkers } = await import('../../src/cli/pool');
    // A worker that takes one file from the shared counter and dies with it.
    const dir = tempTree({ 'takes-one.js': "require('node:worker_threads').parentPort.on('message', (job) => { Atomics.add(new Int32Array(job.next), 0, 1); process.exit(1); });\n" });
    const done = await lintInWorkers(tasks, 2, `${dir}/takes-one.js`, here);
    expect(done.size).toBeGreaterThanOrEqual(5);
    for (const [id, outcome] of done) expect(outcome).toEqual({ id, error: `main thread: f${id}.md` });
  });

  it('gives every file to exactly one thread, workers taking their own from the shared list', async () => {
    const { lintInWorkers } = await import('../../src/cli/pool');
    const many = Array.from({ length: 40 }, (_, id) => ({ ...tasks[0], id, path: `f${id}.md` }));
    // A worker that lints by answering with its own mark, slowly enough for the main thread to take some too.
    const dir = tempTree({
      'answers.js': "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (job) => { const next = new Int32Array(job.next); for (let i = Atomics.add(next, 0, 1); i < job.tasks.length; i = Atomics.add(next, 0, 1)) { const until = Date.now() + 10; while (Date.now() < until); parentPort.postMessage({ id: job.tasks[i].id, error: 'worker' }); } });\n",
    });
    const slowHere = (t: LintTask) => {
      const until = Date.now() + 10;
      while (Date.now() < until);
      return here(t);
    };
    const done = await lintInWorkers(many, 2, `${dir}/answers.js`, slowHere);
    expect([...done.keys()].sort((a, b) => a - b)).toEqual(many.map((t) => t.id));
    const byWorker = [...done.values()].filter((o) => 'error' in o && o.error === 'worker').length;
    expect(byWorker).toBeGreaterThan(0);
    expect(byWorker).toBeLessThan(40);
  });
});
