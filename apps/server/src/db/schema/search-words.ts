import { sql } from 'drizzle-orm';
import { index, type PgColumn, text } from 'drizzle-orm/pg-core';

/**
 * The words of a directory row's search_key (its runs of a–z, in order, duplicates kept), stored
 * as it is written: `search_words && '{phong,phòng's vocabulary words}'` finds the rows having a
 * word that contains a typed word through a GIN index over whole words, where a trigram LIKE has
 * to intersect posting lists of trigrams in hundreds of thousands of rows ("ong" is in "phòng",
 * "công", "đông"…). lookup_words holds the same words (migration 0008's triggers split search_key
 * on the same pattern), so a typed word's vocabulary words are every word of every row that may
 * contain it (directory-search.criteria.ts).
 */
export const searchWords = () =>
  text('search_words')
    .array()
    .notNull()
    .generatedAlwaysAs(sql`array_remove(regexp_split_to_array(search_key, '[^a-z]+'), '')`);

/** The GIN index of a table's search_words. */
export const searchWordsIndex = (table: string, col: PgColumn) =>
  index(`${table}_search_words_idx`).using('gin', col);
