// The formatters are pure functions of file reports: checked here on hand-made reports.
import { describe, expect, it } from 'vitest';
import { compact } from '../../src/cli/formatters/compact';
import { escapeData, escapeProperty, github } from '../../src/cli/formatters/github';
import { json } from '../../src/cli/formatters/json';
import { fitColumns, figureCells, ledger, sourceList } from '../../src/cli/formatters/ledger';
import { artifactLocation, sarif, sarifLevel } from '../../src/cli/formatters/sarif';
import { stylish } from '../../src/cli/formatters/stylish';
import { summaryLine } from '../../src/cli/formatters/summary';
import { palette, truncate } from '../../src/cli/formatters/colors';
import type { FormatContext, JsonDiagnostic, JsonFigure, JsonFileReport } from '../../src/cli/types';

const ctx: FormatContext = { color: false, width: 100, cwd: '/work/repo', problems: [], version: '9.9.9' };

function diag(over: Partial<JsonDiagnostic>): JsonDiagnostic {
  return { rule: 'unattributed-figure', severity: 'warning', message: 'Figure "Around 11,000" has no source', start: 10, end: 23, line: 12, column: 1, endLine: 12, endColumn: 14, ...over };
}

function fig(over: Partial<JsonFigure>): JsonFigure {
  return { text: 'Around 11,000', start: 10, end: 23, line: 12, column: 1, kind: 'count', status: 'unattributed', source: null, cue: null, minor: false, reason: 'no-cue', ...over };
}

const story: JsonFileReport = {
  path: 'desk/story.md',
  figures: [
    fig({}),
    fig({ text: 'more than 3,000', line: 14, column: 61, status: 'attributed', reason: 'in-content', source: { text: 'Ukrainian President Zelensky', start: 1, end: 2, kind: 'person', resolved: null }, cue: { text: 'claimed', start: 3, end: 4, type: 'verb' } }),
    fig({ text: 'two', line: 15, column: 3, minor: true, status: 'attributed', source: { text: 'he', start: 1, end: 2, kind: 'person', resolved: 'Zelensky' }, cue: { text: 'said', start: 3, end: 4, type: 'verb' } }),
  ],
  diagnostics: [diag({}), diag({ rule: 'vague-attribution', severity: 'information', message: 'Figure "40" is attributed only to unnamed sources ("officials")', line: 20, column: 5, endLine: 20, endColumn: 7 }), diag({ severity: 'error', line: 3, column: 100, endLine: 4, endColumn: 2 })],
};
const clean: JsonFileReport = { path: 'clean.md', figures: [], diagnostics: [] };

