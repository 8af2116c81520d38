// Types for makeReview.mjs (scripts are plain JavaScript so node can run them without a build).
export function makeReview(bytes: number): string;
