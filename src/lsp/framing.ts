// Reads `Content-Length` framed messages from standard input, in linear time
// and bounded memory, and finds its feet again after a broken frame.
//
// Why not vscode-jsonrpc's StreamMessageReader: after one header without a
// valid Content-Length it never reads another message (the body left in its
// buffer is taken for the next header, forever), so a client's single bad
// frame made the server deaf; it buffered a body of any declared length (a
// `Content-Length: 9999999999999` then 400 MB of body took 490 MB); and it
// searched the whole buffer for a header's end on every chunk (quadratic in
// a header that does not end). Here a header is at most 8 KB, a body at most
// 64 MB (one that says it is longer is skipped byte by byte as it arrives,
// which keeps the stream in step), and after a broken header the reader
// skips to the next `Content-Length:`. Each problem is a reader error, which
// transport.ts answers with JSON-RPC's Parse error.

import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';

/** A header longer than this is not one (clients send about 30 bytes). */
export const MAX_HEADER_BYTES = 8 * 1024;
/** A review holds at most 16 MB of text: at most 48 MB as JSON's UTF-8, plus the message around it. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n');
/** How a header's Content-Length is written: as the protocol spells it, or in lower case. */
const CONTENT_LENGTHS = [Buffer.from('Content-Length:'), Buffer.from('content-length:')];
const CONTENT_LENGTH_BYTES = 15;
const LENGTH = /^[0-9]{1,15}$/;

/** The body length a header declares, or why it declares none. */
export function declaredLength(header: string): number | string {
  let length: number | string = 'the header has no Content-Length';
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    length = LENGTH.test(value) ? Number(value) : `Content-Length must be a number of bytes, not "${value.slice(0, 40)}"`;
  }
  return length;
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

export class FramedMessageReader extends AbstractMessageReader implements MessageReader {
  /** Bytes of a header not yet complete (at most MAX_HEADER_BYTES plus one chunk). */
  private head: Buffer = Buffer.alloc(0);
  /** How much of `head` was searched for the header's end. */
  private searched = 0;
  /** The body being read: its declared length (-1 while reading a header) and its chunks so far. */
  private bodyLength = -1;
  private body: Buffer[] = [];
  private bodyBytes = 0;
  /** Bytes still to drop: the rest of a body longer than MAX_MESSAGE_BYTES. */
  private skipping = 0;
  /** After a broken header: input is dropped up to the next `Content-Length:`. */
  private lost = false;
  private callback: DataCallback | undefined;

  constructor(private readonly input: NodeJS.ReadableStream) {
    super();
  }

  /** Bytes held for a header or body not yet complete (bounded: a header by MAX_HEADER_BYTES and one chunk, a body by MAX_MESSAGE_BYTES). */
  get heldBytes(): number {
    return this.head.length + this.bodyBytes;
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer | string) => this.read(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('close', onClose);
    return { dispose: () => {
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('close', onClose);
    } };
  }

  /** Takes one chunk of input: each step consumes part of it, until none is left. */
  private read(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0) rest = this.skipping > 0 ? this.skip(rest) : this.bodyLength >= 0 ? this.readBody(rest) : this.readHeader(rest);
  }

  private skip(data: Buffer): Buffer {
    const dropped = Math.min(this.skipping, data.length);
    this.skipping -= dropped;
    return data.subarray(dropped);
  }

  /** Adds `data` to the header; once it is complete, returns what follows it. */
  private readHeader(data: Buffer): Buffer {
    this.head = this.head.length === 0 ? data : Buffer.concat([this.head, data]);
    if (this.lost && !this.findNextHeader()) return Buffer.alloc(0);
    const end = this.head.indexOf(HEADER_END, Math.max(0, this.searched - (HEADER_END.length - 1)));
    if (end < 0) {
      this.searched = this.head.length;
      if (this.head.length > MAX_HEADER_BYTES) this.brokenHeader(`a header of more than ${MAX_HEADER_BYTES.toLocaleString('en-US')} bytes with no end`);
      return Buffer.alloc(0);
    }
    const rest = this.head.subarray(end + HEADER_END.length);
    const length = declaredLength(this.head.subarray(0, end).toString('latin1'));
    this.head = Buffer.alloc(0);
    this.searched = 0;
    if (typeof length === 'string') {
      this.brokenHeader(length);
      return rest;
    }
    if (length > MAX_MESSAGE_BYTES) {
      this.skipping = length;
      this.fireError(new Error(`a message of ${megabytes(length)}, more than the server reads (${megabytes(MAX_MESSAGE_BYTES)}), was skipped`));
      return rest;
    }
    this.bodyLength = length;
    return rest;
  }

  /** Reports a header that declares no body: what follows is dropped up to the next `Content-Length:`. */
  private brokenHeader(why: string): void {
    this.fireError(new Error(`${why}; the input up to the next Content-Length header was skipped`));
    this.lost = true;
    this.searched = 0;
    // The broken header itself is dropped: the next header starts after its first byte at the earliest.
    this.head = this.head.subarray(Math.min(1, this.head.length));
    this.findNextHeader();
  }

  /** Drops the head up to the next `Content-Length:`; false while there is none yet (a partial one is kept). */
  private findNextHeader(): boolean {
    const found = CONTENT_LENGTHS.map((name) => this.head.indexOf(name)).filter((at) => at >= 0);
    if (found.length === 0) {
      this.head = this.head.subarray(Math.max(0, this.head.length - (CONTENT_LENGTH_BYTES - 1)));
      return false;
    }
    const at = Math.min(...found);
    this.head = this.head.subarray(at);
    this.lost = false;
    return true;
  }

  private readBody(data: Buffer): Buffer {
    const wanted = this.bodyLength - this.bodyBytes;
    const part = data.subarray(0, wanted);
    this.body.push(part);
    this.bodyBytes += part.length;
    if (this.bodyBytes < this.bodyLength) return Buffer.alloc(0);
    const body = Buffer.concat(this.body, this.bodyBytes);
    this.body = [];
    this.bodyBytes = 0;
    this.bodyLength = -1;
    this.deliver(body);
    return data.subarray(part.length);
  }

  /** Decodes a body as UTF-8 (a malformed sequence reads as U+FFFD, as vscode-jsonrpc reads it) and hands on its JSON. */
  private deliver(body: Buffer): void {
    let message: Message;
    try {
      message = JSON.parse(new TextDecoder('utf-8').decode(body)) as Message;
    } catch (error) {
      this.fireError(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    try {
      this.callback?.(message);
    } catch (error) {
      // A handler's exception must not escape into the stream's 'data' event, which would end the process.
      this.fireError(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
