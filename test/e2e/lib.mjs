// Shared helpers for the e2e drivers: a run folder with its own HOME/TMPDIR/profile, a free port,
// code-server started in its own process group (so it can be ended as a whole), headless chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const E2E_OUT = process.env.E2E_OUT || path.resolve('.e2e');
export const CS_BIN = process.env.CS_BIN;
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** A fresh run folder. trusted: false leaves workspace trust on, so the folder opens in Restricted Mode. */
export function runDir(name, { trusted = true } = {}) {
  const dir = path.join(E2E_OUT, 'runs', `${name}-${Date.now()}`);
  for (const d of ['home/.config', 'tmp', 'ud/User', 'exts', 'chrome-profile']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'ud/User/settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': !trusted,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'never',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'editor.hover.delay': 300,
        'files.autoSave': 'off',
        'chat.disableAIFeatures': true,
        'workbench.colorTheme': 'Default Dark Modern',
        'window.commandCenter': false,
        'editor.minimap.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        'git.enabled': false,
      },
      null,
      2,
    ),
  );
  return dir;
}

export function env(dir) {
  return { ...process.env, HOME: path.join(dir, 'home'), XDG_CONFIG_HOME: path.join(dir, 'home/.config'), XDG_DATA_HOME: path.join(dir, 'home/.local/share'), TMPDIR: path.join(dir, 'tmp') };
}

export const freePort = () =>
  new Promise((res, rej) => {
    const s = net.createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

export function codeServerArgs(dir, port) {
  const cfg = path.join(dir, 'cs-config.yaml');
  fs.writeFileSync(cfg, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  return ['--config', cfg, '--user-data-dir', path.join(dir, 'ud'), '--extensions-dir', path.join(dir, 'exts')];
}

export async function startCodeServer(dir, port, extra, { trusted = true } = {}) {
  if (!CS_BIN) throw new Error('CS_BIN is not set (test/e2e/run.sh sets it)');
  const log = fs.openSync(path.join(dir, 'code-server.log'), 'w');
  const cs = spawn(
    CS_BIN,
    [...codeServerArgs(dir, port), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', ...(trusted ? ['--disable-workspace-trust'] : []), '--disable-getting-started-override', '--ignore-last-opened', ...extra],
    { env: env(dir), detached: true, stdio: ['ignore', log, log] },
  );
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {}
    if (cs.exitCode !== null) throw new Error(`code-server exited with ${cs.exitCode}; see ${dir}/code-server.log`);
    if (Date.now() - t0 > 60000) throw new Error('code-server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return cs;
}

export async function stopCodeServer(cs) {
  if (!cs) return;
  try {
    process.kill(-cs.pid, 'SIGTERM');
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
  try {
    process.kill(-cs.pid, 'SIGKILL');
  } catch {}
}

export function launchChromium(dir, viewport = { width: 1400, height: 900 }) {
  return chromium.launchPersistentContext(path.join(dir, 'chrome-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    env: env(dir),
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
