// YAML documents read in time linear in their size (issue 23). The `yaml`
// package checks each key against every earlier key of its map, which is
// quadratic: front matter with 50,000 keys took 41 s. This parses without
// that check and reports the same "Map keys must be unique" errors from one
// pass, with a set of keys per map. Collections nested deeper than any
// real file nests them are an error, not composed (hostile input 9).

import { Composer, isScalar, LineCounter, parseDocument, Parser, visit, YAMLParseError } from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions, YAMLError } from 'yaml';

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/** Characters in a rubric or people file; a real one is a few kilobytes. The CLI checks a file's size before reading it, too. */
export const MAX_YAML_FILE_CHARS = 1024 * 1024;

/** Why a rubric or people file is not read, when it is over MAX_YAML_FILE_CHARS. */
export function yamlFileTooLarge(text: string): string | undefined {
  if (text.length <= MAX_YAML_FILE_CHARS) return undefined;
  const size = (chars: number) => `${(chars / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 2 })} MB`;
  return `the file holds ${size(text.length)} of text, more than a rubric or people file may (${size(MAX_YAML_FILE_CHARS)}), so it was not read`;
}

/**
 * The document's value, or why it has none: aliases that expand past 100
 * copies (a YAML alias bomb) make the package throw a ReferenceError, which
 * is reported at the first alias instead of escaping as an internal error.
 */
export function yamlValue(doc: Document.Parsed): { value: unknown } | { problem: string; pos: [number, number] } {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let pos: [number, number] = [0, 0];
    visit(doc, {
      Alias(_, alias) {
        if (alias.range) pos = [alias.range[0], alias.range[1]];
        return visit.BREAK;
      },
    });
    const problem = /excessive alias count/i.test(error.message)
      ? 'YAML aliases (*name) expand to more than 100 copies; write the values out instead'
      : `YAML: ${error.message.split('\n')[0]}`;
    return { problem, pos };
  }
}

/**
 * How deep collections may nest. The package composes a document by
 * recursion, about 800 levels deep before the stack runs out, and the
 * overflow could strike while V8 compiled a regular expression, which ends
 * the process ("RegExpCompiler Allocation failed") instead of throwing: a
 * verdicts file of 100,000 `[` took the language server down. A rubric
 * nests four or five deep.
 */
export const MAX_YAML_DEPTH = 64;

/** Could `text` nest MAX_YAML_DEPTH deep: as many brackets, or a line indented (or its `- ` and `? ` chained) as far? */
function mayNestDeep(text: string): boolean {
  let brackets = 0;
  let lineStart = true;
  let prefix = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x5b || c === 0x7b) brackets++;
    if (c === 0x0a) {
      lineStart = true;
      prefix = 0;
    } else if (lineStart && (c === 0x20 || c === 0x09 || c === 0x2d || c === 0x3f || c === 0x3a)) prefix++;
    else lineStart = false;
    if (brackets >= MAX_YAML_DEPTH || prefix >= MAX_YAML_DEPTH) return true;
  }
  return false;
}

/** Where `tokens` first nest collections deeper than MAX_YAML_DEPTH: the package's parser and this walk keep stacks of their own. */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  for (const token of tokens) {
    const stack: [CST.Token, number][] = [[token, 0]];
    for (let next = stack.pop(); next; next = stack.pop()) {
      const [node, depth] = next;
      const items = 'items' in node ? node.items : node.type === 'document' ? [{ value: node.value }] : [];
      const inner = node.type === 'block-map' || node.type === 'block-seq' || node.type === 'flow-collection' ? depth + 1 : depth;
      if (inner > MAX_YAML_DEPTH) return 'offset' in node ? node.offset : 0;
      for (const item of items) {
        const { key, value } = item as { key?: CST.Token | null; value?: CST.Token };
        if (key) stack.push([key, inner]);
        if (value) stack.push([value, inner]);
      }
    }
  }
  return undefined;
}

/** Why `text` is not composed: its collections nest too deep (for a writer that parses with the package itself). */
export function yamlTooDeep(text: string): string | undefined {
  return mayNestDeep(text) && tooDeepAt([...new Parser().parse(text)]) !== undefined ? tooDeepMessage() : undefined;
}

const tooDeepMessage = () => `collections nested more than ${MAX_YAML_DEPTH} deep; write it flatter`;

/**
 * The first line the package's `prettifyError` gives an error (" at line L,
 * column C", and a colon when it quotes the line): the package does not
 * export it. What follows the colon is never shown.
 */
function prettify(src: string, lc: LineCounter, error: YAMLError): void {
  if (error.pos[0] === -1) return;
  error.linePos = [lc.linePos(error.pos[0]), lc.linePos(error.pos[1])];
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1] as number, lc.lineStarts[line] as number).replace(/[\n\r]+$/, '');
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = `…${lineStr.substring(trimStart)}`;
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80) lineStr = `${lineStr.substring(0, 79)}…`;
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    const prev = src.substring(lc.lineStarts[line - 2] as number, lc.lineStarts[line - 1] as number);
    lineStr = (prev.length > 80 ? `${prev.substring(0, 79)}…\n` : prev) + lineStr;
  }
  if (/[^ ]/.test(lineStr)) error.message += ':';
}

/** `parseDocument` over tokens already parsed: the first document, and an error for a second, as the package composes them. */
function compose(text: string, tokens: readonly CST.Token[], options: Options): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const composed of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = composed;
    else if (doc.options.logLevel !== 'silent') {
      doc.errors.push(new YAMLParseError([composed.range[0], composed.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc as Document.Parsed;
}

/**
 * `parseDocument`, with duplicate keys found in linear time (errors in
 * document order, as the package gives them), and collections nested past
 * MAX_YAML_DEPTH one error at their place, not composed. The text is parsed
 * once: the tokens the depth is read from are the ones composed.
 */
export function parseYamlDocument(text: string, options: Options): Document.Parsed {
  const { lineCounter, prettyErrors, ...rest } = options;
  const counter = lineCounter ?? (prettyErrors !== false ? new LineCounter() : undefined);
  const tokens = [...new Parser(counter?.addNewLine).parse(text)];
  const deep = mayNestDeep(text) ? tooDeepAt(tokens) : undefined;
  const doc = deep !== undefined ? parseDocument('', { ...rest, prettyErrors: false }) : compose(text, tokens, { ...options, uniqueKeys: false });
  if (deep !== undefined) {
    doc.errors.push(new YAMLParseError([deep, deep + 1], 'RESOURCE_EXHAUSTION', tooDeepMessage()));
    return doc;
  }
  if (prettyErrors !== false && counter) for (const error of [...doc.errors, ...doc.warnings]) prettify(text, counter, error);
  if (options.uniqueKeys === false) return doc;
  const duplicates: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const keys = new Set<unknown>();
      for (const { key } of map.items) {
        // The package compares scalar keys by value (`===`); any other key only equals itself.
        const value: unknown = isScalar(key) ? key.value : key;
        if (keys.has(value) && (value === null || typeof value !== 'object')) {
          const start = isScalar(key) && key.range ? key.range[0] : 0;
          duplicates.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        keys.add(value);
      }
    },
  });
  if (duplicates.length > 0) {
    doc.errors.push(...duplicates);
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  return doc;
}
