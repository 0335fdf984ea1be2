// Where analysis runs. Pure of 'vscode' so vitest can test it; the worker is injected.
//  - One Engine per configuration (its paragraph cache makes re-analysis after an edit incremental).
//  - Documents up to WORKER_THRESHOLD characters are analysed right here; larger ones go to the worker
//    (desktop: dist/analysis-worker.js on a worker thread) so the extension host never blocks for
//    long; with no worker (the web build) they are still analysed here up to maxFileSize.
//  - Documents over maxFileSize are skipped with a message.
//  - A stale request (the document changed meanwhile) is dropped rather than shown.
import { engineOptionsFrom, type AttributionLintConfig } from '../config';
import { Engine, type AnalysisResult, type DocumentFormat, type EngineOptions } from '../engine';
import { DEFAULT_MAX_FILE_SIZE, WORKER_THRESHOLD } from './settings';

/** The worker side, as the analyzer sees it: analyse a text with options, in the background. */
export interface BackgroundAnalyzer {
  /** Resolves null when a newer request for the same key replaced this one before it started. */
  analyze(key: string, text: string, format: DocumentFormat, options: EngineOptions): Promise<AnalysisResult | null>;
  dispose(): void;
}

export type Outcome =
  | { kind: 'ok'; result: AnalysisResult; where: 'host' | 'worker'; ms: number }
  | { kind: 'skipped'; size: number; limit: number }
  | { kind: 'superseded' }
  | { kind: 'error'; error: Error };

export interface AnalyzerOptions {
  background?: () => BackgroundAnalyzer | undefined;
  workerThreshold?: number;
  now?: () => number;
}

export class Analyzer {
  private readonly engines = new Map<string, Engine>();
  private backgroundInstance: BackgroundAnalyzer | undefined | null = null;
  /** For tests: makes the next analysis throw, to check that a failure is contained. */
  failNext = false;
  readonly stats = { host: 0, worker: 0, skipped: 0, errors: 0 };

  constructor(private readonly options: AnalyzerOptions = {}) {}

  get workerThreshold(): number {
    return this.options.workerThreshold ?? WORKER_THRESHOLD;
  }

  /** The engine of a configuration, kept while that configuration is in use (at most 8 at once). */
  engineFor(config: AttributionLintConfig): { engine: Engine; options: EngineOptions } {
    const options = engineOptionsFrom(config);
    const key = JSON.stringify(options);
    let engine = this.engines.get(key);
    if (engine) {
      this.engines.delete(key);
      this.engines.set(key, engine);
    } else {
      engine = new Engine({ ...options, cacheSize: 5000 });
      this.engines.set(key, engine);
      if (this.engines.size > 8) this.engines.delete(this.engines.keys().next().value!);
    }
    return { engine, options };
  }

  private background(): BackgroundAnalyzer | undefined {
    if (this.backgroundInstance === null) this.backgroundInstance = this.options.background?.();
    return this.backgroundInstance;
  }

  /** Analyses synchronously on this thread (small documents, hovers on small documents). */
  analyzeNow(text: string, format: DocumentFormat, config: AttributionLintConfig): AnalysisResult {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('simulated analysis failure (test hook)');
    }
    return this.engineFor(config).engine.analyze(text, { format });
  }

  async analyze(key: string, text: string, format: DocumentFormat, config: AttributionLintConfig, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<Outcome> {
    const now = this.options.now ?? Date.now;
    const t0 = now();
    try {
      if (text.length > maxFileSize) {
        this.stats.skipped++;
        return { kind: 'skipped', size: text.length, limit: maxFileSize };
      }
      const bg = text.length > this.workerThreshold ? this.background() : undefined;
      if (bg) {
        if (this.failNext) {
          this.failNext = false;
          throw new Error('simulated analysis failure (test hook)');
        }
        const result = await bg.analyze(key, text, format, this.engineFor(config).options);
        if (!result) return { kind: 'superseded' };
        this.stats.worker++;
        return { kind: 'ok', result, where: 'worker', ms: now() - t0 };
      }
      const result = this.analyzeNow(text, format, config);
      this.stats.host++;
      return { kind: 'ok', result, where: 'host', ms: now() - t0 };
    } catch (e) {
      this.stats.errors++;
      return { kind: 'error', error: e instanceof Error ? e : new Error(String(e)) };
    }
  }

  dispose(): void {
    this.backgroundInstance?.dispose();
    this.backgroundInstance = null;
    this.engines.clear();
  }
}
