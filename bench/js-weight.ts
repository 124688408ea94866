// JavaScript a browser must download before the sign-in form (and the app shell, which loads from the
// same entry) can run: the entry script of the built index.html and every chunk it preloads, measured
// gzip-compressed (what the server sends: the build writes .gz/.br copies). Targets (issue 18): sign-in
// ≤ 150 KB, app shell ≤ 300 KB. Also prints the time to fetch those bytes on a commune's line
// (1.6 Mbit/s, 150 ms round trip, one round trip per request on HTTP/1.1 with 6 connections).
// Usage: npx vite build (in packages/web), then `npx tsx bench/js-weight.ts`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../packages/web/dist');
const index = join(DIST, 'index.html');
if (!existsSync(index)) {
  console.error('packages/web/dist/index.html is missing: run `npx vite build` in packages/web first.');
  process.exit(2);
}
const html = readFileSync(index, 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]!);

const rows = initial.map((src) => {
  const data = readFileSync(join(DIST, src.replace(/^\//, '')));
  return { file: src, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotliCompressSync(data).length };
});
const kb = (n: number) => Math.round(n / 102.4) / 10;
const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
const BITS_PER_SECOND = 1_600_000;
const RTT_S = 0.15;
// DNS+TCP+HTML (3 round trips), then the scripts in parallel: bandwidth-bound.
const seconds = 3 * RTT_S + RTT_S + (total.gzip * 8) / BITS_PER_SECOND;

for (const r of rows)
  console.log(`${r.file.padEnd(44)} ${String(kb(r.raw)).padStart(8)} KB  gzip ${String(kb(r.gzip)).padStart(7)} KB  br ${kb(r.brotli)} KB`);
console.log(
  `${'total before sign-in / app shell'.padEnd(44)} ${String(kb(total.raw)).padStart(8)} KB  gzip ${String(kb(total.gzip)).padStart(7)} KB  br ${kb(total.brotli)} KB`,
);
console.log(`fetch time at 1.6 Mbit/s, 150 ms RTT (gzip): ${seconds.toFixed(1)} s`);
const targets = [
  ['sign-in ≤ 150 KB gzip', total.gzip <= 150 * 1024],
  ['app shell ≤ 300 KB gzip', total.gzip <= 300 * 1024],
] as const;
for (const [name, ok] of targets) console.log(`${ok ? 'OK  ' : 'OVER'} ${name}`);
