// Where each rule is documented: the README's section for it.

export const DOCS_BASE_URL = 'https://github.com/weekly-review/weekly-review/blob/main/README.md';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}#${ruleId}`;
}
