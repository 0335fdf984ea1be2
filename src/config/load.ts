// Finding and reading .attributionlintrc.json on disk (the CLI's side; the extension reads settings).
// The nearest file wins: from a file's folder upwards to the filesystem root, the first
// .attributionlintrc.json found is the whole configuration for that file (no merging with files
// further up). Every problem names the file and the key.
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE } from './index';
import type { AttributionLintConfig } from './types';
import { validateConfig } from './validate';

export interface LoadedConfig {
  /** The file read, or null when none was found (built-in defaults). */
  path: string | null;
  config: AttributionLintConfig;
  /** One line per problem, each "FILE: key: problem". Empty when the file is usable. */
  errors: string[];
}

/** "Unexpected token } in JSON at position 12" -> "line 2, column 3: Unexpected token }". */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const m = /\bat position (\d+)/.exec(message);
  let clean = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,?\s*"[^"]*"\s*is not valid JSON$/, '')
    .replace(/\s+in JSON at position \d+.*$/, '')
    .replace(/\s+at position \d+.*$/, '')
    .trim();
  if (clean === '') clean = 'syntax error';
  if (!m) return clean;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${clean}`;
}

/** Parses and validates the text of a configuration file. Pure; `path` only labels the errors. */
export function parseConfigText(path: string, text: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { path, config: {}, errors: [`${path}: invalid JSON at ${describeJsonError(text.replace(/^\uFEFF/, ''), e)}`] };
  }
  const { config, errors } = validateConfig(raw);
  return { path, config, errors: errors.map((e) => `${path}: ${e}`) };
}

/** Reads and validates one configuration file; `label` names it in the errors. Never throws. */
export function loadConfigFile(path: string, label = path): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'configuration file not found' : code === 'EISDIR' ? 'is a folder, not a configuration file' : `cannot read configuration file (${code ?? (e as Error).message})`;
    return { path, config: {}, errors: [`${label}: ${why}`] };
  }
  return { ...parseConfigText(label, text), path };
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The nearest .attributionlintrc.json from `dir` upwards, stopping at the filesystem root. */
export function findConfigFile(dir: string, exists: (p: string) => boolean = isFile): string | null {
  let d = resolve(dir);
  for (;;) {
    const candidate = join(d, CONFIG_FILE);
    if (exists(candidate)) return candidate;
    const parent = dirname(d);
    if (parent === d) return null;
    d = parent;
  }
}

/**
 * Configuration per folder, cached: each folder is looked up once and each file read once, so a
 * broken file is reported once however many files it governs. With `configFile` (--config), that
 * file is used for every folder and nothing is looked up.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly fixed: LoadedConfig | null;

  constructor(
    configFile: string | null = null,
    private readonly cwd = process.cwd(),
  ) {
    this.fixed = configFile === null ? null : loadConfigFile(resolve(cwd, configFile), configFile);
  }

  /** A configuration file's name in messages: relative to the working folder when inside it. */
  private label(file: string): string {
    const rel = relative(this.cwd, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  }

  forDirectory(dir: string): LoadedConfig {
    if (this.fixed) return this.fixed;
    const key = resolve(dir);
    let found = this.byDir.get(key);
    if (!found) {
      const file = findConfigFile(key);
      if (file === null) found = { path: null, config: {}, errors: [] };
      else {
        found = this.byFile.get(file) ?? loadConfigFile(file, this.label(file));
        this.byFile.set(file, found);
      }
      this.byDir.set(key, found);
    }
    return found;
  }

  forFile(file: string): LoadedConfig {
    return this.forDirectory(dirname(resolve(file)));
  }
}
