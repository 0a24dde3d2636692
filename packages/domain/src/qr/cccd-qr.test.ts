import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cccdGenderCenturyDigit, type Gender } from '../cccd.ts';
import { DOMAIN_MESSAGES } from '../messages.ts';
import { CCCD_PROVINCES } from '../provinces.ts';
import { vietnameseAddress, vietnameseName } from '../test-support/vietnamese.ts';
import { type CccdQrData, decodeCccdQr, encodeCccdQr } from './cccd-qr.ts';

const SAMPLE =
  '001090012345|123456789|Nguyễn Văn An|15081990|Nam|Số 1 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội|20042021';
const SAMPLE_DATA: CccdQrData = {
  cccd: '001090012345',
  cmnd: '123456789',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-08-15',
  sex: 'male',
  address: 'Số 1 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội',
  issueDate: '2021-04-20',
};

function withField(payload: string, i: number, value: string): string {
  const parts = payload.split('|');
  parts[i] = value;
  return parts.join('|');
}

describe('decodeCccdQr', () => {
  it('decodes the sample and re-encodes it exactly', () => {
    expect(decodeCccdQr(SAMPLE)).toStrictEqual({ ok: true, value: SAMPLE_DATA });
    expect(encodeCccdQr(SAMPLE_DATA)).toBe(SAMPLE);
  });

  it('reads an empty CMND slot as none, and tolerant spellings of the sex', () => {
    expect(decodeCccdQr(withField(SAMPLE, 1, ''))).toMatchObject({
      ok: true,
      value: { cmnd: null },
    });
    const woman = withField(withField(SAMPLE, 0, '001190012345'), 4, 'Nữ'.normalize('NFD'));
    expect(decodeCccdQr(woman)).toMatchObject({ ok: true, value: { sex: 'female' } });
    expect(decodeCccdQr(withField(SAMPLE, 4, 'NAM'))).toMatchObject({
      ok: true,
      value: { sex: 'male' },
    });
    expect(decodeCccdQr(`${SAMPLE}\u0000\u0000\n`)).toStrictEqual({ ok: true, value: SAMPLE_DATA });
  });

  it('refuses the six-field variant with its own code instead of misreading it', () => {
    const six = SAMPLE.split('|')
      .filter((_, i) => i !== 1)
      .join('|');
    expect(decodeCccdQr(six)).toStrictEqual({ ok: false, error: 'CCCD_QR_SIX_FIELDS' });
  });

  it.each([
    ['', 'CCCD_QR_EMPTY'],
    ['001090012345', 'CCCD_QR_FIELD_COUNT'],
    [`${SAMPLE}|extra`, 'CCCD_QR_FIELD_COUNT'],
    [withField(SAMPLE, 0, '00109001234'), 'CCCD_QR_CCCD_INVALID'],
    [withField(SAMPLE, 0, '003090012345'), 'CCCD_QR_CCCD_INVALID'],
    [withField(SAMPLE, 0, '001090012345 '), 'CCCD_QR_CCCD_INVALID'],
    [withField(SAMPLE, 1, '12345678'), 'CCCD_QR_CMND_INVALID'],
    [withField(SAMPLE, 2, '  '), 'CCCD_QR_NAME_REQUIRED'],
    [withField(SAMPLE, 3, '30021990'), 'CCCD_QR_BIRTH_DATE_INVALID'],
    [withField(SAMPLE, 3, '15/08/1990'), 'CCCD_QR_BIRTH_DATE_INVALID'],
    [withField(SAMPLE, 4, 'M'), 'CCCD_QR_SEX_INVALID'],
    [withField(SAMPLE, 6, '2004202'), 'CCCD_QR_ISSUE_DATE_INVALID'],
    [withField(SAMPLE, 6, '14081990'), 'CCCD_QR_ISSUE_BEFORE_BIRTH'],
    [withField(SAMPLE, 3, '15081991'), 'CCCD_BIRTH_YEAR_MISMATCH'],
    [withField(SAMPLE, 4, 'Nữ'), 'CCCD_GENDER_MISMATCH'],
  ])('refuses %j with %s', (payload, code) => {
    expect(decodeCccdQr(payload)).toStrictEqual({ ok: false, error: code });
    expect(DOMAIN_MESSAGES[code as keyof typeof DOMAIN_MESSAGES].vi).toBeTruthy();
  });

  it('refuses to encode a text containing the separator', () => {
    expect(() => encodeCccdQr({ ...SAMPLE_DATA, address: 'a|b' })).toThrow(RangeError);
  });
});

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(min), max: new Date(max), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const text = (arb: fc.Arbitrary<string>) => arb.map((s) => s.replaceAll('|', '/'));

/** Consistent cards: the CCCD digits are derived from the generated birth date and sex. */
const cccdQrData: fc.Arbitrary<CccdQrData> = fc
  .record({
    province: fc.constantFrom(...Object.keys(CCCD_PROVINCES)),
    serial: fc.stringMatching(/^[0-9]{6}$/),
    cmnd: fc.option(fc.stringMatching(/^[0-9]{9}$/), { nil: null }),
    fullName: text(fc.oneof(vietnameseName, fc.string({ unit: 'binary', minLength: 1 }))).filter(
      (s) => s.trim() !== '',
    ),
    birthDate: isoDate('1800-01-01', '2099-12-31'),
    sex: fc.constantFrom<Gender>('male', 'female'),
    address: text(fc.oneof(vietnameseAddress, fc.string({ unit: 'binary' }))),
    issueOffsetDays: fc.integer({ min: 0, max: 60_000 }),
  })
  .map(({ province, serial, issueOffsetDays, ...d }) => {
    const year = Number(d.birthDate.slice(0, 4));
    const issue = new Date(Date.parse(d.birthDate) + issueOffsetDays * 86_400_000);
    return {
      cccd: `${province}${cccdGenderCenturyDigit(year, d.sex)}${d.birthDate.slice(2, 4)}${serial}`,
      cmnd: d.cmnd,
      fullName: d.fullName,
      birthDate: d.birthDate,
      sex: d.sex,
      address: d.address,
      issueDate: issue.toISOString().slice(0, 10),
    };
  })
  .filter((d) => d.issueDate <= '9999-12-31');

describe('CCCD QR round trips (property)', () => {
  it('decode(encode(d)) equals d and encode(decode(x)) equals x', () => {
    fc.assert(
      fc.property(cccdQrData, (d) => {
        const x = encodeCccdQr(d);
        const r = decodeCccdQr(x);
        expect(r).toStrictEqual({ ok: true, value: d });
        expect(r.ok && encodeCccdQr(r.value)).toBe(x);
      }),
    );
  });

  it('a flipped sex is always caught by the CCCD digits', () => {
    fc.assert(
      fc.property(cccdQrData, (d) => {
        const flipped = { ...d, sex: d.sex === 'male' ? ('female' as const) : ('male' as const) };
        expect(decodeCccdQr(encodeCccdQr(flipped))).toStrictEqual({
          ok: false,
          error: 'CCCD_GENDER_MISMATCH',
        });
      }),
    );
  });
});
