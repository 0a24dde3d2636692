import {
  COLLECTION_POINT_KIND_LABELS,
  DIRECTORY_IMPORT_COLUMNS,
  type DirectoryKind,
  EMPLOYER_STATUS_LABELS,
  FACILITY_LEVEL_LABELS,
} from '@vssid/contracts';

/** How the edit form shows one import column. */
export type FieldControl =
  | { type: 'text'; numeric?: boolean; wide?: boolean }
  | { type: 'select'; options: Record<string, string> }
  | { type: 'bool' }
  | { type: 'province' }
  | { type: 'commune' };

/** Kept in step with the server's rules (apps/server/src/services/imports/directory-rows.ts). */
const REQUIRED: Record<DirectoryKind, readonly string[]> = {
  agencies: ['code', 'name', 'kind', 'province_code', 'address', 'phone'],
  'health-facilities': ['code', 'name', 'level', 'ownership', 'province_code', 'address'],
  employers: ['unit_code', 'name', 'province_code', 'address', 'agency_code', 'status'],
  'collection-points': ['code', 'name', 'kind', 'province_code', 'address'],
};

export const isRequired = (kind: DirectoryKind, col: string) => REQUIRED[kind].includes(col);

/** Form controls of a directory, in the CSV's column order. */
export function directoryControls(
  kind: DirectoryKind,
  labels: { agencyKind: Record<string, string>; ownership: Record<string, string> },
): { col: string; control: FieldControl }[] {
  return DIRECTORY_IMPORT_COLUMNS[kind].map((col) => ({ col, control: controlOf(kind, col) }));

  function controlOf(k: DirectoryKind, col: string): FieldControl {
    switch (col) {
      case 'province_code':
        return { type: 'province' };
      case 'commune_code':
        return { type: 'commune' };
      case 'bhyt_contracted':
      case 'accepts_initial_registration':
      case 'issues_sick_leave':
        return { type: 'bool' };
      case 'kind':
        return {
          type: 'select',
          options: k === 'agencies' ? labels.agencyKind : COLLECTION_POINT_KIND_LABELS,
        };
      case 'level':
        return { type: 'select', options: FACILITY_LEVEL_LABELS };
      case 'ownership':
        return { type: 'select', options: labels.ownership };
      case 'status':
        return { type: 'select', options: EMPLOYER_STATUS_LABELS };
      case 'latitude':
      case 'longitude':
        return { type: 'text', numeric: true };
      case 'code':
        return { type: 'text', numeric: k === 'health-facilities' };
      case 'tax_code':
        return { type: 'text', numeric: true };
      case 'name':
      case 'address':
        return { type: 'text', wide: true };
      default:
        return { type: 'text' };
    }
  }
}
