// UI smoke test in a real VS Code (code-server) driven by headless chromium: installs the packaged
// .vsix, opens the seed article, waits for the warning squiggle, hovers an attributed and an
// unattributed figure, opens the Problems panel and the attribution report, and saves screenshots
// in $E2E_OUT/shots (ui-1-editor.png, ui-2-hover-attributed.png, ui-3-hover-unattributed.png,
// ui-4-problems.png, ui-5-report.png).
//   node test/e2e/ui-hover.mjs <workspaceFolder>
// Env: CS_BIN, VSIX, E2E_OUT. Exit code 0 when the hover cards and the Problems panel show what they should.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_OUT, codeServerArgs, env, freePort, launchChromium, runDir, startCodeServer, stopCodeServer } from './lib.mjs';

const WORKSPACE = path.resolve(process.argv[2]);
const VSIX = process.env.VSIX;
const SHOTS = path.join(E2E_OUT, 'shots');
fs.mkdirSync(SHOTS, { recursive: true });
const dir = runDir('ui');
const t0 = Date.now();
const log = (...a) => console.log(`[ui +${Date.now() - t0}ms]`, ...a);
const result = { ok: false, checks: {} };
let cs;
let browser;

/** The bounding box of the first occurrence of `needle` in the rendered editor lines. */
async function locate(page, needle, lineHas) {
  return page.evaluate(
    ({ needle, lineHas }) => {
      const lines = [...document.querySelectorAll('.editor-instance .view-lines .view-line')];
      for (const line of lines) {
        const all = line.textContent.replace(/\u00a0/g, ' ');
        if (lineHas && !all.includes(lineHas)) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let n;
        while ((n = walker.nextNode())) {
          const txt = n.textContent.replace(/\u00a0/g, ' ');
          const i = txt.indexOf(needle);
          if (i >= 0) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + needle.length);
            const b = r.getBoundingClientRect();
            return { x: b.x, y: b.y, w: b.width, h: b.height };
          }
        }
      }
      return null;
    },
    { needle, lineHas },
  );
}

async function hover(page, box, expect) {
  let text = '';
  for (let attempt = 1; attempt <= 5 && !expect.every((e) => text.includes(e)); attempt++) {
    if (attempt > 1) {
      // A visible hover is sticky: dismiss it and move away before trying again.
      await page.keyboard.press('Escape');
      await page.mouse.move(box.x + box.w / 2, box.y + 400);
      await page.waitForSelector('.monaco-hover:visible', { state: 'hidden', timeout: 5000 }).catch(() => {});
      await page.waitForTimeout(300);
    }
    await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2 + 60);
    await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2, { steps: 5 });
    await page.waitForSelector(`.monaco-hover:visible:has-text(${JSON.stringify(expect[0])})`, { timeout: 6000 }).catch(() => {});
    await page.waitForTimeout(300);
    text = (await page.locator('.monaco-hover:visible').allInnerTexts().catch(() => [])).join(' | ').replace(/\s+/g, ' ');
  }
  return text;
}

