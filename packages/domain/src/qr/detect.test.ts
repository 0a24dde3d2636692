import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBhytQr } from './bhyt-qr.ts';
import { decodeCccdQr } from './cccd-qr.ts';
import { detectQrKind } from './detect.ts';

const BHYT_OLD =
  'GD4010123456789|4e677579e1bb856e2056c4836e20416e|15/08/1990|1|-|01 - 001|01/01/2020|31/12/2020|01/01/2020|$';
const CCCD =
  '001090012345|123456789|Nguyễn Văn An|15081990|Nam|Số 1 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội|20042021';

describe('detectQrKind', () => {
  it('recognises both card kinds, padded or not', () => {
    expect(detectQrKind(BHYT_OLD)).toBe('bhyt');
    expect(detectQrKind(`${BHYT_OLD}\u0000`)).toBe('bhyt');
    expect(detectQrKind(CCCD)).toBe('cccd');
    expect(detectQrKind(` ${CCCD}\u0000`)).toBe('cccd');
  });

  it('keeps the kind of a damaged card so its decoder can explain the damage', () => {
    const badDate = BHYT_OLD.replace('31/12/2020', '31/02/2020');
    expect(detectQrKind(badDate)).toBe('bhyt');
    expect(decodeBhytQr(badDate).ok).toBe(false);
    const six = CCCD.replace('|123456789', '');
    expect(detectQrKind(six)).toBe('cccd');
    expect(decodeCccdQr(six)).toMatchObject({ error: 'CCCD_QR_SIX_FIELDS' });
  });

  it('says unknown for anything else', () => {
    for (const other of [
      '',
      'https://baohiemxahoi.gov.vn',
      'WIFI:S:cafe;T:WPA;P:secret;;',
      '0123456789',
      '0123456789$',
      'XX4010123456789|a|$',
      '00109001234|1|2|3|4|5|6',
      '001090012345|1|2|3|4',
    ]) {
      expect(detectQrKind(other)).toBe('unknown');
    }
  });

  it('never calls a decodable payload by the wrong kind (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const kind = detectQrKind(s);
        if (decodeBhytQr(s).ok) expect(kind).toBe('bhyt');
        if (decodeCccdQr(s).ok) expect(kind).toBe('cccd');
      }),
    );
  });
});
