import { searchKey } from '@vssid/domain';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../lib/passwords.ts';
import type { Database } from '../client.ts';
import {
  accounts,
  agencies,
  benefits,
  bhytCards,
  insuredPersons,
  medicalVisits,
  organizations,
  participationPeriods,
} from '../schema/index.ts';
import { demoPeriods } from './demo-periods.ts';
import { demoCard, demoVisits } from './demo-records.ts';
import { DEMO_STUDENTS } from './demo-students.ts';

/** Demo sign-ins, listed in the README and used by tests. */
export const DEMO = {
  password: 'cay-bang-la-do-2026',
  citizen: {
    bhxhCode: '0123456789',
    fullName: 'Nguyễn Thị Thu Hà',
    email: 'thuha.demo@example.com',
  },
  officers: { hanoi: 'hanoi.officer', haiphong: 'haiphong.officer' },
} as const;

const SEED_LOCK = 7_370_003;

/**
 * The people of the notice the project comes from: one citizen with her history, two
 * agencies with one officer each, and a university. Idempotent: skips if already present.
 */
export async function seedDemo(database: Database): Promise<boolean> {
  return database.withAdvisoryLock(SEED_LOCK, async () => {
    const { db } = database;
    const exists = await db
      .select({ c: insuredPersons.bhxhCode })
      .from(insuredPersons)
      .where(eq(insuredPersons.bhxhCode, DEMO.citizen.bhxhCode));
    if (exists.length > 0) return false;
    const passwordHash = await hashPassword(DEMO.password);

    await db.transaction(async (tx) => {
      const [hanoi, haiphong] = await tx
        .insert(agencies)
        .values([
          {
            code: '001',
            name: 'BHXH Tp. Hà Nội',
            provinceCode: '01',
            communeCode: '09556',
            address: 'Số 15 phố Cầu Đơ, phường Hà Cầu, quận Hà Đông, Thành phố Hà Nội',
            phone: '024.37236556',
            searchKey: searchKey('BHXH Tp. Hà Nội'),
          },
          {
            code: '031',
            name: 'BHXH TP Hải Phòng',
            provinceCode: '31',
            communeCode: '11311',
            address: 'Số 8 Lý Tự Trọng, phường Hồng Bàng, Thành phố Hải Phòng (dữ liệu minh họa)',
            phone: '0225.3842.368',
            searchKey: searchKey('BHXH TP Hải Phòng'),
          },
        ])
        .returning({ id: agencies.id });

      await tx.insert(organizations).values({
        code: 'VMU',
        name: 'Trường Đại học Hàng hải Việt Nam',
        kind: 'university',
        provinceCode: '31',
        address: '484 Lạch Tray, phường Gia Viên, Thành phố Hải Phòng',
      });

      await tx.insert(insuredPersons).values({
        bhxhCode: DEMO.citizen.bhxhCode,
        fullName: DEMO.citizen.fullName,
        nameKey: searchKey(DEMO.citizen.fullName),
        birthDate: '1988-03-12',
        gender: 'female',
        idNumber: '001188012345',
        phone: '0912345678',
        address: 'Số 150 phố Vọng, phường Tương Mai, Thành phố Hà Nội',
        provinceCode: '01',
      });
      await tx.insert(participationPeriods).values(demoPeriods(DEMO.citizen.bhxhCode));
      // Students without an account yet, to try "Đăng ký tài khoản" (see demo-students.ts).
      await tx.insert(insuredPersons).values(
        DEMO_STUDENTS.map(({ communeName, street, inRegistry, ...s }) => ({
          ...s,
          nameKey: searchKey(s.fullName),
          address: `${street}, ${communeName}, Thành phố Hải Phòng`,
        })),
      );
      await tx.insert(benefits).values({
        bhxhCode: DEMO.citizen.bhxhCode,
        category: 'sickness_maternity',
        regime: 'childbirth',
        fromDate: '2014-09-15',
        toDate: '2015-03-14',
        amount: 18_423_000,
        paidBy: 'Trung tâm Thông Tin - BHXH-VN',
      });
      await tx.insert(bhytCards).values(demoCard(DEMO.citizen.bhxhCode));
      await tx.insert(medicalVisits).values(demoVisits(DEMO.citizen.bhxhCode));

      await tx.insert(accounts).values([
        {
          kind: 'citizen',
          role: 'citizen',
          bhxhCode: DEMO.citizen.bhxhCode,
          email: DEMO.citizen.email,
          displayName: DEMO.citizen.fullName,
          passwordHash,
          mustChangePassword: false,
        },
        {
          kind: 'staff',
          role: 'officer',
          username: DEMO.officers.hanoi,
          agencyId: hanoi!.id,
          email: 'hanoi.officer@vssid.local',
          displayName: 'Cán bộ tiếp nhận – BHXH Tp. Hà Nội',
          passwordHash,
          mustChangePassword: false,
        },
        {
          kind: 'staff',
          role: 'officer',
          username: DEMO.officers.haiphong,
          agencyId: haiphong!.id,
          email: 'haiphong.officer@vssid.local',
          displayName: 'Cán bộ tiếp nhận – BHXH TP Hải Phòng',
          passwordHash,
          mustChangePassword: false,
        },
      ]);
    });
    return true;
  });
}
