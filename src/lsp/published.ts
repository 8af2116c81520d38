// Each document's last published diagnostics, so that a keystroke converts
// only the findings it changed, and publishes nothing when it changed none.
// A keystroke in a 1 MB review re-publishes its 7,000 findings (push
// diagnostics always carry the whole list); the engine hands back the very
// same finding objects for the sections the edit did not touch, so the
// published list is the previous one with a run in the middle replaced.
// Keeping the same Diagnostic objects for the unchanged runs also lets the
// transport (transport.ts) reuse their encoded bytes.
//
// A list equal to the one the client holds is not sent again (as
// rust-analyzer does): pushed diagnostics replace the last ones, so the
// client would decode 2.4 MB to arrive where it is. A letter typed where no
// finding starts, ends or is decided (a review's prose outside its flagged
// items, the text after a finding on its line) changes nothing; so does a
// run's recomputation that moved no workspace finding. An empty list is
// always sent (it costs nothing and clears), and a document just opened gets
// its list whatever was sent before (`forget`): a client may drop a closed
// document's diagnostics.

import type { Diagnostic } from 'vscode-languageserver';
import type { ReviewDiagnostic } from '../core';
import { toDiagnostic, type DiagnosticSupport } from './convert';

interface Published {
  findings: readonly ReviewDiagnostic[];
  diagnostics: readonly Diagnostic[];
}

/** The same finding: the same object, or one the converter would turn into an equal diagnostic (workspace findings are made afresh on each call). */
function sameFinding(a: ReviewDiagnostic, b: ReviewDiagnostic): boolean {
  if (a === b) return true;
  return a.ruleId === b.ruleId && a.severity === b.severity && a.message === b.message && a.url === b.url
    && a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column
    && a.range.end.line === b.range.end.line && a.range.end.column === b.range.end.column;
}

/** How many items the two lists share at their start, and then at their end (not overlapping): the same object, or `same`. */
export function commonEnds<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): { prefix: number; suffix: number } {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && (before[prefix] === after[prefix] || same(before[prefix] as T, after[prefix] as T))) prefix++;
  let suffix = 0;
  const last = before.length - 1;
  const lastAfter = after.length - 1;
  while (suffix < shorter - prefix && (before[last - suffix] === after[lastAfter - suffix] || same(before[last - suffix] as T, after[lastAfter - suffix] as T))) suffix++;
  return { prefix, suffix };
}

export class PublishedDiagnostics {
  private readonly byUri = new Map<string, Published>();
  private readonly toDiagnostic: (finding: ReviewDiagnostic) => Diagnostic;

  /** `support`: what the client takes in a diagnostic, the same for every publish of this server. */
  constructor(support: DiagnosticSupport) {
    this.toDiagnostic = (finding) => toDiagnostic(finding, support);
  }

  /**
   * The findings as protocol diagnostics, the unchanged ones the very objects
   * published last time for `uri`; undefined when they are that list, which
   * was not empty: the client holds it already.
   */
  convert(uri: string, findings: readonly ReviewDiagnostic[]): Diagnostic[] | undefined {
    const last = this.byUri.get(uri);
    let diagnostics: Diagnostic[];
    if (!last) {
      diagnostics = findings.map(this.toDiagnostic);
    } else {
      const { prefix, suffix } = commonEnds(last.findings, findings, sameFinding);
      if (prefix === findings.length && prefix === last.findings.length) return undefined;
      const middle = findings.slice(prefix, findings.length - suffix).map(this.toDiagnostic);
      diagnostics = last.diagnostics.slice(0, prefix).concat(middle, last.diagnostics.slice(last.diagnostics.length - suffix));
    }
    // A copy of the engine's list: what is compared next time must be what was published now.
    if (findings.length === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, { findings: findings.slice(), diagnostics });
    return diagnostics;
  }

  /** The next list for `uri` is sent whatever it is (a document opened: the client may have dropped what it had). */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
