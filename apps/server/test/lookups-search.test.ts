import { employerQuerySchema } from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/lib/clock.ts';
import { directorySearchRepository } from '../src/repositories/directory-search.repository.ts';
import { directorySearchService } from '../src/services/lookups/directory-search.service.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import { freshIp } from './support/auth-fixture.ts';
import {
  addCollectionPoint,
  BULK_EMPLOYERS,
  seedDirectoryFixture,
} from './support/directory-fixture.ts';

/** "Tra cứu": the five public directory searches (contracts/lookups.ts), over real units. */
let t: TestApp;
/** Fixed time: the per-minute limit's window must not roll over in the middle of a test. */
const clock = new FakeClock();
beforeAll(async () => {
  t = await createTestApp({ seed: { adminUnits: true, demo: false }, workers: false, clock });
  await seedDirectoryFixture(t.runtime.database.db);
});
afterAll(async () => t?.close());

type Item = Record<string, unknown> & { id: string; name: string };
type Page = {
  items: Item[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  match: 'all' | 'exact' | 'similar';
};

async function get(path: string, query: Record<string, string | number> = {}, ip = freshIp()) {
  const qs = new URLSearchParams(
    Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
  );
  const r = await t.app.inject({
    method: 'GET',
    url: `/api/lookups/${path}?${qs}`,
    headers: { 'x-forwarded-for': ip },
  });
  return r;
}
async function page(path: string, query: Record<string, string | number> = {}): Promise<Page> {
  const r = await get(path, query);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
const names = (p: Page) => p.items.map((i) => i.name);
function fieldsOf(r: Awaited<ReturnType<typeof get>>) {
  expect(r.statusCode, r.body).toBe(400);
  const e = r.json().error;
  expect(e.code).toBe('VALIDATION_FAILED');
  return Object.fromEntries(
    (e.fields as { field: string; code: string; message: string }[]).map((f) => [f.field, f]),
  );
}

describe('text search', () => {
  it('ignores diacritics, case and spacing, in names and in place names', async () => {
    const a = await page('agencies', { q: 'dong da' });
    expect(names(a)).toEqual(['BHXH cơ sở Đống Đa']);
    expect(a.match).toBe('exact');
    expect(a.items[0]).toMatchObject({
      code: 'FX01DD',
      kind: 'base',
      province: { code: '01', name: 'Thành phố Hà Nội' },
      commune: { code: '00235', name: 'Phường Đống Đa' },
      distanceKm: null,
      demo: false,
    });

    const b = await page('bhyt-facilities', { q: 'benh vien bach mai' });
    expect(names(b)).toEqual(['Bệnh viện Bạch Mai']);
    const spaced = await page('bhyt-facilities', { q: '  BỆNH   viện  BẠCH mai ' });
    expect(spaced.items.map((i) => i.id)).toEqual(b.items.map((i) => i.id));

    // "dong da" also finds a facility whose commune (not name) is Phường Đống Đa.
    const c = await page('bhyt-facilities', { q: 'dong da' });
    expect(names(c)).toEqual(['Trạm y tế phường Đống Đa']);
    // Words in any order, across name and address.
    const d = await page('bhyt-facilities', { q: 'giai phong benh vien' });
    expect(names(d)).toEqual(['Bệnh viện Bạch Mai']);
  });

  it('puts names starting with the text first, then names containing it, then the rest', async () => {
    // All three match "bach mai" / "dong da": by name start, by name, by address only.
    const p = await page('collection-points', { q: 'dong da' });
    expect(names(p)).toEqual(['Điểm thu Bưu điện Đống Đa']);
    const f = await page('sick-leave-facilities', { q: 'benh vien' });
    expect(names(f)).toEqual([
      'Bệnh viện Bạch Mai',
      'Bệnh viện Chợ Rẫy',
      'Bệnh viện Hữu nghị Việt Đức',
    ]);
    const h = await page('bhyt-facilities', { q: 'ha noi' });
    // None is named "Hà Nội…": every Hà Nội row, by name.
    expect(names(h)).toEqual([
      'Bệnh viện Bạch Mai',
      'Bệnh viện Hữu nghị Việt Đức',
      'Trạm y tế phường Đống Đa',
    ]);
    const e = await page('employers', { q: 'dong da' });
    expect(names(e)).toEqual(['Công ty TNHH Đống Đa Xanh']);
  });

  it('falls back to typo-tolerant matches marked "similar"', async () => {
    for (const q of ['bach mia', 'benh vien bach mqi', 'bệnh viện bạch mại']) {
      const p = await page('sick-leave-facilities', { q });
      if (q === 'bệnh viện bạch mại') {
        // Wrong tone marks are ignored altogether: an exact match.
        expect(p.match).toBe('exact');
      } else expect(p.match, q).toBe('similar');
      expect(names(p)[0], q).toBe('Bệnh viện Bạch Mai');
    }
    const e = await page('employers', { q: 'song hongg' });
    expect(e.match).toBe('similar');
    expect(names(e)[0]).toBe('Chi nhánh Công ty cổ phần Sông Hồng');

    // Every word must still be there, read through its corrections: "mqi" is "mai", and the
    // other hospitals (no "mai") are not offered.
    const p = await page('bhyt-facilities', { q: 'benh vien bach mqi' });
    expect(names(p)).toEqual(['Bệnh viện Bạch Mai']);
    expect(p.total).toBe(1);
    // A swap of neighbours is one slip ("hnog" → "hong"); a known word is never "corrected".
    const s = await page('employers', { q: 'cong ty song hnog' });
    expect(s.match).toBe('similar');
    expect(names(s)).toEqual(['Chi nhánh Công ty cổ phần Sông Hồng']);
  });

  it('answers an empty page when nothing matches, even approximately', async () => {
    const p = await page('agencies', { q: 'zzzz qqqq' });
    expect(p).toEqual({
      items: [],
      total: 0,
      totalCapped: false,
      page: 1,
      pageSize: 20,
      match: 'exact',
    });
  });

  it('lists everything by name without text, provincial agencies first', async () => {
    const p = await page('agencies');
    expect(p.match).toBe('all');
    expect(p.total).toBe(3);
    expect(names(p)).toEqual([
      'BHXH thành phố Hà Nội',
      'BHXH Thành phố Hồ Chí Minh',
      'BHXH cơ sở Đống Đa',
    ]);
    expect(p.items[1]!.commune).toBeNull();
  });

  it('refuses text of 1 or more than 100 characters in field q', async () => {
    expect(fieldsOf(await get('agencies', { q: 'a'.repeat(101) })).q).toMatchObject({
      code: 'LOOKUP_QUERY_TOO_LONG',
      message: 'Nội dung tìm kiếm tối đa 100 ký tự.',
    });
    expect(fieldsOf(await get('employers', { q: 'x' })).q?.code).toBe('LOOKUP_QUERY_TOO_SHORT');
    expect(fieldsOf(await get('employers', { q: '%' })).q?.code).toBe('LOOKUP_QUERY_TOO_SHORT');
    // Exactly 100 is fine.
    expect((await get('agencies', { q: 'a'.repeat(100) })).statusCode).toBe(200);
  });

  it('treats %, _, backslashes, quotes and markup as plain text', async () => {
    const everything = (await page('collection-points')).total;
    expect(everything).toBe(3);
    for (const q of ['%%', '__', '%_', '\\\\', '\\%', "' OR 1=1 --", '<script>', "x' ; drop"]) {
      const p = await page('collection-points', { q });
      expect(p.total, q).toBe(0);
    }
    for (const q of ['" or ""="', '%a%', 'a_b']) {
      const p = await page('employers', { q });
      expect(p.total, q).toBe(0);
    }
    // A literal % in a name is found as such.
    const pct = await page('collection-points', { q: '100%' });
    expect(names(pct)).toEqual(['Đại lý thu 100% Tận tâm']);
    // Control characters are refused like in every text input (contracts text.ts), not searched.
    const ctl = fieldsOf(await get('collection-points', { q: 'tan\u0000tam' }));
    expect(ctl.q?.code).toBe('FIELD_BAD_CHARACTERS');
  });

  it('finds every generated name by its search key (property)', async () => {
    const letter = fc.constantFrom(...'aăâđêôơưĐẠệữỳ nghAOE'.split(''));
    const name = fc
      .array(letter, { minLength: 2, maxLength: 16 })
      .map((a) => a.join(''))
      .filter((n) => searchKey(n).length >= 2);
    await fc.assert(
      fc.asyncProperty(name, async (n) => {
        const id = await addCollectionPoint(t.runtime.database.db, `Điểm ${n}`);
        for (const q of [searchKey(n), n.toUpperCase()]) {
          const p = await page('collection-points', { q, provinceCode: '48', pageSize: 50 });
          expect(p.match).toBe('exact');
          expect(p.items.map((i) => i.id)).toContain(id);
        }
      }),
      { numRuns: 20 },
    );
  });
  it('ranks whole words above parts of words', async () => {
    // "hang hai" is inside "Khang Hải" too; the whole words "Hàng Hải" come first although
    // "Bưu cục…" sorts before "Điểm…" by name.
    await addCollectionPoint(t.runtime.database.db, 'Bưu cục Khang Hải');
    await addCollectionPoint(t.runtime.database.db, 'Điểm thu Hàng Hải');
    const p = await page('collection-points', { q: 'hang hai', provinceCode: '48' });
    expect(names(p)).toEqual(['Điểm thu Hàng Hải', 'Bưu cục Khang Hải']);
    // A name starting with "dong da" inside a longer word ("Đông Đại") comes after the whole words.
    await addCollectionPoint(t.runtime.database.db, 'Đông Đại Phát');
    await addCollectionPoint(t.runtime.database.db, 'Điểm thu Đống Đa Mới');
    const d = await page('collection-points', { q: 'dong da', provinceCode: '48' });
    expect(names(d)).toEqual(['Điểm thu Đống Đa Mới', 'Đông Đại Phát']);
  });
});

describe('filters', () => {
  it('filters by province and commune, and checks them', async () => {
    expect(names(await page('bhyt-facilities', { provinceCode: '79' }))).toEqual([
      'Bệnh viện Chợ Rẫy',
    ]);
    const inCommune = await page('collection-points', { provinceCode: '01', communeCode: '00235' });
    expect(names(inCommune)).toEqual(['Điểm thu Bưu điện Đống Đa']);
    expect(names(await page('collection-points', { communeCode: '26743' }))).toEqual([
      'Đại lý thu UBND phường Bến Thành',
    ]);

    const wrong = fieldsOf(
      await get('collection-points', { provinceCode: '79', communeCode: '00235' }),
    );
    expect(wrong.communeCode?.code).toBe('COMMUNE_NOT_IN_PROVINCE');
    expect(fieldsOf(await get('agencies', { provinceCode: '99' })).provinceCode?.code).toBe(
      'FIELD_INVALID',
    );
    expect(fieldsOf(await get('agencies', { communeCode: '99999' })).communeCode?.code).toBe(
      'FIELD_INVALID',
    );
    expect(fieldsOf(await get('agencies', { provinceCode: '1' })).provinceCode?.code).toBe(
      'FIELD_INVALID',
    );
  });

  it('keeps each health-facility directory to its flag', async () => {
    const sick = await page('sick-leave-facilities');
    expect(sick.items.every((i) => i.issuesSickLeave === true)).toBe(true);
    expect(names(sick)).not.toContain('Trạm y tế phường Đống Đa');
    expect(names(sick)).toContain('Phòng khám đa khoa tư nhân Kim Liên');
    const bhyt = await page('bhyt-facilities');
    expect(bhyt.items.every((i) => i.bhytContracted === true)).toBe(true);
    expect(names(bhyt)).not.toContain('Phòng khám đa khoa tư nhân Kim Liên');

    const initial = await page('bhyt-facilities', { initialRegistration: 'true' });
    expect(names(initial)).toEqual(['Bệnh viện Chợ Rẫy', 'Trạm y tế phường Đống Đa']);
    const specialized = await page('bhyt-facilities', { level: 'specialized', provinceCode: '01' });
    expect(names(specialized)).toEqual(['Bệnh viện Bạch Mai', 'Bệnh viện Hữu nghị Việt Đức']);
    expect((await get('bhyt-facilities', { level: 'top' })).statusCode).toBe(400);
  });

  it('finds an employer by its exact unit code or tax code, and filters by status', async () => {
    for (const q of ['TA1234A', 'ta1234a', ' 0101234567 ']) {
      const p = await page('employers', { q });
      expect(names(p), q).toEqual(['Công ty TNHH Đống Đa Xanh']);
      expect(p.items[0]).toMatchObject({
        unitCode: 'TA1234A',
        taxCode: '0101234567',
        status: 'active',
        province: { code: '01', name: 'Thành phố Hà Nội' },
        managingAgency: { code: 'FX01DD', name: 'BHXH cơ sở Đống Đa' },
      });
    }
    expect(names(await page('employers', { q: '0109876543-001' }))).toEqual([
      'Chi nhánh Công ty cổ phần Sông Hồng',
    ]);
    const terminated = await page('employers', { status: 'terminated' });
    expect(names(terminated)).toEqual(['Hợp tác xã Bến Thành']);
    expect(terminated.items[0]!.managingAgency).toEqual({
      code: 'FX79',
      name: 'BHXH Thành phố Hồ Chí Minh',
    });
    expect((await page('employers', { q: 'song hong', status: 'active' })).total).toBe(0);
    expect((await get('employers', { status: 'closed' })).statusCode).toBe(400);
  });
});

describe('pages', () => {
  it('pages without repeating rows, with a stable total', async () => {
    const p1 = await page('agencies', { pageSize: 2 });
    const p2 = await page('agencies', { pageSize: 2, page: 2 });
    expect(p1.total).toBe(3);
    expect(p2.total).toBe(3);
    expect(p1.items).toHaveLength(2);
    expect(p2.items).toHaveLength(1);
    expect(p2.items[0]!.id).not.toBe(p1.items[0]!.id);
    expect(p2.items[0]!.id).not.toBe(p1.items[1]!.id);
    const past = await page('agencies', { pageSize: 2, page: 3 });
    expect(past.items).toEqual([]);
    expect(past.total).toBe(3);
  });

  it('caps the total beyond 1,000 matches and still pages past it', async () => {
    const p1 = await page('employers', { q: 'thu nghiem', pageSize: 50 });
    expect(p1).toMatchObject({ total: 1000, totalCapped: true, match: 'exact' });
    expect(p1.items).toHaveLength(50);
    expect(p1.items[0]!.name).toBe('Cửa hàng Thử Nghiệm 0001');
    const p2 = await page('employers', { q: 'thu nghiem', pageSize: 50, page: 2 });
    expect(p2.items[0]!.name).toBe('Cửa hàng Thử Nghiệm 0051');
    const ids = new Set([...p1.items, ...p2.items].map((i) => i.id));
    expect(ids.size).toBe(100);
    const last = await page('employers', { q: 'thu nghiem', pageSize: 50, page: 21 });
    expect(last.items).toHaveLength(BULK_EMPLOYERS - 1000);
    expect(last.totalCapped).toBe(true);
    // Exactly counted below the cap: 0001–0009 and 1000.
    const narrow = await page('employers', { q: 'thu nghiem 000' });
    expect(narrow).toMatchObject({ total: 10, totalCapped: false });
  });
});

describe('ranking window', () => {
  it('ranks broad searches among their first candidates, pages without overlap, and goes on past them', async () => {
    // The production window is 2,000; 1,002 over the fixture's 1,005 "Thử Nghiệm" shops.
    const svc = directorySearchService({
      repo: directorySearchRepository(t.runtime.database.db),
      rateLimits: t.runtime.services.rateLimits,
      rankedCandidates: 1002,
    });
    const q = (page: number) =>
      svc.employers(
        employerQuerySchema.parse({ q: 'thu nghiem', pageSize: '50', page }),
        freshIp(),
      );
    const [p1, p2, p21] = [await q(1), await q(2), await q(21)];
    expect(p1).toMatchObject({ total: 1000, totalCapped: true, match: 'exact' });
    const n1 = p1.items.map((i) => i.name);
    expect(n1).toEqual([...n1].sort((a, b) => a.localeCompare(b, 'vi')));
    const seen = new Set([...p1.items, ...p2.items].map((i) => i.id));
    expect(seen.size).toBe(100);
    // Offset 1,000 + 50 reaches past the 1,002 candidates: the full ranking answers, all 5 left.
    expect(p21.items).toHaveLength(BULK_EMPLOYERS - 1000);
    // The same candidates every time: page 1 again is the same page.
    expect((await q(1)).items.map((i) => i.id)).toEqual(p1.items.map((i) => i.id));
  });
});

describe('"Gần tôi"', () => {
  const nearBachMai = { lat: 21.0, lng: 105.84 };

  it('sorts by distance with distanceKm, rows without a position last', async () => {
    const p = await page('sick-leave-facilities', nearBachMai);
    expect(names(p)).toEqual([
      'Bệnh viện Bạch Mai',
      'Bệnh viện Hữu nghị Việt Đức',
      'Bệnh viện Chợ Rẫy',
      'Phòng khám đa khoa tư nhân Kim Liên',
    ]);
    const km = p.items.map((i) => i.distanceKm as number | null);
    expect(km[0]).toBeLessThan(0.2);
    expect(km[1]).toBeGreaterThan(2.5);
    expect(km[1]).toBeLessThan(4);
    expect(km[2]).toBeGreaterThan(1100);
    expect(km[2]).toBeLessThan(1200);
    expect(km[3]).toBeNull();
    expect(km.slice(0, 3)).toEqual([...km.slice(0, 3)].sort((a, b) => a! - b!));
    for (const d of km.slice(0, 3)) expect(Math.round(d! * 10) / 10).toBe(d);

    // Page by page (the nearby band first, then wider) gives the same order.
    const one = await page('sick-leave-facilities', { ...nearBachMai, pageSize: 2 });
    const two = await page('sick-leave-facilities', { ...nearBachMai, pageSize: 2, page: 2 });
    expect([...names(one), ...names(two)]).toEqual(names(p));
    expect(two.total).toBe(4);

    const points = await page('collection-points', { q: 'dai ly', lat: 10.77, lng: 106.7 });
    expect(names(points)).toEqual(['Đại lý thu UBND phường Bến Thành', 'Đại lý thu 100% Tận tâm']);
  });

  it('needs both coordinates, within range', async () => {
    expect(fieldsOf(await get('agencies', { lat: 21 })).lng?.code).toBe('LOOKUP_LOCATION_INVALID');
    expect(fieldsOf(await get('agencies', { lng: 105 })).lat?.code).toBe('LOOKUP_LOCATION_INVALID');
    expect(fieldsOf(await get('agencies', { lat: 95, lng: 105 })).lat?.code).toBe(
      'LOOKUP_LOCATION_INVALID',
    );
    expect(fieldsOf(await get('agencies', { lat: 'abc', lng: 105 })).lat?.code).toBe(
      'LOOKUP_LOCATION_INVALID',
    );
  });
});

describe('limits and documentation', () => {
  it('limits searches per IP per minute (429 RATE_LIMITED)', async () => {
    const ip = freshIp();
    for (let i = 0; i < 120; i++) {
      const r = await get(i % 2 ? 'agencies' : 'collection-points', { q: 'dong da' }, ip);
      expect(r.statusCode).toBe(200);
    }
    const r = await get('employers', {}, ip);
    expect(r.statusCode).toBe(429);
    expect(r.json().error.code).toBe('RATE_LIMITED');
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    expect((await get('employers', {}, freshIp())).statusCode).toBe(200);
    // The next minute, the same IP may search again.
    clock.advance(60_000);
    expect((await get('employers', {}, ip)).statusCode).toBe(200);
  });

  it('documents the five searches under "Tra cứu"', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    const doc = r.json();
    for (const p of [
      'agencies',
      'sick-leave-facilities',
      'bhyt-facilities',
      'employers',
      'collection-points',
    ]) {
      const op = doc.paths[`/api/lookups/${p}`]?.get;
      expect(op, p).toBeDefined();
      expect(op.tags).toEqual(['Tra cứu']);
      expect(op.parameters.map((x: { name: string }) => x.name)).toContain('q');
    }
    expect(
      doc.paths['/api/lookups/bhyt-facilities'].get.parameters.map((x: { name: string }) => x.name),
    ).toContain('initialRegistration');
  });
});
