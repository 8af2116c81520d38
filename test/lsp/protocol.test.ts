// The language server at protocol level: a node client spawns the built
// server (`weekly-review lsp --stdio`) and speaks JSON-RPC to it. The
// diagnostics of every example equal the CLI's JSON exactly; hover, code
// actions (a quick fix and teach-a-category as workspace edits), code lenses,
// `weeklyReview.summary`, settings through `workspace/configuration`,
// Restricted Mode, no workspace folders, and bad messages answered with
// protocol errors while the server lives on; the rule's link
// (`codeDescription`) only for a client that declares codeDescriptionSupport.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { activityHover, createReviewService } from '../../src/core';
import { cli, workspace } from '../cli/harness';
import { asCliDiagnostic, fileUri, NEOVIM_DIAGNOSTICS, startClient, VSCODE_DIAGNOSTICS, type TestClient } from './client';

const EXAMPLES = readdirSync('examples', { recursive: true }).map((f) => path.join('examples', String(f))).filter((f) => f.endsWith('.md')).sort();
const settled = (version: number) => (params: PublishDiagnosticsParams) => params.version === version;

describe('language server: the examples, as the CLI sees them', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ rootPath: 'examples' });
  });
  after(() => client.close());

  for (const file of EXAMPLES) {
    it(`${file}: diagnostics equal \`check --format json\` exactly`, async () => {
      const uri = client.open(file, readFileSync(file, 'utf8'));
      const published = await client.waitForDiagnostics(uri, settled(1));
      const expected = JSON.parse((await cli(['check', '--format', 'json', file], process.cwd())).stdout) as unknown[];
      assert.ok(expected.length > 0, 'the example has findings to compare');
      assert.deepEqual(published.diagnostics.map((d) => asCliDiagnostic(file, d)), expected);
      assert.ok(published.diagnostics.every((d) => d.source === 'weekly-review' && d.codeDescription?.href.includes('#')));
    });
  }

  it('the examples hold no workspace finding (two runs: the built-in rubric and vp-engineering), as `people` says', async () => {
    const people = await cli(['people', 'examples'], process.cwd());
    assert.equal(people.stderr, '');
  });

  it('hovers a low-value item with the engine’s own explanation', async () => {
    const file = 'examples/2026-W46.md';
    const text = readFileSync(file, 'utf8');
    const uri = client.open(file, text, 1);
    const published = await client.waitForDiagnostics(uri, settled(1));
    const low = published.diagnostics.find((d) => d.code === 'low-value-item');
    assert.ok(low);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: low.range.start })) as Hover;
    const analysis = await createReviewService({ readFile: async () => undefined }).analyze(path.resolve(file), text);
    const expected = activityHover(analysis, { line: low.range.start.line + 1, column: low.range.start.character + 1 });
    assert.deepEqual(hover.contents, { kind: 'markdown', value: expected?.parts.join('\n\n---\n\n') });
    assert.deepEqual(hover.range, { start: { line: 12, character: 6 }, end: { line: 12, character: 49 } });
  });

  it('offers the duration-conflict fixes as workspace edits', async () => {
    const uri = fileUri('examples/2026-W46.md');
    const published = await client.waitForDiagnostics(uri, settled(1));
    const conflict = published.diagnostics.find((d) => d.code === 'duration-conflict');
    assert.ok(conflict);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: [conflict], only: ['quickfix'] } })) as CodeAction[];
    const fixes = actions.filter((a) => a.diagnostics?.[0]?.code === 'duration-conflict');
    assert.deepEqual(fixes.map((a) => [a.title, a.kind, a.isPreferred]), [['Remove the bracketed (2h) (keep 1h30m)', 'quickfix', true], ['Use 2h as the duration', 'quickfix', undefined]]);
    assert.deepEqual(fixes[0]?.edit, { changes: { [uri]: [{ range: { start: { line: 19, character: 38 }, end: { line: 19, character: 43 } }, newText: '' }] } });
  });

  it('puts a lens on each category heading that runs weeklyReview.summary', async () => {
    const uri = fileUri('examples/2026-W46.md');
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { range: { start: { line: number } }; command: { title: string; command: string } }[];
    assert.ok(lenses.length >= 8);
    assert.ok(lenses.every((lens) => lens.command.command === 'weeklyReview.summary'));
    assert.match(lenses.find((lens) => lens.range.start.line === 14)?.command.title ?? '', /^\d+h( \d+m)? · \d+% · target 20% \([+−±][\d.]+ pp\)$/);
  });

  it('returns the summary JSON of `summary --format json FILE` for weeklyReview.summary', async () => {
    const file = 'examples/2026-W47.md';
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'weeklyReview.summary', arguments: [fileUri(file)] });
    const expected = (await cli(['summary', '--format', 'json', file], process.cwd())).stdout;
    assert.equal(JSON.stringify(result, null, 2).split(path.resolve(file)).join(file), expected);
  });
});

