// Standard input and output as the server's transport, answering what the
// protocol library would only log: a message that is not JSON gets a Parse
// error response (JSON-RPC's -32700, id null), and one that is neither a
// request, a notification nor a response gets Invalid Request (-32600) with
// its id. The server reads on after either; nothing crashes it.
//
// Diagnostics are encoded a finding at a time, each kept as UTF-8 JSON while
// its object lives: a keystroke in a 1 MB review re-publishes its 7,000 findings,
// and all but the edited section's are the very same objects as before
// (server.ts converts each engine finding once), so only those are encoded
// again. The message is byte for byte what JSON.stringify would write.

import { ErrorCodes, StreamMessageReader, StreamMessageWriter, type ContentTypeEncoder, type DataCallback, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

function isValid(message: Message): boolean {
  const candidate = message as { method?: unknown; id?: unknown; result?: unknown; error?: unknown };
  if (typeof candidate.method === 'string') return true;
  return candidate.id !== undefined && ('result' in candidate || 'error' in candidate);
}

function reply(writer: MessageWriter, id: unknown, code: number, message: string): void {
  void writer.write({ jsonrpc: '2.0', id: typeof id === 'number' || typeof id === 'string' ? id : null, error: { code, message } } as Message);
}

const encoded = new WeakMap<object, Buffer>();
const COMMA = Buffer.from(',');

function encodeOnce(value: object): Buffer {
  let bytes = encoded.get(value);
  if (bytes === undefined) encoded.set(value, (bytes = Buffer.from(JSON.stringify(value), 'utf8')));
  return bytes;
}

function diagnosticsOf(message: Message): { uri: string; version?: number; diagnostics: object[] } | undefined {
  const notification = message as { method?: string; params?: { uri: string; version?: number; diagnostics: object[] } };
  if (notification.method !== 'textDocument/publishDiagnostics' || !notification.params || !Array.isArray(notification.params.diagnostics)) return undefined;
  return notification.params;
}

/**
 * A message as UTF-8 JSON; a publishDiagnostics message is joined from the
 * bytes of each diagnostic, kept since it was first sent: joining bytes is a
 * copy, where joining 2 MB of strings and converting them costs tens of ms.
 */
export function encodeBytes(message: Message): Buffer {
  const params = diagnosticsOf(message);
  if (!params) return Buffer.from(JSON.stringify(message), 'utf8');
  const { uri, version, diagnostics } = params;
  const parts: Buffer[] = [Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(uri)},${version !== undefined ? `"version":${JSON.stringify(version)},` : ''}"diagnostics":[`, 'utf8')];
  diagnostics.forEach((diagnostic, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(encodeOnce(diagnostic));
  });
  parts.push(Buffer.from(']}}'));
  return Buffer.concat(parts);
}

/** The message's JSON text (what `encodeBytes` writes, as a string). */
export function encodeMessage(message: Message): string {
  return encodeBytes(message).toString('utf8');
}

const encoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message) => Promise.resolve(encodeBytes(message)),
};

export function stdioTransport(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): { reader: MessageReader; writer: MessageWriter } {
  const inner = new StreamMessageReader(input);
  // The encoder writes UTF-8 whatever the charset asked (the protocol's only one).
  const writer = new StreamMessageWriter(output, { charset: 'utf-8', contentTypeEncoder: encoder });
  inner.onError((error) => reply(writer, null, ErrorCodes.ParseError, `Parse error: ${error.message.split('\n')[0] ?? 'not a JSON-RPC message'}`));
  const reader: MessageReader = {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    listen(callback: DataCallback) {
      return inner.listen((message) => {
        if (isValid(message)) callback(message);
        else reply(writer, (message as { id?: unknown }).id, ErrorCodes.InvalidRequest, 'Invalid Request: a message needs a method (request, notification) or a result or error (response).');
      });
    },
    dispose: () => inner.dispose(),
  };
  return { reader, writer };
}
