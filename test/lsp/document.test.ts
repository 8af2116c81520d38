// The server's documents (src/lsp/document.ts) against the TextDocument of
// vscode-languageserver-textdocument they replace: over random texts (\n,
// \r\n, lone \r, characters beyond the BMP) and random changes (ranges
// reversed, past the end or negative; full-text changes; several in one
// event), the text, the line count, positions and offsets agree after every
// update, whether or not the text was asked for in between.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PIECEWISE_DOCUMENTS, PiecewiseTextDocument } from '../../src/lsp/document';

const text = fc.array(fc.constantFrom('a', 'bc', 'defghijklmnopqrstu', '\n', '\r\n', '\r', '—', '😀', ' '), { maxLength: 40 }).map((parts) => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 30 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), rangeLength: fc.nat(5), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);
const step = fc.record({ changes: fc.array(change, { minLength: 1, maxLength: 3 }), read: fc.boolean(), probes: fc.array(fc.tuple(fc.integer({ min: -2, max: 400 }), position, position), { maxLength: 4 }) });

function assertSame(ours: PiecewiseTextDocument, theirs: TextDocument, probes: [number, { line: number; character: number }, { line: number; character: number }][]): void {
  for (const [offset, a, b] of probes) {
    assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset));
    assert.equal(ours.offsetAt(a), theirs.offsetAt(a));
    assert.equal(ours.getText({ start: a, end: b }), theirs.getText({ start: a, end: b }));
    assert.deepEqual(ours.getLineRange(a.line), theirs.getLineRange(a.line));
    assert.equal(ours.getEOLCharacters(b.line), theirs.getEOLCharacters(b.line));
  }
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.equal(ours.version, theirs.version);
  assert.equal(ours.getText(), theirs.getText());
}

describe('the server\'s documents (pieces, text made when asked)', () => {
  it('agree with TextDocument on text, lines, positions and offsets over random updates', () => {
    fc.assert(fc.property(text, fc.array(step, { maxLength: 90 }), (initial, steps) => {
      const ours = PIECEWISE_DOCUMENTS.create('file:///r.md', 'markdown', 1, initial);
      let theirs = TextDocument.create('file:///r.md', 'markdown', 1, initial);
      steps.forEach(({ changes, read, probes }, i) => {
        // The same document, updated in place.
        assert.equal(PIECEWISE_DOCUMENTS.update(ours, changes, i + 2), ours);
        theirs = TextDocument.update(theirs, changes, i + 2);
        if (read) assert.equal(ours.getText(), theirs.getText());
        assertSame(ours, theirs, probes);
      });
    }), { numRuns: 400 });
  });

  it('keeps a keystroke from making the text: one edit adds pieces, asking for the text joins them', () => {
    const document = new PiecewiseTextDocument('file:///r.md', 'markdown', 1, 'line one\nline two\n');
    document.update([{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, text: 'X' }], 2);
    assert.deepEqual((document as unknown as { pieces: string[] }).pieces, ['line one\nline', 'X', ' two\n']);
    assert.equal(document.getText(), 'line one\nlineX two\n');
    assert.deepEqual((document as unknown as { pieces: string[] }).pieces, ['line one\nlineX two\n']);
  });

  it('joins its pieces past 64, and still agrees after 200 keystrokes with the text never asked for', () => {
    const initial = 'one — two\r\nthree\nfour 😀 five\n'.repeat(20);
    const ours = new PiecewiseTextDocument('file:///r.md', 'markdown', 1, initial);
    let theirs = TextDocument.create('file:///r.md', 'markdown', 1, initial);
    const pieces = () => (ours as unknown as { pieces: string[] }).pieces.length;
    let most = 0;
    for (let i = 0; i < 200; i++) {
      const at = { line: (i * 7) % 60, character: (i * 5) % 12 };
      const changes = [{ range: { start: at, end: i % 3 === 0 ? { line: at.line, character: at.character + 2 } : at }, text: i % 10 === 0 ? '\n' : 'x' }];
      ours.update(changes, i + 2);
      theirs = TextDocument.update(theirs, changes, i + 2);
      most = Math.max(most, pieces());
    }
    assert.equal(most, 64);
    assert.equal(ours.getText(), theirs.getText());
    assert.equal(ours.lineCount, theirs.lineCount);
  });

  it('rejects a change that is neither incremental nor full, as TextDocument does', () => {
    const document = new PiecewiseTextDocument('file:///r.md', 'markdown', 1, 'a');
    assert.throws(() => document.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, rangeLength: 'x' } as unknown as TextDocumentContentChangeEvent], 2), /Unknown change event received/);
  });
});
