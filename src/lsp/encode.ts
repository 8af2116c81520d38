// The server's messages as bytes: JSON with every character beyond ASCII
// written as a \u escape, and the diagnostics of a publish kept, per
// document, as the bytes of the last list sent.
//
// Why: push diagnostics carry a document's whole list, so a keystroke in a
// 1 MB review re-sends its 7,000 findings, 2.4 MB of JSON. Encoding them
// afresh costs the server a JSON.stringify of all of them and a 2.4 MB copy;
// instead the list is the last one with the run the edit changed replaced
// (published.ts keeps the unchanged diagnostics the same objects), spliced in
// a buffer kept for the document, and written as it lies (header, the
// buffer's bytes, the closing brackets: one writev, no copy). ASCII is for
// the client: node decodes 2.4 MB of UTF-8 holding a few "—" or "“" at half
// the speed of plain ASCII, and JSON.parse reads the one-byte string it
// makes faster too (a JSON parser reads \u escapes as the same characters).

import type { Message } from 'vscode-languageserver/node';
import { PublishedDiagnostic } from './convert';
import { commonEnds } from './published';

const NON_ASCII = /[\u0080-\uffff]/g;

function escape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON.stringify, with every non-ASCII code unit written as \uXXXX (the same value for any JSON reader). */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, escape);
}

/** JSON strings by their text, for one list: a review's findings share a few messages, codes and links. */
type Strings = Map<string, string>;

function stringJson(strings: Strings, text: string): string {
  let json = strings.get(text);
  if (json === undefined) strings.set(text, (json = asciiJson(text)));
  return json;
}

/** An item of a published list: a diagnostic the server made from its template (exactly JSON.stringify's text), anything else with asciiJson. */
export function itemJson(item: object, strings: Strings): string {
  if (!(item instanceof PublishedDiagnostic)) return asciiJson(item);
  const { start, end } = item.range;
  // A position that is not an integer (never made by the converter) is written as JSON.stringify writes it.
  if (![start.line, start.character, end.line, end.character].every(Number.isInteger)) return asciiJson(item);
  // The link, when the client takes one, is an object with its href alone (the converter makes no other).
  const link = item.codeDescription === undefined ? '' : `"codeDescription":{"href":${stringJson(strings, item.codeDescription.href)}},`;
  return `{"range":{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}},"severity":${item.severity},"code":${stringJson(strings, item.code)},${link}"source":${stringJson(strings, item.source)},"message":${stringJson(strings, item.message)}}`;
}

/** A message ready to write: its chunks in order, their total length, and a call for when the write is done. */
export interface EncodedMessage {
  chunks: Uint8Array[];
  length: number;
  done(): void;
}

/** A buffer and the writes still reading from it: it is changed in place only when there are none. */
interface Store {
  bytes: Buffer;
  writing: number;
}

/** A document's last list as bytes: each diagnostic followed by a comma, `ends[i]` the offset after item i's comma. */
interface Body {
  diagnostics: readonly object[];
  store: Store;
  ends: Uint32Array;
  length: number;
}

interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: readonly object[];
}

const PUBLISH_KEYS = new Set(['uri', 'version', 'diagnostics']);
const TAIL = Buffer.from(']}}', 'latin1');
const nothing = (): void => undefined;

function publishParams(message: Message): PublishParams | undefined {
  const notification = message as { method?: unknown; id?: unknown; params?: unknown };
  if (notification.method !== 'textDocument/publishDiagnostics' || notification.id !== undefined) return undefined;
  const params = notification.params as Partial<PublishParams> | null | undefined;
  if (!params || typeof params.uri !== 'string' || !Array.isArray(params.diagnostics)) return undefined;
  if (params.version !== undefined && typeof params.version !== 'number') return undefined;
  if (Object.keys(params).some((key) => !PUBLISH_KEYS.has(key))) return undefined;
  return params as PublishParams;
}

