import { CCCD_PROVINCES, cccdGenderCenturyDigit, type Gender } from '@vssid/domain';
import { DEMO_STUDENTS } from '../../db/seed/demo-students.ts';

/** One citizen as the registry holds them. */
export type Citizen = { cccd: string; fullName: string; birthDate: string; gender: Gender };

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = { male: ['Văn', 'Minh', 'Quang', 'Đức', 'Hữu'], female: ['Thị', 'Ngọc', 'Thu'] };
const GIVEN = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Tuấn'],
  female: ['Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Lan', 'Linh', 'Mai', 'Ngân', 'Trang'],
};

/** mulberry32: a small seeded generator, so every run and every instance has the same people. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** Builds a CCCD number consistent with the birth year and gender (Thông tư 07/2016). */
export function cccdFor(province: string, birthYear: number, gender: Gender, serial: number) {
  const digit = cccdGenderCenturyDigit(birthYear, gender) ?? 0;
  const yy = String(birthYear % 100).padStart(2, '0');
  return `${province}${digit}${yy}${String(serial).padStart(6, '0')}`;
}

/**
 * The simulator's population: the demo citizen of the seed, the demo students, and `count`
 * generated people. Deterministic: the same seed always gives the same people.
 */
export function simulatorPopulation(count = 400, seed = 20250701): Citizen[] {
  const people: Citizen[] = [
    // The seed's demo citizen (db/seed/demo.ts).
    {
      cccd: '001188012345',
      fullName: 'Nguyễn Thị Thu Hà',
      birthDate: '1988-03-12',
      gender: 'female',
    },
    ...DEMO_STUDENTS.filter((s) => s.inRegistry).map((s) => ({
      cccd: s.idNumber,
      fullName: s.fullName,
      birthDate: s.birthDate,
      gender: s.gender,
    })),
  ];
  const r = random(seed);
  const provinces = Object.keys(CCCD_PROVINCES);
  for (let i = 0; i < count; i++) {
    const gender: Gender = r() < 0.5 ? 'male' : 'female';
    const year = 1950 + Math.floor(r() * 58);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const fullName = `${pick(r, SURNAMES)} ${pick(r, MIDDLE[gender])} ${pick(r, GIVEN[gender])}`;
    people.push({
      cccd: cccdFor(pick(r, provinces), year, gender, 100_000 + i),
      fullName,
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      gender,
    });
  }
  return people;
}
