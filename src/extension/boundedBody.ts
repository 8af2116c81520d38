// The body of a fetched calendar, read at most `limit` bytes far. Reading it
// with `response.arrayBuffer()` trusted the server to end it: an address
// that streams without a Content-Length (chunked, or a server that never
// stops) was held in memory for the whole 30 s timeout, gigabytes on a fast
// link, before the size was checked. No vscode here, so the test runs it.

/** The bytes of `response`'s body, or an error once more than `limit` have arrived (the rest is not read). */
export async function bodyAtMost(response: Response, limit: number, tooLarge: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit) throw new Error(tooLarge);
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(tooLarge);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
