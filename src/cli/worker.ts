// Worker thread entry (dist/worker.js): loads the CLI's bundle, with its code cache, and serves
// the main thread's tasks (main.ts, serveWorker). The V8 flags are the process's, set by dist/cli.js.
import { join } from 'node:path';
import { loadBundle, type CliBundle } from './load';

loadBundle<CliBundle>(join(__dirname, 'cli-main.js')).exports.serveWorker();
