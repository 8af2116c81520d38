// Hostile input 7: the language server's framing (src/lsp/framing.ts). A
// broken header made vscode-jsonrpc's reader deaf for good, a huge
// Content-Length made it buffer without bound, and a header with no end was
// searched again from its start on every chunk. Each is now one Parse error,
// and the next message is read.

import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { FramedMessageReader, MAX_HEADER_BYTES, MAX_MESSAGE_BYTES } from '../../../src/lsp/framing';
import { stdioTransport } from '../../../src/lsp/transport';
import { assertLinear } from './timing';

const frame = (body: string | Buffer): Buffer => {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
};
const PING = '{"jsonrpc":"2.0","method":"ping","params":{}}';

/** A reader on a stream; what it delivered and the errors it raised, in order. */
function listening(): { input: PassThrough; reader: FramedMessageReader; events: string[] } {
  const input = new PassThrough();
  const reader = new FramedMessageReader(input);
  const events: string[] = [];
  reader.onError((error) => events.push(`error: ${error.message}`));
  reader.listen((message: Message) => events.push(`message: ${JSON.stringify(message)}`));
  return { input, reader, events };
}

describe('language server framing (hostile input 7)', () => {
  it('reads messages split at every byte and many in one chunk', () => {
    const { reader, events } = listening();
    const two = Buffer.concat([frame(PING), frame('{"jsonrpc":"2.0","id":1,"result":"é"}')]);
    for (const byte of two) (reader as unknown as { read(data: Buffer): void }).read(Buffer.from([byte]));
    (reader as unknown as { read(data: Buffer): void }).read(Buffer.concat([two, two]));
    assert.deepEqual(events, Array(3).fill([`message: ${PING}`, 'message: {"jsonrpc":"2.0","id":1,"result":"é"}']).flat());
  });

  it('after a header without a valid Content-Length, one error, and the next message is read', () => {
    for (const [header, why] of [
      ['X-Nothing: 1', 'the header has no Content-Length'],
      ['Content-Length: abc', 'Content-Length must be a number of bytes, not "abc"'],
      ['Content-Length: -5', 'Content-Length must be a number of bytes, not "-5"'],
      ['Content-Length: 1e3', 'Content-Length must be a number of bytes, not "1e3"'],
      ['content-length: x', 'Content-Length must be a number of bytes, not "x"'],
    ]) {
      const { input, events } = listening();
      const next = header.startsWith('content') ? Buffer.from(`content-length: ${PING.length}\r\n\r\n${PING}`) : frame(PING);
      input.write(Buffer.concat([Buffer.from(`${header}\r\n\r\n{"junk": [}`), next]));
      assert.deepEqual(events, [`error: ${why}; the input up to the next Content-Length header was skipped`, `message: ${PING}`], header);
    }
  });

  it('a body that is not JSON, or not UTF-8, is one error or read with U+FFFD, and the stream stays in step', () => {
    const { input, events } = listening();
    const notUtf8 = Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"x","params":"'), Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    input.write(Buffer.concat([frame('{"jsonrpc":'), frame(notUtf8), frame(PING)]));
    assert.equal(events.length, 3);
    assert.match(events[0] as string, /^error: /);
    assert.equal(events[1], `message: {"jsonrpc":"2.0","method":"x","params":"\ufffd\ufffd(\ufffd\ufffd\ufffd"}`);
    assert.equal(events[2], `message: ${PING}`);
  });

  it('a Content-Length past 64 MB is skipped as it arrives, never held, and the next message is read', () => {
    const { input, reader, events } = listening();
    const length = MAX_MESSAGE_BYTES + 5;
    input.write(Buffer.from(`Content-Length: ${length}\r\n\r\n`));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let most = 0;
    for (let sent = 0; sent < length; sent += chunk.length) {
      input.write(chunk.subarray(0, Math.min(chunk.length, length - sent)));
      most = Math.max(most, reader.heldBytes);
    }
    input.write(frame(PING));
    assert.equal(most, 0);
    assert.deepEqual(events, ['error: a message of 64 MB, more than the server reads (64 MB), was skipped', `message: ${PING}`]);
  });

  it('a header with no end holds at most 8 KB and one chunk, costs linear time, and the next message is read', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const bomb = (chunks: number) => {
      const { input, reader, events } = listening();
      let most = 0;
      for (let i = 0; i < chunks; i++) {
        input.write(chunk);
        most = Math.max(most, reader.heldBytes);
      }
      input.write(frame(PING));
      return { most, events };
    };
    const { most, events } = bomb(50);
    assert.ok(most <= MAX_HEADER_BYTES + chunk.length, String(most));
    assert.deepEqual(events, [`error: a header of more than 8,192 bytes with no end; the input up to the next Content-Length header was skipped`, `message: ${PING}`]);
    await assertLinear('header with no end', (n) => bomb(n), 20);
  });

  it('the transport answers a body of null or an array with Invalid Request, a broken header with Parse error, and reads on', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const { reader } = stdioTransport(input, output);
    const received: unknown[] = [];
    reader.listen((message) => received.push(message));
    let written = '';
    output.on('data', (data: Buffer) => (written += data.toString()));
    input.write(Buffer.concat([frame('null'), frame('[]'), frame(PING), Buffer.from('Content-Length: abc\r\n\r\n{}'), frame(PING)]));
    // The old reader decoded on promises: give it turns of the event loop, not time.
    for (let turn = 0; turn < 200 && received.length < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(received, [JSON.parse(PING), JSON.parse(PING)]);
    assert.equal(written.split('"code":-32600').length - 1, 2, written);
    assert.equal(written.split('"code":-32700').length - 1, 1, written);
  });
});
