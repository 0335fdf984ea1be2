// The entry of the CLI's V8 start-up snapshot (dist/cli-snapshot.js -> dist/cli.snapshot, made by the
// build with `node --build-snapshot`): the engine is loaded and warmed up once, at build time, and
// every run deserializes it instead of building compromise's lexicon again. The run itself starts in
// the deserialized main function, with the user's arguments (process.argv[1...] in a snapshot).
import { startupSnapshot } from 'node:v8';
import { Engine } from '../engine';
import { startCli } from './start';

// Warm up: compromise's lexicon, the plugin words, the compiled built-in lexicon, the tagger's code.
new Engine({ cacheSize: 0 }).analyze('The ministry said 40 people died, and around 11,000 soldiers came, "we sold 12," he said.', { format: 'markdown' });

startupSnapshot.setDeserializeMainFunction(() => {
  startCli(process.argv.slice(1), process.env.ATTRIBUTION_LINT_DIST ?? null);
});
