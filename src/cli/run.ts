// The command: arguments -> files -> configuration -> analysis (here or in worker threads) -> one
// report -> exit status. Usage, configuration and read problems are one line each on stderr; the
// other files are still linted and reported, and the exit status is then 2.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { version } from '../../package.json';
import { engineOptionsFrom, mergeConfigs } from '../config';
import { ConfigResolver, type LoadedConfig } from '../config/load';
// The engine's own rule for Markdown or text; format.ts is tiny, the engine itself is loaded lazily.
import { formatFor } from '../engine/format';
import { HELP, parseArgs, type CliOptions } from './args';
import { FileExpander, STDIN } from './files';
import { formatters, ledger } from './formatters';
import { threadCount } from './threads';
import type { LintOutcome, LintTask, Linter } from './lint';
import { decodeText, readTextFile } from './read';
import { countDiagnostics, problemLine, type JsonFileReport, type Problem } from './types';

export const VERSION: string = version;


export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  /** Whether standard input is a terminal (then it is never read implicitly). */
  stdinIsTTY: boolean;
  readStdin(): Promise<Uint8Array>;
  /** dist/worker.js, or null when there is none (running from source). */
  workerFile: string | null;
}


/** Writes a file atomically: a temporary file in the same folder, then a rename over the target. */
export function writeFileAtomic(path: string, data: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function decideColor(o: CliOptions, io: Io): boolean {
  if (o.color !== null) return o.color;
  if (o.output !== null) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdout.isTTY === true;
}

function threadsFor(o: CliOptions, tasks: readonly LintTask[]): number {
  return threadCount(o.threads, tasks.map((t) => t.text.length), availableParallelism());
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const problems: Problem[] = [];
  const report = (p: Problem) => {
    problems.push(p);
    io.stderr.write(`attribution-lint: ${problemLine(p)}\n`);
  };

  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    report({ path: null, message: parsed.error });
    return 2;
  }
  const o = parsed.options;
  if (o.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (o.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }

  const patterns = [...o.patterns];
  if (patterns.length === 0) {
    if (io.stdinIsTTY) {
      report({ path: null, message: 'no files given (try --help)' });
      return 2;
    }
    patterns.push(STDIN);
  }

  // Configuration: --config for everything, else the nearest .attributionlintrc.json per file.
  const resolver = new ConfigResolver(o.config, io.cwd);
  const expander = new FileExpander({ cwd: io.cwd, resolver, configGiven: o.config !== null });
  const { targets, problems: found } = expander.expand(patterns);
  found.forEach(report);

  const outputAbs = o.output === null ? null : resolve(io.cwd, o.output);
  if (outputAbs !== null && targets.some((t) => t.abs === outputAbs)) {
    report({ path: o.output, message: '--output names one of the files being linted; it would be overwritten' });
    return 2;
  }

  // Read every file, decide its configuration, and make the analysis tasks.
  const stdinName = o.stdinFilename;
  const reportedConfigs = new Set<string>();
  const tasks: LintTask[] = [];
  for (const t of targets) {
    const shown = t.abs === null ? (stdinName ?? '<stdin>') : t.path;
    const configDir = t.abs === null ? (stdinName ? dirname(resolve(io.cwd, stdinName)) : io.cwd) : dirname(t.abs);
    const loaded: LoadedConfig = resolver.forDirectory(configDir);
    if (loaded.errors.length > 0) {
      // A broken configuration: said once, and the files it governs are not linted.
      const key = loaded.path ?? '';
      if (!reportedConfigs.has(key)) {
        reportedConfigs.add(key);
        for (const e of loaded.errors) report({ path: null, message: e });
      }
      continue;
    }
    const read = t.abs === null ? await readStdin(io) : readTextFile(t.abs);
    if (!read.ok) {
      report({ path: shown, message: read.message });
      continue;
    }
    const config = Object.keys(o.rules).length > 0 ? mergeConfigs(loaded.config, { rules: o.rules }) : loaded.config;
    const options = engineOptionsFrom(config);
    const format = t.abs === null ? (stdinName ? formatFor(stdinName) : 'text') : formatFor(t.abs);
    tasks.push({ id: tasks.length, path: shown, text: read.text, format, options, key: JSON.stringify(options) });
  }

  const outcomes = await lintAll(o, tasks, io);
  const reports: JsonFileReport[] = [];
  for (const task of tasks) {
    const outcome = outcomes.get(task.id)!;
    if ('error' in outcome) {
      report({ path: task.path, message: outcome.error });
      continue;
    }
    const r = outcome.report;
    reports.push(o.quiet ? { ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') } : r);
  }

  // Format and write.
  const ctx = { color: decideColor(o, io), width: outputWidth(o, io), cwd: io.cwd, problems, version: VERSION };
  const text = o.report ? ledger(reports, ctx) : formatters[o.format](reports, ctx);
  if (outputAbs !== null) {
    try {
      writeFileAtomic(outputAbs, text);
    } catch (e) {
      report({ path: o.output, message: `cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      return 2;
    }
  } else if (text !== '') io.stdout.write(text);

  const counts = countDiagnostics(reports);
  if (problems.length > 0) return 2;
  if (counts.errors > 0) return 1;
  if (o.maxWarnings !== null) {
    if (counts.warnings > o.maxWarnings) {
      io.stderr.write(`attribution-lint: too many warnings (${counts.warnings}; maximum: ${o.maxWarnings})\n`);
      return 1;
    }
    return 0;
  }
  return counts.warnings > 0 ? 1 : 0;
}

async function readStdin(io: Io) {
  try {
    return decodeText(await io.readStdin());
  } catch (e) {
    return { ok: false as const, message: `cannot read standard input (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

function outputWidth(o: CliOptions, io: Io): number {
  if (o.output === null && io.stdout.isTTY && io.stdout.columns) return Math.max(60, io.stdout.columns);
  return 100;
}

/** Lints on the main thread, or there and in worker threads when there is enough work (or --threads asks). */
async function lintAll(o: CliOptions, tasks: LintTask[], io: Io): Promise<Map<number, LintOutcome>> {
  const threads = threadsFor(o, tasks);
  // The engine is loaded only now, so --help, --version and usage errors never pay for it.
  const { makeLinter } = await import('./lint');
  const lint = makeLinter(await import('../engine'));
  let outcomes = new Map<number, LintOutcome>();
  if (threads > 1 && io.workerFile !== null && existsSync(io.workerFile)) {
    if (io.env.ATTRIBUTION_LINT_TRACE) io.stderr.write(`attribution-lint: ${tasks.length} files on ${threads} threads (the main thread and ${threads - 1} worker${threads > 2 ? 's' : ''})\n`);
    outcomes = await lintInWorkersLazy(tasks, threads, io.workerFile, lint);
  }
  for (const t of tasks) if (!outcomes.has(t.id)) outcomes.set(t.id, lint(t));
  return outcomes;
}

async function lintInWorkersLazy(tasks: LintTask[], threads: number, workerFile: string, here: Linter) {
  const { lintInWorkers } = await import('./pool');
  return lintInWorkers(tasks, threads, workerFile, here);
}
