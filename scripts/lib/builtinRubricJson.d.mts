// Types of builtinRubricJson.mjs, for the tests that import it.
export function builtinRubricJson(): Promise<string>;
export function builtinRubricDefine(): Promise<{ WEEKLY_REVIEW_BUILTIN_RUBRIC_JSON: string }>;
