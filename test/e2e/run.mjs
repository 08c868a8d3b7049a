// `npm run test:e2e`: the packaged extension in a real VS Code (code-server), a UI check in Chromium, and Neovim.
/* global window */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { ensureHarness, harnessEnv, codeServerBin } from './setup.mjs';
import { measureBoxes, measureWordOrder } from './readingOrder.mjs';
import { reviewPaneCheck } from './reviewPaneCheck.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const results = path.join(root, 'test-results');
const work = path.join(results, 'e2e-work');
// Tests write sidecars and exports: they run on a copy of the workspace, never on the repository's files.
const workspace = path.join(work, 'workspace');
const vsix = path.join(root, 'out', 'arabic-news-annotator.vsix');
const outcomes = [];

function record(name, ok, detail = '') {
  outcomes.push({ name, ok });
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${detail ? `: ${detail}` : ''}`);
}

function freePort() {
  return new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
}

async function waitHealthy(port, child, deadlineMs = 60_000) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return; } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('code-server did not become healthy');
}

/** Starts a private code-server; each instance gets its own user-data dir (a shared one loses its socket). */
async function startCodeServer(name, extensionsDir, extraArgs = []) {
  const port = await freePort();
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\n');
  const settings = path.join(dir, 'data', 'User');
  fs.mkdirSync(settings, { recursive: true });
  fs.writeFileSync(path.join(settings, 'settings.json'), JSON.stringify({ 'workbench.colorTheme': 'Default Dark Modern', 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'editor.fontSize': 18,
    'git.openRepositoryInParentFolders': 'never', 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.wordWrap': 'on' }));
  const args = ['--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', path.join(dir, 'data'), '--extensions-dir', extensionsDir, '--config', path.join(dir, 'config.yaml'), ...extraArgs];
  const log = fs.openSync(path.join(dir, 'code-server.log'), 'w');
  const child = spawn(codeServerBin(), args, { env: harnessEnv(work), stdio: ['ignore', log, log], detached: true });
  await waitHealthy(port, child);
  return { port, child, dir, stop: () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } } };
}

async function launchBrowser(chromium, name, viewport = { width: 1400, height: 900 }) {
  const profile = path.join(work, `chromium-${name}`);
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: work },
  });
}

/** Mocha suite inside the extension host, driven through the smoke-test driver's URL payload. */
async function extensionHostSuite(chromium, installedExtension) {
  const suite = path.join(here, 'out', 'suite', 'index.js');
  const cs = await startCodeServer('suite', path.join(work, 'suite-extensions'), ['--vscode-option', 'enable-smoke-test-driver']);
  const ctx = await launchBrowser(chromium, 'suite');
  try {
    const page = ctx.pages()[0] ?? await ctx.newPage();
    let finish;
    const exited = new Promise((resolve) => { finish = resolve; });
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      // The workbench logs its own chatter (agents, chat models) through the same channel.
      if (!/^\[(AgentHost|ChatModelSelection|Extension Host)\]/.test(line)) console.log('  │', line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(installedExtension)], ['extensionTestsPath', remote(suite)]];
    await page.goto(`http://127.0.0.1:${cs.port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 480_000))]);
    record('mocha suite in the extension host (code-server)', code === 0, code === 0 ? '' : `exit ${code}`);
  } finally {
    await ctx.close();
    cs.stop();
  }
}

/** Types into the open quick pick and accepts its first row once the list shows `text` there (not a stale row). */
async function pickFirst(page, text) {
  await page.keyboard.type(text);
  const first = () => page.evaluate(() => document.querySelector('.quick-input-list .monaco-list-row[data-index="0"]')?.textContent ?? '');
  await page.waitForFunction((t) => (document.querySelector('.quick-input-list .monaco-list-row[data-index="0"]')?.textContent ?? '').includes(t), text, { timeout: 30_000 })
    .catch(async (e) => { throw new Error(`quick pick: no first row with “${text}” (first row: “${await first()}”): ${e.message}`); });
  await page.keyboard.press('Enter');
}