describe('language server: protocol edges', () => {
  it('initializes with no workspace folders and still checks an open review', async () => {
    const client = await startClient({ rootPath: null });
    const uri = client.open('examples/2026-W46.md', readFileSync('examples/2026-W46.md', 'utf8'));
    const published = await client.waitForDiagnostics(uri, settled(1));
    assert.ok(published.diagnostics.some((d) => d.code === 'low-value-item'));
    await client.close();
  });

  it('answers an unknown method and a malformed message with protocol errors, and lives on', async () => {
    const client = await startClient({ rootPath: 'examples' });
    await assert.rejects(client.connection.sendRequest('weeklyReview/noSuchMethod', {}), (error: { code?: number }) => error.code === -32601);
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'weeklyReview.nope' }), /unknown command weeklyReview\.nope/);
    let replies = '';
    const answered = new Promise<void>((resolve) => {
      client.child.stdout?.on('data', (chunk: Buffer) => {
        replies += chunk.toString();
        if (replies.includes('"code":-32700') && replies.includes('"code":-32600')) resolve();
      });
    });
    const send = (body: string) => client.child.stdin?.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    send('{"jsonrpc":"2.0","id":77,"method":"textDocument/hover","params":');
    send('{"jsonrpc":"2.0","id":78}');
    await answered;
    assert.match(replies, /\{"jsonrpc":"2\.0","id":null,"error":\{"code":-32700,"message":"Parse error: [^"]+"\}\}/);
    assert.match(replies, /\{"jsonrpc":"2\.0","id":78,"error":\{"code":-32600,/);
    const uri = client.open('examples/2026-W46.md', readFileSync('examples/2026-W46.md', 'utf8'));
    const published = await client.waitForDiagnostics(uri, settled(1));
    assert.ok(published.diagnostics.length > 0, 'still answering after the malformed message');
    assert.equal(client.child.exitCode, null);
    await client.close();
  });

  it('takes settings from workspace/configuration: a rule turned off is not reported', async () => {
    const client = await startClient({ rootPath: 'examples', settings: { severity: { 'low-value-item': 'off' } } });
    const uri = client.open('examples/2026-W46.md', readFileSync('examples/2026-W46.md', 'utf8'));
    const published = await client.waitForDiagnostics(uri, settled(1));
    assert.ok(published.diagnostics.length > 0);
    assert.equal(published.diagnostics.filter((d) => d.code === 'low-value-item').length, 0);
    await client.close();
  });
});

describe('language server: the rule\'s link as the client declares it', () => {
  const file = 'examples/2026-W46.md';
  const DOCS = 'https://github.com/weekly-review/weekly-review/blob/main/README.md';

  /** The example's diagnostics and the duration-conflict fix's diagnostic, as a client declaring `publishDiagnostics` receives them. */
  async function receive(publishDiagnostics: typeof NEOVIM_DIAGNOSTICS | null): Promise<{ diagnostics: Diagnostic[]; fixed: Diagnostic | undefined }> {
    const client = await startClient({ rootPath: 'examples', publishDiagnostics });
    try {
      const uri = client.open(file, readFileSync(file, 'utf8'));
      const { diagnostics } = await client.waitForDiagnostics(uri, settled(1));
      const conflict = diagnostics.find((d) => d.code === 'duration-conflict');
      assert.ok(conflict);
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: [conflict], only: ['quickfix'] } })) as CodeAction[];
      return { diagnostics, fixed: actions.find((a) => a.diagnostics?.[0]?.code === 'duration-conflict')?.diagnostics?.[0] };
    } finally {
      await client.close();
    }
  }

  it('sends the docs link to a client with codeDescriptionSupport (VS Code), and none to one without (Neovim, or a client that declares nothing)', async () => {
    const vscode = await receive(VSCODE_DIAGNOSTICS);
    assert.deepEqual(vscode.diagnostics.map((d) => [d.code, d.codeDescription]), [
      ['low-value-item', { href: `${DOCS}#low-value-item` }],
      ['low-value-item', { href: `${DOCS}#low-value-item` }],
      ['low-value-item', { href: `${DOCS}#low-value-item` }],
      ['duration-conflict', { href: `${DOCS}#duration-conflict` }],
      ['low-value-item', { href: `${DOCS}#low-value-item` }],
      ['low-value-item', { href: `${DOCS}#low-value-item` }],
      ['uncategorized', { href: `${DOCS}#uncategorized` }],
      ['low-value-item', { href: `${DOCS}#low-value-item` }],
    ]);
    assert.deepEqual(vscode.fixed?.codeDescription, { href: `${DOCS}#duration-conflict` });
    const withoutLink = ({ codeDescription: _, ...rest }: Diagnostic) => rest;
    for (const other of [await receive(NEOVIM_DIAGNOSTICS), await receive(null)]) {
      assert.ok(other.diagnostics.every((d) => !('codeDescription' in d)), 'no codeDescription');
      assert.ok(other.fixed && !('codeDescription' in other.fixed), 'no codeDescription in the code action\'s diagnostic');
      // Everything else as VS Code receives it, in the same order.
      assert.deepEqual(other.diagnostics, vscode.diagnostics.map(withoutLink));
      assert.deepEqual(other.fixed, withoutLink(vscode.fixed as Diagnostic));
    }
  });
});

