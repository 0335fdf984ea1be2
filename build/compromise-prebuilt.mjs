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
//   The lexicon comes packed (build/pack-lexicon.mjs) and is answered by binary search until a run
//   has looked up enough words to be worth parsing it whole (src/engine/nlp/lazy-lexicon.ts).
// - 2-two/preTagger/model/models/index.js: the uncompressed suffix models, as JSON.
// - API/extend.js: mergeDeep writes `model[key] = value` where it built a one-key object for
//   Object.assign (the same assignment, without an allocation per key of a 25,000-word lexicon).
//   And it adopts the prebuilt objects instead of copying them key by key into the world (see
//   MARK below): copying the lexicon alone took about 20 ms of every start.
//
// Each change is a text edit that must find exactly the text it expects. If compromise changes so
// that one does not apply, the build stops and names the file, rather than silently bundling a
// different model (test/build/compromise-prebuilt.test.ts checks the result against compromise's).
import { dirname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packedLexiconSource } from './pack-lexicon.mjs';

const SEP = String.raw`[\\/]`;
const inCompromise = (path) => new RegExp(`${SEP}compromise${SEP}src${SEP}${path.split('/').join(SEP).replace(/\./g, '\\.')}$`);

export const MODEL = inCompromise('2-two/preTagger/model/index.js');
export const MODELS = inCompromise('2-two/preTagger/model/models/index.js');
export const EXTEND = inCompromise('API/extend.js');
/** The run-time half of the packed lexicon, which the bundle's model module imports. */
const LAZY_LEXICON = fileURLToPath(new URL('../src/engine/nlp/lazy-lexicon.ts', import.meta.url));

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

// compromise's plugin mechanism merges a plugin's model into the world's model with mergeDeep, which
// copies every key of every object into the world's own object. For the prebuilt data that copy is
// the costliest step left at start-up (the 25,000-word lexicon: about 20 ms), and its result is known
// at build time: the world compromise/one leaves (into which compromise/two merges the pre-tagger's
// model) is fixed by the installed compromise. So the build does the merge, in mergeDeep's order
// (the world's keys first, then the plugin's new keys; the plugin's value wins), and marks the
// result with what it expects the world to hold. At run time the patched mergeDeep puts the marked
// object into the world as it is when the world holds exactly that, and otherwise merges it as
// compromise would, without the keys only the build's world had (adoptPrebuilt in extend.js).
const MARK = "Symbol.for('attribution-lint.compromise-prebuilt')";

/** `value` merged, as compromise's mergeDeep would, into `base` (flat maps: string or array values). */
function mergedInto(base, value) {
  const out = { ...base };
  for (const key in value) {
    if (value[key] && typeof value[key] === 'object' && !Array.isArray(value[key])) throw new Error('compromise-prebuilt: the lexicon holds an object; mergedInto only merges flat maps');
    out[key] = value[key];
  }
  return out;
}

/** Code that marks `expr` (an object) as the prebuilt result of merging into a world holding `base`. */
const marked = (expr, base, value) =>
  `Object.defineProperty(${expr}, ${MARK}, { value: ${JSON.stringify({ base: JSON.stringify(base), baseOnly: Object.keys(base).filter((k) => !(k in value)) })} })`;

let oneWorld;
/** The lexicon of the world compromise/one builds, read from a fresh import of compromise's own modules. */
async function oneLexicon(modelPath) {
  // Only this build helper imports compromise's sources in its process, so the world is as one.js
  // left it. Were it not, the run-time check would see a different world and merge the slow way.
  oneWorld ??= import(new URL('../../../one.js', pathToFileURL(modelPath)).href).then(({ default: nlp }) => JSON.parse(JSON.stringify(nlp.world().model.one.lexicon)));
  return oneWorld;
}

/** The bundle's version of preTagger/model/index.js, given its source and its path. */
export async function prebuiltModelSource(source, path) {
  const { default: model } = await import(pathToFileURL(path).href);
  const base = await oneLexicon(path);
  const lexicon = mergedInto(base, model.one.lexicon);
  const data = {
    frozenLex: model.one.frozenLex,
    _multiCache: model.one._multiCache,
    switches: model.two.switches,
    uncountable: model.two.uncountable,
  };
  let out = source;
  out = replaceOnce(out, "import { lexicon, switches, frozenLex } from './lexicon/index.js'\n", [
    `import { lazyLexicon } from ${JSON.stringify(LAZY_LEXICON)}`,
    `const prebuilt = ${parsed(data)}`,
    // The lexicon answers lookups before it is parsed (src/engine/nlp/lazy-lexicon.ts says why).
    `prebuilt.lexicon = lazyLexicon(${packedLexiconSource(lexicon)})`,
    marked('prebuilt.lexicon', base, model.one.lexicon),
    ...['frozenLex', '_multiCache', 'switches', 'uncountable'].map((k) => marked(`prebuilt.${k}`, {}, data[k])),
    'const { lexicon, switches, frozenLex } = prebuilt\n',
  ].join('\n'), path);
  out = replaceOnce(out, "import expandLexicon from './_expand/index.js'\n", '', path);
  out = replaceOnce(out, '_multiCache: {},', '_multiCache: prebuilt._multiCache,', path);
  out = replaceOnce(out, 'uncountable: {},', 'uncountable: prebuilt.uncountable,', path);
  out = replaceOnce(out, 'model = expandLexicon(model)\n', '', path);
  return out;
}

/** The bundle's version of preTagger/model/models/index.js. */
export async function prebuiltModelsSource(path) {
  const { default: models } = await import(pathToFileURL(path).href);
  return `export default ${marked(parsed(models), {}, models)}\n`;
}

/** The bundle's version of API/extend.js. */
export function fasterExtendSource(source, path) {
  let out = source;
  out = replaceOnce(out, 'Object.assign(model, { [key]: {} })', '(model[key] = {})', path);
  out = replaceOnce(out, 'Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]', path);
  out = replaceOnce(out, '      if (isObject(plugin[key])) {\n', '      if (isObject(plugin[key])) {\n        if (adoptPrebuilt(model, key, plugin[key])) continue\n', path);
  return `${out}
// attribution-lint (build/compromise-prebuilt.mjs): puts an object the build merged into the world as
// it is, when the world holds what the build saw; otherwise merges it as above, without the keys
// that only the build's world had. False for every object the build did not mark.
function adoptPrebuilt(model, key, value) {
  const mark = value[${MARK}]
  if (mark === undefined) return false
  if (JSON.stringify(model[key] || {}) === mark.base) {
    model[key] = value
    // The lazy lexicon moves its plain object here once it has built it.
    const home = value[Symbol.for('attribution-lint.lazy-lexicon-home')]
    if (home) home(model, key)
    return true
  }
  const skip = new Set(mark.baseOnly)
  const own = {}
  for (const k in value) if (!skip.has(k)) own[k] = value[k]
  if (!model[key]) model[key] = {}
  mergeDeep(model[key], own)
  return true
}
`;
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