/** Runs a command from the palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget .input', { timeout: 10_000 });
  await pickFirst(page, title);
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget .input', { timeout: 10_000 });
  await pickFirst(page, name);
  await page.waitForFunction((n) => [...document.querySelectorAll('.tab.active')].some((t) => (t.textContent ?? '').includes(n)), name, { timeout: 60_000 });
}

const statusText = (page) => page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent ?? '').find((t) => /\d+\/\d+ reviewed/.test(t)) ?? '');

/** Reading order with the boxes on must equal reading order with them off, and the boxes must sit on the words. */
async function readingOrderCheck(page, file, name, shot, minPairs) {
  await openFile(page, file);
  // Boxes arrive after the analysis: wait until they frame the name (the measure is installed through the driver, not the page's CSP).
  await page.evaluate(`window.__measureBoxes = ${measureBoxes.toString()}`);
  const boxed = await page.waitForFunction((n) => { const m = window.__measureBoxes(n); return m.boxes > 5 && m.framesName; }, name, { timeout: 90_000, polling: 250 }).then(() => true, () => false);
  const boxes = await page.evaluate(measureBoxes, name);
  const on = await page.evaluate(measureWordOrder);
  await page.screenshot({ path: path.join(results, shot) });
  await runCommand(page, 'Arabic News: Toggle Annotation Boxes');
  await page.waitForFunction(() => ![...document.querySelectorAll('.view-overlays .cdr')].some((b) => /\bced-/.test(b.className)), null, { timeout: 10_000 }).catch(() => {});
  const off = await page.evaluate(measureWordOrder);
  await runCommand(page, 'Arabic News: Toggle Annotation Boxes');
  await page.waitForFunction(() => [...document.querySelectorAll('.view-overlays .cdr')].some((b) => /\bced-/.test(b.className)), null, { timeout: 10_000 });
  record(`${file}: ${boxes.boxes} boxes drawn, every box edge on a glyph edge, one frames ${name}`, boxed && boxes.boxes > 5 && boxes.offEdge === 0 && boxes.framesName, JSON.stringify(boxes));
  record(`${file}: word order with boxes equals word order without (${on.outOfOrder}/${on.pairs} vs ${off.outOfOrder}/${off.pairs} adjacent Arabic word pairs out of order)`,
    on.pairs >= minPairs && on.pairs === off.pairs && on.outOfOrder === off.outOfOrder, JSON.stringify({ on, off }));
  return { boxes, on, off };
}

