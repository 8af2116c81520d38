#!/usr/bin/env node
// The browser extension-host layer (issue 20): the extension's `browser`
// bundle (dist/web/extension.js) in VS Code's web-worker extension host,
// offline, in the code-server build the other layers provision. The workbench
// is opened with extensionDevelopmentKind=web, so the worker, not Node, runs
// the extension, and with test/web/suite.ts as extensionTestsPath; when the
// suite ends, the workbench calls the page's codeAutomationExit(code) (the
// protocol @vscode/test-web uses). The suite's `[web-test]` console lines
// name each test. The oracle is the CLI: `check --format json` on
// examples/2026-W47.md, written into the throw-away workspace first.
//
//   node test/web/run.mjs [--timeout-ms 180000]     (after node scripts/build.mjs)
//
// Ends with `N passed, N failed`; exits 1 on any failure or when no test ran.
/* global document -- used inside a frame.evaluate callback, which runs in the browser */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { cleanupAll, ensureProvisioned, findWebviewFrame, openWorkbench, repoRoot, startServer } from '../runner/vscodeServer.mjs';

const { values: args } = parseArgs({ options: { 'timeout-ms': { type: 'string', default: '180000' } } });
const timeoutMs = Number(args['timeout-ms']);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'wr-web-'));
const log = (msg) => console.error(`[web] ${msg}`);

/** The workspace: the example review and the CLI's findings for it (file names relative, as the suite reads them). */
function prepareWorkspace() {
  const ws = path.join(scratch, 'workspace');
  mkdirSync(path.join(ws, 'expected'), { recursive: true });
  copyFileSync(path.join(repoRoot, 'examples', '2026-W47.md'), path.join(ws, '2026-W47.md'));
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', '2026-W47.md'], { cwd: ws, encoding: 'utf8' });
  JSON.parse(r.stdout); // `check` exits 1 on warnings; only missing JSON is fatal.
  writeFileSync(path.join(ws, 'expected', '2026-W47.check.json'), r.stdout);
  return ws;
}

/**
 * The suite as one CommonJS file the web worker can load: no Node, `vscode`
 * from the host. It must sit inside the extension's folder: the workbench
 * runs a test file in the extension host of the extension that contains it.
 */
async function buildSuite() {
  const outfile = path.join(repoRoot, 'out', 'test', 'web', 'suite.js');
  await esbuild.build({ entryPoints: [path.join(repoRoot, 'test', 'web', 'suite.ts')], outfile, bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], logLevel: 'warning' });
  return outfile;
}

async function main() {
  if (!existsSync(path.join(repoRoot, 'dist', 'web', 'extension.js'))) throw new Error('dist/web/extension.js is missing: run node scripts/build.mjs');
  const serverMain = ensureProvisioned();
  const ws = prepareWorkspace();
  const suite = await buildSuite();
  // extensionDevelopmentKind alone leaves an extension with both `main` and
  // `browser` in the remote (Node) host, which the workspace kind prefers;
  // this user setting moves it into the worker, as it would a user's.
  const userSettings = { 'remote.extensionKind': { 'weekly-review.weekly-review': ['web'] } };
  const server = await startServer({ serverMain, extensionPath: repoRoot, workspacePath: ws, userSettings });
  let exit;
  const exited = new Promise((resolve) => { exit = resolve; });
  const { page, consoleLog } = await openWorkbench({
    server,
    folder: ws,
    payload: [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionDevelopmentKind', 'web'],
      ['extensionTestsPath', server.remoteUri(suite)],
    ],
    beforeNavigate: (page) => page.exposeFunction('codeAutomationExit', (code) => exit(code)),
  });
  answerPanelQuestions(page, consoleLog, ws);
  let timer;
  const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const code = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  const lines = consoleLog.map((l) => /\[web-test\] (PASS|FAIL) .*/.exec(l)?.[0]).filter(Boolean);
  for (const line of lines) console.log(line.replace('[web-test] ', ''));
  const passed = lines.filter((l) => l.includes('] PASS ')).length;
  const failed = lines.filter((l) => l.includes('] FAIL ')).length;
  if (code !== 0 || failed > 0 || passed === 0) {
    log(code === 'timeout' ? `no codeAutomationExit within ${timeoutMs} ms` : `codeAutomationExit(${code})`);
    log(`browser console (last 40 lines):\n${consoleLog.slice(-40).join('\n')}`);
    return { passed, failed: Math.max(failed, 1), code: 1 };
  }
  return { passed, failed, code: 0 };
}

/**
 * The suite's panel test asks (`[web-test] PANEL-OPEN`) what the summary
 * webview shows, which only the page can see: its head once the panel's
 * script has rendered, written to the workspace file the suite waits for.
 * Asked while the suite runs, since the workbench may tear the panel down
 * as soon as the suite ends.
 */
function answerPanelQuestions(page, consoleLog, ws) {
  let asked = false;
  const reply = async () => {
    if (asked) return;
    asked = true;
    let head = null;
    try {
      const frame = await findWebviewFrame(page, async (f) => ((await f.$eval('#app .head .sub', (el) => el.textContent).catch(() => '')) ?? '').includes('2026-W47.md'), { timeoutMs: 45_000 });
      head = await frame.$eval('#app .head .sub', (el) => el.textContent);
    } catch (error) {
      // What each frame holds, to tell a panel that never loaded from one whose script did not run.
      for (const f of page.frames()) log(`frame ${f.url().slice(0, 120)}: ${await f.evaluate(() => document.body?.innerHTML?.slice(0, 200)).catch((e) => `unreadable (${e.message})`)}`);
      log(error.message);
    }
    const file = path.join(ws, 'panel-seen.json');
    writeFileSync(`${file}.tmp`, JSON.stringify({ head }));
    renameSync(`${file}.tmp`, file);
  };
  page.on('console', (m) => { if (m.text().includes('[web-test] PANEL-OPEN')) void reply(); });
  if (consoleLog.some((l) => l.includes('[web-test] PANEL-OPEN'))) void reply();
}

let outcome = { passed: 0, failed: 0, code: 1 };
try {
  outcome = await main();
} catch (err) {
  log(err.stack || String(err));
} finally {
  await cleanupAll();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
process.exit(outcome.code);
