// What a user typed into `search`, turned into the three things cypher/search.cypher needs: a
// Lucene query that can only ever mean "these words", the text as an exact name, and one
// "begins a word" pattern per word for the ranking. Pure functions, so the rules are easy to test.

export const MAX_TEXT_CHARS = 200;
export const MAX_WORDS = 20;
/** Latin words this long are also matched as prefixes (semicond), and words of letters this long within one typo. */
const PREFIX_MIN = 3;
const FUZZY_MIN = 4;

export interface SearchText {
  /** Lucene query for db.index.fulltext.queryNodes. */
  query: string;
  /** The whole text, normalized as names are compared: NFKC, single spaces, lower case. */
  exact: string;
  /** The words, lower-cased. */
  words: string[];
  /** Per word, a Java regex (Cypher =~) matching a lower-cased name in which a word begins with it. */
  wordStarts: string[];
}

/** A reason the text cannot be searched, phrased as what to do instead. */
export interface SearchTextError {
  error: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;
/** Only words of letters get a typo tolerance: one edit in an id or a number names another entity. */
const LATIN_LETTERS = /^\p{Script=Latin}+$/u;

/** Inside a Lucene phrase only the quote and the backslash are special. */
const phrase = (w: string) => `"${w.replace(/["\\]/g, '\\$&')}"`;
/** Every character Java's regex syntax gives a meaning to, escaped (a backslash before punctuation is always literal). */
const regexLiteral = (w: string) => w.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

export function normalizeName(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * Each word becomes a quoted phrase (the analyzer splits it as it split the names: Han text into
 * characters, so a phrase is a substring match) and, for Latin words, also a prefix term and a
 * fuzzy term. Prefix and fuzzy terms skip the analyzer, hence lower-casing them here; they are
 * built only from letters and digits, so no user character ever reaches Lucene outside quotes.
 */
export function parseSearchText(text: string): SearchText | SearchTextError {
  if (text.length > MAX_TEXT_CHARS) return { error: `text is ${text.length} characters; search for at most ${MAX_TEXT_CHARS} (a name or a few words of one)` };
  const normalized = text.normalize('NFKC');
  // Punctuation at either end of a word is not part of any name word ("(Jinzhou)," -> Jinzhou).
  const words = normalized
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => LETTER_OR_DIGIT.test(w));
  if (words.length === 0) return { error: 'text must contain a letter or a digit: give a name or a word of one (for example 锦州 or Jinzhou)' };
  if (words.length > MAX_WORDS) return { error: `text has ${words.length} words; search for at most ${MAX_WORDS} (a name or a few words of one)` };
  const query = words
    .map((w) => {
      const clauses = [phrase(w)];
      if (LATIN_WORD.test(w) && w.length >= PREFIX_MIN) clauses.push(`${w.toLowerCase()}*`);
      if (LATIN_LETTERS.test(w) && w.length >= FUZZY_MIN) clauses.push(`${w.toLowerCase()}~1`);
      return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
    })
    .join(' ');
  return {
    query,
    exact: normalizeName(normalized),
    words: words.map((w) => w.toLowerCase()),
    wordStarts: words.map((w) => `(?s).*(?<![\\p{L}\\p{N}])${regexLiteral(w.toLowerCase())}.*`),
  };
}
