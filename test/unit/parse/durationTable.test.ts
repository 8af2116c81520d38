// The table of duration cases through the parser and through the TextMate
// grammar (vscode-textmate with vscode-oniguruma, as VS Code runs it): the
// parser counts what the table says, and the grammar colours exactly the
// tokens the parser counts.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { parseSectionSyntax } from '../../../src/core/parse/sectionSyntax';
import { analyze } from '../helpers';
import { DURATION_CASES } from './durationCases';

/** A counted token as the grammar colours it: without `~`, emphasis, a label colon or brackets. */
function core(text: string): string {
  return text.replace(/^[([]\s*|\s*[)\]]$/g, '').replace(/^[~≈]\s?/, '').replace(/^(\*\*|__|\*|_)(.*)\1$/, '$2').replace(/:$/, '');
}

/** The tokens the parser counts on an item's first line, leading first. */
function parsedTokens(item: string): string[] {
  const raw = parseSectionSyntax(`- ${item}\n`).items[0];
  const usable = [raw?.leading, ...(raw?.bracketed ?? [])].filter((d) => d !== undefined && d.problem === undefined);
  return usable.map((d) => core(d?.text ?? ''));
}

/**
 * The markdown grammar's shape where it matters here: a list rule that
 * consumes the bullet, a paragraph the item's text starts at (`\G`), and code
 * spans the injection leaves alone. VS Code's own grammar has these rules in
 * the same shape (markup.list → paragraph → inline).
 */
const MARKDOWN_STUB = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#list' }, { include: '#paragraph' }],
  repository: {
    list: {
      begin: '(^|\\G)([ ]{0,3})([*+-]|\\d{1,9}[.)])([ \\t])',
      while: '((^|\\G)([ ]{2,4}|\\t))|(^[ \\t]*$)',
      name: 'markup.list.markdown',
      patterns: [{ include: '#paragraph' }],
    },
    paragraph: {
      begin: '(^|\\G)[ ]{0,3}(?=[^ \\t\\n])',
      while: '(^|\\G)((?=\\s*[-=]{3,}\\s*$)|[ ]{4,}(?=[^ \\t\\n]))',
      name: 'meta.paragraph.markdown',
      patterns: [{ match: '(`+)[^`]+\\1', name: 'markup.inline.raw.string.markdown' }],
    },
  },
};

async function loadGrammar(): Promise<textmate.IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const injection = readFileSync(new URL('../../../syntaxes/weekly-review.injection.tmLanguage.json', import.meta.url), 'utf8');
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return textmate.parseRawGrammar(JSON.stringify(MARKDOWN_STUB), 'markdown.json');
      if (scopeName === 'weekly-review.injection') return textmate.parseRawGrammar(injection, 'injection.json');
      return null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['weekly-review.injection'] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('the markdown stub grammar did not load');
  return grammar;
}

/** The texts the grammar scopes as durations on the line `- item`. */
function colouredTokens(grammar: textmate.IGrammar, item: string): string[] {
  const line = `- ${item}`;
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return tokens.filter((t) => t.scopes.includes('constant.numeric.duration.weekly-review')).map((t) => line.slice(t.startIndex, t.endIndex));
}

describe('durations: one table through the parser and the grammar', async () => {
  const grammar = await loadGrammar();
  for (const { item, minutes, tokens, grammar: differs } of DURATION_CASES) {
    it(`"- ${item}": the parser counts ${minutes} minutes from [${tokens.join(', ')}], and the grammar colours ${differs ? `[${differs.tokens.join(', ')}] (${differs.why})` : 'the same tokens'}`, async () => {
      assert.deepEqual(parsedTokens(item), tokens);
      const analysis = await analyze(`# Recruiting\n- ${item}\n`);
      const activity = analysis.document.activities.find((a) => a.line === 2);
      assert.equal(activity?.minutes ?? 0, minutes);
      assert.deepEqual(colouredTokens(grammar, item), differs?.tokens ?? parsedTokens(item));
    });
  }
});
