// The CLI tests' harness: runs the real entry point in-process in a folder,
// capturing what it prints, and writes throw-away review folders.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], cwd: string, stdin?: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, ...(stdin !== undefined ? { stdin: async () => stdin } : {}) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    process.chdir(previous);
  }
}

/** A temporary folder holding `files` (relative path → text). */
export function workspace(files: Record<string, string>, prefix = 'weekly-review-cli-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
