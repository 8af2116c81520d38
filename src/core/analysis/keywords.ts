// Word and phrase matching for rubric signals. A rubric word ending in `*`
// matches any ending ("debug*" → "debugged"); a lone `*` between words matches
// one word ("all * engineers" → "all 60 engineers"). Matching is
// case-insensitive and on whole words, so "fix" never matches "prefix".

import { escapeRegExp } from '../text';
import { isNegated, stem } from './signals';

const WORD_CHAR = "[\\p{L}\\p{N}_]";
const ANY_WORD = "[\\p{L}\\p{N}_'/-]+";
const WORD_TAIL = "[\\p{L}\\p{N}_'-]*";

function keywordPattern(keyword: string): string {
  return keyword
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (word === '*' ? ANY_WORD : escapeRegExp(word).replace(/\\\*/g, WORD_TAIL)))
    .join('\\s+');
}

export interface KeywordMatcher {
  /** Distinct matched words or phrases in `text`, in order of appearance. */
  find(text: string): string[];
  /** Like `find`, split into affirmed hits and negated ones ("nothing agreed"). */
  findAffirmed(text: string): { affirmed: string[]; negated: string[] };
}

export interface KeywordCompiler {
  (keywords: readonly string[]): KeywordMatcher;
  /** The word stems of a rubric list (verbs, quantity units), memoized like the patterns. */
  stems(words: readonly string[]): Set<string>;
}

/** A memoizing compiler; the service owns one, so compiled patterns live as long as it does. */
export function createKeywordCompiler(): KeywordCompiler {
  const cache = new Map<string, KeywordMatcher>();
  const stemCache = new WeakMap<readonly string[], Set<string>>();
  const compiler = (keywords: readonly string[]): KeywordMatcher => {
    const key = keywords.join('\u0000');
    let matcher = cache.get(key);
    if (!matcher) {
      matcher = compileKeywords(keywords);
      if (cache.size > 500) cache.clear();
      cache.set(key, matcher);
    }
    return matcher;
  };
  compiler.stems = (words: readonly string[]): Set<string> => {
    let stems = stemCache.get(words);
    if (!stems) {
      stems = new Set(words.map((word) => word.trim().split(/\s+/).map(stem).join(' ')));
      stemCache.set(words, stems);
    }
    return stems;
  };
  return compiler;
}

export function compileKeywords(keywords: readonly string[]): KeywordMatcher {
  const usable = [...new Set(keywords.map((k) => k.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return { find: () => [], findAffirmed: () => ({ affirmed: [], negated: [] }) };
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${usable.map(keywordPattern).join('|')})(?!${WORD_CHAR})`, 'giu');
  return {
    find(text: string): string[] {
      const hits = new Set<string>();
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        hits.add(match[0].toLowerCase().replace(/\s+/g, ' '));
        if (match[0].length === 0) pattern.lastIndex++;
      }
      return [...hits];
    },
    findAffirmed(text: string) {
      const affirmed = new Set<string>();
      const negated = new Set<string>();
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const word = match[0].toLowerCase().replace(/\s+/g, ' ');
        (isNegated(text, match.index) ? negated : affirmed).add(word);
        if (match[0].length === 0) pattern.lastIndex++;
      }
      return { affirmed: [...affirmed], negated: [...negated].filter((word) => !affirmed.has(word)) };
    },
  };
}
