import type { AddressMatch } from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import { type AddressPart, addressParts, unitKeys } from '../lib/address-parts.ts';
import type { AdminUnitsRepository } from '../repositories/admin-units.repository.ts';

type Unit = { code: string; name: string };

/**
 * The pickers' administrative units, and matching a free-text address (from a CCCD QR code)
 * to a province and commune: first by the current (2025) names, then by the old province,
 * district and commune names through the old→new commune links.
 */
export function adminUnitsService(deps: { repo: AdminUnitsRepository }) {
  const { repo } = deps;

  async function findProvince(parts: AddressPart[]) {
    // The province is written last; only the last two parts are tried.
    for (const part of parts.slice(-2).reverse()) {
      if (part.level !== 'province' && part.level !== 'unknown') continue;
      const keys = unitKeys(part.core, 'province');
      const [current] = await repo.provincesByKeys(keys);
      const [old] = await repo.oldProvincesByKeys(keys);
      if (current || old) return { part, current, old };
    }
    return undefined;
  }

  async function matchOld(parts: AddressPart[], oldProvinceCode: string) {
    const districts = parts.filter((p) => p.level === 'district' || p.level === 'unknown');
    const districtRows = districts.length
      ? await repo.oldDistrictsByKeys(
          oldProvinceCode,
          districts.flatMap((p) => unitKeys(p.core, 'district')),
        )
      : [];
    for (const part of parts) {
      if (part.level !== 'commune' && part.level !== 'unknown') continue;
      let rows = await repo.oldCommunesByKeys(oldProvinceCode, unitKeys(part.core, 'commune'));
      // Old commune names repeat across districts: the written district decides.
      const inDistrict = rows.filter((r) => districtRows.some((d) => d.code === r.districtCode));
      if (inDistrict.length > 0) rows = inDistrict;
      if (rows.length === 0) continue;
      const links = await repo.successors(rows.map((r) => r.code));
      if (links.length === 0) continue;
      return { part, links };
    }
    return undefined;
  }

  return {
    provinces: () => repo.provinces(),
    communes: (q: { provinceCode?: string | undefined; q?: string | undefined; limit: number }) =>
      repo.communes({
        provinceCode: q.provinceCode,
        key: q.q ? searchKey(q.q) : undefined,
        limit: q.limit,
      }),

    async match(address: string): Promise<AddressMatch> {
      const parts = addressParts(address);
      const found = await findProvince(parts);
      if (!found) return { province: null, candidates: [], street: null };
      let province: Unit | null = found.current ?? null;
      const rest = parts.slice(0, parts.indexOf(found.part));
      const streetBefore = (part: AddressPart) =>
        rest
          .slice(0, rest.indexOf(part))
          .map((p) => p.text)
          .join(', ') || null;

      if (found.current) {
        for (const part of rest) {
          if (part.level !== 'commune' && part.level !== 'unknown') continue;
          const [c] = await repo.communesByKeys(found.current.code, unitKeys(part.core, 'commune'));
          if (c) {
            const commune = { code: c.code, name: c.name };
            return {
              province,
              candidates: [{ province: province!, commune, via: 'current', succession: null }],
              street: streetBefore(part),
            };
          }
        }
      }
      if (found.old) {
        const old = await matchOld(rest, found.old.code);
        if (old) {
          const candidates = old.links
            .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'full' ? -1 : 1))
            .map((l) => ({
              province: { code: l.provinceCode, name: l.provinceName },
              commune: { code: l.communeCode, name: l.communeName },
              via: 'old' as const,
              succession: l.kind,
            }));
          province ??= candidates[0]?.province ?? null;
          return { province, candidates, street: streetBefore(old.part) };
        }
        province ??= (await repo.successorProvince(found.old.code)) ?? null;
        if (province) province = { code: province.code, name: province.name };
      }
      return { province, candidates: [], street: null };
    },
  };
}
export type AdminUnitsService = ReturnType<typeof adminUnitsService>;
