// The lazy lexicon (src/engine/nlp/lazy-lexicon.ts) must answer every way compromise reads and
// writes its lexicon exactly as the plain object would, before and after it builds that object.
import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build helper, without type declarations
import { packLexicon, packedLexiconSource } from '../../build/pack-lexicon.mjs';
import { LAZY_HOME, lazyLexicon, type PackedLexicon } from '../../src/engine/nlp/lazy-lexicon';

const WORDS: Record<string, unknown> = {
  approx: 'Abbreviation',
  adj: ['Abbreviation', 'Honorific'],
  dr: ['Abbreviation', 'Honorific'],
  'sq ft': 'Unit',
  µg: 'Unit',
  a: 'Determiner',
  ab: 'Noun',
  abc: 'Verb',
  zebra: 'Noun',
  'at&t': 'Organization',
};

function packed(words: Record<string, unknown> = WORDS): PackedLexicon {
  const p = packLexicon(words) as { json: string; sorted: string; values: string };
  return { json: () => p.json, sorted: p.sorted, values: p.values };
}

const plain = (words: Record<string, unknown> = WORDS): Record<string, unknown> => JSON.parse(JSON.stringify(words));

const PROBES = ['approx', 'adj', 'dr', 'sq ft', 'µg', 'a', 'ab', 'abc', 'abcd', 'zebra', 'zebras', 'at&t', '', 'aa', 'b', '~', 'constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'ZEBRA'];

/** What compromise asks of a lexicon about a word. */
const answers = (lex: Record<string, unknown>, word: string) => ({
  get: lex[word],
  has: word in lex,
  own: Object.prototype.hasOwnProperty.call(lex, word),
  ownMethod: (lex as { hasOwnProperty(w: string): boolean }).hasOwnProperty(word),
  defined: lex[word] !== undefined && Object.hasOwn(lex, word),
});

describe('the lazy lexicon', () => {
  it('answers get, in and hasOwnProperty as the plain object does, without building it', () => {
    const lazy = lazyLexicon(packed());
    const base = plain();
    for (const word of PROBES) expect(answers(lazy, word), word).toEqual(answers(base, word));
    // The prototype still shows through for words the lexicon lacks, as on a plain object.
    expect(lazy.constructor).toBe(Object);
    expect(Object.getPrototypeOf(lazy)).toBe(Object.prototype);
    expect(types.isProxy(lazy)).toBe(true);
  });

  it('gives each key its own array, the same one on every read', () => {
    const lazy = lazyLexicon(packed());
    expect(lazy.adj).toEqual(['Abbreviation', 'Honorific']);
    expect(lazy.adj).not.toBe(lazy.dr);
    expect(lazy.adj).toBe(lazy.adj);
  });

  it('keeps words assigned before it is built, in the plain object order, and after', () => {
    const lazy = lazyLexicon(packed());
    const base = plain();
    for (const lex of [lazy, base]) Object.assign(lex, { ab: 'Adjective', newword: 'Noun', another: ['Plural'] });
    for (const word of [...PROBES, 'newword', 'another']) expect(answers(lazy, word), word).toEqual(answers(base, word));
    // Listing the keys builds the plain object; its order is the one the plain object has.
    expect(Object.keys(lazy)).toEqual(Object.keys(base));
    expect({ ...lazy }).toEqual(base);
    Object.assign(lazy, { later: 'Verb' });
    expect(lazy.later).toBe('Verb');
    expect(Object.keys(lazy).at(-1)).toBe('later');
  });

  it('builds the plain object after `limit` distinct lookups and takes its place in the world', () => {
    const lazy = lazyLexicon(packed(), 3);
    const mark = Symbol.for('attribution-lint.compromise-prebuilt');
    Object.defineProperty(lazy, mark, { value: { base: '{}' } });
    const model: Record<string, unknown> = { lexicon: lazy };
    (lazy[LAZY_HOME as unknown as string] as (m: object, k: string) => void)(model, 'lexicon');
    expect(lazy.a).toBe('Determiner');
    expect(lazy.zz).toBeUndefined();
    expect(model.lexicon).toBe(lazy);
    expect(lazy.ab).toBe('Noun');
    expect(lazy.abc).toBe('Verb');
    // The fourth distinct word built the plain object, which replaced the lazy one in the model.
    expect(types.isProxy(model.lexicon)).toBe(false);
    expect(model.lexicon).toEqual(plain());
    expect((model.lexicon as Record<symbol, unknown>)[mark]).toEqual({ base: '{}' });
    // The old reference still answers, from the plain object.
    for (const word of PROBES) expect(answers(lazy, word), word).toEqual(answers(plain(), word));
    delete lazy.zebra;
    expect((model.lexicon as Record<string, unknown>).zebra).toBeUndefined();
  });

  it('is written by the build as source that rebuilds the same lexicon', () => {
    const source = packedLexiconSource(WORDS) as string;
    expect(source).toMatch(/^\{ json: \(\) => "/);
    const rebuilt = new Function(`return ${source}`)() as PackedLexicon;
    expect(JSON.parse(rebuilt.json())).toEqual(WORDS);
    const lazy = lazyLexicon(rebuilt);
    for (const word of PROBES) expect(answers(lazy, word), word).toEqual(answers(plain(), word));
    // One line per key, sorted, each after its value's code.
    const keys = rebuilt.sorted.split('\n').slice(0, -1).map((line) => line.slice(1));
    expect(keys).toEqual(Object.keys(WORDS).sort());
    expect(() => packLexicon({ 'two\nlines': 'Noun' })).toThrow(/newline/);
  });
});
