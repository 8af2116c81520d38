// Types of builtinRubricJson.mjs, for the tests that import it.
export function builtinRubricJson(): Promise<string>;
export function builtinRubricDefine(): Promise<{ WEEKLY_REVIEW_BUILTIN_RUBRIC_JSON: string }>;
export function runBundled<T = Record<string, unknown>>(contents: string, define?: Record<string, string>): Promise<{ exports: T; code: string }>;
