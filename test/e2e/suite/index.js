// Mocha runner executed INSIDE the VS Code extension host (extensionTestsPath). Used by both
// test/e2e/exthost.mjs (code-server + chromium) and test/e2e/electron/run.mjs (@vscode/test-electron).
// Prints one machine-readable line, E2E-MOCHA {"passes":N,"failures":N,"tests":N}, for the CI summary.
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec', grep: process.env.E2E_GREP || undefined });
  mocha.addFile(path.resolve(__dirname, process.env.E2E_SUITE_FILE || 'extension.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats || {};
      console.log(`E2E-MOCHA ${JSON.stringify({ passes: s.passes || 0, failures: s.failures || 0, tests: s.tests || 0 })}`);
      if (failures) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
};
