// Summarizes a V8 CPU profile (node --cpu-prof) of a non-minified esbuild bundle: self time by source
// file and by function, and inclusive time of the project's own functions. esbuild marks where each
// module starts in the bundle with a `// path/to/file` comment; a sample's line number maps to the
// file whose marker comes last before it.
//
//   node bench/build.mjs
//   node --cpu-prof --cpu-prof-dir=bench/.cache/prof dist/bench.js --engine-child bench/.cache/corpus-v1/*.txt
//   node bench/profile.mjs bench/.cache/prof/CPU.*.cpuprofile [--bundle dist/bench.js] [--top 30]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const bundle = resolve(opt('--bundle', 'dist/bench.js'));
const top = Number(opt('--top', '30'));
if (args.length !== 1) {
  console.error('usage: node bench/profile.mjs PROFILE.cpuprofile [--bundle dist/bench.js] [--top N]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(args[0], 'utf8'));

// Module markers: [first line (0-based), path].
const markers = [];
readFileSync(bundle, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    const m = /^\/\/ ((?:src|bench|node_modules)\/\S+)$/.exec(line);
    if (m) markers.push([i, m[1]]);
  });
function moduleOf(frame) {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (!frame.url.endsWith(bundle) && !frame.url.endsWith(bundle.replace(/\\/g, '/'))) {
    return frame.url.startsWith('node:') ? 'node internals' : frame.url.replace(/^file:\/\//, '');
  }
  let lo = 0;
  let hi = markers.length - 1;
  let found = '(bundle prologue)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid][0] <= frame.lineNumber) {
      found = markers[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
/** A coarser group: compromise by its pipeline stage, our code by file. */
function groupOf(module) {
  const m = /^node_modules\/compromise\/src\/(\d-\w+\/[^/]+|[^/]+)/.exec(module);
  if (m) return `compromise ${m[1]}`;
  return module;
}

// Time per sample from timeDeltas (microseconds).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map();
const inclusiveUs = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  // Inclusive: each distinct function on the stack once.
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = byId.get(n).callFrame;
    const key = `${f.functionName || '(anonymous)'}\t${moduleOf(f)}\t${f.lineNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusiveUs.set(key, (inclusiveUs.get(key) ?? 0) + dt);
  }
});

const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
const byModule = new Map();
const byGroup = new Map();
const byFunction = new Map();
for (const [id, us] of selfUs) {
  const f = byId.get(id).callFrame;
  const mod = moduleOf(f);
  add(byModule, mod, us);
  add(byGroup, groupOf(mod), us);
  add(byFunction, `${f.functionName || '(anonymous)'}\t${mod}`, us);
}

const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const ms = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
function print(title, map, n, filter = () => true) {
  console.log(`\n## ${title}\n`);
  [...map]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, us]) => console.log(`${pct(us)} ${ms(us)}  ${k.replace(/\t/g, '  ')}`));
}

console.log(`# CPU profile: ${args[0]}\nsampled ${(total / 1e6).toFixed(2)} s, ${profile.samples.length} samples`);
const ours = (k) => /(^|\t)(src|bench)\//.test(k);
const sum = (pred) => [...byModule].filter(([k]) => pred(k)).reduce((n, [, us]) => n + us, 0);
console.log(`\nself time: compromise ${pct(sum((k) => k.startsWith('node_modules/compromise')))}, src/engine ${pct(sum((k) => k.startsWith('src/engine')))}, src/lexicon+rules ${pct(sum((k) => /^src\/(lexicon|rules)/.test(k)))}, bench harness ${pct(sum((k) => k.startsWith('bench/')))}, GC ${pct(sum((k) => k === '(garbage collector)'))}, other ${pct(sum((k) => !/^(node_modules\/compromise|src\/|bench\/|\(garbage collector\))/.test(k)))}`);
print('Self time by group (compromise by pipeline stage, our code by file)', byGroup, top);
print('Self time by function', byFunction, top);
print('Inclusive time of our own functions (src/, bench/)', inclusiveUs, top, ours);