/** What a person sees: Arabic in reading order with boxes on the names, the review loop, a hover, Light and Dark. */
async function uiCheck(chromium, extensionsDir) {
  const cs = await startCodeServer('ui', extensionsDir);
  const ctx = await launchBrowser(chromium, 'ui', { width: 1400, height: 1600 });
  try {
    const page = ctx.pages()[0] ?? await ctx.newPage();
    await page.goto(`http://127.0.0.1:${cs.port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const figures = [await readingOrderCheck(page, 'lavrov-wonsan.txt', 'لافروف', 'editor-dark.png', 200), await readingOrderCheck(page, 'dated-article.ar.txt', 'بلينكن', 'editor-dark-quotation.png', 20)];
    fs.writeFileSync(path.join(results, 'reading-order.json'), JSON.stringify(figures, null, 2));
    // The review loop from the status bar: click → the next suggestion; Ctrl+K A → accepted, counter moves.
    const before = await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /\d+\/\d+ reviewed/.test(e.textContent ?? '')), null, { timeout: 30_000 }).then(() => statusText(page));
    const cursor = () => page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent ?? '').find((t) => /Ln \d+, Col \d+/.test(t)) ?? '');
    const at0 = await cursor();
    await page.evaluate(() => { const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /\d+\/\d+ reviewed/.test(e.textContent ?? '')); item?.querySelector('a, .statusbar-item-label')?.click(); });
    const moved = await page.waitForFunction((c) => { const t = [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent ?? '').find((x) => /Ln \d+, Col \d+/.test(x)); return t && t !== c; }, at0, { timeout: 15_000 }).then(() => true, () => false);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('A');
    const counted = await page.waitForFunction((b) => { const t = [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent ?? '').find((x) => /\d+\/\d+ reviewed/.test(x)); return t && t !== b; }, before, { timeout: 15_000 }).then(() => true, () => false);
    record(`status bar review loop: "${before.trim()}" → click jumps to a suggestion → Ctrl+K A → "${(await statusText(page)).trim()}"`, moved && counted);
    // A hover with the review actions, on a name no earlier test decided on.
    await openFile(page, 'lavrov-wonsan.txt');
    const lines = fs.readFileSync(path.join(workspace, 'lavrov-wonsan.txt'), 'utf8').split('\n');
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`1:${lines[0].indexOf('لافروف') + 3}`);
    await page.keyboard.press('Enter');
    let shown = false;
    const deadline = Date.now() + 60_000;
    while (!shown && Date.now() < deadline) {
      await runCommand(page, 'Show or Focus Hover');
      shown = await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some((h) => h.textContent.includes('Person') && h.textContent.includes('Label')), null, { timeout: 8_000 }).then(() => true, () => false);
      if (!shown) await page.keyboard.press('Escape');
    }
    await page.screenshot({ path: path.join(results, 'hover-person.png') });
    record('hover on a person shows its colour, state and review actions', shown);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.waitForSelector('.quick-input-widget .input', { timeout: 10_000 });
    await pickFirst(page, 'Light Modern');
    const light = await page.waitForFunction(() => document.querySelector('.monaco-workbench')?.classList.contains('vs'), null, { timeout: 15_000 }).then(() => true, () => false);
    record('the Light Modern theme applies (boxes re-drawn in its colours below)', light);
    await readingOrderCheck(page, 'lavrov-wonsan.txt', 'لافروف', 'editor-light.png', 200);
    await reviewPaneCheck({ page, workspace, results, record, runCommand, openFile });
  } finally {
    await ctx.close();
    cs.stop();
  }
}

function neovimCheck() {
  const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(here, 'neovim-check.lua')}`], {
    env: { ...process.env, ARTICLE: path.join(workspace, 'lavrov-wonsan.txt'), SERVER: path.join(root, 'dist', 'server.js') }, encoding: 'utf8', timeout: 120_000,
  });
  process.stdout.write(r.stdout ?? '');
  record('Neovim drives dist/server.js --stdio (hover, symbols)', r.status === 0, r.status === 0 ? '' : `${r.stderr ?? ''} exit ${r.status}`);
}

async function main() {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.cpSync(path.join(here, 'workspace'), workspace, { recursive: true });
  ensureHarness();
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--e2e'], { cwd: root, stdio: 'inherit' });
  const installed = path.join(work, 'installed-extensions');
  execFileSync(codeServerBin(), ['--extensions-dir', installed, '--user-data-dir', path.join(work, 'install-data'), '--install-extension', vsix], { env: harnessEnv(work), stdio: 'inherit' });
  const extFolder = fs.readdirSync(installed).find((d) => d.startsWith('arabic-news-annotator.'));
  if (!extFolder) throw new Error('the .vsix did not install');
  const { chromium } = await import('playwright-core');
  // E2E_ONLY=suite|ui|neovim runs one part (while working on it); CI runs all three.
  const only = process.env.E2E_ONLY;
  if (!only || only === 'suite') await extensionHostSuite(chromium, path.join(installed, extFolder));
  if (!only || only === 'ui') await uiCheck(chromium, installed);
  if (!only || only === 'neovim') neovimCheck();
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`\ne2e: ${outcomes.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

// Exit explicitly: lingering keep-alive sockets of the browser driver would otherwise hold the process open.
main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
