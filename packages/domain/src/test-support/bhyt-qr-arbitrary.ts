import fc from 'fast-check';
import type { BhytCardNumber } from '../bhyt-card.ts';
import { BHYT_OBJECT_CODES } from '../bhyt-object-codes.ts';
import type { BhytQrData } from '../qr/bhyt-qr-data.ts';
import { vietnameseAddress, vietnameseName } from './vietnamese.ts';

// Test-only generator of BHYT QR contents (imported by tests, never by runtime code).

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dmy = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const plainText = fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replaceAll('|', '/'));
const anyText = fc.oneof(vietnameseAddress, fc.string({ unit: 'binary', maxLength: 30 }));
const card: fc.Arbitrary<BhytCardNumber> = fc.oneof(
  digits(10).map((bhxhCode) => ({ form: 'new' as const, bhxhCode })),
  fc
    .record({
      form: fc.constant('old' as const),
      objectCode: fc.constantFrom(...BHYT_OBJECT_CODES),
      benefitLevel: fc.constantFrom(1, 2, 3, 4, 5 as const),
      provinceCode: fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0')),
      bhxhCode: digits(10),
    })
    .map((c) => ({ ...c })), // fc.record builds null-prototype objects; the decoder does not
);
const facility = fc
  .tuple(digits(2), digits(3), fc.constantFrom(' - ', '-', '', ' '))
  .map(([p, f, sep]) => ({ text: `${p}${sep}${f}`, code: `${p}${f}` }));
const fiveYears = fc.oneof(
  fc.constantFrom('-', '', ' -', ' ').map((text) => ({ text, date: null })),
  fc
    .tuple(isoDate, fc.constantFrom('', ' ', '  '))
    .map(([date, pad]) => ({ text: `${pad}${dmy(date)}`, date })),
);
const validity = fc.tuple(isoDate, isoDate, fc.boolean()).map(([a, b, open]) => {
  const [from = a, to = b] = [a, b].sort();
  return { validFrom: from, validTo: open ? null : to };
});

/** Any BHYT QR content the decoder can produce; optional fields form a prefix, as on real cards. */
export const bhytQrData: fc.Arbitrary<BhytQrData> = fc
  .record({
    cardNumber: card,
    fullName: fc.oneof(vietnameseName, anyText).filter((s) => s.trim() !== ''),
    birthDate: fc.oneof(
      isoDate,
      fc.integer({ min: 1900, max: 2099 }).map((year) => ({ year })),
    ),
    sex: fc.constantFrom('male' as const, 'female' as const),
    address: fc.option(vietnameseAddress, { nil: null }),
    facility,
    validity,
    issueDate: isoDate,
    optional: fc.tuple(
      fc.integer({ min: 0, max: 7 }),
      fc.record({
        managementCode: plainText,
        parentName: fc.option(vietnameseName, { nil: null }),
        residenceCode: plainText,
        fiveYearsSince: fiveYears,
        checkString: plainText,
        benefitCode: plainText,
        issuingOffice: anyText,
      }),
    ),
  })
  .map(({ validity: v, optional: [count, extra], ...rest }) => {
    const data: BhytQrData = { ...rest, ...v };
    Object.assign(data, Object.fromEntries(Object.entries(extra).slice(0, count)));
    return data;
  });
