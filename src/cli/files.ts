// Arguments -> the files to lint, in a deterministic order: arguments in the order given, the files
// of a folder sorted by name (depth first), the matches of a glob sorted the same way. Folders are
// searched for the configured extensions (.md, .markdown, .txt by default), skipping node_modules
// and dot-folders; a file named explicitly is linted whatever its extension. Files matched by the
// configuration's `ignore` globs are skipped. Duplicates are linted once, at their first place.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ConfigResolver, LoadedConfig } from '../config/load';
import type { Problem } from './types';

export const DEFAULT_EXTENSIONS = ['.md', '.markdown', '.txt'];
export const STDIN = '-';

export interface Target {
  /** The path as shown in reports (as given, or joined from the folder given). */
  path: string;
  /** Absolute path; null for standard input. */
  abs: string | null;
}

export interface ExpandOptions {
  cwd: string;
  resolver: ConfigResolver;
  /** True with --config: ignore globs are then relative to the working folder. */
  configGiven: boolean;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const skipFolder = (name: string) => name === 'node_modules' || name.startsWith('.');
const toPosix = (p: string) => p.split(sep).join('/');

export function hasExtension(file: string, extensions: readonly string[]): boolean {
  const lower = file.toLowerCase();
  return extensions.some((e) => lower.endsWith(e.toLowerCase()));
}

/** Whether a pattern is a glob (and not a plain path), by picomatch's reading of it. */
export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/**
 * A matcher for `ignore` globs against a path relative to their base folder: a pattern with a slash
 * matches the whole path, one without matches the file name in any folder (as in .gitignore).
 * (picomatch's own `basename` option would apply that to every pattern.)
 */
export function ignoreMatcher(patterns: readonly string[]): (relPosix: string) => boolean {
  const clean = patterns.map((p) => p.replace(/^\.\//, ''));
  const full = clean.filter((p) => p.includes('/'));
  const names = clean.filter((p) => !p.includes('/'));
  const matchFull = full.length > 0 ? picomatch(full, { dot: true }) : () => false;
  const matchName = names.length > 0 ? picomatch(names, { dot: true }) : () => false;
  return (rel) => matchFull(rel) || matchName(rel.slice(rel.lastIndexOf('/') + 1));
}

export class FileExpander {
  private readonly ignoreMatchers = new Map<string, (p: string) => boolean>();

  constructor(private readonly options: ExpandOptions) {}

  /** Whether the configuration that governs `abs` ignores it. */
  isIgnored(abs: string, loaded: LoadedConfig): boolean {
    const patterns = loaded.config.ignore;
    if (!patterns || patterns.length === 0 || loaded.errors.length > 0) return false;
    const base = this.options.configGiven || loaded.path === null ? this.options.cwd : dirname(loaded.path);
    const key = `${base}\0${patterns.join('\0')}`;
    let match = this.ignoreMatchers.get(key);
    if (!match) {
      match = ignoreMatcher(patterns);
      this.ignoreMatchers.set(key, match);
    }
    const rel = relative(base, abs);
    if (rel === '' || rel.startsWith('..')) return false;
    return match(toPosix(rel));
  }

  private extensionsFor(dirAbs: string): readonly string[] {
    return this.options.resolver.forDirectory(dirAbs).config.extensions ?? DEFAULT_EXTENSIONS;
  }

  /** Every file under a folder (sorted, depth first), filtered by `keep`. */
  private walk(dirAbs: string, dirShown: string, keep: (abs: string, shown: string, dirAbs: string) => boolean, out: Target[], problems: Problem[], seen: Set<string>): void {
    let real: string;
    try {
      real = realpathSync(dirAbs);
    } catch {
      real = dirAbs;
    }
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dirShown, message: `cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      return;
    }
    entries.sort(byName);
    for (const e of entries) {
      const abs = join(dirAbs, e.name);
      const shown = join(dirShown, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (!skipFolder(e.name)) this.walk(abs, shown, keep, out, problems, seen);
      } else if (isFile && keep(abs, shown, dirAbs)) out.push({ path: shown, abs });
    }
  }

  /** Expands the arguments; problems (missing files, empty globs, unreadable folders) are collected. */
  expand(patterns: readonly string[]): { targets: Target[]; problems: Problem[] } {
    const { cwd, resolver } = this.options;
    const problems: Problem[] = [];
    const targets: Target[] = [];
    const seen = new Set<string>();
    const add = (t: Target) => {
      const key = t.abs ?? STDIN;
      if (seen.has(key)) return;
      seen.add(key);
      targets.push(t);
    };
    for (const pattern of patterns) {
      if (pattern === STDIN) {
        add({ path: STDIN, abs: null });
        continue;
      }
      const abs = resolve(cwd, pattern);
      let st: ReturnType<typeof statSync> | undefined;
      try {
        st = statSync(abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
          problems.push({ path: pattern, message: `cannot read (${code ?? (e as Error).message})` });
          continue;
        }
      }
      if (st?.isDirectory()) {
        const found: Target[] = [];
        this.walk(abs, pattern, (file, _shown, dir) => hasExtension(file, this.extensionsFor(dir)) && !this.isIgnored(file, resolver.forDirectory(dir)), found, problems, new Set());
        found.forEach(add);
      } else if (st) {
        // Named explicitly: linted whatever its extension, unless the configuration ignores it.
        if (!this.isIgnored(abs, resolver.forFile(abs))) add({ path: pattern, abs });
      } else if (isGlob(pattern)) {
        const matches = this.glob(pattern, problems);
        if (matches.length === 0) problems.push({ path: pattern, message: 'no files match this pattern' });
        for (const m of matches) if (!this.isIgnored(m.abs!, resolver.forFile(m.abs!))) add(m);
      } else {
        problems.push({ path: pattern, message: 'no such file or folder' });
      }
    }
    return { targets, problems };
  }

  /** Files matching a glob, walking from the glob's fixed base folder. */
  private glob(pattern: string, problems: Problem[]): Target[] {
    const clean = pattern.replace(/^\.\//, '');
    const { base } = picomatch.scan(clean);
    const match = picomatch(clean, { dot: false });
    const baseAbs = resolve(this.options.cwd, base || '.');
    try {
      if (!statSync(baseAbs).isDirectory()) return [];
    } catch {
      return [];
    }
    const out: Target[] = [];
    // Shown as the glob is written: "docs/a.md" for docs/*.md, "a.md" for *.md (join drops the ".").
    this.walk(baseAbs, base || '.', (_abs, shown) => match(toPosix(shown)), out, problems, new Set());
    return out;
  }
}
