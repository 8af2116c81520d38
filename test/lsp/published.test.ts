// The server's record of each document's last published list
// (src/lsp/published.ts): a list equal to the one sent is not sent again,
// an empty one always is, and a document opened again gets its list whatever
// was sent before.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReviewDiagnostic } from '../../src/core';
import { PublishedDiagnostics } from '../../src/lsp/published';

const finding = (line: number, message = 'Low value: no outcome stated'): ReviewDiagnostic => ({ ruleId: 'low-value-item', severity: 'warning', message, range: { start: { line, column: 3 }, end: { line, column: 40 } }, url: 'https://example.com/#low-value-item' });
const URI = 'file:///r/2026-W47.md';

describe('published diagnostics', () => {
  it('gives nothing to send for the list last sent, by the same findings or equal ones', () => {
    const published = new PublishedDiagnostics({ codeDescription: false });
    const first = [finding(2), finding(5), finding(9)];
    const sent = published.convert(URI, first);
    assert.equal(sent?.length, 3);
    assert.equal(published.convert(URI, first.slice()), undefined);
    // Equal findings made afresh (workspace findings are): the same list.
    assert.equal(published.convert(URI, [finding(2), finding(5), finding(9)]), undefined);
    // Another document's record is its own.
    assert.equal(published.convert('file:///r/2026-W48.md', first)?.length, 3);
  });

  it('sends a changed list, keeping the unchanged diagnostics the very objects sent before', () => {
    const published = new PublishedDiagnostics({ codeDescription: false });
    const sent = published.convert(URI, [finding(2), finding(5), finding(9)]) ?? [];
    const moved = published.convert(URI, [finding(2), finding(5, 'Low value: no outcome stated, again'), finding(9)]) ?? [];
    assert.deepEqual(moved.map((d) => d.message), ['Low value: no outcome stated', 'Low value: no outcome stated, again', 'Low value: no outcome stated']);
    assert.equal(moved[0], sent[0]);
    assert.notEqual(moved[1], sent[1]);
    assert.equal(moved[2], sent[2]);
    // Back to the first list: it is not the one sent last, so it goes out.
    assert.equal(published.convert(URI, [finding(2), finding(5), finding(9)])?.length, 3);
    // A finding fewer, a finding more.
    assert.equal(published.convert(URI, [finding(2), finding(5)])?.length, 2);
    assert.equal(published.convert(URI, [finding(2), finding(5), finding(7)])?.length, 3);
  });

  it('always sends an empty list, and the next list after `forget` whatever it is', () => {
    const published = new PublishedDiagnostics({ codeDescription: false });
    assert.deepEqual(published.convert(URI, []), []);
    assert.deepEqual(published.convert(URI, []), []);
    const list = [finding(2)];
    assert.equal(published.convert(URI, list)?.length, 1);
    assert.equal(published.convert(URI, list), undefined);
    published.forget(URI);
    assert.equal(published.convert(URI, list)?.length, 1);
    assert.equal(published.convert(URI, list), undefined);
  });
});