/** A screenshot of the hover card and the figure under it (for docs/images). */
async function shotAround(page, box, file) {
  const card = await page.locator('.monaco-hover:visible').first().boundingBox().catch(() => null);
  const boxes = card ? [box, card] : [box];
  const pad = 24;
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const right = Math.max(...boxes.map((b) => b.x + (b.w ?? b.width)));
  const bottom = Math.max(...boxes.map((b) => b.y + (b.h ?? b.height)));
  await page.screenshot({ path: path.join(SHOTS, file), clip: { x, y, width: right - x + pad, height: bottom - y + pad } });
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text(${JSON.stringify(title)})`, { timeout: 10000 });
  await page.keyboard.press('Enter');
}

try {
  if (!VSIX) throw new Error('VSIX is not set');
  const port = await freePort();
  execFileSync(process.env.CS_BIN, [...codeServerArgs(dir, port), '--install-extension', VSIX], { env: env(dir), stdio: 'inherit' });
  log('installed', path.basename(VSIX));
  cs = await startCodeServer(dir, port, [WORKSPACE]);
  browser = await launchChromium(dir, { width: 1600, height: 900 });
  const page = browser.pages()[0] || (await browser.newPage());
  page.on('pageerror', (e) => log('pageerror', String(e).slice(0, 200)));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WORKSPACE)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  log('workbench visible');

  // Open the seed article through Quick Open.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 30000 });
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type('seed-article.md');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("seed-article.md")', { timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.editor-instance .view-lines:has-text("11,000")', { timeout: 20000 });
  // The extension has activated and published its diagnostics once the squiggle is drawn.
  await page.waitForSelector('.editor-instance .squiggly-warning', { timeout: 30000 });
  log('squiggle visible');
  await page.screenshot({ path: path.join(SHOTS, 'ui-1-editor.png') });

  const attributed = await locate(page, '3,000', 'more than 3,000');
  if (!attributed) throw new Error('"more than 3,000" not found in the editor');
  const t1 = await hover(page, attributed, ['Zelensky', 'claimed']);
  log('hover (attributed):', JSON.stringify(t1));
  result.checks.hoverAttributed = ['Zelensky', 'claimed', 'Attributed'].every((e) => t1.includes(e));
  await page.screenshot({ path: path.join(SHOTS, 'ui-2-hover-attributed.png') });
  await shotAround(page, attributed, 'hover-attributed.png');

  await page.keyboard.press('Escape');
  const unattributed = await locate(page, 'Around 11,000');
  const t2 = await hover(page, unattributed, ['Unattributed', 'Sources already named']);
  log('hover (unattributed):', JSON.stringify(t2));
  result.checks.hoverUnattributed = t2.includes('Unattributed') && t2.includes('Zelensky');
  await page.screenshot({ path: path.join(SHOTS, 'ui-3-hover-unattributed.png') });
  await shotAround(page, unattributed, 'hover-unattributed.png');

  await page.keyboard.press('Escape');
  await page.mouse.move(5, 450);
  await page.keyboard.press('Control+Shift+M');
  let problems = '';
  try {
    await page.waitForSelector('.markers-panel .monaco-list-row:has-text("11,000")', { timeout: 15000 });
    problems = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join(' | ').replace(/\s+/g, ' ');
  } catch (e) {
    log('problems panel:', e.message.split('\n')[0]);
  }
  log('problems:', JSON.stringify(problems));
  result.checks.problems = problems.includes('Around 11,000') && problems.includes('thousands') && problems.includes('attribution-lint');
  await page.screenshot({ path: path.join(SHOTS, 'ui-4-problems.png') });

  // The report (a webview): screenshot for the docs; its rows are checked inside the webview frame.
  await page.keyboard.press('Control+J'); // hide the panel again
  await page.locator('.editor-instance .view-lines').first().click({ position: { x: 200, y: 10 } });
  await runCommand(page, 'Attribution Lint: Show attribution report');
  // Expand the Sources view in the Explorer for the screenshot.
  await page.locator('.pane-header', { hasText: /^\s*Sources/i }).first().click().catch((e) => log('sources view:', e.message.split('\n')[0]));
  await page.waitForSelector('.pane:has(.pane-header:has-text("Sources")) .monaco-list-row:has-text("Zelensky")', { timeout: 10000 }).catch(() => {});
  let reportText = '';
  for (let i = 0; i < 40 && !reportText.includes('Zelensky'); i++) {
    await page.waitForTimeout(250);
    for (const f of page.frames()) {
      const t = await f.locator('table').innerText({ timeout: 200 }).catch(() => '');
      if (t.includes('Figure')) reportText = t.replace(/\s+/g, ' ');
    }
  }
  log('report:', JSON.stringify(reportText.slice(0, 300)));
  const sourcesText = (await page.locator('.pane:has(.pane-header:has-text("Sources")) .monaco-list-row').allInnerTexts().catch(() => [])).join(' | ').replace(/\s+/g, ' ');
  log('sources view:', JSON.stringify(sourcesText));
  result.checks.sourcesView = sourcesText.includes('Ukrainian President Zelensky') && sourcesText.includes('No source');
  result.checks.report = reportText.includes('Around 11,000') && reportText.includes('Zelensky') && reportText.includes('claimed');
  await page.screenshot({ path: path.join(SHOTS, 'ui-5-report.png') });
  result.ok = Object.values(result.checks).every(Boolean) && result.checks.hoverAttributed === true;
} catch (e) {
  result.error = String(e.stack || e);
  log('ERROR', e.message);
  await browser?.pages()[0]?.screenshot({ path: path.join(SHOTS, 'ui-error.png') }).catch(() => {});
} finally {
  try {
    await browser?.close();
  } catch {}
  await stopCodeServer(cs);
}
result.ms = Date.now() - t0;
fs.writeFileSync(path.join(E2E_OUT, 'ui-result.json'), JSON.stringify(result, null, 2));
console.log(`UI hover test: ${result.ok ? 'passed' : 'FAILED'} ${JSON.stringify(result.checks)} in ${result.ms} ms (logs in ${dir})`);
process.exit(result.ok ? 0 : 1);
