import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers.ts';
import { registrationApp } from './registration-helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await registrationApp();
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const match = async (address: string) =>
  (
    await t.app.inject({ method: 'POST', url: '/api/admin-units/match', payload: { address } })
  ).json();
const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('GET /api/admin-units', () => {
  it('lists the 34 provinces in force since 1 July 2025', async () => {
    const r = await get('/api/admin-units/provinces');
    expect(r.json().items).toHaveLength(34);
    expect(names(r.json().items)).toContain('Thành phố Hải Phòng');
  });

  it('finds communes without diacritics, anywhere in the name, within a province', async () => {
    const r = await get('/api/admin-units/communes?provinceCode=31&q=hong%20bang');
    expect(names(r.json().items)).toEqual(['Phường Hồng Bàng']);
    const inside = await get('/api/admin-units/communes?provinceCode=31&q=BANG');
    expect(names(inside.json().items)).toContain('Phường Hồng Bàng');
    const all = await get('/api/admin-units/communes?provinceCode=31&limit=500');
    expect(all.json().items).toHaveLength(114);
    const everywhere = await get('/api/admin-units/communes?q=hai%20phong');
    expect(everywhere.json().items.every((c: { name: string }) => /Hải Phòng/i.test(c.name))).toBe(
      true,
    );
  });
});

describe('POST /api/admin-units/match', () => {
  it('matches a current address to its province and commune, keeping the street', async () => {
    const r = await match('Số 1 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội');
    expect(r.province).toEqual({ code: '01', name: 'Thành phố Hà Nội' });
    expect(r.candidates).toEqual([
      {
        province: { code: '01', name: 'Thành phố Hà Nội' },
        commune: { code: '00256', name: 'Phường Hai Bà Trưng' },
        via: 'current',
        succession: null,
      },
    ]);
    expect(r.street).toBe('Số 1 Phố Huế');
  });

  it('maps an old (pre-2025) address through the merger: a split ward gives both successors', async () => {
    const r = await match('Số 15 phố Cầu Đơ, Phường Hà Cầu, Quận Hà Đông, Thành phố Hà Nội');
    expect(r.province.code).toBe('01');
    expect(r.candidates.map((c: { commune: { name: string } }) => c.commune.name).sort()).toEqual([
      'Phường Hà Đông',
      'Phường Kiến Hưng',
    ]);
    expect(
      r.candidates.every(
        (c: { via: string; succession: string }) => c.via === 'old' && c.succession === 'partial',
      ),
    ).toBe(true);
    expect(r.street).toBe('Số 15 phố Cầu Đơ');
  });

  it('maps an old province that no longer exists to the new one', async () => {
    const r = await match('Thôn 1, Xã Thủy Xuân Tiên, Huyện Chương Mỹ, Thành phố Hà Nội');
    expect(r.candidates[0]).toMatchObject({ commune: { name: 'Xã Xuân Mai' }, succession: 'full' });
    const hd = await match('Phường Trần Phú, Thành phố Hải Dương, Tỉnh Hải Dương');
    expect(hd.province).toEqual({ code: '31', name: 'Thành phố Hải Phòng' });
  });

  it('gives the province alone when the commune is not recognised, nothing for nonsense', async () => {
    const r = await match('Khu tập thể, Phường Không Có Thật, Thành phố Hải Phòng');
    expect(r).toEqual({
      province: { code: '31', name: 'Thành phố Hải Phòng' },
      candidates: [],
      street: null,
    });
    expect(await match('abc xyz')).toEqual({ province: null, candidates: [], street: null });
  });
});

describe('GET /api/agencies', () => {
  it('shows name, phone and address, the chosen province’s agency first, searchable', async () => {
    const r = await get('/api/agencies?provinceCode=31');
    expect(names(r.json().items)).toEqual(['BHXH TP Hải Phòng', 'BHXH Tp. Hà Nội']);
    const hn = await get('/api/agencies?q=ha%20noi');
    expect(hn.json().items).toEqual([
      expect.objectContaining({
        name: 'BHXH Tp. Hà Nội',
        phone: '024.37236556',
        address: expect.stringContaining('Số 15 phố Cầu Đơ'),
      }),
    ]);
  });
});

describe('GET /api/docs/json', () => {
  it('documents the registration routes from their zod schemas', async () => {
    const r = await get('/api/docs/json');
    expect(r.statusCode).toBe(200);
    const paths = Object.keys(r.json().paths);
    for (const p of [
      '/api/registrations/{id}/applicant',
      '/api/registrations/{id}/photos/{kind}',
      '/api/registrations/status',
      '/api/admin/registrations/{id}/approve',
      '/api/admin-units/match',
    ])
      expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('/dev/'))).toBe(false);
  });
});
