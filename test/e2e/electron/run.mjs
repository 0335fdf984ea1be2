// npm run test:electron — the same extension-host mocha suite (test/e2e/suite) in a desktop VS Code
// downloaded by @vscode/test-electron. For contributors with a network: this machine cannot download
// VS Code, so CI runs the suite in code-server instead (npm run test:e2e).
//   VSCODE_VERSION=1.100.3 by default (the engines.vscode floor); set VSCODE_VERSION=stable to try the newest.
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lint-electron-'));
fs.copyFileSync(path.join(repo, 'sample/seed-article.md'), path.join(workspace, 'seed-article.md'));
fs.copyFileSync(path.join(repo, 'sample/seed-article.md'), path.join(workspace, 'seed-edit.md'));
for (const f of fs.readdirSync(path.join(repo, 'test/e2e/fixtures'))) fs.copyFileSync(path.join(repo, 'test/e2e/fixtures', f), path.join(workspace, f));
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lint-electron-user-'));
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false, 'git.enabled': false }));

try {
  await runTests({
    version: process.env.VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(repo, 'test/e2e/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userData}`],
    extensionTestsEnv: { VSCODE_TEST_ELECTRON: '1' },
  });
  console.log('test:electron passed');
} catch (e) {
  console.error('test:electron failed:', e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(userData, { recursive: true, force: true });
}
