// Small text helpers shared by heading matching, tags and keyword search.

/** Lower-cases, drops emoji, punctuation and a trailing `(…)`, folds `&` into `and`, collapses spaces. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && word !== 'and')
    .join(' ');
}

/** `Business development` → `business-development`: the tag spelling of a label. */
export function slugify(text: string): string {
  return normalizeLabel(text).replace(/ /g, '-');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A copy of `text` that does not keep the string it was cut from alive.
 * JavaScript engines make a slice of a long string point into it, so a
 * cache keyed by a section of one version of a 1 MB review would keep that
 * whole version in memory, one per keystroke. Prepending a character and
 * slicing it off again makes the engine copy the characters out.
 */
export function detachText(text: string): string {
  return ` ${text}`.slice(1);
}

const SHORT_TEXTS = new Map<string, string>();
const SHORT_TEXTS_LIMIT = 4096;

/**
 * The one copy of a short text that many items repeat (a duration such as
 * `2h`, a tag such as `hiring`): a 1 MB review's 13,000 items hold a few
 * dozen spellings, and each string cut from a line would otherwise be a
 * copy of its own. Longer texts are returned as they are.
 */
export function internShort(text: string): string {
  if (text.length > 12) return text;
  const held = SHORT_TEXTS.get(text);
  if (held !== undefined) return held;
  if (SHORT_TEXTS.size >= SHORT_TEXTS_LIMIT) SHORT_TEXTS.clear();
  SHORT_TEXTS.set(text, text);
  return text;
}

/**
 * `text` as one flat string. A string built with `+` or a template is held
 * as a tree of its pieces (several times the size of its text) until
 * something reads it whole; what is kept for long (interned verdicts) is
 * flattened first. `normalize()` returns a flat string; it is used only
 * when it changes nothing else.
 */
export function flatText(text: string): string {
  const flat = text.normalize();
  return flat === text ? flat : text;
}
