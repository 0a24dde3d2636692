import { describe, expect, it } from 'vitest';
import { applicantRequestSchema } from './registration.ts';

const valid = {
  bhxhCode: '0123456789',
  fullName: 'Nguyễn Văn An',
  idNumber: '001090000001', // a CCCD of someone born in 1990
  birthDate: '1990-01-01',
  provinceCode: '01',
  communeCode: '00001',
  street: 'Số 1 Tràng Tiền',
  phone: '0912345678',
};
const issues = (input: Record<string, string>) => {
  const r = applicantRequestSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [String(i.path[0]), i.message]);
};

describe('applicantRequestSchema: every field at once', () => {
  it('reports a CCCD that disagrees with the birth year beside other fields’ errors', () => {
    const found = issues({ ...valid, birthDate: '1985-01-01', phone: '', provinceCode: '' });
    expect(found).toContainEqual(['idNumber', 'CCCD_BIRTH_YEAR_MISMATCH']);
    expect(found).toContainEqual(['phone', 'MOBILE_REQUIRED']);
    expect(found).toContainEqual(['provinceCode', 'PROVINCE_REQUIRED']);
  });

  it('does not compare a CCCD with a birth date that is itself invalid', () => {
    const found = issues({ ...valid, birthDate: '31/02/1985' });
    expect(found.filter(([field]) => field === 'idNumber')).toEqual([]);
    expect(found.map(([field]) => field)).toContain('birthDate');
  });

  it('accepts a matching CCCD and birth date', () => {
    expect(issues(valid)).toEqual([]);
  });
});
