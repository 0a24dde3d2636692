import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEmail } from './email.ts';
import { DOMAIN_MESSAGES } from './messages.ts';

describe('validateEmail', () => {
  it('accepts ordinary addresses and lower-cases only the domain', () => {
    expect(validateEmail(' Nguyen.Van.An@Gmail.COM ')).toStrictEqual({
      ok: true,
      value: 'Nguyen.Van.An@gmail.com',
    });
    for (const ok of [
      'a@b.vn',
      'an+bhxh@mail.baohiem.gov.vn',
      "o'neil@x-y.com",
      'u@xn--p1ai.xn--p1ai',
    ]) {
      expect(validateEmail(ok).ok).toBe(true);
    }
  });

  it.each([
    ['', 'EMAIL_REQUIRED'],
    [
      `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.vn`,
      'EMAIL_TOO_LONG',
    ],
    ['an @gmail.com', 'EMAIL_HAS_SPACES'],
    ['an.gmail.com', 'EMAIL_AT_SIGN'],
    ['an@@gmail.com', 'EMAIL_AT_SIGN'],
    ['a@b@gmail.com', 'EMAIL_AT_SIGN'],
    [`${'a'.repeat(65)}@gmail.com`, 'EMAIL_LOCAL_TOO_LONG'],
    ['@gmail.com', 'EMAIL_LOCAL_INVALID'],
    ['.an@gmail.com', 'EMAIL_LOCAL_INVALID'],
    ['an.@gmail.com', 'EMAIL_LOCAL_INVALID'],
    ['a..n@gmail.com', 'EMAIL_LOCAL_INVALID'],
    ['"an"@gmail.com', 'EMAIL_LOCAL_INVALID'],
    ['nguyễn@gmail.com', 'EMAIL_LOCAL_INVALID'],
    ['an@', 'EMAIL_DOMAIN_INVALID'],
    ['an@gmail', 'EMAIL_DOMAIN_INVALID'],
    ['an@gmail.', 'EMAIL_DOMAIN_INVALID'],
    ['an@-gmail.com', 'EMAIL_DOMAIN_INVALID'],
    ['an@gmail-.com', 'EMAIL_DOMAIN_INVALID'],
    ['an@gm_ail.com', 'EMAIL_DOMAIN_INVALID'],
    ['an@192.168.1.1', 'EMAIL_DOMAIN_INVALID'],
    ['an@mail.c', 'EMAIL_DOMAIN_INVALID'],
    [`an@${'a'.repeat(64)}.com`, 'EMAIL_DOMAIN_INVALID'],
  ])('refuses %j with %s', (input, code) => {
    expect(validateEmail(input)).toStrictEqual({ ok: false, error: code });
  });

  it('accepts generated well-formed addresses unchanged but for domain case (property)', () => {
    const local = fc.stringMatching(/^[a-zA-Z0-9_+-]{1,20}(\.[a-zA-Z0-9_+-]{1,20}){0,2}$/);
    const label = fc.stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,20}[a-zA-Z0-9])?$/);
    const tld = fc.stringMatching(/^[a-zA-Z]{2,6}$/);
    fc.assert(
      fc.property(local, fc.array(label, { minLength: 1, maxLength: 3 }), tld, (l, labels, t) => {
        const domain = [...labels, t].join('.');
        expect(validateEmail(`${l}@${domain}`)).toStrictEqual({
          ok: true,
          value: `${l}@${domain.toLowerCase()}`,
        });
      }),
    );
  });

  it('is idempotent and only returns catalogued codes (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = validateEmail(s);
        if (r.ok) expect(validateEmail(r.value)).toStrictEqual(r);
        else expect(DOMAIN_MESSAGES[r.error]).toBeDefined();
      }),
    );
  });
});
