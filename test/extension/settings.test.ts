import { describe, expect, it } from 'vitest';
import { Analyzer, type BackgroundAnalyzer } from '../../src/extension/analyzer';
import { effectiveConfig, formatForLanguage, parseConfigFile, readSettings } from '../../src/extension/settings';
import { summarize } from '../../src/extension/summary';
import { WorkerClient } from '../../src/extension/worker-client';
import { Engine, type AnalysisResult } from '../../src/engine';

const getter = (o: Record<string, unknown>) => <T>(k: string) => o[k] as T | undefined;

describe('settings', () => {
  it('has sensible defaults', () => {
    const s = readSettings(getter({}));
    expect(s).toMatchObject({ enable: true, languages: ['markdown', 'plaintext', 'news-draft'], lintOnType: true, lintOnSave: true, debounceMs: 300, config: {}, errors: [] });
  });

  it('turns minorFigures on as a hint unless the rule has its own severity', () => {
    expect(readSettings(getter({ minorFigures: true })).config.rules).toEqual({ 'minor-figure': 'hint' });
    expect(readSettings(getter({ minorFigures: true, rules: { 'minor-figure': 'warning' } })).config.rules).toEqual({ 'minor-figure': 'warning' });
  });

  it('names the setting of a bad value and keeps the good ones', () => {
    const s = readSettings(getter({ rules: { 'unattributed-figur': 'error', 'vague-attribution': 'loud', 'unattributed-figure': 'error' }, cues: ['opine', 3] }));
    expect(s.config.rules).toEqual({ 'unattributed-figure': 'error' });
    expect(s.config.cues).toEqual(['opine']);
    expect(s.errors.join('\n')).toMatch(/attributionLint\.rules\.unattributed-figur: unknown rule/);
    expect(s.errors.join('\n')).toMatch(/attributionLint\.rules\.vague-attribution/);
    expect(s.errors.join('\n')).toMatch(/attributionLint\.cues\[1\]/);
  });

  it('clamps the debounce delay', () => {
    expect(readSettings(getter({ debounceMs: -5 })).debounceMs).toBe(0);
    expect(readSettings(getter({ debounceMs: 'x' })).debounceMs).toBe(300);
  });

  it('lets explicit settings override the rc file rule by rule and unions word lists', () => {
    const file = { rules: { 'unattributed-figure': 'error', 'vague-attribution': 'warning' } as const, cues: ['opine'], agencies: ['Acme'] };
    const settings = { rules: { 'vague-attribution': 'off' } as const, cues: ['aver', 'opine'] };
    expect(effectiveConfig(file, settings)).toEqual({ rules: { 'unattributed-figure': 'error', 'vague-attribution': 'off' }, cues: ['opine', 'aver'], agencies: ['Acme'] });
  });

  it('reports invalid rc files with the file name', () => {
    expect(parseConfigFile('{ nope', '/w/.attributionlintrc.json').errors[0]).toMatch(/^\/w\/\.attributionlintrc\.json: invalid JSON/);
    const r = parseConfigFile('\uFEFF{"rules":{"unattributed-figure":"off"},"colour":1}', 'rc');
    expect(r.config).toEqual({ rules: { 'unattributed-figure': 'off' } });
    expect(r.errors).toEqual([expect.stringMatching(/^rc: colour: unknown key/)]);
  });

  it('reads Markdown and news drafts as Markdown, the rest as text', () => {
    expect(formatForLanguage('markdown')).toBe('markdown');
    expect(formatForLanguage('news-draft')).toBe('markdown');
    expect(formatForLanguage('plaintext')).toBe('text');
  });
});

describe('summary', () => {
  it('counts statuses', () => {
    const r = new Engine().analyze('Around 11,000 soldiers died. Officials said 300 fled. The ministry said 40 were hurt.');
    const s = summarize(r);
    expect(s.figures).toBe(r.figures.length);
    expect(s.message).toMatch(/^\d+ figures: \d+ unattributed, \d+ vague$/);
    expect(summarize({ figures: [], diagnostics: [], sources: [], candidates: [] }).message).toBe('0 figures');
  });
});

