import { searchKey } from '@vssid/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionPoints, lookupWords } from '../src/db/schema/index.ts';
import {
  type DirectoryCriteria,
  escapeLike,
  indexableWord,
  type TextMatch,
  WORD_INDEX_MAX_EXPANSION,
  whereOf,
} from '../src/repositories/directory-search.criteria.ts';
import { directorySearchRepository } from '../src/repositories/directory-search.repository.ts';
import { directoryKeys } from '../src/services/lookups/directory-keys.ts';
import { textMatchOf } from '../src/services/lookups/directory-search.service.ts';
import { createTestApp, TEST_DRIVER, type TestApp } from './helpers.ts';

/**
 * The word index (search_words && the vocabulary words containing a typed word) must find exactly
 * the rows the trigram LIKE found: every typed word a substring of search_key, a typo's readings
 * any of theirs. Compared on a small table of random names, rows written and rewritten through the
 * triggers that keep lookup_words.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: { adminUnits: true, demo: false }, workers: false });
});
afterAll(async () => t?.close());

const db = () => t.runtime.database.db;
const repo = () => directorySearchRepository(db());

/** Syllables that share letters ("ong" in công, hồng, phòng…), digits and punctuation. */
const syllable = fc.constantFrom(
  'Phòng',
  'khám',
  'đa',
  'khoa',
  'Công',
  'ty',
  'TNHH',
  'Bệnh',
  'viện',
  'Hồng',
  'sông',
  'Đông',
  'Bạch',
  'Mai',
  'mái',
  'Khang',
  'Duy',
  'ông',
  'A-3',
  '12',
  'số',
  "Xuân'Thủy",
  'Q.1',
  'Ư',
  'Ơn',
);
const freeWord = fc.string({
  unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxy'),
  minLength: 1,
  maxLength: 7,
});
const name = fc
  .array(fc.oneof({ weight: 4, arbitrary: syllable }, { weight: 1, arbitrary: freeWord }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((w) => w.join(' '));

/** What a person types: a piece of a name (across word edges too), a slip in it, or anything. */
function typedFrom(names: string[]) {
  const keys = names.map((n) => searchKey(n)).filter((k) => k.length > 0);
  const piece = fc
    .tuple(fc.constantFrom(...keys), fc.nat(), fc.integer({ min: 1, max: 9 }))
    .map(([k, at, len]) => k.slice(at % k.length, (at % k.length) + len).trim())
    .filter((s) => s.length > 0);
  const slip = piece.map((s) => (s.length < 3 ? s : s.slice(0, 1) + s[2] + s[1] + s.slice(3)));
  return fc.oneof(piece, slip, freeWord.map(searchKey), syllable.map(searchKey));
}

/** The rows writer-style: keys from directoryKeys, so lookup_words' triggers see them. */
async function replaceRows(names: string[]) {
  await db().delete(collectionPoints);
  if (names.length === 0) return;
  await db()
    .insert(collectionPoints)
    .values(
      names.map((n, i) => ({
        code: `WI${i}`,
        name: n,
        kind: 'collection_point' as const,
        provinceCode: '01',
        address: `Số ${i}`,
        ...directoryKeys({ name: n, address: `Số ${i}` }),
      })),
    );
}

async function idsWhere(c: DirectoryCriteria): Promise<string[]> {
  const rows = await db()
    .select({ id: collectionPoints.id })
    .from(collectionPoints)
    .where(whereOf('collection-points', c));
  return rows.map((r) => r.id).sort();
}

/** The old semantics, in SQL: every group has a reading that is a substring of search_key. */
async function idsLike(groups: string[][]): Promise<string[]> {
  const cond = sql.join(
    groups.map(
      (g) =>
        sql`(${sql.join(
          g.map((w) => sql`${collectionPoints.searchKey} like ${`%${escapeLike(w)}%`} escape '\\'`),
          sql` or `,
        )})`,
    ),
    sql` and `,
  );
  const rows = await db().select({ id: collectionPoints.id }).from(collectionPoints).where(cond);
  return rows.map((r) => r.id).sort();
}

const searched = async (text: TextMatch) =>
  idsWhere((await repo().withVocabulary({ text })) as DirectoryCriteria);

describe(`word index on ${TEST_DRIVER}`, () => {
  it('finds exactly the rows every typed word is a substring of (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(name, { minLength: 1, maxLength: 25 }).chain((names) =>
          fc.tuple(
            fc.constant(names),
            fc.array(typedFrom(names), { minLength: 1, maxLength: 4 }),
            // Some rows renamed after they were written: the update trigger's words count too.
            fc.array(fc.tuple(fc.nat(), name), { maxLength: 4 }),
          ),
        ),
        async ([names, typed, renames]) => {
          await replaceRows(names);
          for (const [i, n] of renames)
            await db()
              .update(collectionPoints)
              .set({ name: n, ...directoryKeys({ name: n, address: 'Đường Láng' }) })
              .where(eq(collectionPoints.code, `WI${i % names.length}`));
          const text = textMatchOf(typed.join(' '));
          if (text.mode !== 'exact') return;
          const expected = await idsLike(text.words.map((w) => [w]));
          expect(await searched(text)).toEqual(expected);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('finds exactly the rows having one reading of every word (typo readings, property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(name, { minLength: 1, maxLength: 25 }).chain((names) =>
          fc.tuple(
            fc.constant(names),
            fc.array(fc.array(typedFrom(names), { minLength: 1, maxLength: 5 }), {
              minLength: 1,
              maxLength: 3,
            }),
          ),
        ),
        async ([names, groups]) => {
          await replaceRows(names);
          const alternatives = groups.map((g) => [...new Set(g.map((w) => searchKey(w)))]);
          if (alternatives.some((g) => g.some((w) => w === ''))) return;
          const text: TextMatch = {
            mode: 'similar',
            key: alternatives.map((a) => a[0]).join(' '),
            alternatives,
          };
          expect(await searched(text)).toEqual(await idsLike(alternatives));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('sends letters-only words of 3+ letters through the index, the others as LIKE', async () => {
    await replaceRows(['Phòng khám đa khoa Khang Duy', 'Công ty A-3', 'Hồng Đông']);
    const text = textMatchOf('phong da ong so');
    const c = (await repo().withVocabulary({ text })) as DirectoryCriteria & {
      text: Extract<TextMatch, { mode: 'exact' }>;
    };
    expect([...(c.text.vocabulary?.keys() ?? [])].sort()).toEqual(['ong', 'phong']);
    expect(c.text.vocabulary?.get('ong')).toEqual(
      expect.arrayContaining(['phong', 'cong', 'hong', 'dong']),
    );
    expect(indexableWord('da')).toBe(false);
    expect(indexableWord('a3a')).toBe(false);
    const q = db()
      .select({ id: collectionPoints.id })
      .from(collectionPoints)
      .where(whereOf('collection-points', c))
      .toSQL();
    expect(q.sql.match(/"search_words" && /g)).toHaveLength(2);
    expect(q.sql.match(/"search_key" like /g)).toHaveLength(2);
    expect(q.params).toContain('{phong}');
    expect(await idsWhere(c)).toHaveLength(1);

    // A word no row has (a slip): the WHERE is false, nothing is read. Its letters (w, z) are
    // outside the alphabet of the names the property tests above wrote into this database, whose
    // words stay in the vocabulary: "kmah" was once among them.
    const slip = await repo().withVocabulary({ text: textMatchOf('phong kwaz') });
    const s = db()
      .select({ id: collectionPoints.id })
      .from(collectionPoints)
      .where(whereOf('collection-points', slip))
      .toSQL();
    expect(s.sql).toMatch(/ and false\)?$/);
    expect(await idsWhere(slip)).toEqual([]);
  });

  it(`leaves a word inside more than ${WORD_INDEX_MAX_EXPANSION} vocabulary words to the LIKE`, async () => {
    const many = Array.from(
      { length: WORD_INDEX_MAX_EXPANSION + 1 },
      (_, i) =>
        `zqx${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    await replaceRows(many);
    const known = await db()
      .select({ word: lookupWords.word })
      .from(lookupWords)
      .where(inArray(lookupWords.word, many));
    expect(known).toHaveLength(many.length);
    const c = await repo().withVocabulary({ text: textMatchOf('zqx zqxaa') });
    const v = (c.text as Extract<TextMatch, { mode: 'exact' }>).vocabulary;
    expect(v?.has('zqx')).toBe(false);
    expect(v?.get('zqxaa')).toEqual(['zqxaa']);
    expect(await idsWhere(c)).toHaveLength(1);
  });
});
