// First meaningful paint on a commune's connection (issue 18): the built client served by the real server
// (in-process, in-memory database with the Tây Ninh demo, as the browser tests run it), opened in Chromium
// with the network throttled through CDP (Network.emulateNetworkConditions: 1.6 Mbit/s down, 150 ms
// latency; CPU not throttled). Times run from the navigation's start to the moment the thing a person
// waits for is in the page (a MutationObserver in the page notes it): the sign-in form's user-name field,
// and the home page's "Xin chào" heading. Target: home page ≤ 3 s.
//
//   npx vite build (in packages/web, NODE_ENV=production), then
//   npm run --silent bench:paint [-- --runs 3] [--json] [--down-mbit 1.6] [--latency-ms 150]
//
// Scenarios (each the median of --runs):
//   sign-in, cold        first visit, empty cache: /dang-nhap until the form shows
//   home after sign-in   the form submitted (cache warm from the sign-in page) until the heading shows
//   home, cold cache     a signed-in person opens / with an empty cache (e.g. after a new release)
//   home, warm cache     the same with the hashed assets in the browser cache (immutable: no request)
// With --json stdout holds only a JSON array of {scenario, ms, js_kb, requests}; otherwise a table.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { createTestApp } from '../packages/server/src/testing/test-app.ts';
import { DEMO_PASSWORD } from '../packages/server/src/demo/demo-org.ts';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const json = process.argv.includes('--json');
const runs = Number(arg('--runs', '3'));
const downBitsPerSecond = Number(arg('--down-mbit', '1.6')) * 1_000_000;
const latencyMs = Number(arg('--latency-ms', '150'));
const USER = arg('--user', 'bencau.canbo'); // a commune officer
const DIST = resolve(import.meta.dirname, '../packages/web/dist');
const log = (s: string) => process.stderr.write(`${s}\n`);

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('packages/web/dist/index.html is missing: run `NODE_ENV=production npx vite build` in packages/web first.');
  process.exit(2);
}

// Notes, in page time (ms since the navigation started), when the sign-in field and the greeting appear.
const MARKS_SCRIPT = `
  window.__paint = {};
  new MutationObserver(() => {
    const p = window.__paint;
    if (p.form === undefined && document.querySelector('input#username, input[autocomplete="username"]')) p.form = performance.now();
    if (p.home === undefined) {
      for (const h of document.querySelectorAll('h1')) if (h.textContent.includes('Xin chào')) p.home = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

interface Traffic {
  js: number;
  requests: number;
}

async function throttled(context: BrowserContext, page: Page, cacheDisabled: boolean): Promise<{ cdp: CDPSession; traffic: Traffic }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: downBitsPerSecond / 8,
    uploadThroughput: downBitsPerSecond / 16,
  });
  const traffic: Traffic = { js: 0, requests: 0 };
  const scripts = new Set<string>();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    traffic.requests += 1;
    if (scripts.has(e.requestId)) traffic.js += e.encodedDataLength;
  });
  return { cdp, traffic };
}

async function mark(page: Page, name: 'form' | 'home'): Promise<number> {
  await page.waitForFunction((n) => (window as unknown as { __paint: Record<string, number> }).__paint[n] !== undefined, name, {
    timeout: 120_000,
    polling: 50,
  });
  return page.evaluate((n) => (window as unknown as { __paint: Record<string, number> }).__paint[n]!, name);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const app = await createTestApp({ demo: 'full', config: { webDistDir: DIST } });
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const baseURL = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const results = new Map<string, { ms: number[]; js: number[]; requests: number[] }>();
  const record = (scenario: string, ms: number, t: Traffic) => {
    const r = results.get(scenario) ?? { ms: [], js: [], requests: [] };
    r.ms.push(ms);
    r.js.push(t.js);
    r.requests.push(t.requests);
    results.set(scenario, r);
  };
  try {
    for (let i = 0; i < runs; i++) {
      log(`run ${i + 1}/${runs}`);
      const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL });
      await context.addInitScript(MARKS_SCRIPT);
      const page = await context.newPage();
      {
        const { cdp, traffic } = await throttled(context, page, true);
        await page.goto('/dang-nhap', { waitUntil: 'commit' });
        record('sign-in, cold cache', await mark(page, 'form'), traffic);
        // The rest of the sign-in page's requests finish, then the person signs in (cache now warm).
        await page.waitForLoadState('networkidle');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
        const before = { ...traffic };
        await page.getByLabel('Tên đăng nhập').fill(USER);
        await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
        const start = await page.evaluate(() => performance.now());
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
        const at = await mark(page, 'home');
        await page.waitForLoadState('networkidle');
        record('home after sign-in', at - start, { js: traffic.js - before.js, requests: traffic.requests - before.requests });
        await cdp.detach();
      }
      for (const [scenario, cacheDisabled] of [
        ['home, cold cache', true],
        ['home, warm cache', false],
      ] as const) {
        const { cdp, traffic } = await throttled(context, page, cacheDisabled);
        await page.goto('/', { waitUntil: 'commit' });
        record(scenario, await mark(page, 'home'), traffic);
        await page.waitForLoadState('networkidle');
        await cdp.detach();
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const rows = [...results].map(([scenario, r]) => ({
    scenario,
    ms: Math.round(median(r.ms)),
    js_kb: Math.round(median(r.js) / 102.4) / 10,
    requests: median(r.requests),
  }));
  if (json) {
    console.log(JSON.stringify(rows));
    return;
  }
  console.log(
    `network ${downBitsPerSecond / 1e6} Mbit/s, ${latencyMs} ms latency; ${runs} run(s), median; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`${'scenario'.padEnd(22)} ${'time'.padStart(8)} ${'JS on the wire'.padStart(15)} ${'requests'.padStart(9)}`);
  for (const r of rows)
    console.log(
      `${r.scenario.padEnd(22)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)} ${`${r.js_kb} KB`.padStart(15)} ${String(r.requests).padStart(9)}`,
    );
  const home = rows.find((r) => r.scenario === 'home, cold cache')!;
  console.log(`${home.ms <= 3000 ? 'OK  ' : 'OVER'} home page ≤ 3 s (cold cache)`);
}

await main();
