// The command-line linter itself (dist/cli-main.js). dist/cli.js (bin.ts) runs it, either here or
// from the start-up snapshot.
import { startCli } from './start';

startCli(process.argv.slice(2), typeof __dirname === 'string' ? __dirname : null);
