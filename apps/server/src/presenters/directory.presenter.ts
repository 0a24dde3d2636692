import type {
  AgencyDirectoryItem,
  CollectionPointItem,
  EmployerDirectoryItem,
  FacilityDirectoryItem,
} from '@vssid/contracts';
import { parseOpeningHours } from '@vssid/domain';
import type {
  AgencyRow,
  CollectionPointRow,
  EmployerRow,
  FacilityRow,
} from '../repositories/directory-search.repository.ts';

/** Kilometres to one decimal ("1,2 km" on screen); null when either side has no position. */
export function roundKm(d: number | null | undefined): number | null {
  return d === null || d === undefined ? null : Math.round(Number(d) * 10) / 10;
}

/** A timetable as day codes and times, for the browser to word (null when not a timetable). */
const hours = (text: string | null) => (text ? parseOpeningHours(text) : null);

const place = (p: { code: string | null; name: string | null } | null) =>
  p?.code && p.name ? { code: p.code, name: p.name } : null;

/** Public directory rows → the items of contracts/lookups.ts (nothing internal: no keys, dates). */
export const presentDirectory = {
  agency: ({ row, province, commune, distance }: AgencyRow): AgencyDirectoryItem => ({
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    address: row.address,
    province,
    commune: place(commune),
    phone: row.phone,
    email: row.email,
    workingHours: hours(row.workingHours),
    latitude: row.latitude,
    longitude: row.longitude,
    demo: row.demo,
    distanceKm: roundKm(distance),
  }),

  facility: ({ row, province, commune, distance }: FacilityRow): FacilityDirectoryItem => ({
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    ownership: row.ownership,
    address: row.address,
    province,
    commune: place(commune),
    phone: row.phone,
    latitude: row.latitude,
    longitude: row.longitude,
    bhytContracted: row.bhytContracted,
    acceptsInitialRegistration: row.acceptsInitialRegistration,
    issuesSickLeave: row.issuesSickLeave,
    demo: row.demo,
    distanceKm: roundKm(distance),
  }),

  employer: ({ row, province, managingAgency }: EmployerRow): EmployerDirectoryItem => ({
    id: row.id,
    unitCode: row.unitCode,
    taxCode: row.taxCode,
    name: row.name,
    address: row.address,
    province,
    managingAgency,
    status: row.status,
    demo: row.demo,
  }),

  collectionPoint: ({
    row,
    province,
    commune,
    distance,
  }: CollectionPointRow): CollectionPointItem => ({
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    operator: row.operator,
    address: row.address,
    province,
    commune: place(commune),
    phone: row.phone,
    openingHours: hours(row.openingHours),
    latitude: row.latitude,
    longitude: row.longitude,
    demo: row.demo,
    distanceKm: roundKm(distance),
  }),
};
