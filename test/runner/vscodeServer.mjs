// Drives a real VS Code offline: the VS Code server shipped inside npm's
// code-server (provisioned by scripts/vscode-server/provision.sh) plus its web
// workbench opened in Debian's Chromium through playwright-core. Used by the
// integration runner (runIntegration.mjs) and by end-to-end UI tests.
//
// Every process started here is tracked and torn down on stop()/close(), on
// SIGINT/SIGTERM and, as a last resort, on process exit.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION || '4.100.3';
export const CHROMIUM = process.env.WEEKLY_REVIEW_CHROMIUM || '/usr/bin/chromium';
export const PROVISION_SCRIPT = path.join(repoRoot, 'scripts', 'vscode-server', 'provision.sh');

const cacheRoot = () =>
  process.env.WEEKLY_REVIEW_CACHE || path.join(os.homedir(), '.cache', 'weekly-review');

/** The version-keyed install dir provision.sh fills (same layout as the script). */
export const installDir = () => path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);

/** Where provision.sh puts server-main.js (WEEKLY_REVIEW_SERVER_MAIN overrides). */
export function serverMainPath() {
  if (process.env.WEEKLY_REVIEW_SERVER_MAIN) return process.env.WEEKLY_REVIEW_SERVER_MAIN;
  return path.join(installDir(), 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
}

/** Runs provision.sh unless the cache is complete; returns server-main.js. */
export function ensureProvisioned({ log = console.error } = {}) {
  const main = serverMainPath();
  const complete = process.env.WEEKLY_REVIEW_SERVER_MAIN || existsSync(path.join(installDir(), '.provisioned'));
  if (complete && existsSync(main) && existsSync(CHROMIUM)) return main;
  if (process.env.WEEKLY_REVIEW_SERVER_MAIN) {
    throw new Error(`WEEKLY_REVIEW_SERVER_MAIN=${main} does not exist`);
  }
  log(`[runner] provisioning VS Code ${CODE_SERVER_VERSION} (first run takes a few minutes)…`);
  // stderr is inherited so progress is visible; the last stdout line is the path.
  const r = spawnSync('bash', [PROVISION_SCRIPT], {
    stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', timeout: 30 * 60_000, killSignal: 'SIGKILL',
  });
  if (r.error) throw new Error(`provision.sh could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`provision.sh failed (exit ${r.status ?? r.signal}); see its output above`);
  const printed = r.stdout.trim().split('\n').pop();
  if (!printed || !existsSync(printed)) throw new Error(`provision.sh did not produce server-main.js (got ${printed})`);
  return printed;
}

// ---------------------------------------------------------------------------
// Cleanup registry: one place that knows every live process/dir.

const cleanups = new Set();
let signalsHooked = false;

function track(fn) {
  hookSignals();
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Runs every pending cleanup (async ones awaited, errors swallowed). */
export async function cleanupAll() {
  const fns = [...cleanups].reverse();
  cleanups.clear();
  for (const fn of fns) {
    try { await fn(); } catch { /* best effort: we are tearing down */ }
  }
}

function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(sig, () => {
      console.error(`[runner] ${sig}: shutting down VS Code server and browser`);
      // A second signal or a stuck close must not keep us alive forever.
      setTimeout(() => process.exit(code), 5000).unref();
      cleanupAll().finally(() => process.exit(code));
    });
  }
  // 'exit' handlers must be synchronous; killing process groups is.
  process.on('exit', () => {
    for (const fn of cleanups) {
      if (fn.sync) try { fn.sync(); } catch { /* already gone */ }
    }
  });
}

// ---------------------------------------------------------------------------
// Server

/** Asks the kernel for a free loopback port (tiny race until the server binds; startServer retries). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => { req.destroy(); resolve(0); });
  });
}

/** Polls `cond` until it returns a truthy value or the deadline passes. */
export async function waitFor(cond, { timeoutMs = 30_000, intervalMs = 200, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await cond();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(intervalMs);
  }
}

/** Last `lines` lines of a log file (empty string if missing). */
export function tail(file, lines = 60) {
  try { return readFileSync(file, 'utf8').split('\n').slice(-lines - 1).join('\n'); } catch { return ''; }
}

const defaultSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  // Trust prompts would block tests; trust is on only when a test asks for it.
  'security.workspace.trust.enabled': false,
};

/**
 * A built-in extensions folder without `ids` (`publisher.name`): links to
 * every other built-in extension of the server, under `root`. The server
 * accepts `--disable-extension` but never reads it (the workbench decides
 * enablement, and the web one takes no list), so the extension is left out
 * of the server's built-ins instead. An id that is not built in is an error.
 */
function builtinsWithout(serverMain, ids, root) {
  const builtins = path.join(path.dirname(serverMain), '..', 'extensions');
  const dir = path.join(root, 'builtin-extensions');
  mkdirSync(dir);
  const left = new Set(ids.map((id) => id.toLowerCase()));
  for (const entry of readdirSync(builtins)) {
    const manifest = path.join(builtins, entry, 'package.json');
    if (existsSync(manifest)) {
      const { publisher, name } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (left.delete(`${publisher}.${name}`.toLowerCase())) continue;
    }
    symlinkSync(path.join(builtins, entry), path.join(dir, entry));
  }
  if (left.size > 0) throw new Error(`not a built-in extension of this server: ${[...left].join(', ')}`);
  return dir;
}

/**
 * Starts the VS Code server on a free loopback port.
 * @param {object} o
 * @param {string} [o.extensionPath] recorded for callers; the extension is loaded via the workbench payload
 * @param {string} [o.workspacePath]
 * @param {Record<string, unknown>} [o.userSettings] merged over defaultSettings
 * @param {Record<string, string>} [o.env] extra env for the server (reaches the extension host)
 * @param {string} [o.serverMain] defaults to ensureProvisioned()
 * @param {number} [o.startTimeoutMs]
 * @param {string[]} [o.disableExtensions] ids of built-in extensions the server must not run (see builtinsWithout)
 */
export async function startServer({ extensionPath, workspacePath, userSettings = {}, env = {}, serverMain, startTimeoutMs = 60_000, disableExtensions = [] } = {}) {
  const main = serverMain || ensureProvisioned();
  const root = mkdtempSync(path.join(os.tmpdir(), 'wr-vscode-'));
  const userDataDir = path.join(root, 'user-data');
  const serverDataDir = path.join(root, 'server-data');
  const extensionsDir = path.join(root, 'extensions');
  for (const d of [userDataDir, serverDataDir, extensionsDir]) mkdirSync(d, { recursive: true });
  // code-server's build keeps the web user's settings on the server, under
  // --user-data-dir, so this file is what the workbench reads at load.
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  const settings = { ...defaultSettings, ...userSettings };
  mkdirSync(path.dirname(settingsFile), { recursive: true });
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  const logPath = path.join(root, 'server.log');
  const builtinArgs = disableExtensions.length > 0 ? ['--builtin-extensions-dir', builtinsWithout(main, disableExtensions, root)] : [];

  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const out = createWriteStream(logPath, { flags: 'a' });
    await new Promise((r) => out.once('open', r));
    const child = spawn(process.execPath, [main,
      '--host', '127.0.0.1', '--port', String(port),
      '--without-connection-token', '--accept-server-license-terms',
      '--user-data-dir', userDataDir, '--server-data-dir', serverDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--log', process.env.WEEKLY_REVIEW_SERVER_LOG_LEVEL || 'info',
      ...builtinArgs,
    ].filter((a) => !(a === '--disable-workspace-trust' && settings['security.workspace.trust.enabled'])), {
      // Own process group so stop() can take down extension host and pty host too.
      detached: true,
      stdio: ['ignore', out, out],
      // EXTENSIONS_GALLERY={} (read by code-server's patched product config)
      // turns the marketplace off instead of letting it fail DNS lookups.
      env: { EXTENSIONS_GALLERY: '{}', ...process.env, ...env },
    });
    let exited = null;
    const exitPromise = new Promise((r) => child.once('exit', (code, sig) => { exited = { code, sig }; r(exited); }));
    const killGroup = (sig) => { try { process.kill(-child.pid, sig); } catch { /* gone */ } };

    const stop = async () => {
      untrack();
      if (!exited) {
        killGroup('SIGTERM');
        const done = await Promise.race([exitPromise, delay(5000, 'timeout')]);
        if (done === 'timeout') killGroup('SIGKILL');
      }
      // Children (extension host) may outlive the server in the group; make sure.
      killGroup('SIGKILL');
      out.end();
      if (!process.env.WEEKLY_REVIEW_KEEP_TMP) rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    };
    stop.sync = () => killGroup('SIGKILL');
    const untrack = track(stop);

    const url = `http://127.0.0.1:${port}/`;
    try {
      await waitFor(async () => {
        if (exited) throw new Error(`VS Code server exited early (code ${exited.code ?? exited.sig})`);
        return (await httpStatus(url)) > 0;
      }, { timeoutMs: startTimeoutMs, what: `VS Code server on ${url}` });
    } catch (err) {
      lastError = err;
      const addrInUse = /EADDRINUSE/.test(tail(logPath, 20));
      const logText = tail(logPath, 40);
      if (!addrInUse || attempt === 3) {
        await stop().catch(() => {});
        throw new Error(`${err.message}\n--- server log (${logPath}) ---\n${logText}`);
      }
      untrack();
      killGroup('SIGKILL');
      out.end();
      continue;
    }
    return {
      port, url, logPath, root, userDataDir, serverDataDir, extensionsDir, settingsFile,
      extensionPath, workspacePath, process: child,
      get exited() { return exited; },
      /** vscode-remote URI for an absolute path on this server. */
      remoteUri: (absPath) => `vscode-remote://127.0.0.1:${port}${encodeURI(path.resolve(absPath))}`,
      stop,
    };
  }
  throw lastError;
}

// ---------------------------------------------------------------------------
// Browser / workbench

/**
 * Opens the workbench for `folder` in headless Chromium.
 * @param {object} o
 * @param {Awaited<ReturnType<typeof startServer>>} o.server
 * @param {string} [o.folder] absolute path on the server
 * @param {Array<[string,string]>} [o.payload] workbench payload, e.g. extensionDevelopmentPath
 * @param {string} [o.colorTheme] e.g. 'Default Light Modern'; written to user settings before load
 * @param {{width:number,height:number}} [o.viewport]
 * @param {boolean} [o.headless]
 * @param {(page: import('playwright-core').Page) => Promise<void>} [o.beforeNavigate] e.g. exposeFunction('codeAutomationExit'), which must exist before the workbench loads
 */
export async function openWorkbench({ server, folder, payload, colorTheme, viewport = { width: 1400, height: 900 }, headless = true, beforeNavigate }) {
  if (colorTheme) {
    // Settings are read at workbench load, so patch the file before navigating.
    const s = JSON.parse(readFileSync(server.settingsFile, 'utf8'));
    s['workbench.colorTheme'] = colorTheme;
    writeFileSync(server.settingsFile, JSON.stringify(s, null, 2));
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless,
    // Playwright's own signal handlers would race ours; the registry closes it.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    // No userDataDir given: playwright creates a fresh temporary profile.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
  });
  const close = async () => { untrack(); await browser.close().catch(() => {}); };
  close.sync = () => { try { browser.process?.()?.kill('SIGKILL'); } catch { /* gone */ } };
  const untrack = track(close);
  try {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    // Extension-host console output (Mocha's reporter, console.log in the
    // extension) is forwarded to the browser console, not the server log.
    const consoleLog = [];
    page.on('console', (m) => {
      consoleLog.push(`[${m.type()}] ${m.text()}`);
      if (consoleLog.length > 500) consoleLog.shift();
      if (process.env.WEEKLY_REVIEW_VERBOSE) console.error(`[browser ${m.type()}] ${m.text()}`);
    });
    // skipWelcome/skipReleaseNotes keep editors from stealing keyboard focus.
    const fullPayload = [['skipWelcome', 'true'], ['skipReleaseNotes', 'true'], ...(payload ?? [])];
    const query = [`payload=${encodeURIComponent(JSON.stringify(fullPayload))}`];
    if (beforeNavigate) await beforeNavigate(page);
    if (folder) query.unshift(`folder=${encodeURIComponent(path.resolve(folder))}`);
    await page.goto(`${server.url}?${query.join('&')}`, { waitUntil: 'domcontentloaded' });
    return { browser, context, page, consoleLog, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Resolves when the workbench has restored: the shell is rendered and the
 * Problems status item (contributed only after the restore phase) is shown.
 * Extension contributions may still be arriving; runCommandFromPalette and
 * findWebviewFrame poll for what they need.
 */
export async function waitForWorkbench(page, { timeoutMs = 60_000 } = {}) {
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.statusbar [id="status.problems"]').waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Closes every open editor (e.g. a Welcome page that would own keyboard focus). */
export async function closeAllEditors(page) {
  await runCommandFromPalette(page, 'View: Close All Editors').catch(() => {});
}

/**
 * Runs a command by its palette title: F1 (Ctrl+Shift+P as fallback), type,
 * Enter. Retries until `timeoutMs` because an extension's commands only show
 * up once the extension host has registered its contributions, and the
 * palette's list is fixed when it opens.
 */
export async function runCommandFromPalette(page, title, { timeoutMs = 15_000 } = {}) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const rows = page.locator('.quick-input-widget .monaco-list-row');
  const exact = rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRe(title)}\\s*$`) }) });
  const deadline = Date.now() + timeoutMs;
  let seen = [];
  while (Date.now() < deadline) {
    await openPalette(page, input);
    await input.fill(`>${title}`);
    try {
      await exact.first().waitFor({ state: 'visible', timeout: Math.min(3000, Math.max(1, deadline - Date.now())) });
    } catch {
      seen = await rows.allInnerTexts().catch(() => []);
      await page.keyboard.press('Escape');
      continue;
    }
    // Enter runs the focused (first) row; click when the exact match ranks lower.
    const first = rows.first();
    if (await first.evaluate((el, cls) => el.classList.contains(cls), 'focused').catch(() => false)
        && (await exact.first().textContent()) === (await first.textContent())) {
      await page.keyboard.press('Enter');
    } else {
      await exact.first().click();
    }
    await input.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    return;
  }
  throw new Error(`command "${title}" not found in the palette within ${timeoutMs} ms; saw: ${seen.slice(0, 5).join(' | ') || '(nothing)'}`);
}

async function openPalette(page, input) {
  for (const key of ['F1', 'Control+Shift+P']) {
    await page.keyboard.press(key);
    try {
      await input.waitFor({ state: 'visible', timeout: 3000 });
      return;
    } catch { /* try the other binding */ }
  }
  throw new Error('command palette did not open (keyboard focus stuck inside a webview or dialog?)');
}

function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

/**
 * Finds the frame (webview content lives two iframes deep) matching
 * `predicate`: a CSS selector that must exist in the frame, or an async
 * function (frame) => boolean. Polls until found or timeout.
 */
export async function findWebviewFrame(page, predicate, { timeoutMs = 20_000 } = {}) {
  const test = typeof predicate === 'string'
    ? async (f) => (await f.$(predicate).catch(() => null)) !== null
    : predicate;
  return waitFor(async () => {
    for (const f of page.frames()) {
      if (f === page.mainFrame() || f.isDetached()) continue;
      if (await test(f).catch(() => false)) return f;
    }
    return null;
  }, { timeoutMs, what: `a webview frame matching ${typeof predicate === 'string' ? predicate : 'predicate'}` });
}
