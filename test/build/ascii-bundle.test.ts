// build/ascii-bundle.mjs makes the CLI's bundle ASCII so that it loads as a one-byte string. The
// escaped code must mean exactly what the original meant.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build helper, without type declarations
import { asciiSource } from '../../build/ascii-bundle.mjs';

const escaped = (source: string): { source: string; left: number } => asciiSource(source);
const evaluate = (source: string): unknown => runInNewContext(source);

describe('asciiSource', () => {
  it('escapes regular expression literals so that they match the same text', () => {
    const code = String.raw`[/['’]s$/.test("Smith’s"), /[–—]+/u.exec("a — b")[0], /😀/u.test("x😀")]`;
    const out = escaped(code);
    expect(out.source).toMatch(/^[\x00-\x7f]*$/);
    expect(out.left).toBe(0);
    expect(evaluate(out.source)).toEqual(evaluate(code));
    expect(evaluate(out.source)).toEqual([true, '—', true]);
  });

  it('escapes strings and templates to the same values', () => {
    const code = '["€£¥", `café ${1 + 1}½`]';
    const out = escaped(code);
    expect(out.source).toMatch(/^[\x00-\x7f]*$/);
    expect(evaluate(out.source)).toEqual(['€£¥', 'café 2½']);
  });

  it('leaves String.raw templates as written, and counts what it left', () => {
    const code = 'const n = "x"; [String.raw`’${n}\\d`, "’"]';
    const out = escaped(code);
    expect(out.left).toBe(1);
    expect(out.source).toContain('String.raw`’${n}\\d`');
    expect(evaluate(out.source)).toEqual(['’x\\d', '’']);
  });

  it('leaves ASCII source unchanged', () => {
    const code = 'const a = /x/g; "plain"';
    expect(escaped(code)).toEqual({ source: code, left: 0 });
  });
});

describe('the built CLI bundle', () => {
  it('is pure ASCII, so dist/cli.js reads it as latin1', () => {
    const bytes = readFileSync(resolve(__dirname, '../../dist/cli-main.js'));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
  });
});
