// The server's message encoder (src/lsp/encode.ts): every message is the
// JSON of JSON.stringify with non-ASCII characters as \u escapes, and a
// publish whose diagnostics are spliced into the bytes of the document's last
// list is still exactly that, whatever the edits, the documents and the
// writes still reading a buffer, and for both shapes of a diagnostic (with
// the rule's link for a client that takes it, without for one that does not).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import type { ReviewDiagnostic } from '../../src/core';
import { PublishedDiagnostic, toDiagnostic } from '../../src/lsp/convert';
import { asciiJson, encodeMessage, MessageEncoder } from '../../src/lsp/encode';

const diagnostic = (line: number, message: string) => ({ range: { start: { line, character: 2 }, end: { line, character: 9 } }, severity: 2, code: 'low-value-item', source: 'weekly-review', message });
const publish = (uri: string, diagnostics: object[], version?: number) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, ...(version !== undefined ? { version } : {}), diagnostics } }) as Message;

describe('the server message encoder', () => {
  it('writes JSON.stringify\'s text, with every character beyond ASCII as a \\u escape', () => {
    const message = publish('file:///r/2026-W47.md', [diagnostic(1, 'Low value: “x”, \\ "quoted"\n — 😀 \u2028')], 3);
    const text = encodeMessage(new MessageEncoder(), message);
    assert.equal(text, JSON.stringify(message).replace('“', '\\u201c').replace('”', '\\u201d').replace('—', '\\u2014').replace('😀', '\\ud83d\\ude00').replace('\u2028', '\\u2028'));
    assert.deepEqual(JSON.parse(text), message);
    const plain = publish('file:///r/a%20b.md', [diagnostic(1, 'plain')]);
    assert.equal(encodeMessage(new MessageEncoder(), plain), JSON.stringify(plain));
  });

  it('writes a converted diagnostic from its template, exactly JSON.stringify\'s text, with the link and without', () => {
    const finding: ReviewDiagnostic = { ruleId: 'low-value-item', severity: 'warning', message: 'Low value: “tweaked”, no outcome stated', range: { start: { line: 13, column: 7 }, end: { line: 13, column: 50 } }, url: 'https://github.com/weekly-review/weekly-review/blob/main/README.md#low-value-item' };
    const range = '{"start":{"line":12,"character":6},"end":{"line":12,"character":49}}';
    const withLink = new PublishedDiagnostic(finding, { codeDescription: true });
    const without = new PublishedDiagnostic(finding, { codeDescription: false });
    assert.deepEqual(Object.keys(withLink), ['range', 'severity', 'code', 'codeDescription', 'source', 'message']);
    assert.deepEqual(Object.keys(without), ['range', 'severity', 'code', 'source', 'message']);
    const expected = [
      `{"range":${range},"severity":2,"code":"low-value-item","codeDescription":{"href":"https://github.com/weekly-review/weekly-review/blob/main/README.md#low-value-item"},"source":"weekly-review","message":"Low value: \\u201ctweaked\\u201d, no outcome stated"}`,
      `{"range":${range},"severity":2,"code":"low-value-item","source":"weekly-review","message":"Low value: \\u201ctweaked\\u201d, no outcome stated"}`,
    ];
    for (const [i, item] of [withLink, without].entries()) {
      const message = publish('file:///r/2026-W47.md', [item], 2);
      const text = encodeMessage(new MessageEncoder(), message);
      assert.equal(text, asciiJson(message));
      assert.equal(text, `{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///r/2026-W47.md","version":2,"diagnostics":[${expected[i] ?? ''}]}}`);
    }
  });

  it('writes any other message the same way', () => {
    const response = { jsonrpc: '2.0', id: 4, result: { contents: { kind: 'markdown', value: '**x** — y' } } } as Message;
    assert.equal(encodeMessage(new MessageEncoder(), response), JSON.stringify(response).replace('—', '\\u2014'));
    const odd = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///r.md', diagnostics: [diagnostic(0, 'a')], extra: 1 } } as Message;
    assert.equal(encodeMessage(new MessageEncoder(), odd), JSON.stringify(odd));
  });

  it('splices a document\'s lists into exactly their JSON, over any edits, documents and pending writes', () => {
    // A pool of diagnostics, so that lists share objects as the server's do: half made by the server's
    // converter (written from a template), half plain objects (written by JSON.stringify).
    const finding = (i: number): ReviewDiagnostic => ({ ruleId: 'low-value-item', severity: i % 2 === 0 ? 'warning' : 'hint', message: `finding ${i}${i % 3 === 0 ? ' “quoted” \\ "x"\n\u0001 😀' : ''}`, range: { start: { line: i + 1, column: 3 }, end: { line: i + 2, column: 1 } }, url: 'https://example.com/#low-value-item' });
    // Of the converter's, half carry the link (a client with codeDescriptionSupport) and half not.
    const converted = (i: number) => toDiagnostic(finding(i), { codeDescription: i % 4 === 0 });
    const pool: object[] = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? converted(i) : diagnostic(i, `finding ${i}${i % 3 === 0 ? ' “quoted”' : ''}`)));
    const copy = (i: number) => (i % 2 === 0 ? converted(i) : { ...pool[i] });
    const edit = fc.record({
      uri: fc.constantFrom('file:///a.md', 'file:///b.md'),
      at: fc.nat(60),
      remove: fc.nat(8),
      insert: fc.oneof(fc.constant<number[]>([]), fc.array(fc.nat(pool.length - 1), { maxLength: 12 })),
      fresh: fc.boolean(),
      pending: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
      const encoder = new MessageEncoder();
      const lists = new Map<string, object[]>();
      const pendingWrites: (() => void)[] = [];
      edits.forEach((step, version) => {
        const list = [...(lists.get(step.uri) ?? [])];
        const inserted = step.insert.map((i) => (step.fresh ? copy(i) : pool[i] as object));
        list.splice(Math.min(step.at, list.length), step.remove, ...inserted);
        lists.set(step.uri, list);
        const message = publish(step.uri, list, version);
        const encoded = encoder.encode(message);
        assert.equal(Buffer.concat(encoded.chunks).toString('latin1'), asciiJson(message));
        assert.equal(encoded.length, Buffer.concat(encoded.chunks).length);
        if (step.pending) pendingWrites.push(encoded.done);
        else encoded.done();
        // A write finishing later frees its buffer for the next splice.
        if (pendingWrites.length > 2) pendingWrites.shift()?.();
      });
    }), { numRuns: 500 });
  });
});
