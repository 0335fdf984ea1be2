// Finding and reading .attributionlintrc.json: nearest file wins, errors name the file and the key.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigResolver, describeJsonError, findConfigFile, loadConfigFile, parseConfigText } from '../../src/config/load';
import { validateConfig } from '../../src/config';

const trees: string[] = [];
afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'attribution-lint-config-'));
  trees.push(dir);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

describe('findConfigFile', () => {
  it('walks up from the folder to the filesystem root', () => {
    const seen: string[] = [];
    const found = findConfigFile('/a/b/c', (p) => {
      seen.push(p);
      return p === '/a/.attributionlintrc.json';
    });
    expect(found).toBe('/a/.attributionlintrc.json');
    expect(seen).toEqual(['/a/b/c/.attributionlintrc.json', '/a/b/.attributionlintrc.json', '/a/.attributionlintrc.json']);
  });

  it('stops at the root and returns null when there is none', () => {
    const seen: string[] = [];
    expect(findConfigFile('/x/y', (p) => (seen.push(p), false))).toBeNull();
    expect(seen[seen.length - 1]).toBe('/.attributionlintrc.json');
  });

  it('finds a real file in a parent folder, and not a folder of that name', () => {
    const dir = tree({ '.attributionlintrc.json': '{}', 'a/b/.attributionlintrc.json/x': '' });
    expect(findConfigFile(join(dir, 'a/b'))).toBe(join(dir, '.attributionlintrc.json'));
  });
});

describe('parseConfigText', () => {
  it('returns the validated configuration', () => {
    expect(parseConfigText('rc.json', '{ "rules": { "minor-figure": "hint" }, "cues": ["opine"] }')).toEqual({ path: 'rc.json', config: { rules: { 'minor-figure': 'hint' }, cues: ['opine'] }, errors: [] });
  });

  it('accepts a byte-order mark', () => {
    expect(parseConfigText('rc.json', '\uFEFF{}').errors).toEqual([]);
  });

  it('names the file, line and column of invalid JSON', () => {
    const r = parseConfigText('desk/rc.json', '{\n  "rules": {,}\n}');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^desk\/rc\.json: invalid JSON at line 2, column 13: /);
  });

  it('names the file and the key of every problem', () => {
    const r = parseConfigText('rc.json', '{ "rulez": 1, "rules": { "unattributed-figure": "loud", "nope": "off" }, "extensions": ["md"] }');
    expect(r.errors).toEqual([
      'rc.json: rulez: unknown key (known keys: rules, cues, hedges, agencies, anonymousSources, extensions, ignore)',
      'rc.json: rules.unattributed-figure: expected one of error, warning, information, hint, off',
      'rc.json: rules.nope: unknown rule (rules: unattributed-figure, vague-attribution, minor-figure)',
      'rc.json: extensions[0]: expected an extension starting with a dot, like ".md"',
    ]);
  });

  it('an empty file is invalid JSON', () => {
    expect(parseConfigText('rc.json', '').errors[0]).toMatch(/^rc\.json: invalid JSON/);
  });
});

describe('describeJsonError', () => {
  it('turns a position into a line and column', () => {
    let error: unknown;
    try {
      JSON.parse('{\n "a": 1,\n}');
    } catch (e) {
      error = e;
    }
    expect(describeJsonError('{\n "a": 1,\n}', error)).toMatch(/^line 3, column 1: /);
  });
});

describe('validateConfig', () => {
  it('$schema must be a string', () => {
    expect(validateConfig({ $schema: './schema.json' }).errors).toEqual([]);
    expect(validateConfig({ $schema: 7 }).errors).toEqual(['$schema: expected a string (the URL or path of the JSON Schema)']);
  });
});

describe('loadConfigFile and ConfigResolver', () => {
  it('a missing file is an error naming it', () => {
    expect(loadConfigFile('/no/such/rc.json', 'rc.json').errors).toEqual(['rc.json: configuration file not found']);
  });

  it('the nearest file wins, files are read once, and labels are relative to the working folder', () => {
    const dir = tree({ '.attributionlintrc.json': '{ "cues": ["opine"] }', 'a/.attributionlintrc.json': '{ "rules": { "vague-attribution": "off" } }', 'a/b/story.md': '' });
    const r = new ConfigResolver(null, dir);
    const inner = r.forFile(join(dir, 'a/b/story.md'));
    expect(inner.path).toBe(join(dir, 'a/.attributionlintrc.json'));
    expect(inner.config).toEqual({ rules: { 'vague-attribution': 'off' } });
    expect(r.forDirectory(join(dir, 'a'))).toBe(inner);
    expect(r.forDirectory(dir).config).toEqual({ cues: ['opine'] });
    const bad = tree({ 'x/.attributionlintrc.json': '{"nope": true}' });
    expect(new ConfigResolver(null, bad).forDirectory(join(bad, 'x')).errors).toEqual(['x/.attributionlintrc.json: nope: unknown key (known keys: rules, cues, hedges, agencies, anonymousSources, extensions, ignore)']);
  });

  it('with a configuration file given, it is used for every folder', () => {
    const dir = tree({ 'ci.json': '{ "rules": { "minor-figure": "warning" } }', 'a/.attributionlintrc.json': '{}' });
    const r = new ConfigResolver('ci.json', dir);
    expect(r.forDirectory(join(dir, 'a')).config).toEqual({ rules: { 'minor-figure': 'warning' } });
    expect(r.forDirectory('/').path).toBe(join(dir, 'ci.json'));
  });
});
