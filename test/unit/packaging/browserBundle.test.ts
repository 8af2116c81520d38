// Issue 20: the browser bundle (package.json `browser`, run by vscode.dev and
// github.dev in a web worker) must hold no Node built-in and no `process`.
// The real web entry builds clean; a temporary entry that adds a Node import
// or a Node global to it makes the same build fail, naming what and where.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { buildBrowserBundle, isNodeBuiltin } from '../../../scripts/lib/browserBundle.mjs';

const dir = mkdtempSync(join(tmpdir(), 'weekly-review-web-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const webEntry = resolve('src/extension/web.ts');

/** A temporary entry: the real web entry plus `extra` source. */
function entryWith(name: string, extra: string): string {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, `export * from ${JSON.stringify(webEntry)};\n${extra}\n`);
  return file;
}

async function failure(entry: string): Promise<string> {
  const error = await buildBrowserBundle({ entry, outfile: join(dir, 'out', 'extension.js') }).then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof Error, 'the build should have failed');
  return error.message;
}

test('package.json points browser at the web bundle, and the package ships it', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { browser?: string; main?: string };
  assert.equal(manifest.browser, './dist/web/extension.js');
  assert.equal(manifest.main, './dist/extension.js');
  assert.ok(readFileSync('.vscodeignore', 'utf8').split('\n').includes('!dist/web/extension.js'));
});

test('the web entry builds for the browser with no Node built-in among its inputs', async () => {
  const result = await buildBrowserBundle({ outfile: join(dir, 'clean', 'extension.js') });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
  assert.deepEqual(imports.filter((path) => path !== 'vscode' && isNodeBuiltin(path)), []);
  const external = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
  assert.deepEqual([...new Set(external)], ['vscode']);
  assert.ok(Object.keys(result.metafile.inputs).includes('src/extension/summaryPanel.ts'));
  assert.ok(!Object.keys(result.metafile.inputs).includes('src/extension/platformNode.ts'));
});

test('adding a module that imports node:fs to the web entry fails the build, naming it', async () => {
  const entry = entryWith('withFs', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;");
  const message = await failure(entry);
  assert.match(message, /imports "node:fs", a Node built-in/);
  assert.ok(message.includes(entry), message);
});

test('a bare Node built-in (path) fails it too', async () => {
  assert.match(await failure(entryWith('withPath', "import { join } from 'path';\nexport const joined = join('a', 'b');")), /imports "path", a Node built-in/);
});

test('the Node side of the platform seam cannot reach the browser bundle', async () => {
  const message = await failure(entryWith('withNodePlatform', `export { nodePlatform } from ${JSON.stringify(resolve('src/extension/platformNode.ts'))};`));
  assert.match(message, /platformNode\.ts imports "node:fs\/promises"/);
});

test('a free reference to process fails the build, naming the module', async () => {
  const message = await failure(entryWith('withProcess', 'export const home = process.env.HOME;'));
  assert.match(message, /withProcess\.ts uses the global "process"/);
});

test('the DOM (document), which a web worker lacks, fails it too', async () => {
  assert.match(await failure(entryWith('withDocument', "export const made = () => document.createElement('i');")), /withDocument\.ts uses the global "document"/);
});

test('isNodeBuiltin knows node:, bare and sub-path built-ins, and leaves packages alone', () => {
  assert.deepEqual(
    ['node:fs', 'fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'vscode', 'yaml', 'unified', './fs'].map(isNodeBuiltin),
    [true, true, true, true, true, true, true, false, false, false, false],
  );
});
