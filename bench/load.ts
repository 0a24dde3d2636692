import autocannon from 'autocannon';

export type LoadResult = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};

/** Drives one URL for `seconds` with `connections` keep-alive connections (autocannon). */
export async function load(
  name: string,
  url: string,
  o: { seconds?: number; connections?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const r = await autocannon({
    url,
    ...(o.headers ? { headers: o.headers } : {}),
    connections: o.connections ?? 20,
    duration: o.seconds ?? 8,
    pipelining: 1,
  });
  return {
    name,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

/** Prints rows side by side with each row's ratio to the baseline (first row). */
export function report(title: string, rows: LoadResult[]): void {
  const base = rows[0]!;
  console.log(`\n${title}`);
  console.table(
    rows.map((r) => ({
      target: r.name,
      'req/s': r.rps,
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      'errors+non2xx': r.errors + r.non2xx,
      'req/s ratio vs baseline': (r.rps / base.rps).toFixed(3),
      'p99 ratio vs baseline': base.p99 > 0 ? (r.p99 / base.p99).toFixed(2) : 'n/a',
    })),
  );
}