describe('stylish', () => {
  it('groups by file, aligns columns and ends with the summary', () => {
    const out = stylish([clean, story], ctx);
    expect(out).toBe(
      [
        '',
        'desk/story.md',
        '  12:1   warning  Figure "Around 11,000" has no source                             unattributed-figure',
        '  20:5   info     Figure "40" is attributed only to unnamed sources ("officials")  vague-attribution',
        '  3:100  error    Figure "Around 11,000" has no source                             unattributed-figure',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when nothing is found', () => {
    expect(stylish([clean], ctx)).toBe('');
  });

  it('colours severities when asked', () => {
    const out = stylish([story], { ...ctx, color: true });
    expect(out).toContain('\u001b[33mwarning\u001b[39m');
    expect(out).toContain('\u001b[31merror\u001b[39m');
  });

  it('keeps a message on one line', () => {
    const out = stylish([{ ...clean, diagnostics: [diag({ message: 'Figure "Around\n11,000" has no source' })] }], ctx);
    expect(out).toContain('Figure "Around 11,000" has no source');
  });
});

describe('summary line', () => {
  it('counts each severity, hints only when there are some', () => {
    const p = palette(false);
    expect(summaryLine({ errors: 0, warnings: 1, infos: 0, hints: 0 }, p)).toBe('✖ 1 problem (0 errors, 1 warning, 0 infos)');
    expect(summaryLine({ errors: 2, warnings: 0, infos: 3, hints: 1 }, p)).toBe('✖ 6 problems (2 errors, 0 warnings, 3 infos, 1 hint)');
    expect(summaryLine({ errors: 0, warnings: 0, infos: 0, hints: 0 }, p)).toBe('');
  });
});

describe('compact', () => {
  it('prints path:line:col: severity message [rule]', () => {
    expect(compact([story, clean], ctx).split('\n')).toEqual([
      'desk/story.md:12:1: warning Figure "Around 11,000" has no source [unattributed-figure]',
      'desk/story.md:20:5: info Figure "40" is attributed only to unnamed sources ("officials") [vague-attribution]',
      'desk/story.md:3:100: error Figure "Around 11,000" has no source [unattributed-figure]',
      '',
    ]);
  });
});

describe('json', () => {
  it('is one document: version 1 and the file reports as they are', () => {
    const out = json([story, clean], ctx);
    expect(out.endsWith('\n')).toBe(true);
    expect(JSON.parse(out)).toEqual({ version: 1, files: [story, clean] });
  });
});

describe('github', () => {
  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('maps severities to error, warning and notice commands', () => {
    const lines = github([story], ctx).trimEnd().split('\n');
    expect(lines[0]).toBe('::warning file=desk/story.md,line=12,col=1,endLine=12,endColumn=14,title=unattributed-figure::Figure "Around 11,000" has no source');
    expect(lines[1]).toMatch(/^::notice file=desk\/story\.md,line=20,col=5,endLine=20,endColumn=7,title=vague-attribution::/);
    expect(lines[2]).toMatch(/^::error file=desk\/story\.md,line=3,col=100,endLine=4,endColumn=2,/);
  });

  it('escapes the file name and the message', () => {
    const out = github([{ path: 'a,b.md', figures: [], diagnostics: [diag({ message: '50% of\nit' })] }], ctx);
    expect(out).toBe('::warning file=a%2Cb.md,line=12,col=1,endLine=12,endColumn=14,title=unattributed-figure::50%25 of%0Ait\n');
  });
});

describe('sarif', () => {
  it('maps severities to SARIF levels', () => {
    expect(['error', 'warning', 'information', 'hint', 'off'].map((s) => sarifLevel(s as 'error'))).toEqual(['error', 'warning', 'note', 'note', 'none']);
  });

  it('gives relative URIs under %SRCROOT% inside the working folder, file: URIs outside', () => {
    expect(artifactLocation('desk/my story.md', '/work/repo')).toEqual({ uri: 'desk/my%20story.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/work/repo/a.md', '/work/repo')).toEqual({ uri: 'a.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/elsewhere/a.md', '/work/repo')).toEqual({ uri: 'file:///elsewhere/a.md' });
  });

  it('has the driver rules, results with regions, and problems as notifications', () => {
    const log = JSON.parse(sarif([story], { ...ctx, problems: [{ path: 'gone.md', message: 'no such file or folder' }] }));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const run = log.runs[0];
    expect(run.tool.driver.version).toBe('9.9.9');
    const minor = run.tool.driver.rules.find((r: { id: string }) => r.id === 'minor-figure');
    expect(minor.defaultConfiguration).toEqual({ enabled: false, level: 'note' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['warning', 'note', 'error']);
    expect(run.results[2].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 100, endLine: 4, endColumn: 2 });
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('gone.md: no such file or folder');
  });
});

describe('ledger', () => {
  it('has a row per figure: line:col, figure, kind, status, source (-> resolved), source kind, cue', () => {
    expect(figureCells(story.figures[1])).toEqual(['14:61', 'more than 3,000', 'count', 'attributed', 'Ukrainian President Zelensky', 'person', 'claimed']);
    expect(figureCells(story.figures[2])).toEqual(['15:3', 'two', 'count*', 'attributed', 'he -> Zelensky', 'person', 'said']);
    expect(figureCells(story.figures[0])).toEqual(['12:1', 'Around 11,000', 'count', 'unattributed', '-', '-', '-']);
  });

  it('fits 100 columns, cutting long cells with an ellipsis', () => {
    const long = fig({ text: 'between 4,000 and 5,000 in the first quarter of the year', status: 'attributed', source: { text: "the Ministry of Agriculture and Rural Development's annual statistical report", start: 0, end: 1, kind: 'document', resolved: null }, cue: { text: 'according to the latest figures from', start: 0, end: 1, type: 'according' } });
    const out = ledger([{ path: 'a.md', figures: [long, ...story.figures], diagnostics: [] }], ctx);
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(out).toContain('…');
    expect(out).toContain('more than 3,000');
  });

  it('leaves short tables alone, then shortens headers, drops the indent and cuts cells, in that order', () => {
    const row = (source: string, figure = 'more than 3,000') => ['21:64', figure, 'approximate', 'unattributed', source, 'person', 'claimed'];
    const short = fitColumns([row('Police')], 100);
    expect(short).toEqual({ headers: ['line:col', 'figure', 'kind', 'status', 'source', 'source kind', 'cue'], widths: [8, 15, 11, 12, 6, 11, 7], indent: 2 });
    // The seed article's widest row: 106 columns as is, 99 with short headers and no indent.
    const seed = fitColumns([row('Ukrainian President Zelensky')], 100);
    expect(seed.headers).toEqual(['ln:col', 'figure', 'kind', 'status', 'source', 'src kind', 'cue']);
    expect(seed.indent).toBe(0);
    expect(seed.widths[4]).toBe(28);
    const long = fitColumns([row('the Ministry of Agriculture and Rural Development', 'between 4,000 and 5,000 in the first quarter')], 100);
    expect(long.indent + long.widths.reduce((a, b) => a + b, 0) + 12).toBe(100);
    expect(long.widths[4]).toBeGreaterThanOrEqual(12);
    expect(long.widths[1]).toBeGreaterThanOrEqual(10);
  });

  it('lists the sources and sums up the figures and findings', () => {
    expect(sourceList(story.figures)).toEqual([
      { name: 'Ukrainian President Zelensky', kind: 'person', figures: 1 },
      { name: 'Zelensky', kind: 'person', figures: 1 },
    ]);
    const out = ledger([story], ctx);
    expect(out).toContain('desk/story.md  3 figures: 2 attributed, 0 vague, 1 unattributed (1 minor)');
    expect(out).toContain('* minor figure');
    expect(out).toContain('✖ 3 problems (1 error, 1 warning, 1 info)');
  });

  it('names each source in the ledger as the draft cites it, the fullest form first seen or later', () => {
    const src = (text: string, resolved: string | null) => ({ text, start: 0, end: text.length, kind: 'person', resolved });
    const fig = (source: ReturnType<typeof src>) => ({ ...story.figures[0], status: 'attributed', source }) as (typeof story.figures)[number];
    expect(sourceList([fig(src('he', 'Zelensky')), fig(src('Ukrainian President Zelensky', 'Zelensky'))])).toEqual([{ name: 'Ukrainian President Zelensky', kind: 'person', figures: 2 }]);
  });

  it('truncate keeps short text and cuts long text to the width', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a longer cell', 8)).toBe('a longe…');
    expect([...truncate('a longer cell', 8)].length).toBe(8);
  });
});
