// Standard input and output as the server's transport, answering what the
// protocol library would only log: a message that is not JSON gets a Parse
// error response (JSON-RPC's -32700, id null), and one that is neither a
// request, a notification nor a response gets Invalid Request (-32600) with
// its id. The server reads on after either; nothing crashes it. Frames are
// read by framing.ts, which also finds its feet after a broken header.
//
// Messages are written by the encoder of encode.ts (ASCII JSON, a
// document's diagnostics spliced into the bytes of its last list): the
// header and the message's chunks go out corked, as one write of the bytes
// where they lie.

import type { Writable } from 'node:stream';
import { AbstractMessageWriter, ErrorCodes, type DataCallback, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';
import { MessageEncoder } from './encode';
import { FramedMessageReader } from './framing';

function isValid(message: Message): boolean {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const candidate = message as { method?: unknown; id?: unknown; result?: unknown; error?: unknown };
  if (typeof candidate.method === 'string') return true;
  return candidate.id !== undefined && ('result' in candidate || 'error' in candidate);
}

function reply(writer: MessageWriter, id: unknown, code: number, message: string): void {
  void writer.write({ jsonrpc: '2.0', id: typeof id === 'number' || typeof id === 'string' ? id : null, error: { code, message } } as Message);
}

/** Writes each message as `Content-Length` framed bytes, in the order `write` was called. */
export class SplicingMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private readonly encoder = new MessageEncoder();
  private errors = 0;

  constructor(private readonly output: Writable) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let encoded: ReturnType<MessageEncoder['encode']>;
    try {
      encoded = this.encoder.encode(message);
    } catch (error) {
      this.fireError(error, message, ++this.errors);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return new Promise((resolve, reject) => {
      const written = (error?: Error | null): void => {
        encoded.done();
        if (!error) return resolve();
        this.fireError(error, message, ++this.errors);
        reject(error);
      };
      this.output.cork();
      this.output.write(`Content-Length: ${encoded.length}\r\n\r\n`, 'ascii');
      encoded.chunks.forEach((chunk, i) => this.output.write(chunk, i === encoded.chunks.length - 1 ? written : undefined));
      this.output.uncork();
    });
  }

  end(): void {
    this.output.end();
  }
}

export function stdioTransport(input: NodeJS.ReadableStream, output: Writable): { reader: MessageReader; writer: MessageWriter } {
  const inner = new FramedMessageReader(input);
  const writer = new SplicingMessageWriter(output);
  inner.onError((error) => reply(writer, null, ErrorCodes.ParseError, `Parse error: ${error.message.split('\n')[0] ?? 'not a JSON-RPC message'}`));
  const reader: MessageReader = {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    listen(callback: DataCallback) {
      return inner.listen((message) => {
        if (isValid(message)) callback(message);
        else reply(writer, (message as { id?: unknown } | null)?.id, ErrorCodes.InvalidRequest, 'Invalid Request: a message needs a method (request, notification) or a result or error (response).');
      });
    },
    dispose: () => inner.dispose(),
  };
  return { reader, writer };
}
