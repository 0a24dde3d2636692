import { searchKey } from '@vssid/domain';

/**
 * The two comparison keys every directory row stores (see db/schema/directories.ts):
 * `nameKey` = the name alone (ordering, "name starts with"), `searchKey` = everything a person may
 * type to find the row — name, address, commune, province and any codes — so "dong da" finds a
 * facility in Phường Đống Đa. Writers (seed, import, edit) and the search must all use this.
 */
export function directoryKeys(p: {
  name: string;
  address: string;
  communeName?: string | null;
  provinceName?: string | null;
  /** Codes people search by (unit code, tax code, facility code). */
  codes?: readonly (string | null | undefined)[];
}): { nameKey: string; searchKey: string } {
  const parts = [p.name, p.address, p.communeName, p.provinceName, ...(p.codes ?? [])];
  return {
    nameKey: searchKey(p.name),
    searchKey: searchKey(parts.filter((s): s is string => !!s).join(' ')),
  };
}
