import pg from 'pg';

/**
 * Grows the generated directories other than employers to `rows` rows each, for the "every
 * directory at 1,000,000 rows" benchmark: the generator's codes run out long before (facility codes
 * have three digits per old province), so the generated rows are copied with fresh codes
 * (`<code>d<n>`, also appended to search_key). Copies keep their names and places: many rows per
 * name, as "Trạm Y tế xã …" has in life, the hard case for ranking. Indexes are dropped and built
 * once afterwards, as the seed does (a sorted GIN build instead of a million insertions).
 */
const TABLES: { table: string; columns: string; kind?: string }[] = [
  {
    table: 'agencies',
    columns:
      'name, province_code, commune_code, address, phone, email, working_hours, latitude, longitude, demo',
    // Copies are base agencies: one provincial agency per province stays the rule.
    kind: "'base'",
  },
  {
    table: 'health_facilities',
    columns:
      'name, level, ownership, province_code, commune_code, address, phone, latitude, longitude, bhyt_contracted, accepts_initial_registration, issues_sick_leave, demo, name_key',
  },
  {
    table: 'collection_points',
    columns:
      'name, kind, operator, province_code, commune_code, address, phone, opening_hours, latitude, longitude, demo, name_key',
  },
];

export async function padDirectories(url: string, rows: number): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const added: Record<string, number> = {};
  try {
    await c.query("set statement_timeout = 0; set maintenance_work_mem = '512MB'");
    for (const t of TABLES) {
      const n = Number((await c.query(`select count(*)::int as n from ${t.table}`)).rows[0].n);
      if (n === 0 || n >= rows) continue;
      const copies = Math.ceil((rows - n) / n);
      const defs = (
        await c.query(
          `select i.indexname as name, i.indexdef as def from pg_indexes i
             join pg_class k on k.relname = i.indexname and k.relnamespace = current_schema()::regnamespace
             join pg_index x on x.indexrelid = k.oid
            where i.schemaname = current_schema() and i.tablename = $1
              and not x.indisunique and not x.indisprimary`,
          [t.table],
        )
      ).rows as { name: string; def: string }[];
      for (const d of defs) await c.query(`drop index "${d.name}"`);
      const cols = t.kind ? `${t.columns}, kind` : t.columns;
      const vals = t.kind ? `${t.columns}, ${t.kind}` : t.columns;
      const r = await c.query(
        `insert into ${t.table} (code, ${cols}, search_key)
         select code || 'd' || g, ${vals}, search_key || ' ' || lower(code) || 'd' || g
           from (select * from ${t.table} order by code) src, generate_series(1, ${copies}) g
          limit ${rows - n}`,
      );
      added[t.table] = r.rowCount ?? 0;
      for (const d of defs) await c.query(d.def);
      await c.query(`analyze ${t.table}`);
    }
  } finally {
    await c.end();
  }
  return added;
}
