// The built command line, end to end: formats, exit statuses, standard input, --output, configuration
// lookup and errors, unreadable inputs, and the options that change what is reported.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { buildCli, removeBuild, runCli, SAMPLE, tempTree } from './helpers';

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
}, 60_000);
afterAll(() => removeBuild(cli));

const seed = readFileSync(SAMPLE, 'utf8');
const CLEAN = 'The council met on Tuesday and agreed to meet again.\n';
const VAGUE = 'Officials said 40,000 people were evacuated.\n';

interface Report {
  version: number;
  files: { path: string; figures: { text: string; status: string; source: { text: string } | null; cue: { text: string } | null; minor: boolean }[]; diagnostics: { rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[];
}
const parse = (s: string) => JSON.parse(s) as Report;

describe('formats', () => {
  it('json: one document with the engine report of each file, exit 1 on findings', () => {
    const r = runCli(cli, ['--format', 'json', 'sample/seed-article.md']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const doc = parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.files).toHaveLength(1);
    const f = doc.files[0];
    expect(f.path).toBe('sample/seed-article.md');
    const unattributed = f.figures.filter((x) => x.status === 'unattributed').map((x) => x.text);
    expect(unattributed).toEqual(expect.arrayContaining(['thousands', 'Around 11,000']));
    const zel = f.figures.find((x) => x.text === 'more than 3,000')!;
    expect(zel.status).toBe('attributed');
    expect(zel.source?.text).toBe('Ukrainian President Zelensky');
    expect(zel.cue?.text).toBe('claimed');
    expect(f.diagnostics.map((d) => d.rule)).toContain('unattributed-figure');
  });

  it('json: exit 0 and an empty diagnostics list for a clean file', () => {
    const dir = tempTree({ 'clean.md': CLEAN });
    const r = runCli(cli, ['-f', 'json', 'clean.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(parse(r.stdout).files[0].diagnostics).toEqual([]);
  });

  it('stylish (default): grouped by file with line:col, severity, message, rule, and a summary', () => {
    const r = runCli(cli, ['sample/seed-article.md']);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('sample/seed-article.md');
    expect(r.stdout).toMatch(/^ {2}17:1 +warning {2}Figure "Around 11,000" has no source +unattributed-figure$/m);
    expect(r.stdout).toMatch(/^ {2}15:26 +warning {2}Figure "thousands" has no source +unattributed-figure$/m);
    expect(r.stdout).toContain('✖ 2 problems (0 errors, 2 warnings, 0 infos)');
    expect(r.stdout).not.toContain('\u001b['); // not a terminal: no colour
  });

  it('stylish: colours only when asked (--color) and never with NO_COLOR or --no-color', () => {
    expect(runCli(cli, ['--color', 'sample/seed-article.md']).stdout).toContain('\u001b[33mwarning');
    expect(runCli(cli, ['--color', '--no-color', 'sample/seed-article.md']).stdout).not.toContain('\u001b[');
  });

  it('compact: one line per finding, path:line:col: severity message [rule]', () => {
    const r = runCli(cli, ['--format', 'compact', 'sample/seed-article.md']);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'sample/seed-article.md:15:26: warning Figure "thousands" has no source [unattributed-figure]',
      'sample/seed-article.md:17:1: warning Figure "Around 11,000" has no source [unattributed-figure]',
    ]);
  });

  it('github: workflow commands with file, line, col, endLine, endColumn and title', () => {
    const r = runCli(cli, ['--format', 'github', 'sample/seed-article.md']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.startsWith('::warning ')).toBe(true);
    expect(lines[1]).toBe('::warning file=sample/seed-article.md,line=17,col=1,endLine=17,endColumn=14,title=unattributed-figure::Figure "Around 11,000" has no source');
  });

  it('github: information findings become notices, and property values are escaped', () => {
    const dir = tempTree({ 'a,b:c.md': VAGUE });
    const r = runCli(cli, ['--format', 'github', 'a,b:c.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::notice file=a%2Cb%3Ac\.md,line=1,col=16,/);
  });

  it('sarif: valid SARIF 2.1.0 with rules (helpUri, default level) and regions', () => {
    const r = runCli(cli, ['--format', 'sarif', 'sample/seed-article.md']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('attribution-lint');
    expect(run.tool.driver.version).toBe(version);
    const rules = run.tool.driver.rules;
    expect(rules.map((x: { id: string }) => x.id)).toEqual(['unattributed-figure', 'vague-attribution', 'minor-figure']);
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level);
    }
    expect(rules[0].defaultConfiguration.level).toBe('warning');
    expect(run.results).toHaveLength(2);
    const res = run.results[1];
    expect(res.ruleId).toBe('unattributed-figure');
    expect(rules[res.ruleIndex].id).toBe(res.ruleId);
    expect(res.level).toBe('warning');
    expect(res.message.text).toBe('Figure "Around 11,000" has no source');
    const loc = res.locations[0].physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: 'sample/seed-article.md', uriBaseId: '%SRCROOT%' });
    expect(loc.region).toEqual({ startLine: 17, startColumn: 1, endLine: 17, endColumn: 14 });
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });
});

describe('exit status', () => {
  it('0 for an empty file, 0 when only information is found, 1 for warnings', () => {
    const dir = tempTree({ 'empty.md': '', 'vague.md': VAGUE, 'bad.md': seed });
    expect(runCli(cli, ['empty.md'], { cwd: dir })).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const vague = runCli(cli, ['vague.md'], { cwd: dir });
    expect(vague.status).toBe(0);
    expect(vague.stdout).toContain('info');
    expect(vague.stdout).toContain('vague-attribution');
    expect(runCli(cli, ['bad.md'], { cwd: dir }).status).toBe(1);
  });

  it('2 for a missing file, with every other file still reported', () => {
    const r = runCli(cli, ['-f', 'json', 'no-such-file.md', 'sample/seed-article.md']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['attribution-lint: no-such-file.md: no such file or folder']);
    expect(parse(r.stdout).files.map((f) => f.path)).toEqual(['sample/seed-article.md']);
  });

  it('2 for a binary file and for text that is not UTF-8, one line each and no stack trace', () => {
    const dir = tempTree({ 'bin.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]), 'latin1.txt': Buffer.from('caf\xe9 12,000 people\n', 'latin1'), 'ok.md': CLEAN });
    const r = runCli(cli, ['bin.md', 'latin1.txt', 'ok.md', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    const err = r.stderr.trim().split('\n');
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^attribution-lint: bin\.md: binary file/);
    expect(err[1]).toMatch(/^attribution-lint: latin1\.txt: not valid UTF-8/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(parse(r.stdout).files.map((f) => f.path)).toEqual(['ok.md']);
  });

  it('2 for a path that cannot be read (a symbolic link to itself), the folder around it still linted', () => {
    const dir = tempTree({ 'ok.md': CLEAN });
    symlinkSync('loop', join(dir, 'loop'));
    const r = runCli(cli, ['-f', 'json', 'loop', '.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('attribution-lint: loop: cannot read (ELOOP)\n');
    expect(parse(r.stdout).files.map((f) => f.path)).toEqual(['ok.md']);
  });

  it('2 for a glob that matches nothing', () => {
    const dir = tempTree({ 'a.md': CLEAN });
    const r = runCli(cli, ['drafts/**/*.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('attribution-lint: drafts/**/*.md: no files match this pattern\n');
  });

  it('2 for usage errors: unknown option, format or rule, with nothing on stdout', () => {
    for (const args of [['--bogus'], ['--format', 'xml', 'a.md'], ['--rule', 'no-such-rule=error', 'a.md'], ['--rule', 'unattributed-figure=loud', 'a.md'], ['--max-warnings', 'many']]) {
      const r = runCli(cli, args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(runCli(cli, ['--format', 'xml']).stderr).toContain('unknown format "xml"');
    expect(runCli(cli, ['--rule', 'no-such-rule=error']).stderr).toContain('unknown rule "no-such-rule"');
  });
});

describe('inputs', () => {
  it('reads standard input with "-" and names it <stdin>, read as plain text', () => {
    const r = runCli(cli, ['-f', 'json', '-'], { input: seed });
    expect(r.status).toBe(1);
    const f = parse(r.stdout).files[0];
    expect(f.path).toBe('<stdin>');
    expect(f.figures.map((x) => x.text)).toContain('Around 11,000');
  });

  it('reads piped standard input when no file is named; --stdin-filename names it', () => {
    const r = runCli(cli, ['-f', 'compact', '--stdin-filename', 'story.md'], { input: 'Around 11,000 soldiers were deployed.\n' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('story.md:1:1: warning Figure "Around 11,000" has no source [unattributed-figure]\n');
  });

  it('searches folders for .md, .markdown and .txt, sorted, skipping node_modules and dot-folders', () => {
    const dir = tempTree({
      'drafts/b.md': seed,
      'drafts/a.txt': seed,
      'drafts/sub/c.markdown': seed,
      'drafts/notes.rst': seed,
      'drafts/node_modules/x.md': seed,
      'drafts/.git/y.md': seed,
    });
    const r = runCli(cli, ['-f', 'json', 'drafts'], { cwd: dir });
    expect(parse(r.stdout).files.map((f) => f.path)).toEqual(['drafts/a.txt', 'drafts/b.md', 'drafts/sub/c.markdown']);
  });

  it('keeps the order given, lints a file named twice once, and matches globs', () => {
    const dir = tempTree({ 'z.md': CLEAN, 'a/one.md': CLEAN, 'a/two.md': CLEAN, 'a/deep/three.md': CLEAN, 'a/skip.txt': CLEAN });
    const r = runCli(cli, ['-f', 'json', 'z.md', 'a/**/*.md', 'z.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(parse(r.stdout).files.map((f) => f.path)).toEqual(['z.md', 'a/deep/three.md', 'a/one.md', 'a/two.md']);
  });

  it('keeps a byte-order mark: offsets count it, as the decoded text does', () => {
    const dir = tempTree({ 'bom.md': '\uFEFFAround 11,000 soldiers were deployed.\n' });
    const r = runCli(cli, ['-f', 'json', 'bom.md'], { cwd: dir });
    expect(r.status).toBe(1);
    const fig = parse(r.stdout).files[0].figures[0] as unknown as { text: string; start: number; column: number };
    expect(fig).toMatchObject({ text: 'Around 11,000', start: 1, column: 2 });
  });

  it('never writes to the files it reads', () => {
    const dir = tempTree({ 'a.md': seed });
    const r = runCli(cli, ['-o', 'a.md', 'a.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--output names one of the files being linted');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(seed);
  });
});

describe('--output', () => {
  it('writes the report to the file (creating its folder) and nothing to stdout', () => {
    const dir = tempTree({ 'a.md': seed });
    const r = runCli(cli, ['-f', 'json', '--output', 'out/report.json', 'a.md'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).files[0].path).toBe('a.md');
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']); // no temporary file left behind
  });

  it('writes stylish without colour even when colour is on for the terminal', () => {
    const dir = tempTree({ 'a.md': seed });
    runCli(cli, ['--output', 'r.txt', 'a.md'], { cwd: dir });
    const text = readFileSync(join(dir, 'r.txt'), 'utf8');
    expect(text).toContain('unattributed-figure');
    expect(text).not.toContain('\u001b[');
  });
});

describe('configuration', () => {
  it('is looked up from the file folder upwards', () => {
    const dir = tempTree({ '.attributionlintrc.json': '{ "rules": { "vague-attribution": "error" } }', 'desk/politics/story.md': VAGUE });
    const r = runCli(cli, ['-f', 'compact', 'desk/politics/story.md'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^desk\/politics\/story\.md:1:16: error .*\[vague-attribution\]$/m);
  });

  it('the nearest file wins, and --config replaces the lookup', () => {
    const dir = tempTree({
      '.attributionlintrc.json': '{ "rules": { "vague-attribution": "error" } }',
      'desk/.attributionlintrc.json': '{ "rules": { "vague-attribution": "off" } }',
      'desk/story.md': VAGUE,
      'strict.json': '{ "rules": { "vague-attribution": "warning" } }',
    });
    expect(runCli(cli, ['-f', 'compact', 'desk/story.md'], { cwd: dir })).toMatchObject({ status: 0, stdout: '' });
    const r = runCli(cli, ['-f', 'compact', '--config', 'strict.json', 'desk/story.md'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(': warning ');
  });

  it('--rule overrides the configuration', () => {
    const dir = tempTree({ '.attributionlintrc.json': '{ "rules": { "unattributed-figure": "off" } }', 'a.md': seed });
    expect(runCli(cli, ['a.md'], { cwd: dir }).status).toBe(0);
    const r = runCli(cli, ['-f', 'compact', '--rule', 'unattributed-figure=error', 'a.md'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('a.md:17:1: error Figure "Around 11,000" has no source [unattributed-figure]');
  });

  it('uses configured extensions and ignore globs when searching folders', () => {
    const dir = tempTree({
      '.attributionlintrc.json': '{ "extensions": [".news"], "ignore": ["archive/**", "*.draft.news"] }',
      'a.news': CLEAN,
      'b.md': CLEAN,
      'c.draft.news': CLEAN,
      'archive/old.news': CLEAN,
      'sub/d.news': CLEAN,
    });
    const r = runCli(cli, ['-f', 'json', '.'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(parse(r.stdout).files.map((f) => f.path)).toEqual(['a.news', 'sub/d.news']);
  });

  it('invalid JSON: one line naming the file and where, exit 2, other files still linted', () => {
    const dir = tempTree({ 'bad/.attributionlintrc.json': '{\n  "rules": {,}\n}', 'bad/a.md': seed, 'good/b.md': seed });
    const r = runCli(cli, ['-f', 'json', 'bad/a.md', 'good/b.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^attribution-lint: bad\/\.attributionlintrc\.json: invalid JSON at line 2, column 13/);
    expect(parse(r.stdout).files.map((f) => f.path)).toEqual(['good/b.md']);
  });

  it('unknown key and unknown rule are named in the message', () => {
    const dir = tempTree({ 'a/.attributionlintrc.json': '{ "rulez": {} }', 'a/x.md': CLEAN, 'b/.attributionlintrc.json': '{ "rules": { "no-such-rule": "error" } }', 'b/y.md': CLEAN });
    const a = runCli(cli, ['a/x.md'], { cwd: dir });
    expect(a.status).toBe(2);
    expect(a.stderr).toBe('attribution-lint: a/.attributionlintrc.json: rulez: unknown key (known keys: rules, cues, hedges, agencies, anonymousSources, extensions, ignore)\n');
    const b = runCli(cli, ['b/y.md'], { cwd: dir });
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/^attribution-lint: b\/\.attributionlintrc\.json: rules\.no-such-rule: unknown rule/);
  });

  it('a broken configuration is reported once however many files it governs', () => {
    const dir = tempTree({ '.attributionlintrc.json': '[]', 'a.md': CLEAN, 'b.md': CLEAN, 'c.md': CLEAN });
    const r = runCli(cli, ['.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('attribution-lint: .attributionlintrc.json: expected a JSON object at the top level\n');
  });

  it('--config with a missing file is an error naming it', () => {
    const r = runCli(cli, ['--config', 'nope.json', 'sample/seed-article.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('attribution-lint: nope.json: configuration file not found\n');
  });
});

describe('what is reported', () => {
  it('--quiet reports errors only, and warnings then do not fail the run', () => {
    const quiet = runCli(cli, ['--quiet', 'sample/seed-article.md']);
    expect(quiet).toMatchObject({ status: 0, stdout: '' });
    const errors = runCli(cli, ['--quiet', '-f', 'compact', '--rule', 'unattributed-figure=error', 'sample/seed-article.md']);
    expect(errors.status).toBe(1);
    expect(errors.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('--max-warnings N: exit 1 only when warnings exceed N', () => {
    expect(runCli(cli, ['--max-warnings', '2', 'sample/seed-article.md']).status).toBe(0);
    const over = runCli(cli, ['--max-warnings', '1', 'sample/seed-article.md']);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('too many warnings (2; maximum: 1)');
    expect(runCli(cli, ['--max-warnings', '5', '--rule', 'unattributed-figure=error', 'sample/seed-article.md']).status).toBe(1);
  });

  it('--report prints the ledger of every figure with status, source and cue', () => {
    const r = runCli(cli, ['--report', 'sample/seed-article.md']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Zelensky');
    expect(r.stdout).toContain('claimed');
    const row = r.stdout.split('\n').find((l) => l.includes('more than 3,000'))!;
    expect(row).toMatch(/21:64 +more than 3,000 +count +attributed +Ukrainian President Z.* +person +claimed/);
    expect(r.stdout).toMatch(/17:1 +Around 11,000 +count +unattributed/);
    for (const l of r.stdout.split('\n')) expect([...l].length).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain('3 figures: 1 attributed, 0 vague, 2 unattributed');
  });

  it('--report marks minor figures and shows the name a pronoun stands for', () => {
    const dir = tempTree({ 'a.md': 'Mayor Jane Smith spoke on Monday. She said two schools and 4,000 homes lost power.\n' });
    const r = runCli(cli, ['--report', 'a.md'], { cwd: dir });
    expect(r.stdout).toMatch(/two +count\* +attributed/);
    expect(r.stdout).toContain('* minor figure');
    expect(r.stdout).toMatch(/She -> (Mayor )?Jane Smith/);
  });

  it('--report cannot be combined with a machine format', () => {
    const r = runCli(cli, ['--report', '--format', 'json', 'sample/seed-article.md']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('help and version', () => {
  it('--version prints the package version', () => {
    expect(runCli(cli, ['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('--help lists every option', () => {
    const r = runCli(cli, ['--help']);
    expect(r.status).toBe(0);
    for (const flag of ['--format', '--report', '--max-warnings', '--quiet', '--config', '--rule', '--no-color', '--output', '--stdin-filename', '--threads', '--version', '--help']) expect(r.stdout).toContain(flag);
  });

  it('a closed pipe ends the run quietly', () => {
    // `cli ... | head -c 10`: the reader goes away while the report is being written.
    const dir = tempTree(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}.md`, seed])));
    const script = `node ${JSON.stringify(cli)} -f json --threads 1 . | head -c 10 >/dev/null; echo "status \${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('status 1');
    expect(existsSync(join(dir, 'f0.md'))).toBe(true);
  });
});
