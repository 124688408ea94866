// Browser-test harness: builds the web client when it is missing or stale, starts the real server
// in-process on a random port (fresh in-memory database with the Tây Ninh demo), and launches Debian's
// Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../packages/server/src/testing/test-app.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const WEB_DIR = join(ROOT, 'packages/web');
export const WEB_DIST = join(WEB_DIR, 'dist');
const CHROMIUM = '/usr/bin/chromium';

/**
 * How long a step may wait for the state it expects (a heading, a saved draft, a download) before the
 * test fails. Steps never sleep; this only bounds a wait, and is generous because the machine may be busy.
 */
export const STEP_TIMEOUT_MS = 60_000;
const NAVIGATION_TIMEOUT_MS = 120_000;
const BUILD_TIMEOUT_MS = 540_000;
const LAUNCH_TIMEOUT_MS = 180_000;

/** Newest modification time among the files that go into the web build. */
function newestSourceMtime(): number {
  const roots = [
    join(WEB_DIR, 'src'),
    join(WEB_DIR, 'public'),
    join(WEB_DIR, 'index.html'),
    join(WEB_DIR, 'vite.config.ts'),
    join(ROOT, 'packages/shared/src'),
    join(ROOT, 'packages/domain/src'),
  ];
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') walk(join(p, name));
    } else if (!p.endsWith('.test.ts')) newest = Math.max(newest, st.mtimeMs);
  };
  roots.forEach(walk);
  return newest;
}

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // Vitest sets NODE_ENV=test, which would give a development build of React/antd (e.g. every
    // rc-util useId returns 'test-id', so dialogs lose their accessible names).
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${cmd} ${args.join(' ')} timed out\n${output}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise();
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
    });
  });
}

/** Runs `npx vite build` in packages/web unless dist/index.html is newer than every source file. */
export async function ensureWebBuilt(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSourceMtime()) return;
  await run('npx', ['vite', 'build'], WEB_DIR, BUILD_TIMEOUT_MS);
  if (!existsSync(index)) throw new Error('vite build finished without dist/index.html');
}

async function waitForChromium(timeoutMs = 300_000): Promise<void> {
  const start = Date.now();
  while (!existsSync(CHROMIUM)) {
    if (Date.now() - start > timeoutMs) throw new Error(`${CHROMIUM} not found (is the chromium package installed?)`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

export interface Harness {
  baseUrl: string;
  app: TestApp;
  browser: Browser;
  newPage(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * `demo`: 'full' is the demo as users open it (Tây Ninh after the 1/7/2025 reorganisation); 'pre2025'
 * the same history without the reorganisation, for the files not yet moved onto today's tree.
 */
export async function startHarness(opts: { demo?: 'full' | 'pre2025' } = {}): Promise<Harness> {
  await ensureWebBuilt();
  const app = await createTestApp({ demo: opts.demo ?? 'full', config: { webDistDir: WEB_DIST } });
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  let browser: Browser;
  try {
    await waitForChromium();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: LAUNCH_TIMEOUT_MS,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (e) {
    // The test file's afterAll has no harness to close: stop the server and its database here.
    await app.close().catch(() => undefined);
    throw e;
  }
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    app,
    browser,
    async newPage(viewport = { width: 1366, height: 860 }) {
      const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: baseUrl });
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await app.close();
    },
  };
}

export const DEMO_PASSWORD = 'DanVan@2025';

/**
 * The demo accounts browser tests sign in as: the one place they are named (README lists the same).
 * Today's units (after 1/7/2025) and, for files on the 'pre2025' demo, the accounts of units that ceased.
 */
export const DEMO_USERS = {
  admin: 'admin',
  coordinator: 'snv.dieuphoi',
  appraiser: 'thanhtra.thamdinh',
  viewer: 'bdv.theodoi',
  /** Sở Khoa học và Công nghệ (absorbed Sở Thông tin và Truyền thông on 1/7/2025). */
  departmentOfficer: 'skhcn.canbo',
  departmentLeader: 'skhcn.lanhdao',
  /** Ủy ban nhân dân phường Tân Ninh (Resolution 1682, seat of the former Tây Ninh city). */
  wardOfficer: 'tanninh.canbo',
  wardLeader: 'tanninh.lanhdao',
  communeOfficer: 'bencau.canbo',
  /** Before 1/7/2025 only (disabled in the full demo). */
  formerDepartmentOfficer: 'stttt.canbo',
  formerDepartmentLeader: 'stttt.lanhdao',
  formerCityOfficer: 'tptn.canbo',
  formerCityLeader: 'tptn.lanhdao',
} as const;

/** Names of demo units as browser tests read them on screen. */
export const DEMO_UNIT_NAMES = {
  department: 'Sở Khoa học và Công nghệ',
  formerDepartment: 'Sở Thông tin và Truyền thông',
  formerCity: 'Ủy ban nhân dân thành phố Tây Ninh',
} as const;

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Resolves once every CSS transition and animation on the element and inside it has finished (a drawer
 * sliding in, a modal zooming), so a screenshot shows the settled screen. */
export async function settled(locator: Locator): Promise<void> {
  await locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: false });
}

/**
 * Chooses an option of an Ant Design Select or TreeSelect by its label and waits until the field shows it.
 * The click waits for the dropdown to finish opening: on a busy machine a click on an option still sliding in
 * is lost. A multiple select is closed with Escape afterwards; a single one closes by itself (an Escape then
 * would reach the dialog around it and close that instead).
 */
export async function chooseOption(
  page: Page,
  field: Locator,
  label: string,
  opts: { search?: string; multiple?: boolean; tree?: boolean } = {},
): Promise<void> {
  const select = field.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect.poll(() => dropdown.count()).toBe(0);
  await field.click();
  if (opts.search !== undefined) await page.keyboard.type(opts.search);
  const option = dropdown.locator(opts.tree ? '.ant-select-tree-title' : '.ant-select-item-option', { hasText: label }).first();
  await option.waitFor();
  await settled(dropdown.first());
  await option.click();
  if (!opts.multiple) {
    // A single select: a lost click leaves the dropdown open and the field empty, and clicking again is harmless.
    await expect
      .poll(async () => {
        if ((await select.innerText()).includes(label)) return true;
        if (await option.isVisible()) await option.click({ timeout: 5_000 }).catch(() => undefined);
        return (await select.innerText()).includes(label);
      })
      .toBe(true);
  } else {
    await expect.poll(() => select.innerText()).toContain(label);
    await page.keyboard.press('Escape');
  }
  await expect.poll(() => dropdown.count()).toBe(0);
}
