import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

const ok = (argv: string[]) => {
  const r = parseArgs(argv);
  if (!r.ok) throw new Error(r.error);
  return r.options;
};
const err = (argv: string[]) => {
  const r = parseArgs(argv);
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('parseArgs', () => {
  it('defaults', () => {
    expect(ok([])).toMatchObject({ patterns: [], format: 'stylish', report: false, maxWarnings: null, quiet: false, config: null, rules: {}, color: null, output: null, threads: null });
  });

  it('reads every option, with = or a separate value, and short aliases', () => {
    const o = ok(['a.md', '-f', 'json', '--max-warnings=3', '-q', '-c', 'cfg.json', '--rule', 'vague-attribution=error', '--rule=minor-figure=hint', '-o', 'out.json', '--stdin-filename', 's.md', '--threads', '2', '--no-color', '-', 'b/']);
    expect(o).toMatchObject({ patterns: ['a.md', '-', 'b/'], format: 'json', maxWarnings: 3, quiet: true, config: 'cfg.json', rules: { 'vague-attribution': 'error', 'minor-figure': 'hint' }, output: 'out.json', stdinFilename: 's.md', threads: 2, color: false });
  });

  it('later --rule settings win; "--" ends the options', () => {
    expect(ok(['--rule', 'vague-attribution=error', '--rule', 'vague-attribution=off']).rules).toEqual({ 'vague-attribution': 'off' });
    expect(ok(['--', '--report']).patterns).toEqual(['--report']);
  });

  it('names what is wrong', () => {
    expect(err(['--frmat', 'json'])).toContain('unknown option --frmat');
    expect(err(['--format', 'xml'])).toContain('unknown format "xml"');
    expect(err(['--format'])).toContain('--format needs a value');
    expect(err(['--rule', 'nope=error'])).toContain('unknown rule "nope"');
    expect(err(['--rule', 'vague-attribution=warn'])).toContain('unknown severity "warn"');
    expect(err(['--rule', 'vague-attribution'])).toContain('ID=SEVERITY');
    expect(err(['--max-warnings', '-1'])).toContain('whole number');
    expect(err(['--threads', '0'])).toContain('at least 1');
    expect(err(['--quiet=yes'])).toContain('takes no value');
    expect(err(['--report', '--format', 'sarif'])).toContain('--report');
  });

  it('--help and --version', () => {
    expect(ok(['--help']).help).toBe(true);
    expect(ok(['-v']).version).toBe(true);
  });
});
