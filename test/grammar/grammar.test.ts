// Runs the TextMate grammar cases (npm run test:grammar) inside vitest, so `npm test` covers them, and
// checks that syntaxes/ is what test/grammar/generate.mjs makes.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('TextMate grammars', () => {
  it('pass every case in test/grammar', () => {
    const run = spawnSync(process.execPath, ['node_modules/vscode-tmgrammar-test/dist/unit.js', '--config', 'test/grammar/grammars.json', 'test/grammar/**/*.test.{news,draft,md}'], { encoding: 'utf8', timeout: 60000 });
    expect(run.stdout + run.stderr).toMatch(/headline\.test\.news run successfuly/);
    expect(run.stdout + run.stderr).not.toMatch(/failed/);
    expect(run.status).toBe(0);
  });

  it('syntaxes/ is up to date with test/grammar/generate.mjs', () => {
    const files = ['news-draft.tmLanguage.json', 'attribution-cues.injection.tmLanguage.json', 'news-draft.language-configuration.json'];
    const before = files.map((f) => readFileSync(`syntaxes/${f}`, 'utf8'));
    execFileSync(process.execPath, ['test/grammar/generate.mjs']);
    expect(files.map((f) => readFileSync(`syntaxes/${f}`, 'utf8'))).toEqual(before);
  });
});
