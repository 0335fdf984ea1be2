// Timing harness for the pathological-input tests. The engine runs in a worker thread (the engine and
// ./engine-worker.ts bundled with esbuild into a temporary folder), so an analysis that runs away is
// terminated at a deadline instead of blocking the test run: vitest's own timeout cannot interrupt
// synchronous code.
//
// Linearity is judged by a ratio, never by absolute time: the time at k*N over the time at N must stay
// under a ceiling (3k: 12 for 4x input). Linear code gives about k, quadratic code k^2, so a regression
// shows while a busy machine does not fail the test. The run at k*N is stopped as soon as it passes the
// ceiling, so a quadratic case costs at most ceiling * t(N).
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { expect } from 'vitest';
import type { DocumentFormat } from '../../src/engine';
import type { WorkerReply } from './engine-worker';

export type RunResult = (WorkerReply & { timedOut: false }) | { timedOut: true; ms: number };

/** Below this a time is mostly noise; ratios use at least this as the small time. */
const MIN_MS = 25;

export class EngineWorker {
  private dir: string | null = null;
  private file: string | null = null;
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;

  /** Bundles the engine for the worker (about a second). */
  build(): void {
    this.dir = mkdtempSync(join(tmpdir(), 'attribution-lint-reliability-'));
    this.file = join(this.dir, 'engine-worker.cjs');
    buildSync({
      entryPoints: [fileURLToPath(new URL('./engine-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: this.file,
      logLevel: 'error',
    });
  }

  private start(): Promise<void> {
    if (!this.file) this.build();
    const worker = new Worker(this.file!);
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (m.ready) {
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.ready;
  }

  /** Analyses `text` in the worker; terminates it after `deadlineMs` (then the next run starts a new one). */
  async run(text: string, format: DocumentFormat, deadlineMs: number): Promise<RunResult> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker!;
    const id = this.nextId++;
    return new Promise<RunResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.worker = null;
        void worker.terminate();
        resolve({ timedOut: true, ms: deadlineMs });
      }, deadlineMs);
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        cleanup();
        resolve({ ...m, timedOut: false });
      };
      const onError = (e: Error) => {
        cleanup();
        this.worker = null;
        reject(e);
      };
      const onExit = (code: number) => {
        cleanup();
        this.worker = null;
        reject(new Error(`engine worker exited with code ${code} (out of memory?)`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, text, format });
    });
  }

  async close(): Promise<void> {
    if (this.worker) await this.worker.terminate();
    this.worker = null;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface Scaling {
  name: string;
  format: DocumentFormat;
  sizeN: number;
  sizeKN: number;
  factor: number;
  msN: number;
  /** Time at k*N, or the deadline when the run was stopped there. */
  msKN: number;
  ratio: number;
  timedOut: boolean;
  figuresKN: number;
  /** A broken invariant or an exception, at either size. */
  problem: string | null;
  figureTexts: string[];
}

/** Every measurement made in this process, for the summary printed at the end. */
export const measurements: Scaling[] = [];

export interface ScalingOptions {
  /** k: the large input is k times the small one (default 4). */
  factor?: number;
  /** The ratio must stay under this (default 3k). */
  ceiling?: number;
  /**
   * The input is known to scale badly (a known engine bug): measure again when it looks linear rather
   * than when it does not, so a noisy small-size run cannot make a known bug look fixed.
   */
  knownSlow?: boolean;
}

/**
 * Times `make(n)` and `make(factor * n)`. The small size runs three times (the first also warms the
 * JIT) and the fastest counts. When the outcome is not the expected one (over the ceiling, or under it
 * for a known-slow input) the pair is measured once more, so one burst of load on a shared machine
 * does not decide the test.
 */
export async function scaling(engine: EngineWorker, name: string, make: (n: number) => string, n: number, format: DocumentFormat, options: ScalingOptions = {}): Promise<Scaling> {
  const factor = options.factor ?? 4;
  const ceiling = options.ceiling ?? 3 * factor;
  const small = make(n);
  const big = make(factor * n);
  let last: Scaling | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    let problem: string | null = null;
    let msN = Infinity;
    for (let k = 0; k < 3; k++) {
      const r = await engine.run(small, format, 120_000);
      if (r.timedOut) throw new Error(`${name}: the small input (${small.length} chars) did not finish in 120 s`);
      problem ??= r.error ?? r.problem;
      msN = Math.min(msN, r.ms);
    }
    const base = Math.max(msN, MIN_MS);
    const deadline = Math.max(ceiling * base * 1.05, 1000);
    const r = await engine.run(big, format, deadline);
    const msKN = r.ms;
    if (!r.timedOut) problem ??= r.error ?? r.problem;
    last = {
      name,
      format,
      sizeN: small.length,
      sizeKN: big.length,
      factor,
      msN,
      msKN,
      ratio: r.timedOut ? Infinity : msKN / base,
      timedOut: r.timedOut,
      figuresKN: r.timedOut ? -1 : r.figures,
      problem,
      figureTexts: r.timedOut ? [] : r.figureTexts,
    };
    if (problem) break;
    const linear = last.ratio < ceiling;
    if (linear !== !!options.knownSlow) break;
  }
  measurements.push(last!);
  const l = last!;
  const kb = (c: number) => (c >= 1e6 ? `${(c / 1e6).toFixed(2)} MB` : `${(c / 1e3).toFixed(1)} KB`);
  console.log(
    `[scaling] ${name} (${format}): ${kb(l.sizeN)} in ${l.msN.toFixed(0)} ms, ${kb(l.sizeKN)} in ${l.timedOut ? `> ${l.msKN.toFixed(0)} ms (stopped)` : `${l.msKN.toFixed(0)} ms`}; ratio ${l.timedOut ? `> ${(l.msKN / Math.max(l.msN, MIN_MS)).toFixed(1)}` : l.ratio.toFixed(1)} for ${factor}x input (ceiling ${ceiling}); ${l.figuresKN} figures`,
  );
  return l;
}

/** The scaling was linear: no exception, no broken invariant, and the ratio under the ceiling. */
export function expectLinear(s: Scaling, ceiling = 3 * s.factor): void {
  expect(s.problem, `${s.name}: analyze threw or broke an invariant`).toBeNull();
  expect(s.timedOut, `${s.name}: ${s.factor}x the input did not finish within ${ceiling}x the time (quadratic?)`).toBe(false);
  expect(s.ratio, `${s.name}: time ratio for ${s.factor}x input`).toBeLessThan(ceiling);
}

/** Prints every measurement of this file, one line each. */
export function printSummary(): void {
  const line = (m: Scaling) =>
    `  ${m.name} (${m.format}): N=${m.sizeN} chars ${m.msN.toFixed(0)} ms, ${m.factor}N=${m.sizeKN} chars ${m.timedOut ? '>' : ''}${m.msKN.toFixed(0)} ms, ratio ${m.timedOut ? '>' : ''}${(m.timedOut ? m.msKN / Math.max(m.msN, MIN_MS) : m.ratio).toFixed(1)}`;
  console.log(['[scaling] summary', ...measurements.map(line)].join('\n'));
}
