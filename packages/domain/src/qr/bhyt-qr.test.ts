import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGES } from '../messages.ts';
import { bhytQrData } from '../test-support/bhyt-qr-arbitrary.ts';
import { decodeBhytQr, encodeBhytQr } from './bhyt-qr.ts';
import type { BhytQrData } from './bhyt-qr-data.ts';

const NEW_CARD =
  '0123456789|4e677579e1bb856e2056c4836e20416e|15/08/1990|1|-|01 - 001|01/01/2025|-|01/01/2025|01050123456789|-|4| 01/01/2030|0000000000000000-0000|4|5175e1baad6e204861692042c3a0205472c6b06e672c205468c3a06e68207068e1bb912048c3a0204ee1bb9969|$';
const OLD_CARD =
  'GD4010123456789|4e677579e1bb856e2056c4836e20416e|15/08/1990|1|53e1bb912031205068e1bb91204875e1babf2c205068c6b0e1bb9d6e67204861692042c3a0205472c6b06e672c205468c3a06e68207068e1bb912048c3a0204ee1bb9969|01 - 001|01/01/2020|31/12/2020|01/01/2020|$';

const NEW_CARD_DATA: BhytQrData = {
  cardNumber: { form: 'new', bhxhCode: '0123456789' },
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-08-15',
  sex: 'male',
  address: null,
  facility: { text: '01 - 001', code: '01001' },
  validFrom: '2025-01-01',
  validTo: null,
  issueDate: '2025-01-01',
  managementCode: '01050123456789',
  parentName: null,
  residenceCode: '4',
  fiveYearsSince: { text: ' 01/01/2030', date: '2030-01-01' },
  checkString: '0000000000000000-0000',
  benefitCode: '4',
  issuingOffice: 'Quận Hai Bà Trưng, Thành phố Hà Nội',
};

/** Replaces field `i` of a payload, to build one broken input per rule. */
function withField(payload: string, i: number, value: string): string {
  const parts = payload.split('|');
  parts[i] = value;
  return parts.join('|');
}

describe('decodeBhytQr on real samples', () => {
  it('decodes a new card and re-encodes it byte for byte', () => {
    expect(decodeBhytQr(NEW_CARD)).toStrictEqual({ ok: true, value: NEW_CARD_DATA });
    expect(encodeBhytQr(NEW_CARD_DATA)).toBe(NEW_CARD);
  });

  it('decodes an old card that stops after field 8 and re-encodes it', () => {
    const r = decodeBhytQr(OLD_CARD);
    expect(r).toStrictEqual({
      ok: true,
      value: {
        cardNumber: {
          form: 'old',
          objectCode: 'GD',
          benefitLevel: 4,
          provinceCode: '01',
          bhxhCode: '0123456789',
        },
        fullName: 'Nguyễn Văn An',
        birthDate: '1990-08-15',
        sex: 'male',
        address: 'Số 1 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội',
        facility: { text: '01 - 001', code: '01001' },
        validFrom: '2020-01-01',
        validTo: '2020-12-31',
        issueDate: '2020-01-01',
      },
    });
    expect(r.ok && encodeBhytQr(r.value)).toBe(OLD_CARD);
  });

  it('tolerates scanner padding, upper-case hex and a lower-case card number', () => {
    const canonical = decodeBhytQr(OLD_CARD);
    for (const variant of [
      `${OLD_CARD}\u0000\u0000`,
      `  ${OLD_CARD}\n`,
      OLD_CARD.toUpperCase(),
      `gd${OLD_CARD.slice(2)}`,
    ]) {
      const r = decodeBhytQr(variant);
      expect(r).toStrictEqual(canonical);
      expect(r.ok && encodeBhytQr(r.value)).toBe(OLD_CARD);
    }
    expect(decodeBhytQr(NEW_CARD.toUpperCase())).toStrictEqual(decodeBhytQr(NEW_CARD));
  });

  it('accepts every truncation that keeps fields 0–8', () => {
    const fields = NEW_CARD.split('|').slice(0, -1);
    for (let n = 9; n <= 16; n++) {
      const payload = `${fields.slice(0, n).join('|')}|$`;
      const r = decodeBhytQr(payload);
      expect(r.ok).toBe(true);
      expect(r.ok && encodeBhytQr(r.value)).toBe(payload);
    }
    for (let n = 0; n < 9; n++) {
      expect(decodeBhytQr(`${fields.slice(0, n).join('|')}|$`)).toMatchObject({ ok: false });
    }
  });

  it('reads a year-only birth date and a parent name', () => {
    const payload = withField(
      withField(NEW_CARD, 2, '1990'),
      10,
      '5472e1baa76e205468e1bb8b2042c3ac6e68',
    );
    expect(decodeBhytQr(payload)).toMatchObject({
      ok: true,
      value: { birthDate: { year: 1990 }, parentName: 'Trần Thị Bình' },
    });
  });
});

