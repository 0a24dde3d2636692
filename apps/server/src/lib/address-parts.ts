import { searchKey } from '@vssid/domain';

/** Level of a unit a comma-separated part of an address names, from its leading word. */
export type PartLevel = 'province' | 'district' | 'commune' | 'unknown';

export type AddressPart = {
  /** The part as written ("Phường Hà Cầu"). */
  text: string;
  /** Its search key without the unit word ("ha cau"). */
  core: string;
  level: PartLevel;
};

// Longest first, so "thanh pho" wins over "thanh" and "thi tran" over "thi".
const PREFIXES: [string, PartLevel][] = [
  ['thanh pho', 'province'],
  ['tinh', 'province'],
  ['tp.', 'province'],
  ['tp', 'province'],
  ['quan', 'district'],
  ['huyen', 'district'],
  ['thi xa', 'district'],
  ['phuong', 'commune'],
  ['xa', 'commune'],
  ['thi tran', 'commune'],
  ['dac khu', 'commune'],
  ['p.', 'commune'],
  ['x.', 'commune'],
  ['tt.', 'commune'],
];

/**
 * Splits a free-text address ("Số 1 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội", as a CCCD
 * QR code holds it) into parts with their search key and unit level. "Thành phố" is read as a
 * province here; a provincial city (old "Thành phố Hải Dương") is tried as a district too.
 */
export function addressParts(address: string): AddressPart[] {
  return address
    .split(/[,;\n]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((text) => {
      const key = searchKey(text);
      for (const [prefix, level] of PREFIXES) {
        if (key.startsWith(`${prefix} `) || (prefix.endsWith('.') && key.startsWith(prefix))) {
          return { text, core: key.slice(prefix.length).trim(), level };
        }
      }
      return { text, core: key, level: 'unknown' as const };
    });
}

/** The search keys a unit with this core name can have, e.g. "phuong ha cau", "xa ha cau". */
export function unitKeys(core: string, level: 'province' | 'district' | 'commune'): string[] {
  const words = {
    province: ['thanh pho', 'tinh'],
    district: ['quan', 'huyen', 'thi xa', 'thanh pho'],
    commune: ['phuong', 'xa', 'thi tran', 'dac khu'],
  }[level];
  return words.map((w) => `${w} ${core}`);
}
