// The server's message encoder (src/lsp/transport.ts) writes exactly what
// JSON.stringify writes, for diagnostics it encodes afresh and for the ones it
// encoded before, and for any other message.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage } from '../../src/lsp/transport';

describe('the server message encoder', () => {
  const diagnostic = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } }, severity: 2, code: 'low-value-item', source: 'weekly-review', message: 'Low value: “x”, \\ "quoted"\n' };

  it('encodes publishDiagnostics as JSON.stringify does, the first time and from its memory', () => {
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///r/2026-W47.md', version: 3, diagnostics: [diagnostic, { ...diagnostic, code: 'uncategorized' }] } } as Message;
    assert.equal(encodeMessage(message), JSON.stringify(message));
    assert.equal(encodeMessage(message), JSON.stringify(message));
    const unversioned = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///r/a b.md', diagnostics: [] } } as Message;
    assert.equal(encodeMessage(unversioned), JSON.stringify(unversioned));
  });

  it('encodes any other message with JSON.stringify', () => {
    const response = { jsonrpc: '2.0', id: 4, result: { contents: { kind: 'markdown', value: '**x**' } } } as Message;
    assert.equal(encodeMessage(response), JSON.stringify(response));
  });
});