/** Where the spliced list goes: the last buffer, its suffix moved within, when no write reads it and it fits; else a new one. */
function storeFor(last: Body | undefined, length: number, prefixEnd: number, suffixStart: number, middleLength: number): Store {
  const reusable = last && last.store.writing === 0 && last.store.bytes.length >= length && last.store.bytes.length <= 2 * length + 4096;
  if (last && reusable) {
    last.store.bytes.copyWithin(prefixEnd + middleLength, suffixStart, last.length);
    return last.store;
  }
  // Room to grow, so that the next keystrokes splice in place.
  const bytes = Buffer.allocUnsafeSlow(Math.ceil(length * 1.25) + 1024);
  if (last) {
    last.store.bytes.copy(bytes, 0, 0, prefixEnd);
    last.store.bytes.copy(bytes, prefixEnd + middleLength, suffixStart, last.length);
  }
  return { bytes, writing: 0 };
}

const COMMA = 0x2c;

/** The new list's bytes: the last list's with the changed run encoded afresh, each item written where it goes. */
function splice(last: Body | undefined, diagnostics: readonly object[]): Body {
  const before = last?.diagnostics ?? [];
  const { prefix, suffix } = commonEnds(before, diagnostics, () => false);
  const strings: Strings = new Map();
  const items = diagnostics.slice(prefix, diagnostics.length - suffix).map((item) => itemJson(item, strings));
  let middleLength = 0;
  for (const item of items) middleLength += item.length + 1;
  const prefixEnd = last && prefix > 0 ? last.ends[prefix - 1] ?? 0 : 0;
  const suffixStart = last && before.length - suffix > 0 ? last.ends[before.length - suffix - 1] ?? 0 : 0;
  const length = prefixEnd + middleLength + (last ? last.length - suffixStart : 0);
  const store = storeFor(last, length, prefixEnd, suffixStart, middleLength);
  const ends = new Uint32Array(diagnostics.length);
  if (last) ends.set(last.ends.subarray(0, prefix));
  let offset = prefixEnd;
  for (let i = 0; i < items.length; i++) {
    // ASCII, so a character is a byte.
    offset += store.bytes.write(items[i] ?? '', offset, 'latin1');
    store.bytes[offset++] = COMMA;
    ends[prefix + i] = offset;
  }
  const shift = prefixEnd + middleLength - suffixStart;
  for (let i = 0; i < suffix; i++) ends[diagnostics.length - suffix + i] = (last?.ends[before.length - suffix + i] ?? 0) + shift;
  return { diagnostics, store, ends, length };
}

export class MessageEncoder {
  private readonly bodies = new Map<string, Body>();

  encode(message: Message): EncodedMessage {
    const params = publishParams(message);
    if (!params) {
      const bytes = Buffer.from(asciiJson(message), 'latin1');
      return { chunks: [bytes], length: bytes.length, done: nothing };
    }
    const version = params.version !== undefined ? `"version":${JSON.stringify(params.version)},` : '';
    const head = Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":${asciiJson(params.uri)},${version}"diagnostics":[`, 'latin1');
    if (params.diagnostics.length === 0) {
      this.bodies.delete(params.uri);
      return { chunks: [head, TAIL], length: head.length + TAIL.length, done: nothing };
    }
    const body = splice(this.bodies.get(params.uri), params.diagnostics);
    this.bodies.set(params.uri, body);
    const { store } = body;
    store.writing++;
    // The last comma is left out.
    const list = store.bytes.subarray(0, body.length - 1);
    return { chunks: [head, list, TAIL], length: head.length + list.length + TAIL.length, done: () => void store.writing-- };
  }
}

/** The message's JSON text as the encoder writes it (for tests). */
export function encodeMessage(encoder: MessageEncoder, message: Message): string {
  const encoded = encoder.encode(message);
  const text = Buffer.concat(encoded.chunks).toString('latin1');
  encoded.done();
  return text;
}
