import { isValidIsoDate, parseDate, parseMonthText, searchKey } from '@vssid/domain';

/** Why a row is refused; the code is the report's "reason" (messages-records.ts). */
export class RowRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly column: string,
  ) {
    super(reason);
  }
}

/** Column positions by header (one header per file, so built once per file, not per row). */
const positions = new WeakMap<readonly string[], Map<string, number>>();

/** Reads one row by column name; every getter refuses with the column it was reading. */
export function fieldReader(header: readonly string[], values: readonly string[], today: string) {
  let at = positions.get(header);
  if (!at) {
    at = new Map(header.map((h, i) => [h, i]));
    positions.set(header, at);
  }
  const index = at;
  const raw = (c: string) => (values[index.get(c) ?? -1] ?? '').trim();
  const thisMonth = today.slice(0, 7);
  const r = {
    opt: (c: string): string | null => raw(c) || null,
    req(c: string): string {
      const v = raw(c);
      if (!v) throw new RowRefusal('IMPORT_FIELD_REQUIRED', c);
      return v;
    },
    oneOf<T extends string>(c: string, allowed: readonly T[]): T {
      const v = r.req(c) as T;
      if (!allowed.includes(v)) throw new RowRefusal('IMPORT_FIELD_INVALID', c);
      return v;
    },
    /**
     * A code of `options`, given as the code itself or one of its Vietnamese spellings (accents,
     * case and spacing aside); empty is null.
     */
    option<T extends string>(c: string, options: Record<T, readonly string[]>): T | null {
      const v = raw(c);
      if (!v) return null;
      const k = searchKey(v);
      for (const [code, labels] of Object.entries(options) as [T, readonly string[]][])
        if (v === code || labels.some((l) => searchKey(l) === k)) return code;
      throw new RowRefusal('IMPORT_FIELD_INVALID', c);
    },
    bhxhCode(c = 'bhxh_code'): string {
      const v = r.req(c);
      if (!/^\d{10}$/.test(v)) throw new RowRefusal('IMPORT_UNKNOWN_BHXH_CODE', c);
      return v;
    },
    /** 'MM/YYYY' or 'YYYY-MM'; a month after the current one (Vietnam time) is refused. */
    month(c: string): string {
      const m = parseMonthText(r.req(c));
      if (!m.ok) throw new RowRefusal('IMPORT_FIELD_INVALID', c);
      if (m.value > thisMonth) throw new RowRefusal('IMPORT_MONTH_IN_FUTURE', c);
      return m.value;
    },
    /** 'dd/mm/yyyy' or ISO; `future` allows dates after today (a card's "đến ngày"). */
    date(c: string, o: { optional?: boolean; future?: boolean } = {}): string | null {
      const v = raw(c);
      if (!v) {
        if (o.optional) return null;
        throw new RowRefusal('IMPORT_FIELD_REQUIRED', c);
      }
      const d = isValidIsoDate(v) ? v : parseDate(v);
      const iso = typeof d === 'string' ? d : d.ok ? d.value : null;
      if (iso === null) throw new RowRefusal('IMPORT_FIELD_INVALID', c);
      if (!o.future && iso > today) throw new RowRefusal('IMPORT_MONTH_IN_FUTURE', c);
      return iso;
    },
    /** Integer đồng: '5453400', '5.453.400' or '5.453.400,00' (as printed in VssID). */
    money(c: string, o: { optional?: boolean; reason?: string } = {}): number | null {
      const v = raw(c).replace(/\s/g, '');
      if (!v && o.optional) return null;
      const reason = o.reason ?? 'IMPORT_FIELD_INVALID';
      let digits: string | null = null;
      if (/^\d+$/.test(v)) digits = v;
      else if (/^\d{1,3}(\.\d{3})+(,0{1,2})?$/.test(v))
        digits = v.replace(/,0+$/, '').replace(/\./g, '');
      else if (/^\d+[.,]0{1,2}$/.test(v)) digits = v.replace(/[.,]0+$/, '');
      if (digits === null || digits.length > 15) throw new RowRefusal(reason, c);
      return Number(digits);
    },
    /** "Hệ số lương": '3,66' or '3.66', stored as '3.66'. */
    coefficient(c: string): string | null {
      const v = raw(c).replace(',', '.');
      if (!v) return null;
      if (!/^\d{1,4}(\.\d{1,2})?$/.test(v)) throw new RowRefusal('IMPORT_FIELD_INVALID', c);
      return Number(v).toFixed(2);
    },
  };
  return r;
}
export type FieldReader = ReturnType<typeof fieldReader>;
