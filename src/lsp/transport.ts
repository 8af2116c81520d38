// Standard input and output as the server's transport, answering what the
// protocol library would only log: a message that is not JSON gets a Parse
// error response (JSON-RPC's -32700, id null), and one that is neither a
// request, a notification nor a response gets Invalid Request (-32600) with
// its id. The server reads on after either; nothing crashes it.

import { ErrorCodes, StreamMessageReader, StreamMessageWriter, type DataCallback, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

function isValid(message: Message): boolean {
  const candidate = message as { method?: unknown; id?: unknown; result?: unknown; error?: unknown };
  if (typeof candidate.method === 'string') return true;
  return candidate.id !== undefined && ('result' in candidate || 'error' in candidate);
}

function reply(writer: MessageWriter, id: unknown, code: number, message: string): void {
  void writer.write({ jsonrpc: '2.0', id: typeof id === 'number' || typeof id === 'string' ? id : null, error: { code, message } } as Message);
}

export function stdioTransport(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): { reader: MessageReader; writer: MessageWriter } {
  const inner = new StreamMessageReader(input);
  const writer = new StreamMessageWriter(output);
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
