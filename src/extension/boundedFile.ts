// Files read through `vscode.workspace.fs` (a calendar picked in the
// extension, any file of a virtual workspace or of the browser), at most
// `limit` bytes: `readFile` reads the whole file whatever it is, so a
// picked 2 GB export, or a FIFO or device behind a link, held the extension
// host until memory ran out or forever. The size and kind are asked first,
// as the disk reader (platformNode.ts) and the CLI do. No vscode here, so
// the test runs it.

/** VS Code's `FileType` bits (stable API values): a link has its target's bits too. */
const FILE = 1;
const DIRECTORY = 2;

/** The part of `vscode.workspace.fs` read here. */
export interface StatReader<U> {
  stat(uri: U): Thenable<{ type: number; size: number }>;
  readFile(uri: U): Thenable<Uint8Array>;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

/** Why the file `stat` describes is not read: not a regular file, or more than `limit` bytes; undefined to read it. */
export function statProblem(stat: { type: number; size: number }, limit: number): string | undefined {
  if (stat.type & DIRECTORY) return 'is a folder, not a file';
  if (!(stat.type & FILE)) return 'is not a regular file';
  if (stat.size > limit) return `is ${megabytes(stat.size)}; at most ${megabytes(limit)} is read`;
  return undefined;
}

/** The bytes of `uri`, or an error naming `name` and why it is not read. */
export async function readFileAtMost<U>(fs: StatReader<U>, uri: U, limit: number, name: string): Promise<Uint8Array> {
  const problem = statProblem(await fs.stat(uri), limit);
  if (problem !== undefined) throw new Error(`${name} ${problem}`);
  return fs.readFile(uri);
}
