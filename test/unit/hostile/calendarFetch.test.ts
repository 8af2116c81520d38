// Hostile input 11: a calendar address whose server never ends its answer
// (no Content-Length, chunks without end). The extension read the body with
// `response.arrayBuffer()` and checked its size after: the whole stream was
// held in memory until the 30 s timeout, gigabytes on a fast link, enough to
// take the extension host down. The body is read chunk by chunk and dropped
// past MAX_CALENDAR_BYTES, with the message a large Content-Length gets.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_CALENDAR_BYTES } from '../../../src/core';
import { bodyAtMost } from '../../../src/extension/boundedBody';

const TOO_LARGE = 'the calendar is larger than 50 MB, more than an import reads';
const MB = new Uint8Array(1024 * 1024).fill(65);

/** A response streaming `chunks` megabytes (Infinity: forever), counting those the reader pulled. */
function streaming(chunks: number, headers: Record<string, string> = {}): { response: Response; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(MB);
    },
  }, { highWaterMark: 0 });
  return { response: new Response(body, { headers }), pulled: () => pulled };
}

describe('a calendar address that never ends its answer (hostile input 11)', () => {
  it(`stops reading past ${MAX_CALENDAR_BYTES / 1024 / 1024} MB, with the size message`, async () => {
    const endless = streaming(Infinity);
    await assert.rejects(bodyAtMost(endless.response, MAX_CALENDAR_BYTES, TOO_LARGE), new Error(TOO_LARGE));
    assert.equal(endless.pulled(), MAX_CALENDAR_BYTES / MB.length + 1);
  });

  it('reads a body up to the limit whole, and refuses a declared length over it before reading', async () => {
    const three = streaming(3);
    assert.equal((await bodyAtMost(three.response, MAX_CALENDAR_BYTES, TOO_LARGE)).byteLength, 3 * MB.length);
    const declared = streaming(3, { 'content-length': String(MAX_CALENDAR_BYTES + 1) });
    await assert.rejects(bodyAtMost(declared.response, MAX_CALENDAR_BYTES, TOO_LARGE), new Error(TOO_LARGE));
    assert.equal(declared.pulled(), 0);
  });
});
