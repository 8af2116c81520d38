// The bytes of an .ics file as text. RFC 5545 folds long lines at 75 octets,
// not characters, and Outlook and some Google exports do cut a multi-byte
// UTF-8 character in two ("M\xC3" CRLF " \xBCller"): decoding such a file
// line by line, or before unfolding, turns the halves into two U+FFFD. So
// before decoding, the bytes that complete a character cut by a fold are
// moved up in front of the line break: the character is whole again and the
// file keeps every line, so errors still name the right one. A byte-order
// mark is dropped; one of UTF-16 picks that encoding. A file that is not
// UTF-8 and holds no UTF-8 character at all is read as Windows-1252, and so
// is such a line of a UTF-8 file.

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

/** How many bytes the UTF-8 character that ends at `end` (exclusive) still lacks; 0 when it is whole. */
function missingBytes(bytes: Uint8Array, end: number): number {
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] as number;
    if (isContinuation(byte)) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? length - back : 0;
  }
  return 0;
}

/** The bytes with each character cut by a fold made whole before its line break (a copy, only when one is cut). */
export function joinSplitCharacters(bytes: Uint8Array): Uint8Array {
  let out: Uint8Array | undefined;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) {
    const fold = bytes[at + 1];
    if (fold !== 0x20 && fold !== 0x09) continue;
    // CRLF, or CR CR LF (see normalizeCalendarText): the character ends before the CRs.
    let lineEnd = at;
    while (lineEnd > 0 && bytes[lineEnd - 1] === 0x0d) lineEnd--;
    const missing = missingBytes(bytes, lineEnd);
    let moved = 0;
    while (moved < missing && isContinuation(bytes[at + 2 + moved])) moved++;
    if (moved === 0) continue;
    // A copy, never a view: Node's Buffer.slice() shares the bytes it would be read from.
    out ??= new Uint8Array(bytes);
    out.set(bytes.subarray(at + 2, at + 2 + moved), lineEnd);
    out.set(bytes.subarray(lineEnd, at + 2), lineEnd + moved);
  }
  return out ?? bytes;
}

/**
 * An .ics file's text: UTF-16 by its byte-order mark, else UTF-8 with folds
 * that cut a character joined and the mark dropped. A file that is not
 * UTF-8 and holds no multi-byte UTF-8 character at all is Windows-1252 (a
 * calendar written in Notepad on an older Windows, a legacy export):
 * "Müller" stays "Müller", not "M\uFFFDller".
 */
export function decodeCalendar(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = joinSplitCharacters(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return hasUtf8Character(body) ? mixedLines(body) : windows1252(body);
  }
}

/**
 * A UTF-8 file with some lines in Windows-1252: an event pasted from a legacy
 * system or a Notepad-edited description ("Abstimmung M\xFCller"). Each
 * line is read as the whole file is: UTF-8 when it is, Windows-1252 when it
 * is not and holds no UTF-8 character, else UTF-8 with its damage replaced.
 */
function mixedLines(bytes: Uint8Array): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lenient = new TextDecoder('utf-8');
  let out = '';
  for (let from = 0; from < bytes.length; ) {
    const lf = bytes.indexOf(0x0a, from);
    const to = lf < 0 ? bytes.length : lf + 1;
    const line = bytes.subarray(from, to);
    try {
      out += strict.decode(line);
    } catch {
      out += hasUtf8Character(line) ? lenient.decode(line) : windows1252(line);
    }
    from = to;
  }
  return out;
}

/** Windows-1252's characters for the bytes 0x80–0x9F (five are unassigned and stay as they are). */
const CP1252_HIGH = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

/** Windows-1252 text: Node's decoder of that name reads 0x80–0x9F as ISO-8859-1 control characters, so those are mapped here. */
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] as number));
}

/** Whether the bytes hold one whole multi-byte UTF-8 character: then a stray byte is damage, not another encoding. */
function hasUtf8Character(bytes: Uint8Array): boolean {
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at] as number;
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let next = 1;
    while (length > 0 && next < length && isContinuation(bytes[at + next])) next++;
    if (length > 0 && next === length) return true;
  }
  return false;
}

/**
 * The text as the reader expects it: no byte-order mark, and lines ended by
 * LF or CRLF (an old Mac export ends them with CR alone; a script on Windows
 * that writes "\r\n" in text mode ends them with CR CR LF). Two exports
 * joined into one file (`cat`, `copy /b`) each bring their own mark, so a
 * mark at the start of any line is dropped, not only the file's first.
 */
export function normalizeCalendarText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.includes('\r') && !body.includes('\n') ? body.replace(/\r/g, '\n') : oneCrBeforeLf(body);
  return lines.includes('\n\uFEFF') ? lines.replace(/\n\uFEFF/g, '\n') : lines;
}

/** The text with each run of CRs before an LF cut to one, in one pass (a pattern would retry a long run at each CR). */
function oneCrBeforeLf(text: string): string {
  if (!text.includes('\r\r\n')) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    let cr = at;
    while (cr > from && text.charCodeAt(cr - 1) === 13) cr--;
    if (at - cr < 2) continue;
    out += text.slice(from, cr + 1);
    from = at;
  }
  return out + text.slice(from);
}
