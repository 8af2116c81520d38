// The shared example review 2026-W45.md in the real extension host:
// diagnostics must be exactly what the CLI reports for it (rule ids, 0-based
// ranges, severities, messages), agree with the hand labels, and carry the
// documented source/code; hovers explain the verdict criterion by criterion;
// CodeLens titles on category headings match the engine's summary numbers.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, closeAll, type CliFinding, describeAll, describeCli, firstDiagnostics, hoverText, open, readJson, ruleOf, SOURCE, wsUri,
} from './helpers';

interface Labels { labels: Record<string, 'low' | 'worthy'>; minutes: Record<string, number> }
interface CategoryRow { id: string; name: string; minutes: number; share: number; target: number; diffPp: number }
interface Summary { categories: CategoryRow[]; totalMinutes: number; lowValue: { line: number }[] }

const review = () => wsUri('2026-W45.md');

/** `390` → `6h 30m` (the README's duration style), written independently of the engine's formatter. */
function hm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean).join(' ') || '0m';
}
/** Share as the lens shows it: whole percent, one decimal below 10% when rounding would hide it. */
function pct(share: number): string {
  const v = share * 100;
  if (v !== 0 && Math.abs(v) < 10 && Math.round(v) !== v) return `${Math.round(v * 10) / 10}%`;
  return `${Math.round(v)}%`;
}
function pp(diff: number): string {
  const r = Math.round(diff);
  return r === 0 ? '±0 pp' : `${r > 0 ? '+' : '\u2212'}${Math.abs(r)} pp`;
}

describe('2026-W45.md in a real VS Code', () => {
  let diagnostics: vscode.Diagnostic[];
  const cli = () => readJson<CliFinding[]>('expected', '2026-W45.check.json');

  before(async () => {
    await activateExtension();
    await open(review());
    diagnostics = await firstDiagnostics(review());
  });
  after(closeAll);

  it('publishes exactly the diagnostics the CLI reports (rule ids, 0-based ranges, severities)', () => {
    // A missing or extra diagnostic shows up by name in this diff.
    assert.deepEqual(describeAll(diagnostics), cli().map(describeCli).sort());
  });

  it('uses the same messages as the CLI', () => {
    const byKey = new Map(cli().map((f) => [describeCli(f), f.message]));
    for (const d of diagnostics) assert.equal(d.message, byKey.get(describeAll([d])[0] ?? ''), describeAll([d])[0]);
  });

  it('flags every line labelled "low" and no line labelled "worthy"', () => {
    const { labels } = readJson<Labels>('expected', 'labels.json');
    const lowLines = new Set(diagnostics.filter((d) => ruleOf(d) === 'low-value-item').map((d) => d.range.start.line + 1));
    for (const [line, label] of Object.entries(labels)) {
      if (label === 'low') assert.ok(lowLines.has(Number(line)), `line ${line} is labelled low but has no low-value-item`);
      else assert.ok(!lowLines.has(Number(line)), `line ${line} is labelled worthy but has a low-value-item`);
    }
  });

  it('has exact ranges and severities for known findings', () => {
    const find = (rule: string, line: number) => diagnostics.find((d) => ruleOf(d) === rule && d.range.start.line === line);
    // "- [x] 1h Reviewed two small PRs…" (file line 11): the range starts after the checkbox and duration.
    const prs = find('low-value-item', 10);
    assert.ok(prs, 'low-value-item on line 11');
    assert.deepEqual([prs.range.start.character, prs.range.end.line, prs.range.end.character], [6, 10, 54]);
    assert.equal(prs.severity, vscode.DiagnosticSeverity.Warning);
    const inbox = find('uncategorized', 41);
    assert.ok(inbox, 'uncategorized on line 42 (Cleaned up my inbox)');
    assert.ok(inbox.range.isEqual(new vscode.Range(41, 2, 41, 24)), `range ${JSON.stringify(inbox.range)}`);
    assert.equal(inbox.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(diagnostics.filter((d) => ruleOf(d) === 'low-value-item').length, 10);
    assert.equal(diagnostics.filter((d) => ruleOf(d) === 'uncategorized').length, 2);
  });

  it('sets source "weekly-review" and code {value: ruleId, target: docs link}', () => {
    for (const d of diagnostics) {
      assert.equal(d.source, SOURCE);
      assert.ok(typeof d.code === 'object' && d.code !== null, 'code is an object');
      const code = d.code as { value: string | number; target: vscode.Uri };
      assert.ok(code.target instanceof vscode.Uri, 'code.target is a Uri');
      assert.equal(code.target.scheme, 'https');
      assert.equal(code.target.fragment, String(code.value), 'the docs link points at the rule');
    }
  });

});

describe('2026-W45.md hovers and lenses', () => {
  before(async () => {
    await activateExtension();
    await open(review());
    await firstDiagnostics(review());
  });
  after(closeAll);

  it('hovers a low-value item with ✗ criterion lines and their evidence', async () => {
    // Line 42 "- 2h Cleaned up my inbox": hover inside the item text.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', review(), new vscode.Position(41, 10));
    const text = hovers.map(hoverText).find((t) => t.includes('Score'));
    assert.ok(text, `no weekly-review hover; got ${JSON.stringify(hovers.map(hoverText))}`);
    assert.match(text, /2h/);
    assert.match(text, /uncategorized/);
    assert.match(text, /low value/);
    const criteria = text.split('\n').filter((l) => /^[✓✗?] /.test(l.trim()));
    assert.ok(criteria.length >= 5, `criterion lines: ${criteria.length}`);
    assert.ok(criteria.some((l) => l.includes('✗') && l.includes('inbox')), `a ✗ line cites the evidence "inbox": ${criteria.join(' | ')}`);
  });

  it('hovers a worthy item with ✓ lines and no low-value verdict', async () => {
    // Line 9: "- [x] 3h 1:1s with the four team leads … → written list of asks …"
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', review(), new vscode.Position(8, 20));
    const text = hovers.map(hoverText).find((t) => t.includes('Score'));
    assert.ok(text, 'hover on a worthy item');
    assert.match(text, /Engineering culture/);
    assert.match(text, /— worthy/);
    assert.ok(text.includes('✓'), 'has passing criteria');
  });

  it('gives no activity hover on a heading', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', review(), new vscode.Position(7, 5));
    assert.equal(hovers.map(hoverText).filter((t) => t.includes('Score')).length, 0);
  });

  it('puts a CodeLens on each category heading with the engine\'s numbers', async () => {
    const summary = readJson<Summary>('expected', '2026-W45.summary.json');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', review());
    const ours = lenses.filter((l) => l.command?.command === 'weeklyReview.summarize');
    assert.equal(ours.length, summary.categories.length, 'one lens per category heading (none on "## Other")');
    const document = await vscode.workspace.openTextDocument(review());
    for (const row of summary.categories) {
      const lens = ours.find((l) => document.lineAt(l.range.start.line).text === `## ${row.name}`);
      assert.ok(lens, `lens on "## ${row.name}"`);
      assert.equal(lens.command?.title, `${hm(row.minutes)} · ${pct(row.share)} · target ${pct(row.target)} (${pp(row.diffPp)})`);
    }
    // Spot-check against hand-computed numbers (390 of 1860 min, target 25%).
    assert.ok(ours.some((l) => l.command?.title === '6h 30m · 21% · target 25% (\u22124 pp)'), ours.map((l) => l.command?.title).join(' | '));
  });
});
