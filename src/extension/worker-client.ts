// The desktop side of the analysis worker. Only loaded when not built for the web: the web bundle
// defines process.env.ATTRIBUTION_LINT_WEB as "1", so the require() below is dead code there and
// esbuild leaves worker_threads out of dist/web/extension.js.
import type { AnalysisResult, DocumentFormat, EngineOptions } from '../engine';
import type { BackgroundAnalyzer } from './analyzer';

interface Job {
  id: number;
  key: string;
  text: string;
  format: DocumentFormat;
  options: EngineOptions;
  resolve: (r: AnalysisResult | null) => void;
  reject: (e: Error) => void;
}

interface WorkerLike {
  postMessage(msg: unknown): void;
  on(event: string, cb: (arg: any) => void): void;
  terminate(): Promise<number>;
  unref?(): void;
}

/** Runs one job at a time on a worker thread; a newer job for the same document replaces a queued one. */
export class WorkerClient implements BackgroundAnalyzer {
  private worker: WorkerLike | undefined;
  private running: Job | undefined;
  private queue: Job[] = [];
  private nextId = 1;

  constructor(private readonly create: () => WorkerLike) {}

  analyze(key: string, text: string, format: DocumentFormat, options: EngineOptions): Promise<AnalysisResult | null> {
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, key, text, format, options, resolve, reject };
      const i = this.queue.findIndex((j) => j.key === key);
      if (i >= 0) {
        this.queue[i].resolve(null);
        this.queue[i] = job;
      } else this.queue.push(job);
      this.pump();
    });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.create();
    w.unref?.();
    w.on('message', (msg: { id: number; result?: AnalysisResult; error?: string }) => {
      const job = this.running;
      if (!job || job.id !== msg.id) return;
      this.running = undefined;
      if (msg.error !== undefined) job.reject(new Error(`analysis worker: ${msg.error}`));
      else job.resolve(msg.result ?? null);
      this.pump();
    });
    const fail = (err: Error) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      job?.reject(err);
      this.pump();
    };
    w.on('error', (e: Error) => fail(e));
    w.on('exit', (code: number) => fail(new Error(`analysis worker exited with code ${code}`)));
    this.worker = w;
    return w;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    try {
      this.ensureWorker().postMessage({ id: job.id, text: job.text, format: job.format, options: job.options });
    } catch (e) {
      this.running = undefined;
      job.reject(e instanceof Error ? e : new Error(String(e)));
      this.pump();
    }
  }

  dispose(): void {
    for (const j of this.queue) j.resolve(null);
    this.queue = [];
    this.running?.resolve(null);
    this.running = undefined;
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }
}

/** A worker-thread background analyzer for the desktop build, or undefined on the web. */
export function createWorkerAnalyzer(workerFile: string): BackgroundAnalyzer | undefined {
  if (process.env.ATTRIBUTION_LINT_WEB !== '1') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    return new WorkerClient(() => new Worker(workerFile) as unknown as WorkerLike);
  }
  return undefined;
}
