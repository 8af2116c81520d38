// Splits a document into top-level sections at ATX headings (`# …` at column
// 0) that lie outside front matter, fenced code and HTML blocks, so that each
// section can be parsed on its own and cached by its text (SPEC §6). A split is
// only made where a whole-document CommonMark parse would also start a
// heading: when in doubt the splitter keeps lines together, which is always
// safe, because a heading at column 0 closes every open container.

export interface Section {
  /** 1-based line where the section starts. */
  startLine: number;
  /** Offset of the section's first character in the document. */
  startOffset: number;
  text: string;
}

export interface LineTable {
  /** Offset of each line's first character; `starts[0] === 0`. */
  starts: number[];
  /** Lines without their terminators. */
  lines: string[];
}

export function splitLines(text: string): LineTable {
  const starts = [0];
  const lines: string[] = [];
  const terminator = /\r\n|\r|\n/g;
  let last = 0;
  for (let match = terminator.exec(text); match; match = terminator.exec(text)) {
    lines.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    starts.push(last);
  }
  lines.push(text.slice(last));
  return { starts, lines };
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const HTML_BLOCK_ENDS: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
const HTML_BLOCK_6 = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)/i;
const HTML_BLOCK_7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

type HtmlState = { end: RegExp } | 'until-blank';

/** Line indexes (0-based) where a top-level ATX heading starts a new section. */
export function findSectionStarts(lines: readonly string[], firstContentLine: number): number[] {
  const starts: number[] = [];
  let fence: { char: string; length: number } | undefined;
  let html: HtmlState | undefined;
  let listContentIndent = -1; // content column of the open top-level list item, -1 when none
  let blankSinceListLine = false;
  let previousIsParagraph = false;

  for (let index = firstContentLine; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const blank = line.trim() === '';
    const indent = indentOf(line);
    const content = line.trimStart();

    if (fence) {
      const close = new RegExp(`^${fence.char === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (indent <= 3 && close.test(content)) fence = undefined;
      continue;
    }
    if (html) {
      if (html === 'until-blank' ? blank : html.end.test(line)) html = undefined;
      continue;
    }
    if (blank) {
      if (listContentIndent >= 0) blankSinceListLine = true;
      previousIsParagraph = false;
      continue;
    }
    if (indent === 0 && ATX_HEADING.test(line)) {
      starts.push(index);
      listContentIndent = -1;
      previousIsParagraph = false;
      continue;
    }
    if (listContentIndent >= 0 && indent >= listContentIndent) {
      // Inside the open list item: its fences and HTML belong to it, and a
      // column-0 heading would close them anyway.
      blankSinceListLine = false;
      previousIsParagraph = true;
      continue;
    }
    const startsBlock = indent <= 3 && (FENCE_OPEN.test(content) || THEMATIC_BREAK.test(content) || content.startsWith('>') || HTML_BLOCK_ENDS.some(([open]) => open.test(content)) || HTML_BLOCK_6.test(content));
    if (indent <= 3 && LIST_MARKER.test(content) && !THEMATIC_BREAK.test(content)) {
      const marker = LIST_MARKER.exec(content);
      const markerWidth = marker?.[1]?.length ?? 1;
      const spaces = marker?.[2] ? indentOf(marker[2]) : 1;
      listContentIndent = indent + markerWidth + (spaces >= 1 && spaces <= 4 ? spaces : 1);
      blankSinceListLine = false;
      previousIsParagraph = true;
      continue;
    }
    if (listContentIndent >= 0) {
      if (!blankSinceListLine && !startsBlock) {
        previousIsParagraph = true; // lazy continuation of the item's paragraph
        continue;
      }
      listContentIndent = -1;
    }
    if (indent <= 3) {
      const fenceMatch = FENCE_OPEN.exec(content);
      if (fenceMatch && !(fenceMatch[1]?.startsWith('`') && fenceMatch[2]?.includes('`'))) {
        fence = { char: fenceMatch[1]?.[0] ?? '`', length: fenceMatch[1]?.length ?? 3 };
        previousIsParagraph = false;
        continue;
      }
      const htmlKind = HTML_BLOCK_ENDS.find(([open]) => open.test(content));
      if (htmlKind) {
        // The end marker may already stand on the opening line (`<!-- note -->`).
        if (!htmlKind[1].test(content)) html = { end: htmlKind[1] };
        previousIsParagraph = false;
        continue;
      }
      if (HTML_BLOCK_6.test(content) || (!previousIsParagraph && HTML_BLOCK_7.test(content))) {
        html = 'until-blank';
        previousIsParagraph = false;
        continue;
      }
    }
    previousIsParagraph = indent >= 4 && !previousIsParagraph ? false : !THEMATIC_BREAK.test(content);
  }
  return starts;
}

/** Splits `text` into sections; the first one holds everything before the first top-level heading. */
export function splitSections(text: string, table: LineTable, firstContentLine: number): Section[] {
  const boundaries = findSectionStarts(table.lines, firstContentLine).filter((line) => line > 0);
  const sections: Section[] = [];
  let startLine = 0;
  for (const boundary of [...boundaries, table.lines.length]) {
    if (boundary <= startLine && sections.length > 0) continue;
    const from = table.starts[startLine] ?? text.length;
    const to = boundary < table.lines.length ? (table.starts[boundary] ?? text.length) : text.length;
    sections.push({ startLine: startLine + 1, startOffset: from, text: text.slice(from, to) });
    startLine = boundary;
  }
  return sections;
}
