// The README is the first page a new user reads (issue 22): it stays short
// (under 25 KB; the details live in docs/), and every link in it that points
// inside the repository leads somewhere.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replaceAll(' ', '-');
}

describe('the README', () => {
  it('is under 25 KB', () => {
    assert.ok(Buffer.byteLength(readme) < 25_000, `README.md is ${Buffer.byteLength(readme)} bytes; move details into docs/`);
  });

  it('links only to its own headings and to files that exist', () => {
    const anchors = new Set([...readme.matchAll(/^#+ (.+)$/gmu)].map((match) => anchorOf(match[1] as string)));
    const missingAnchors = [...readme.matchAll(/\]\(#([^)]+)\)/gu)].map((match) => match[1] as string).filter((anchor) => !anchors.has(anchor));
    const missingFiles = [...readme.matchAll(/\]\(((?:docs|examples|media|schemas)\/[^)#\s]+)/gu)].map((match) => match[1] as string).filter((file) => !existsSync(path.join(root, file)));
    assert.deepEqual([missingAnchors, missingFiles], [[], []]);
  });
});
