// Bundles the benchmark (not part of `npm run build`, which the CLI and the extension own):
//   dist/bench.js      the harness, with the engine inside for the in-process measurements
//   dist/bench-nlp.js  the plain compromise baseline, in a bundle of its own (see bench/nlp-pass.ts)
// Not minified, so a --cpu-prof profile of `dist/bench.js --engine-child` names real functions and
// bench/profile.mjs can map them back to source files.
import { build } from 'esbuild';
import { compromisePrebuilt } from '../build/compromise-prebuilt.mjs';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'es2022', minify: false, legalComments: 'none', logLevel: 'warning' };
await Promise.all([
  // The harness's engine is built as the product's is (esbuild.config.mjs); the baseline stays plain compromise.
  build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'dist/bench.js', plugins: [compromisePrebuilt] }),
  build({ ...common, entryPoints: ['bench/nlp-pass.ts'], outfile: 'dist/bench-nlp.js' }),
]);