describe('language server: workspace rules, teaching, Restricted Mode', () => {
  const OVERDUE = { '.weekly-review.yaml': 'extends: cto\npeople:\n  - { name: Ana Silva, handle: ana, cadence: 2w }\n', '2026-W40.md': '## Engineering culture\n- 30m 1:1 with @ana\n', '2026-W47.md': '# Week 47\n## Engineering culture\n- [ ] 30m 1:1 with @ana\n' };

  it('publishes the overdue 1:1 of the run, as `people` reports it, with its fix', async () => {
    const dir = workspace(OVERDUE);
    const client = await startClient({ rootPath: dir });
    const file = path.join(dir, '2026-W47.md');
    const uri = client.open(file, OVERDUE['2026-W47.md']);
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'overdue-one-on-one'));
    const people = await cli(['people', '.'], dir);
    const line = /^\s+(\d+):(\d+)-(\d+):(\d+)\s+info\s+(.*?)\s+overdue-one-on-one$/m.exec(people.stderr);
    const overdue = published.diagnostics.find((d) => d.code === 'overdue-one-on-one');
    assert.ok(line && overdue);
    assert.deepEqual([overdue.range.start.line + 1, overdue.range.start.character + 1, overdue.range.end.line + 1, overdue.range.end.character + 1, overdue.message], [Number(line[1]), Number(line[2]), Number(line[3]), Number(line[4]), line[5]]);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: overdue.range, context: { diagnostics: [overdue] } })) as CodeAction[];
    assert.ok(actions.some((a) => /@ana/.test(a.title) && a.edit?.changes?.[uri]?.length === 1));
    await client.close();
  });

  it('follows files on disk: a second review of the week, announced by didChangeWatchedFiles, gives both a duplicate-week', async () => {
    const text = readFileSync('examples/2026-W47.md', 'utf8');
    const dir = workspace({ '2026-W47.md': text });
    const client = await startClient({ rootPath: dir });
    const uri = client.open(path.join(dir, '2026-W47.md'), text);
    await client.waitForDiagnostics(uri, settled(1));
    const copy = path.join(dir, 'copy-2026-W47.md');
    writeFileSync(copy, text);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(copy), type: 1 }] });
    const duplicate = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'duplicate-week');
    const [open, other] = await Promise.all([client.waitForDiagnostics(uri, duplicate), client.waitForDiagnostics(fileUri(copy), duplicate)]);
    assert.deepEqual(open.diagnostics.filter((d) => d.code === 'duplicate-week').map((d) => d.message), ['Week 2026-W47 is also claimed by copy-2026-W47.md. Give each review its own week; trends use 2026-W47.md.']);
    assert.deepEqual(other.diagnostics.map((d) => d.message), ['Week 2026-W47 is also claimed by 2026-W47.md. Give each review its own week; trends use 2026-W47.md.']);
    await client.close();
  });

  it('teaches a category as a workspace edit that creates .weekly-review.yaml (extends: cto)', async () => {
    const text = '---\nweek: 2026-W47\n---\n## Platform work\n- 2h Kubernetes upgrade planning with SRE\n';
    const dir = workspace({ 'reviews/2026-W47.md': text });
    const client = await startClient({ rootPath: dir });
    const uri = client.open(path.join(dir, 'reviews/2026-W47.md'), text);
    await client.waitForDiagnostics(uri, settled(1));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [] } })) as CodeAction[];
    const teach = actions.find((a) => /^Count '## Platform work' as /.test(a.title));
    assert.ok(teach, `a teach action among ${actions.map((a) => a.title).join(' | ')}`);
    const [create, fill] = teach.edit?.documentChanges ?? [];
    assert.deepEqual(create, { kind: 'create', uri: fileUri(path.join(dir, '.weekly-review.yaml')), options: { overwrite: false, ignoreIfExists: false } });
    assert.match((fill as { edits: { newText: string }[] }).edits[0]?.newText ?? '', /extends: cto\n/);
    await client.close();
  });

  it('in Restricted Mode (initializationOptions.trusted false) refuses a rubric outside the folder, as VS Code does', async () => {
    const text = '---\nweek: 2026-W47\nrubric: /etc/weekly-review-rubric.yaml\n---\n## Hiring\n- 1h Screen\n';
    const dir = workspace({ '2026-W47.md': text });
    const client = await startClient({ rootPath: dir, initializationOptions: { trusted: false } });
    const uri = client.open(path.join(dir, '2026-W47.md'), text);
    const published = await client.waitForDiagnostics(uri, settled(1));
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'rubric-error').map((d) => d.message), ['Rubric /etc/weekly-review-rubric.yaml is broken, so this review is not judged. 1:1: Restricted Mode: rubric path /etc/weekly-review-rubric.yaml is outside the workspace folders. Fix the rubric file; its problems are listed there.']);
    await client.close();
  });
});

