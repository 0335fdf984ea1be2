// build/compromise-prebuilt.mjs moves compromise's start-up work to build time. The model a bundle
// builds with it must be exactly the model compromise builds itself, and a compromise whose sources
// changed must stop the build instead of bundling something else.
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual, types } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build helper, without type declarations
import { compromisePrebuilt, fasterExtendSource, prebuiltModelSource } from '../../build/compromise-prebuilt.mjs';

const ROOT = resolve(__dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'attribution-lint-prebuilt-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Nlp = { world(): { model: Record<string, unknown> }; (text: string): { json(): unknown } };

const MARK = Symbol.for('attribution-lint.compromise-prebuilt');

/** An esbuild plugin that adds a word to the world compromise/one builds, before compromise/two's plugins run. */
const wordInOne: Plugin = {
  name: 'word-in-one',
  setup(b) {
    b.onLoad({ filter: /[\\/]compromise[\\/]src[\\/]one\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace('export default nlp', "nlp.world().model.one.lexicon.zzqx = 'Noun'\nexport default nlp"),
      resolveDir: dirname(args.path),
    }));
  },
};

/** compromise/two bundled on its own, with or without the plugin, loaded in this process. */
async function bundled(name: string, withPlugin: boolean, extra: Plugin[] = []): Promise<{ nlp: Nlp; code: string }> {
  const outfile = join(temp, `${name}.js`);
  await build({
    stdin: { contents: "export { default } from 'compromise/two';", resolveDir: ROOT },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    plugins: [...extra, ...(withPlugin ? [compromisePrebuilt] : [])],
    logLevel: 'silent',
  });
  return { nlp: createRequire(outfile)(outfile).default as Nlp, code: readFileSync(outfile, 'utf8') };
}

describe('the prebuilt compromise model', () => {
  it('is the model compromise builds at start-up, key order included, and tags the same', async () => {
    const plain = await bundled('plain', false);
    const pre = await bundled('prebuilt', true);
    // Two separate bundles, so two separate worlds: the comparison is not of an object with itself.
    expect(pre.nlp.world().model === plain.nlp.world().model).toBe(false);
    // A short text is tagged from the packed lexicon, before the plain object is built
    // (src/engine/nlp/lazy-lexicon.ts), and tagged the same.
    const text = 'Around 11,000 soldiers have been deployed, the ministry claimed on Tuesday, and boxes were stacked.';
    // (Term ids carry a per-world counter, so only the words and their tags are compared.)
    const tagged = (n: Nlp) => JSON.stringify(n(text).json(), (key, value) => (key === 'id' ? undefined : value));
    expect(tagged(pre.nlp)).toBe(tagged(plain.nlp));
    expect(tagged(pre.nlp)).toContain('"Value"');
    expect(types.isProxy((pre.nlp.world().model.one as { lexicon: object }).lexicon)).toBe(true);
    // Comparing the whole model lists the lexicon's keys, which builds the plain object and puts it in the world.
    expect(isDeepStrictEqual(pre.nlp.world().model, plain.nlp.world().model)).toBe(true);
    const lexicon = (n: Nlp) => Object.keys((n.world().model.one as { lexicon: object }).lexicon);
    expect(lexicon(pre.nlp)).toEqual(lexicon(plain.nlp));
    expect(lexicon(pre.nlp).length).toBeGreaterThan(20_000);
    // The world took the build's merged lexicon as it is (a copy would not carry the build's mark).
    expect(types.isProxy((pre.nlp.world().model.one as { lexicon: object }).lexicon)).toBe(false);
    expect(tagged(pre.nlp)).toBe(tagged(plain.nlp));
    expect((pre.nlp.world().model.one as { lexicon: Record<symbol, unknown> }).lexicon[MARK]).toBeDefined();
    // The build-time work is really gone from the bundle: no lexicon unpacking, no expansion pass.
    // (esbuild marks where each bundled module starts with a comment naming its path.)
    for (const module of ['preTagger/model/lexicon/_data.js', 'preTagger/model/_expand/index.js']) {
      expect(plain.code).toContain(module);
      expect(pre.code).not.toContain(module);
    }
    expect(pre.code).toContain('JSON.parse(');
  }, 60_000);

  it('merges the prebuilt lexicon as compromise does when the world is not the one the build saw', async () => {
    const plain = await bundled('plain-word', false, [wordInOne]);
    const pre = await bundled('prebuilt-word', true, [wordInOne]);
    const lexiconOf = (n: Nlp) => (n.world().model.one as { lexicon: Record<string | symbol, unknown> }).lexicon;
    // Not adopted: the world's own lexicon, with the extra word, received the build's words.
    expect(lexiconOf(pre.nlp)[MARK]).toBeUndefined();
    expect(lexiconOf(pre.nlp).zzqx).toBe('Noun');
    expect(isDeepStrictEqual(pre.nlp.world().model, plain.nlp.world().model)).toBe(true);
    expect(Object.keys(lexiconOf(pre.nlp))).toEqual(Object.keys(lexiconOf(plain.nlp)));
  }, 60_000);

  it('stops the build, naming the file, when compromise no longer has the text it edits', async () => {
    const path = '/x/node_modules/compromise/src/API/extend.js';
    expect(() => fasterExtendSource('function mergeDeep() {}', path)).toThrow(/API\/extend\.js no longer has the expected text/);
    const model = resolve(ROOT, 'node_modules/compromise/src/2-two/preTagger/model/index.js');
    await expect(prebuiltModelSource('export default {}', model)).rejects.toThrow(/no longer has the expected text/);
  });
});
