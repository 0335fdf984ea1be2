// Runs the mocha suite (test/e2e/suite) INSIDE code-server's extension host, with the extension loaded
// from the repository as a development extension. The browser is only the client: the development
// and test paths go in the ?payload= URL parameter and the exit code comes back through
// window.codeAutomationExit (the mechanism VS Code's own browser integration tests use).
//   node test/e2e/exthost.mjs <extensionDir> <suiteIndex.js> <workspaceFolder>
// Env: CS_BIN (code-server), E2E_OUT (runs/ and shots/), EXTHOST_TEST_TIMEOUT_MS (default 300000).
// Exit code: 0 all passed, 1 failures, 2/3 harness problems. Writes $E2E_OUT/exthost-result.json.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { E2E_OUT, freePort, launchChromium, runDir, startCodeServer, stopCodeServer } from './lib.mjs';

const [extDir, suitePath, workspace] = process.argv.slice(2).map((p) => path.resolve(p));
const TIMEOUT = +(process.env.EXTHOST_TEST_TIMEOUT_MS || 300000);
// The suite runs in Restricted Mode (an untrusted folder) unless E2E_TRUSTED=1: the extension declares
// untrustedWorkspaces: supported, so everything it does must work there.
const trusted = process.env.E2E_TRUSTED === '1';
const dir = runDir('exthost', { trusted });
fs.mkdirSync(path.join(E2E_OUT, 'shots'), { recursive: true });
const port = await freePort();
const t0 = Date.now();
let cs;
let browser;
let exitCode = 2;
let mocha = null;
try {
  cs = await startCodeServer(dir, port, [], { trusted });
  browser = await launchChromium(dir);
  const page = browser.pages()[0] || (await browser.newPage());
  if (process.env.E2E_DEBUG) page.on('console', (m) => console.log(`[page ${m.type()}]`, m.text().slice(0, 400)));
  let done;
  const finished = new Promise((r) => (done = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    const m = /E2E-MOCHA (\{.*\})/.exec(line);
    if (m) mocha = JSON.parse(m[1]);
    console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extDir)],
    ['extensionTestsPath', remote(suitePath)],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  exitCode = await Promise.race([finished, new Promise((_, rej) => setTimeout(() => rej(new Error(`no codeAutomationExit within ${TIMEOUT} ms`)), TIMEOUT))]);
  await page.screenshot({ path: path.join(E2E_OUT, 'shots', 'exthost-tests.png') }).catch(() => {});
} catch (e) {
  console.error('ERROR', e.message);
  exitCode = 3;
  await browser?.pages()[0]?.screenshot({ path: path.join(E2E_OUT, 'shots', 'exthost-tests-error.png') }).catch(() => {});
} finally {
  try {
    await browser?.close();
  } catch {}
  await stopCodeServer(cs);
}
if (exitCode === 0 && !mocha) exitCode = 3; // the suite must have reported its counts
fs.writeFileSync(path.join(E2E_OUT, 'exthost-result.json'), JSON.stringify({ exitCode, mocha, ms: Date.now() - t0 }));
console.log(`extension-host suite: exit code ${exitCode}, ${mocha ? `${mocha.passes} passing, ${mocha.failures} failing` : 'no mocha summary'}, ${Date.now() - t0} ms (logs in ${dir})`);
process.exit(exitCode);
