import { type SQL, sql } from 'drizzle-orm';
import { agencies, provinces } from '../db/schema/index.ts';

/**
 * Words people put around a place name when they look for its agency ("BHXH tỉnh Thanh Hóa",
 * "bảo hiểm xã hội TP Hải Phòng"); as search keys.
 */
const AGENCY_WORDS = 'bhxh bao hiem xa hoi co quan tp tinh thanh pho';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const hasWord = (padded: SQL, word: string) =>
  sql`${padded} like ${`% ${escapeLike(word)} %`} escape '\\'`;

/**
 * How strongly a search names the agency's province: when every typed word is a word of the
 * province's name or a word people say around it, twice the number of typed words that are
 * words of the province's name, plus one for the provincial agency (BHXH tỉnh/thành phố);
 * 0 otherwise. Sorted descending first, it puts "BHXH thành phố Hải Phòng" first and the base
 * agencies of Hải Phòng next for "Hải Phòng", "Thành phố Hải Phòng" or "BHXH Hải Phòng" —
 * whatever the agency's own name says ("BHXH TP Hải Phòng"), since it reads the province's
 * name — and for every province alike; a street named after a place (Nguyễn Huệ) does not
 * count. The query must join `provinces` on the agency's province.
 */
export function provincialAgencyScore(words: readonly string[]): SQL<number> {
  // (A bare 0 in ORDER BY would be read as a column position.)
  if (words.length === 0) return sql<number>`(0 + 0)`;
  const province = sql`(' ' || ${provinces.searchKey} || ' ')`;
  const around = sql`(' ' || ${provinces.searchKey} || ' ' || ${AGENCY_WORDS} || ' ')`;
  const all = sql.join(
    words.map((w) => hasWord(around, w)),
    sql` and `,
  );
  const hits = sql.join(
    words.map((w) => sql`(case when ${hasWord(province, w)} then 2 else 0 end)`),
    sql` + `,
  );
  const own = sql`(case when ${agencies.kind} = 'province' then 1 else 0 end)`;
  return sql<number>`(case when ${all} then ${hits} + ${own} else 0 end)`;
}
