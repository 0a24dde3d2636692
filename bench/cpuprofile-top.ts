/**
 * A V8 .cpuprofile (node --cpu-prof) summed by self time: per function and per place (a package
 * of node_modules, a file of ours, or Node's internals), the biggest first. The text version of
 * a flame graph, for docs/PERFORMANCE.md.
 */
import { readFileSync } from 'node:fs';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
const file = process.argv[2];
if (!file)
  throw new Error(
    'usage: node --import tsx bench/cpuprofile-top.ts <file.cpuprofile> [last-seconds]',
  );
const profile = JSON.parse(readFileSync(file, 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};

// Optional: only the last K seconds of the profile (the load, not the set-up before it).
const lastSeconds = Number(process.argv[3] ?? 0);
const at: number[] = [];
let clock = 0;
for (const d of profile.timeDeltas) {
  clock += d;
  at.push(clock);
}
const from = lastSeconds > 0 ? clock - lastSeconds * 1e6 : Number.NEGATIVE_INFINITY;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  if (at[i]! < from) return;
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function place(url: string): string {
  if (!url) return '(native / V8)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node internals';
  const src = url.indexOf('/apps/');
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

const fn = new Map<string, number>();
const where = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id)!;
  const name = n.callFrame.functionName || '(anonymous)';
  const p = place(n.callFrame.url);
  const key = name.startsWith('(') && !n.callFrame.url ? name : `${name} — ${p}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  where.set(p, (where.get(p) ?? 0) + us);
}
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');
console.log(`total sampled ${(total / 1e6).toFixed(1)} s\n\nby place:\n${top(where, 25)}`);
console.log(`\nby function:\n${top(fn, 30)}`);