describe('analyzer', () => {
  const text = 'Around 11,000 soldiers were deployed.\n\nThe ministry said 3,000 were hurt.\n';

  it('keeps one engine per configuration, so re-analysis after an edit reuses cached paragraphs', () => {
    const a = new Analyzer();
    const e1 = a.engineFor({}).engine;
    expect(a.engineFor({}).engine).toBe(e1);
    expect(a.engineFor({ cues: ['opine'] }).engine).not.toBe(e1);
    a.analyzeNow(text, 'text', {});
    const before = e1.cacheStats;
    a.analyzeNow(text.replace('hurt', 'hurt badly'), 'text', {});
    const after = e1.cacheStats;
    expect(after.hits - before.hits).toBe(1); // the unchanged first paragraph
    expect(after.misses - before.misses).toBe(1); // only the edited one is re-tagged
  });

  it('applies rule severities from the configuration', async () => {
    const a = new Analyzer();
    const out = await a.analyze('k', text, 'text', { rules: { 'unattributed-figure': 'error' } });
    expect(out.kind === 'ok' && out.result.diagnostics[0].severity).toBe('error');
    const off = await a.analyze('k', text, 'text', { rules: { 'unattributed-figure': 'off' } });
    expect(off.kind === 'ok' && off.result.diagnostics).toEqual([]);
  });

  it('skips documents over the size limit', async () => {
    const out = await new Analyzer().analyze('k', 'x'.repeat(2000), 'text', {}, 1000);
    expect(out).toEqual({ kind: 'skipped', size: 2000, limit: 1000 });
  });

  it('sends large documents to the background analyzer and small ones not', async () => {
    const calls: number[] = [];
    const bg: BackgroundAnalyzer = {
      analyze: async (_k, t, format, options) => {
        calls.push(t.length);
        return new Engine(options).analyze(t, { format });
      },
      dispose() {},
    };
    const a = new Analyzer({ background: () => bg, workerThreshold: 100 });
    const small = await a.analyze('a', text.slice(0, 50), 'text', {});
    expect(small.kind === 'ok' && small.where).toBe('host');
    const big = await a.analyze('b', text.repeat(5), 'text', {});
    expect(big.kind === 'ok' && big.where).toBe('worker');
    expect(calls).toEqual([text.length * 5]);
  });

  it('turns a failure into an error outcome instead of throwing', async () => {
    const a = new Analyzer();
    a.failNext = true;
    const out = await a.analyze('k', text, 'text', {});
    expect(out.kind).toBe('error');
    expect((await a.analyze('k', text, 'text', {})).kind).toBe('ok');
  });
});

describe('worker client', () => {
  type Handler = (arg: any) => void;
  function fakeWorker(run: (msg: any) => AnalysisResult | Error) {
    const handlers: Record<string, Handler[]> = {};
    const posted: any[] = [];
    const w = {
      posted,
      on: (ev: string, cb: Handler) => void (handlers[ev] ??= []).push(cb),
      postMessage: (msg: any) => {
        posted.push(msg);
        setTimeout(() => {
          const r = run(msg);
          for (const h of handlers.message ?? []) h(r instanceof Error ? { id: msg.id, error: r.message } : { id: msg.id, result: r });
        }, 5);
      },
      terminate: async () => 0,
      emit: (ev: string, arg: unknown) => (handlers[ev] ?? []).forEach((h) => h(arg)),
    };
    return w;
  }
  const empty: AnalysisResult = { figures: [], diagnostics: [], sources: [], candidates: [] };

  it('runs one job at a time and replaces a queued job for the same document', async () => {
    const w = fakeWorker(() => empty);
    const c = new WorkerClient(() => w);
    const p1 = c.analyze('doc', 'v1', 'text', {});
    const p2 = c.analyze('doc', 'v2', 'text', {});
    const p3 = c.analyze('doc', 'v3', 'text', {});
    expect(await p1).toEqual(empty);
    expect(await p2).toBeNull(); // superseded by v3 before it started
    expect(await p3).toEqual(empty);
    expect(w.posted.map((m) => m.text)).toEqual(['v1', 'v3']);
  });

  it('rejects when the analysis fails in the worker and keeps the worker for the next job', async () => {
    let made = 0;
    const c = new WorkerClient(() => {
      made++;
      return fakeWorker((m) => (m.text === 'bad' ? new Error('boom') : empty));
    });
    await expect(c.analyze('a', 'bad', 'text', {})).rejects.toThrow(/boom/);
    expect(await c.analyze('a', 'good', 'text', {})).toEqual(empty);
    expect(made).toBe(1);
  });

  it('rejects the running job when the worker crashes, then starts a fresh worker', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const c = new WorkerClient(() => {
      const w = fakeWorker(() => empty);
      if (workers.length === 0) w.postMessage = (msg: any) => void w.posted.push(msg); // never answers
      workers.push(w);
      return w;
    });
    const p = c.analyze('a', 'x', 'text', {});
    workers[0].emit('error', new Error('worker died'));
    await expect(p).rejects.toThrow(/worker died/);
    expect(await c.analyze('a', 'y', 'text', {})).toEqual(empty);
    expect(workers).toHaveLength(2);
  });
});
