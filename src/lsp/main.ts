// Entry of `weekly-review lsp`: the language server over standard input and
// output (`--stdio`, which clients pass, is the only transport).

import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { stdioTransport } from './transport';

export function runLanguageServer(): void {
  const { reader, writer } = stdioTransport(process.stdin, process.stdout);
  const connection = createConnection(reader, writer);
  startServer(connection);
  connection.listen();
}