describe('decodeBhytQr errors', () => {
  const tooMany = NEW_CARD.replace(/\|\$$/, '|extra|$');
  it.each([
    ['', 'BHYT_QR_EMPTY'],
    ['\u0000 \u0000', 'BHYT_QR_EMPTY'],
    [NEW_CARD.slice(0, -2), 'BHYT_QR_NO_TERMINATOR'],
    [NEW_CARD.replace(/\|\$$/, '$'), 'BHYT_QR_NO_TERMINATOR'],
    ['$', 'BHYT_QR_TOO_FEW_FIELDS'],
    ['0123456789|4e|15/08/1990|1|$', 'BHYT_QR_TOO_FEW_FIELDS'],
    [tooMany, 'BHYT_QR_TOO_MANY_FIELDS'],
    [withField(OLD_CARD, 0, 'ZZ4010123456789'), 'BHYT_QR_CARD_NUMBER_INVALID'],
    [withField(OLD_CARD, 0, '012345678'), 'BHYT_QR_CARD_NUMBER_INVALID'],
    [withField(OLD_CARD, 1, '4e6'), 'BHYT_QR_NAME_INVALID'],
    [withField(OLD_CARD, 1, 'Nguyen'), 'BHYT_QR_NAME_INVALID'],
    [withField(OLD_CARD, 1, 'c3'), 'BHYT_QR_NAME_INVALID'],
    [withField(OLD_CARD, 1, ''), 'BHYT_QR_NAME_REQUIRED'],
    [withField(OLD_CARD, 1, '2020'), 'BHYT_QR_NAME_REQUIRED'],
    [withField(OLD_CARD, 2, '31/02/1990'), 'BHYT_QR_BIRTH_DATE_INVALID'],
    [withField(OLD_CARD, 2, '1990-08-15'), 'BHYT_QR_BIRTH_DATE_INVALID'],
    [withField(OLD_CARD, 2, '0000'), 'BHYT_QR_BIRTH_DATE_INVALID'],
    [withField(OLD_CARD, 3, '0'), 'BHYT_QR_SEX_INVALID'],
    [withField(OLD_CARD, 3, 'Nam'), 'BHYT_QR_SEX_INVALID'],
    [withField(OLD_CARD, 4, 'xyz'), 'BHYT_QR_ADDRESS_INVALID'],
    [withField(OLD_CARD, 5, '01 - 0011'), 'BHYT_QR_FACILITY_INVALID'],
    [withField(OLD_CARD, 5, 'BV Bạch Mai'), 'BHYT_QR_FACILITY_INVALID'],
    [withField(OLD_CARD, 6, '-'), 'BHYT_QR_VALID_FROM_INVALID'],
    [withField(OLD_CARD, 7, '32/12/2020'), 'BHYT_QR_VALID_TO_INVALID'],
    [withField(OLD_CARD, 7, '31/12/2019'), 'BHYT_QR_VALID_TO_BEFORE_FROM'],
    [withField(OLD_CARD, 8, ''), 'BHYT_QR_ISSUE_DATE_INVALID'],
    [withField(NEW_CARD, 10, 'zz'), 'BHYT_QR_PARENT_NAME_INVALID'],
    [withField(NEW_CARD, 12, ' 30/02/2030'), 'BHYT_QR_FIVE_YEARS_DATE_INVALID'],
    [withField(NEW_CARD, 15, '-'), 'BHYT_QR_ISSUING_OFFICE_INVALID'],
  ])('refuses %j with %s', (payload, code) => {
    expect(decodeBhytQr(payload)).toStrictEqual({ ok: false, error: code });
    expect(DOMAIN_MESSAGES[code as keyof typeof DOMAIN_MESSAGES].vi).toBeTruthy();
  });
});

describe('BHYT QR round trips (property)', () => {
  it('decode(encode(d)) equals d', () => {
    fc.assert(
      fc.property(bhytQrData, (d) => {
        expect(decodeBhytQr(encodeBhytQr(d))).toStrictEqual({ ok: true, value: d });
      }),
    );
  });

  it('encode(decode(x)) equals x for canonical payloads, and tolerated variants decode alike', () => {
    fc.assert(
      fc.property(bhytQrData, (d) => {
        const x = encodeBhytQr(d);
        expect(x.endsWith('|$')).toBe(true);
        const r = decodeBhytQr(x);
        expect(r.ok && encodeBhytQr(r.value)).toBe(x);
        const upperHex = x
          .split('|')
          .map((f, i) => ([1, 4, 10, 15].includes(i) ? f.toUpperCase() : f))
          .join('|');
        expect(decodeBhytQr(`\n${upperHex}\u0000\u0000 `)).toStrictEqual(r);
      }),
    );
  });

  it('refuses to encode a plain field containing the separator', () => {
    expect(() => encodeBhytQr({ ...NEW_CARD_DATA, checkString: 'a|b' })).toThrow(RangeError);
  });

  it('writes canonical text when the kept text no longer matches the value', () => {
    const edited: BhytQrData = {
      ...NEW_CARD_DATA,
      facility: { text: '01 - 001', code: '79024' },
      fiveYearsSince: { text: ' 01/01/2030', date: '2031-06-30' },
    };
    const fields = encodeBhytQr(edited).split('|');
    expect(fields[5]).toBe('79 - 024');
    expect(fields[12]).toBe(' 30/06/2031');
  });
});
