// An esbuild plugin that moves compromise's start-up work from run time to build time.
//
// Importing compromise/two costs about 330 ms of CPU on the 2-core development machine before the
// first word is tagged (docs/performance.md, "Start-up"). Nearly all of it rebuilds the same data on
// every start: it unpacks the packed lexicon (efrt), conjugates and pluralizes every word of it,
// uncompresses the suffix models (suffix-thumb), and then copies the result key by key into the
// world's model. That is the larger part of a one-file CLI run, of the extension's activation and of
// each worker thread's start. The data depends only on the installed compromise, so the build computes
// it once, by importing compromise's own modules in Node, and the bundle carries the result as JSON
// (JSON.parse reads it in a few milliseconds). Three modules change, and only in the bundle:
//
// - 2-two/preTagger/model/index.js: the lexicon, switches, multi-word cache and uncountables come
//   from the build instead of './lexicon/index.js' and './_expand/index.js'. Every other part of
//   the model is still imported from compromise's modules, so objects that other modules share keep
//   their identity.
// - 2-two/preTagger/model/models/index.js: the uncompressed suffix models, as JSON.
// - API/extend.js: mergeDeep writes `model[key] = value` where it built a one-key object for
//   Object.assign (the same assignment, without an allocation per key of a 25,000-word lexicon).
//
// Each change is a text edit that must find exactly the text it expects. If compromise changes so
// that one does not apply, the build stops and names the file, rather than silently bundling a
// different model (test/build/compromise-prebuilt.test.ts checks the result against compromise's).
import { dirname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const SEP = String.raw`[\\/]`;
const inCompromise = (path) => new RegExp(`${SEP}compromise${SEP}src${SEP}${path.split('/').join(SEP).replace(/\./g, '\\.')}$`);

export const MODEL = inCompromise('2-two/preTagger/model/index.js');
export const MODELS = inCompromise('2-two/preTagger/model/models/index.js');
export const EXTEND = inCompromise('API/extend.js');

/** Replaces `from` by `to` in `source`, which must hold `from` exactly once. */
function replaceOnce(source, from, to, file) {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) {
    throw new Error(`compromise-prebuilt: ${file} no longer has the expected text ${JSON.stringify(from)}; update build/compromise-prebuilt.mjs for this compromise version`);
  }
  return source.slice(0, at) + to + source.slice(at + from.length);
}

/** A JavaScript expression that rebuilds `value` (plain JSON data) with one JSON.parse. */
const parsed = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/** The bundle's version of preTagger/model/index.js, given its source and its path. */
export async function prebuiltModelSource(source, path) {
  const { default: model } = await import(pathToFileURL(path).href);
  const data = {
    lexicon: model.one.lexicon,
    frozenLex: model.one.frozenLex,
    _multiCache: model.one._multiCache,
    switches: model.two.switches,
    uncountable: model.two.uncountable,
  };
  let out = source;
  out = replaceOnce(out, "import { lexicon, switches, frozenLex } from './lexicon/index.js'\n", `const prebuilt = ${parsed(data)}\nconst { lexicon, switches, frozenLex } = prebuilt\n`, path);
  out = replaceOnce(out, "import expandLexicon from './_expand/index.js'\n", '', path);
  out = replaceOnce(out, '_multiCache: {},', '_multiCache: prebuilt._multiCache,', path);
  out = replaceOnce(out, 'uncountable: {},', 'uncountable: prebuilt.uncountable,', path);
  out = replaceOnce(out, 'model = expandLexicon(model)\n', '', path);
  return out;
}

/** The bundle's version of preTagger/model/models/index.js. */
export async function prebuiltModelsSource(path) {
  const { default: models } = await import(pathToFileURL(path).href);
  return `export default ${parsed(models)}\n`;
}

/** The bundle's version of API/extend.js. */
export function fasterExtendSource(source, path) {
  let out = source;
  out = replaceOnce(out, 'Object.assign(model, { [key]: {} })', '(model[key] = {})', path);
  out = replaceOnce(out, 'Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]', path);
  return out;
}

export const compromisePrebuilt = {
  name: 'compromise-prebuilt',
  setup(build) {
    const load = (filter, make) =>
      build.onLoad({ filter }, async (args) => ({
        contents: await make(await readFile(args.path, 'utf8'), args.path),
        resolveDir: dirname(args.path),
        loader: 'js',
      }));
    load(MODEL, prebuiltModelSource);
    load(MODELS, (_source, path) => prebuiltModelsSource(path));
    load(EXTEND, fasterExtendSource);
  },
};
