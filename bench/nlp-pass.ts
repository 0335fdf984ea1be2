// The baseline of performance goal 1: one plain `nlp(text)` pass with compromise alone (the full
// default build, as `import nlp from 'compromise'` gives it), one call per document, no analysis.
// Bundled on its own (dist/bench-nlp.js): compromise/two inside the engine and the full build share
// compromise's modules, so the two must not live in one bundle.
//   node dist/bench-nlp.js FILE...   -> one JSON line: seconds and cpuSeconds (the nlp() calls only), bytes, words, maxRssMB
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const files = process.argv.slice(2);
const texts = files.map((f) => readFileSync(f, 'utf8'));
let terms = 0;
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (const text of texts) terms += nlp(text).wordCount();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, bytes, words: terms, files: files.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
