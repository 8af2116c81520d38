// Hostile input 11: document URIs the language server cannot make a local
// path of. `file://server/share/2026-W46.md` (a Windows share, sent to a
// server on Linux or macOS), an encoded slash (`file:///a%2f2026-W46.md`) or a
// malformed escape (`%E0%A4%A`, in a file or a vscode-vfs URI) made Node's
// fileURLToPath or decodeURIComponent throw in every handler: the server
// printed a stack trace per notification and never checked the document,
// and its hover, code actions and `weeklyReview.summary` failed with Node's
// message. Such a URI is now a foreign path (no file on disk has it), and
// the document is checked like any other.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathOfUri, uriOfPath } from '../../../src/lsp/paths';

describe('URIs that name no local file (hostile input 11)', () => {
  it('become foreign paths, with their path as written, instead of throwing', () => {
    const paths = ['file://server/share/2026-W46.md', 'file:///a%2f2026-W46.md', 'file:///w/%E0%A4%A-2026-W46.md', 'vscode-vfs://github/%E0%A4%A/2026-W46.md', 'vscode-vfs://github/o/r/%E2%82%AC%2F%E0%A4-2026-W46.md', 'http://x/%'].map(pathOfUri);
    assert.deepEqual(paths, [
      '/::file::server/share/2026-W46.md',
      '/::file::/a%2f2026-W46.md',
      '/::file::/w/%E0%A4%A-2026-W46.md',
      '/::vscode-vfs::github/%E0%A4%A/2026-W46.md',
      '/::vscode-vfs::github/o/r/%E2%82%AC%2F%E0%A4-2026-W46.md',
      '/::http::x/%',
    ]);
  });

  it('well-formed URIs read as before', () => {
    assert.equal(pathOfUri('file:///w/r%C3%A9views/2026-W46.md'), '/w/réviews/2026-W46.md');
    assert.equal(pathOfUri('vscode-vfs://github/o/r%20x/%E2%82%AC-2026-W46.md'), '/::vscode-vfs::github/o/r x/€-2026-W46.md');
    assert.equal(uriOfPath(pathOfUri('file://server/share/2026-W46.md')), 'file://server/share/2026-W46.md');
  });
});
