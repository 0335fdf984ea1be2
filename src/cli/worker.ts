// Worker thread entry (dist/worker.js): lints the tasks the main thread sends, one engine per
// configuration kept for the worker's life, and answers each with its outcome.
import { parentPort } from 'node:worker_threads';
import * as engine from '../engine';
import { makeLinter, type LintTask } from './lint';

const lint = makeLinter(engine);
parentPort?.on('message', (task: LintTask) => parentPort!.postMessage(lint(task)));
