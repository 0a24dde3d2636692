import { API_MESSAGES } from '@vssid/contracts';
import { DOMAIN_MESSAGES } from '@vssid/domain';
import { describe, expect, it } from 'vitest';
// The per-area message catalogues are not exported from the package entry; read them directly.
import { AUTH_MESSAGES } from '../../../../packages/contracts/src/messages-auth.ts';
import { LOOKUP_MESSAGES } from '../../../../packages/contracts/src/messages-lookups.ts';
import { RECORDS_MESSAGES } from '../../../../packages/contracts/src/messages-records.ts';
import { REGISTRATION_MESSAGES } from '../../../../packages/contracts/src/messages-registration.ts';
import { boEn } from '../backoffice/i18n/en.ts';
import { boVi } from '../backoffice/i18n/vi.ts';
import { orgEn } from '../organization/i18n/en.ts';
import { remindersEn, remindersVi } from '../organization/i18n/reminders.ts';
import { orgVi } from '../organization/i18n/vi.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

/** Every leaf of a catalogue as 'path.to.key' → text. */
function leaves(o: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof o === 'string') out.set(prefix, o);
  else if (o && typeof o === 'object')
    for (const [k, v] of Object.entries(o)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
const placeholders = (s: string) =>
  [...s.matchAll(/{{\s*(\w+)\s*}}|<(\w+)>/g)].map((m) => m[0]).sort();

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
/** English texts that show Vietnamese on purpose, each with its reason. */
const VIETNAMESE_ON_PURPOSE = new Set([
  'language.vi', // "Tiếng Việt": a language names itself
  'bhxhLookup.fullNameHint', // shows a name typed with and without accents
  'roster.lead', // organization portal: the roster's column titles, which the file must carry
]);
const MESSAGES_ON_PURPOSE = new Set([
  'DIRECTORY_BOOLEAN_INVALID', // officers: the values a CSV may carry ("có/không")
  'DIRECTORY_HOURS_INVALID', // officers: the Vietnamese timetable a CSV must carry
]);

describe.each([
  ['citizen app', vi, en],
  ['back office', boVi, boEn],
  ['organization portal', orgVi, orgEn],
  ['organization reminders', remindersVi, remindersEn],
])('the %s catalogues', (_name, viCat, enCat) => {
  const v = leaves(viCat);
  const e = leaves(enCat);

  it('have the same keys in Vietnamese and English', () => {
    expect([...v.keys()].filter((k) => !e.has(k))).toEqual([]);
    expect([...e.keys()].filter((k) => !v.has(k))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differ = [...v].filter(
      ([k, s]) => placeholders(s).join() !== placeholders(e.get(k) ?? '').join(),
    );
    expect(differ.map(([k]) => k)).toEqual([]);
  });
});

describe('English text', () => {
  it('has no Vietnamese word outside the listed exceptions (citizen app)', () => {
    const found = [...leaves(en)].filter(
      ([k, s]) => VIETNAMESE.test(s) && !VIETNAMESE_ON_PURPOSE.has(k),
    );
    expect(found).toEqual([]);
  });

  it('of every server message is English, both languages present', () => {
    const all = {
      ...DOMAIN_MESSAGES,
      ...AUTH_MESSAGES,
      ...REGISTRATION_MESSAGES,
      ...RECORDS_MESSAGES,
      ...LOOKUP_MESSAGES,
      ...API_MESSAGES,
    } as Record<string, { vi: string; en: string }>;
    const entries = Object.entries(all);
    expect(entries.length).toBeGreaterThan(150);
    expect(entries.filter(([, m]) => !m.vi?.trim() || !m.en?.trim()).map(([k]) => k)).toEqual([]);
    const vietnamese = entries.filter(
      ([k, m]) => VIETNAMESE.test(m.en) && !MESSAGES_ON_PURPOSE.has(k),
    );
    expect(vietnamese.map(([k, m]) => `${k}: ${m.en}`)).toEqual([]);
  });
});
