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
import { VMU, VSS_INFORMATION_CENTRE } from './known-rows.ts';
import { studentCard, studentPeriods } from './student-records.ts';

/** Demo sign-ins, listed in the README and used by tests. */
export const DEMO = {
  password: 'cay-bang-la-do-2026',
  citizen: {
    bhxhCode: '0123456789',
    fullName: 'Nguyễn Thị Thu Hà',
    email: 'thuha.demo@example.com',
  },
  /**
   * Someone BHXH holds no BHYT card for: he worked at the university until 06/2024, and his card
   * ended with the job. Signs in with the same password; his card screen says whom to contact.
   */
  withoutCard: {
    bhxhCode: '0131200201',
    fullName: 'Lê Văn Bình',
    email: 'vanbinh.demo@example.com',
  },
  officers: { hanoi: 'hanoi.officer', haiphong: 'haiphong.officer' },
} as const;

/** Lê Văn Bình's career at the university (BHXH and BHYT months alike), ended 06/2024. */
function formerStaffPeriods(bhxhCode: string) {
  return (['bhxh', 'bhyt'] as const).map((scheme) => ({
    bhxhCode,
    scheme,
    fromMonth: '2012-01',
    toMonth: '2024-06',
    employerName: VMU.name,
    employerCode: VMU.unitCode,
    position: 'Chuyên viên',
    workplace: VMU.address,
    salary: 6_200_000,
    contributionType: 'compulsory',
    currency: 'VND',
    status: 'paid' as const,
  }));
}

const SEED_LOCK = 7_370_003;

const HAIPHONG_AGENCY = 'BHXH TP Hải Phòng';

/**
 * The people of the notice the project comes from: one citizen with her history, two
 * agencies with one officer each, and a university whose students are insured through it
 * (their cards for the school year containing `now`). Idempotent: skips if already present.
 */
export async function seedDemo(database: Database, now: Date = new Date()): Promise<boolean> {
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
            name: HAIPHONG_AGENCY,
            provinceCode: '31',
            communeCode: '11311',
            address: 'Số 8 Lý Tự Trọng, phường Hồng Bàng, Thành phố Hải Phòng (dữ liệu minh họa)',
            phone: '0225.3842.368',
            searchKey: searchKey(HAIPHONG_AGENCY),
          },
        ])
        .returning({ id: agencies.id });

      await tx.insert(organizations).values({
        code: 'VMU',
        name: VMU.name,
        kind: 'university',
        provinceCode: VMU.province,
        address: VMU.address,
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
      await tx.insert(insuredPersons).values({
        bhxhCode: DEMO.withoutCard.bhxhCode,
        fullName: DEMO.withoutCard.fullName,
        nameKey: searchKey(DEMO.withoutCard.fullName),
        birthDate: '1984-02-09',
        gender: 'male',
        idNumber: '031084002093',
        phone: '0912000201',
        address: 'Số 27 Trần Nguyên Hãn, Phường Lê Chân, Thành phố Hải Phòng',
        provinceCode: '31',
        communeCode: '11383',
      });
      await tx.insert(participationPeriods).values(formerStaffPeriods(DEMO.withoutCard.bhxhCode));
      // Students without an account yet, to try "Đăng ký tài khoản" (see demo-students.ts),
      // already insured through the university: the account only opens the view onto them.
      await tx.insert(insuredPersons).values(
        DEMO_STUDENTS.map(({ communeName, street, inRegistry, ...s }) => ({
          ...s,
          nameKey: searchKey(s.fullName),
          address: `${street}, ${communeName}, Thành phố Hải Phòng`,
        })),
      );
      await tx
        .insert(bhytCards)
        .values(DEMO_STUDENTS.map((s) => studentCard(s, now, HAIPHONG_AGENCY)));
      await tx
        .insert(participationPeriods)
        .values(DEMO_STUDENTS.flatMap((s) => studentPeriods(s, now)));
      await tx.insert(benefits).values({
        bhxhCode: DEMO.citizen.bhxhCode,
        category: 'sickness_maternity',
        regime: 'childbirth',
        fromDate: '2014-09-15',
        toDate: '2015-03-14',
        amount: 18_423_000,
        paidBy: VSS_INFORMATION_CENTRE.name,
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
          kind: 'citizen',
          role: 'citizen',
          bhxhCode: DEMO.withoutCard.bhxhCode,
          email: DEMO.withoutCard.email,
          displayName: DEMO.withoutCard.fullName,
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
