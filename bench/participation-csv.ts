import type { Database } from '../apps/server/src/db/client.ts';

const HEADER =
  'bhxh_code,scheme,from_month,to_month,employer_name,employer_code,position,workplace,contribution_type,currency,salary,salary_coefficient,status\n';

/** Row i of a generated participation file: distinct natural keys over the given existing codes. */
function csvRow(i: number, codes: string[]): string {
  const m = `${1995 + ((i >> 4) % 30)}-${String((i % 12) + 1).padStart(2, '0')}`;
  return `${codes[i % codes.length]},bhxh,${m},${m},Đơn vị ${i},,,,,VND,${5_000_000 + i},,paid\n`;
}

/** A participation CSV of `rows` rows, streamed in ~64 KB chunks. */
export async function* csvFile(rows: number, codes: string[], header: boolean) {
  if (header) yield HEADER;
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += csvRow(i, codes);
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * Codes of generated people (9…) in one province: an officer may only import rows for the
 * people their agency manages, so a benchmark file uses those.
 */
export async function generatedCodesIn(database: Database, provinceCode: string) {
  const r = await database.executeSql(
    "select bhxh_code from insured_persons where province_code = $1 and bhxh_code like '9%' order by bhxh_code",
    [provinceCode],
  );
  const codes = r.rows.map((x) => x.bhxh_code as string);
  if (codes.length === 0) throw new Error(`no generated people in province ${provinceCode}`);
  return codes;
}
