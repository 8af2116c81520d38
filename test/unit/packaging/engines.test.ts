// Issue 22: `npm ci` must not open with EBADENGINE. Every locked package's
// `engines.node` admits Node 20.19 (the Node 20 line package.json's ">=20"
// promises, and the one @types/node pins), so CI can run with --engine-strict.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

// semver (npm's own range reader, already installed with npm's tools) has no types here.
const semver = createRequire(__filename)('semver') as { satisfies(version: string, range: string): boolean };

interface Locked {
  version?: string;
  engines?: { node?: string } | string[];
}

test('every locked package runs on Node 20 as package.json engines promise', () => {
  const own = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
  assert.equal(own.engines.node, '>=20');
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Locked> };
  const refused = Object.entries(lock.packages)
    .filter(([, entry]) => !Array.isArray(entry.engines) && entry.engines?.node !== undefined && !semver.satisfies('20.19.0', entry.engines.node))
    .map(([name, entry]) => `${name.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${(entry.engines as { node: string }).node}`);
  assert.deepEqual(refused, []);
});