describe('language server: a list the client holds is not sent again', () => {
  const file = 'examples/2026-W46.md';
  const text = readFileSync(file, 'utf8');
  /** A change of one line's text, at its end (`insert`) or taking out its last `remove` characters. */
  const atEnd = (line: number, insert: string, remove = 0) => {
    const end = text.split('\n')[line]?.length ?? 0;
    return { range: { start: { line, character: end - remove }, end: { line, character: end } }, text: insert };
  };

  it('publishes after an edit only when the findings changed', async () => {
    const client = await startClient({ rootPath: 'examples' });
    try {
      const uri = fileUri(file);
      const received: { version: number | undefined; count: number }[] = [];
      // Every publish for the review, in order (the test never holds, so the waiter sees them all).
      void client.waitForDiagnostics(uri, (p) => {
        received.push({ version: p.version, count: p.diagnostics.length });
        return false;
      });
      // Once the review is open: weeklyReview.summary analyses the version the server holds now, and the publish of that analysis is written before its answer.
      const checked = () => client.connection.sendRequest('workspace/executeCommand', { command: 'weeklyReview.summary', arguments: [uri] });
      const change = async (version: number, edit: ReturnType<typeof atEnd>) => {
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit] });
        await checked();
      };
      client.open(file, text, 1);
      await client.waitForDiagnostics(uri, settled(1));
      // Version 2: a word added to the week's theme (prose, no finding): the list is the same, nothing is sent.
      await change(2, atEnd(7, ' Soon.'));
      // Version 3: a word added to a low-value item (line 13, whose finding spans the item): its range grows, the list is sent.
      await change(3, atEnd(12, ' now'));
      // Version 4: that word taken out again: the list is version 1's, not the one the client holds, so it is sent.
      await change(4, atEnd(12, '', 4));
      assert.deepEqual(received, [{ version: 1, count: 8 }, { version: 3, count: 8 }, { version: 4, count: 8 }]);
      assert.equal(client.diagnostics.get(uri)?.version, 4);
    } finally {
      await client.close();
    }
  });

  it('sends a reopened review its list, even when it is the one sent before it was closed', async () => {
    // Two reviews of one week, with no finding of their own: each holds the workspace's duplicate-week alone, open or not.
    const text = '# Week 47\n\nNotes only.\n';
    const dir = workspace({ '2026-W47.md': text, 'copy-2026-W47.md': text });
    const client = await startClient({ rootPath: dir, settings: { severity: { 'no-activities': 'off' } } });
    try {
      const file = path.join(dir, '2026-W47.md');
      const uri = fileUri(file);
      const codes: string[][] = [];
      void client.waitForDiagnostics(uri, (p) => {
        codes.push(p.diagnostics.map((d) => String(d.code)));
        return false;
      });
      client.open(file, text, 1);
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.deepEqual(codes.at(-1), ['duplicate-week']);
      const sent = codes.length;
      // Closed: its list is still the workspace's finding, the one the client holds, so nothing is sent.
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      // Opened again: a client may have dropped a closed document's diagnostics, so the list goes out.
      client.open(file, text, 1);
      await client.connection.sendRequest('workspace/executeCommand', { command: 'weeklyReview.summary', arguments: [uri] });
      assert.deepEqual(codes.slice(sent), [['duplicate-week']]);
    } finally {
      await client.close();
    }
  });
});
