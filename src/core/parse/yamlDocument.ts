// YAML documents read in time linear in their size (issue 23). The `yaml`
// package checks each key against every earlier key of its map, which is
// quadratic: front matter with 50,000 keys took 41 s. This parses without
// that check and reports the same "Map keys must be unique" errors from one
// pass, with a set of keys per map.

import { isScalar, parseDocument, visit, YAMLParseError } from 'yaml';
import type { Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

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

/** `parseDocument`, with duplicate keys found in linear time (errors in document order, as the package gives them). */
export function parseYamlDocument(text: string, options: Options): Document.Parsed {
  const doc = parseDocument(text, { ...options, uniqueKeys: false });
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
