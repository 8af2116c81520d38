// The command line as data: parses argv once, answers usage errors in one
// sentence (with a did-you-mean), and is the one place that turns flags into
// the engine's analysis options.

import { parseArgs } from 'node:util';
import type { AnalyzeOptions, PeriodKind } from '../core';
import { toEnginePath } from './files';

export type Command = 'check' | 'summary' | 'trends' | 'people' | 'new' | 'import';
export type Format = 'text' | 'json' | 'markdown' | 'sarif' | 'github' | 'junit' | 'csv';

export interface CliArgs {
  command: Command;
  format: Format;
  paths: string[];
  rubric?: string;
  /** `summary --by`: roll weeks up into months or quarters. */
  by?: PeriodKind;
  /** `new --week`, `import --week`: the ISO week (or a date in it) to create or import. */
  week?: string;
  /** `import`: the review to merge into, the user's time zone, the calendar owner's addresses. */
  into?: string;
  tz?: string;
  me?: string[];
  dryRun?: boolean;
  includePrivate?: boolean;
  frail: boolean;
  noColor: boolean;
  /** `--no-memory`: remembered verdicts (`.weekly-review/verdicts.yaml`) are not applied. */
  noMemory: boolean;
}

export type Parsed = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' } | { kind: 'usage'; message: string };

const OPTIONS = {
  format: { type: 'string' },
  rubric: { type: 'string' },
  week: { type: 'string' },
  by: { type: 'string' },
  into: { type: 'string' },
  tz: { type: 'string' },
  me: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  'include-private': { type: 'boolean' },
  frail: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-memory': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

const KNOWN = [...Object.keys(OPTIONS).map((name) => `--${name}`), '-h', '-V', '-v'];
const COMMANDS: readonly Command[] = ['check', 'summary', 'trends', 'people', 'new', 'import'];
const FORMATS: Record<Command, readonly Format[]> = { check: ['text', 'json', 'sarif', 'github', 'junit'], summary: ['text', 'json', 'markdown', 'csv'], trends: ['text', 'json', 'markdown'], people: ['text', 'json'], new: ['text'], import: ['text'] };
const COMMAND_LIST = '"check", "summary", "trends", "people", "new" or "import"';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The closest of `candidates` to `word`, when it is close enough to be a typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || score < best.score) best = { candidate, score };
  }
  return best && best.score <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

function suggestion(word: string, candidates: readonly string[]): string {
  const close = didYouMean(word, candidates);
  return close ? ` Did you mean ${close}?` : '';
}

/** One sentence for what node:util's parseArgs rejected. */
function parseArgsProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-[^']*)'/.exec(message)?.[1]?.split('=')[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}.${suggestion(option, KNOWN)}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--?[\w-]+/.exec(message)?.[0] ?? option;
    return OPTIONS[name.replace(/^--?/, '') as keyof typeof OPTIONS]?.type === 'string' ? `${name} needs a value, e.g. ${name === '--format' ? '--format json' : name === '--week' ? '--week 2026-W48' : name === '--by' ? '--by month' : `${name} FILE`}.` : `${name} takes no value.`;
  }
  return message.replace(/\.$/, '') + '.';
}

/** What is wrong with `--by`, if anything: summary only, month or quarter, not with csv. */
function byProblem(command: Command, format: Format, by: string | undefined): string | undefined {
  if (by === undefined) return undefined;
  if (command !== 'summary') return '--by only applies to "summary".';
  if (by !== 'month' && by !== 'quarter') return `--by ${by} is not a period; use month or quarter.${suggestion(by, ['month', 'quarter'])}`;
  return format === 'csv' ? '--by does not apply to --format csv, which has one row per activity.' : undefined;
}

/** What is wrong with the import flags, if anything: one calendar, and its flags on no other command. */
function importProblem(command: Command, paths: readonly string[], values: { into?: string | undefined; tz?: string | undefined; me?: string[] | undefined; 'dry-run'?: boolean | undefined; 'include-private'?: boolean | undefined }): string | undefined {
  if (command === 'import') return paths.length === 1 ? undefined : 'import takes one calendar file (.ics), e.g. weekly-review import calendar.ics --week 2027-W10.';
  const used = (['into', 'tz', 'me', 'dry-run', 'include-private'] as const).find((name) => values[name] !== undefined);
  return used === undefined ? undefined : `--${used} only applies to "import".`;
}

function usage(message: string): Parsed {
  return { kind: 'usage', message };
}

export function parseCliArgs(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv.map((arg) => (arg === '-v' ? '-V' : arg)), allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usage(parseArgsProblem(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) return usage(`missing command: use ${COMMAND_LIST}.`);
  if (!COMMANDS.includes(command as Command)) return usage(`unknown command "${command}": use ${COMMAND_LIST}.${suggestion(command, COMMANDS)}`);
  const chosen = command as Command;
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS[chosen].includes(format)) return usage(`--format ${format} is not available for ${chosen}; use ${FORMATS[chosen].join(', ')}.${suggestion(format, FORMATS[chosen])}`);
  if (chosen === 'new' && paths.length > 1) return usage('new takes at most one folder: where to write the review.');
  if (chosen !== 'new' && chosen !== 'import' && values.week !== undefined) return usage('--week only applies to "new" and "import".');
  const importOnly = importProblem(chosen, paths, values);
  if (importOnly !== undefined) return usage(importOnly);
  const by = byProblem(chosen, format, values.by);
  if (by !== undefined) return usage(by);
  if (paths.length === 0 && chosen !== 'new') return usage(`${chosen} needs at least one review file, folder or glob (or - for standard input).`);
  if (values.frail && chosen !== 'check' && chosen !== 'people') return usage('--frail only applies to "check" and "people".');
  const args: CliArgs = { command: chosen, format, paths, frail: Boolean(values.frail), noColor: Boolean(values['no-color']), noMemory: Boolean(values['no-memory']) };
  if (values.rubric !== undefined) args.rubric = values.rubric;
  if (values.week !== undefined) args.week = values.week;
  if (values.by !== undefined) args.by = values.by as PeriodKind;
  if (values.into !== undefined) args.into = values.into;
  if (values.tz !== undefined) args.tz = values.tz;
  if (values.me !== undefined) args.me = values.me;
  if (values['dry-run']) args.dryRun = true;
  if (values['include-private']) args.includePrivate = true;
  return { kind: 'run', args };
}

/** The engine's analysis options from the flags: the only place that reads them for the engine. */
export function analysisOptions(args: CliArgs): AnalyzeOptions {
  return {
    ...(args.rubric === undefined ? {} : { rubricPath: args.rubric === 'cto' ? 'cto' : toEnginePath(args.rubric) }),
    ...(args.noMemory ? { memory: false } : {}),
  };
}
