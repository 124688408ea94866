// JavaScript a browser must download before the sign-in form and before the home page (app shell) can run:
// the entry script of the built index.html with the chunks it preloads, plus the chunks of the route's page
// (route-level code splitting, packages/web/src/router.tsx) and everything they import statically,
// measured gzip-compressed (what the server sends: the build writes .gz/.br copies). Targets (issue 18):
// sign-in ≤ 150 KB, app shell ≤ 300 KB. Also prints the time to fetch those bytes on a commune's line
// (1.6 Mbit/s, 150 ms round trip, one round trip per request on HTTP/1.1 with 6 connections).
// Usage: NODE_ENV=production npx vite build (in packages/web), then `npx tsx bench/js-weight.ts [--json] [--dist dir]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const DIST = process.argv.includes('--dist')
  ? resolve(process.argv[process.argv.indexOf('--dist') + 1]!)
  : resolve(import.meta.dirname, '../packages/web/dist');
const index = join(DIST, 'index.html');
if (!existsSync(index)) {
  console.error('packages/web/dist/index.html is missing: run `npx vite build` in packages/web first.');
  process.exit(2);
}
const html = readFileSync(index, 'utf8');
const entry = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]!.replace(/^\//, ''));

const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
/** The chunk Vite named after a source module (LoginPage.tsx → assets/LoginPage-hash.js). */
function chunkOf(module: string): string {
  const found = assets.filter((f) => new RegExp(`^${module}-[\\w-]{8}\\.js$`).test(f));
  if (found.length !== 1) throw new Error(`expected one chunk for ${module}, found ${found.join(', ') || 'none'}`);
  return `assets/${found[0]}`;
}
/** A chunk and everything it imports statically (what the browser fetches before it runs). */
function closure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(`assets/${m[1]}`);
  };
  files.forEach(visit);
  return seen;
}

const kb = (n: number) => Math.round(n / 102.4) / 10;
const size = (file: string) => {
  const data = readFileSync(join(DIST, file));
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotliCompressSync(data).length };
};
const BITS_PER_SECOND = 1_600_000;
const RTT_S = 0.15;
const pages = [
  { page: 'sign-in', files: closure([...entry, chunkOf('LoginPage')]), limitKb: 150 },
  { page: 'app shell + home', files: closure([...entry, chunkOf('AppShell'), chunkOf('pages')]), limitKb: 300 },
];
const rows = pages.map(({ page, files, limitKb }) => {
  const total = [...files].map(size).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }));
  // DNS+TCP+HTML (3 round trips), entry, then the page's chunks: bandwidth-bound.
  const seconds = 3 * RTT_S + 2 * RTT_S + (total.gzip * 8) / BITS_PER_SECOND;
  return {
    page,
    chunks: files.size,
    raw_kb: kb(total.raw),
    gzip_kb: kb(total.gzip),
    br_kb: kb(total.brotli),
    fetch_s: +seconds.toFixed(1),
    limit_kb: limitKb,
  };
});
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  console.log(
    `${'page'.padEnd(18)} ${'chunks'.padStart(6)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}  fetch at 1.6 Mbit/s, 150 ms`,
  );
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(18)} ${String(r.chunks).padStart(6)} ${`${r.raw_kb} KB`.padStart(10)} ${`${r.gzip_kb} KB`.padStart(10)} ${`${r.br_kb} KB`.padStart(10)}  ${r.fetch_s} s`,
    );
  }
  for (const r of rows) console.log(`${r.gzip_kb <= r.limit_kb ? 'OK  ' : 'OVER'} ${r.page} ≤ ${r.limit_kb} KB gzip`);
}
