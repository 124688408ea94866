// Browser test of the things a civil servant must be able to trust (issue 18): text typed just before
// leaving the page is on the server (sent with a keepalive request as the page goes) and back on screen
// after a reload; a day typed the usual way ("28/3/2026", "28 tháng 3 năm 2026") is read, and one that
// cannot be read says so instead of being erased. Runs on a unit and accounts it creates itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_USERS, signIn, startHarness, type Harness } from './harness.ts';
import { publishedPlan, reportForm } from '../packages/server/src/testing/factories.ts';
import { changedPassword, type TestClient } from '../packages/server/src/testing/test-app.ts';

const TEMPORARY = 'TinCay#2026-khoidau';
const PASSWORD = changedPassword(TEMPORARY);
const SECTION = 'Nội dung mục Kết quả thực hiện';
// Evaluated through the DevTools protocol, which the app's Content-Security-Policy (script-src 'self') does not block.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it stands and returns its serious and critical findings, one line each
 * (rule, what it means, where), so a failing test says what a person using a screen reader or a weak
 * screen met.
 */
async function seriousFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeFinding[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
}

describe('screens a civil servant trusts, in Chromium', () => {
  let h: Harness;
  let obligationId: string;
  let leader: TestClient;

  beforeAll(async () => {
    h = await startHarness();
    const admin = await h.app.login('admin');
    const unit = await admin.call('createOrgUnit', {
      body: {
        parentId: await h.app.unitId('TN'),
        kind: 'department',
        code: 'TN.STINCAY',
        name: 'Sở Thử Nghiệm Tin Cậy',
        validFrom: '2020-01-01',
      },
    });
    expect(unit.data.id).toBeTruthy();
    for (const [username, fullName, role] of [
      ['tincay.canbo', 'Lê Thị Ngọc Hân', 'officer'],
      ['tincay.lanhdao', 'Phạm Văn Đức', 'leader'],
    ] as const) {
      const created = await admin.call('createUser', {
        body: { username, fullName, password: TEMPORARY, roles: [{ role, unitId: unit.data.id }] },
      });
      expect(created.data.id).toBeTruthy();
      await h.app.loginChanging(username, TEMPORARY);
    }
    leader = await h.app.login('tincay.lanhdao', PASSWORD);
    const plan = await publishedPlan(h.app, {
      issuerCode: 'TN',
      year: 2099,
      number: '99/KH-TINCAY',
      title: 'Kế hoạch thử nghiệm báo cáo của Sở Thử Nghiệm Tin Cậy',
      milestones: [
        {
          title: 'Báo cáo 6 tháng',
          dueDate: '2099-05-20',
          inclusive: false,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          periodYear: 2026,
          unitCodes: ['TN.STINCAY'],
        },
      ],
    });
    obligationId = await plan.obligationIdOf(0, 'TN.STINCAY');
    await reportForm(h.app, {
      planId: plan.planId,
      periodKind: 'H1',
      periodYear: 2026,
      sections: [{ code: 'KQ', title: 'Kết quả thực hiện' }],
      indicators: [],
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  const openReport = async (page: Page) => {
    await page.goto(`/bao-cao/${obligationId}`);
    await page.getByRole('heading', { name: /Sở Thử Nghiệm Tin Cậy/ }).waitFor();
  };
  /** The draft's section text as stored on the server, read as the unit's leader would. */
  const onServer = async () => (await leader.get(`/api/reports/${obligationId}`)).json().sections.KQ as string | undefined;
  const waitForServer = async (text: string) => {
    await expect.poll(onServer, { timeout: 60_000 }).toBe(text);
  };

  it('keeps text typed just before a reload or closing the page, and reads dates typed the usual way', async () => {
    const { context, page } = await h.newPage();
    // The page warns before leaving with unsaved text; the person confirms they want to leave.
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'tincay.canbo', PASSWORD);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await openReport(page);

    // 1. Typed, then reloaded at once (well before the autosave pause): the text is back on screen and on the server.
    const first = 'Đã tổ chức 03 hội nghị đối thoại với Nhân dân.';
    await page.getByLabel(SECTION).fill(first);
    await page.reload();
    await expect.poll(() => page.getByLabel(SECTION).inputValue(), { timeout: 60_000 }).toBe(first);
    await waitForServer(first);
    await page.getByTestId('save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();

    // 2. Dates: the usual ways are read; what cannot be read stays in the field with a message.
    const cutOff = page.getByLabel('Ngày chốt số liệu');
    await cutOff.fill('28/3/2026');
    await cutOff.press('Tab');
    await expect.poll(() => cutOff.inputValue()).toBe('28/03/2026');
    await cutOff.fill('1-1-2026');
    await cutOff.press('Enter');
    await expect.poll(() => cutOff.inputValue()).toBe('01/01/2026');
    await cutOff.fill('31/4/2026');
    await cutOff.press('Tab');
    await page.getByRole('alert').filter({ hasText: '“31/4/2026” không phải là một ngày có thật' }).waitFor();
    expect(await cutOff.inputValue()).toBe('31/4/2026');
    await cutOff.fill('mùng 5 tháng sau');
    await cutOff.press('Tab');
    await page.getByRole('alert').filter({ hasText: 'Không đọc được “mùng 5 tháng sau” là một ngày' }).waitFor();
    await cutOff.fill('28 tháng 3 năm 2026');
    await cutOff.press('Tab');
    await expect.poll(() => cutOff.inputValue()).toBe('28/03/2026');
    await expect
      .poll(async () => (await leader.get(`/api/reports/${obligationId}`)).json().cutOffDate, { timeout: 60_000 })
      .toBe('2026-03-28');

    // 3. Typed, then the tab is closed at once: nothing on this machine can bring it back, so it must be on the server.
    const second = `${first}\nTiếp nhận và giải quyết 12 kiến nghị của người dân.`;
    await page.getByLabel(SECTION).fill(second);
    await page.close({ runBeforeUnload: true });
    await waitForServer(second);
    await context.close();
  });

  it('has one h1 and no serious or critical axe-core finding on the ten main pages, and an officer works on a phone without sideways scrolling', async () => {
    const coordinator = await h.app.login(DEMO_USERS.coordinator);
    const plans = (await coordinator.call('listPlans', { query: { status: 'published' } })).data;
    const reports = (await coordinator.call('listReports', { query: {} })).data;
    expect(plans.length).toBeGreaterThan(0);
    expect(reports.length).toBeGreaterThan(0);
    const submitted = reports.find((r) => r.status === 'submitted' || r.status === 'accepted') ?? reports[0]!;

    const { context, page } = await h.newPage();
    const findings: Record<string, string[]> = {};
    /** Waits for the page's one h1 and for what it loads to settle, then asks axe-core. */
    const check = async (name: string) => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.locator('.ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached' });
      expect(await page.getByRole('heading', { level: 1 }).count(), `${name}: one h1`).toBe(1);
      const found = await seriousFindings(page);
      if (found.length > 0) findings[name] = found;
    };

    await page.goto('/dang-nhap');
    await check('sign-in');
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await check('home');
    for (const [name, path] of [
      ['plans', '/ke-hoach'],
      ['plan', `/ke-hoach/${plans[0]!.id}`],
      ['report editor', `/bao-cao/${submitted.obligationId}`],
      ['scoring', '/cham-diem'],
      ['ranking', '/cham-diem/xep-loai'],
      ['dashboard', '/bang-dieu-khien'],
      ['org tree', '/don-vi'],
      [
        'consolidation',
        `/bao-cao/tong-hop?planId=${submitted.plan.id}&periodKind=${submitted.periodKind}&periodYear=${submitted.periodYear}`,
      ],
    ] as const) {
      await page.goto(path);
      await check(name);
    }
    expect(findings).toEqual({});
    await context.close();

    // A ward officer on a phone (390×844): home, the reports list, a report with its evidence, notifications.
    const officer = await h.app.login(DEMO_USERS.wardOfficer);
    const own = (await officer.call('listReports', { query: {} })).data;
    expect(own.length).toBeGreaterThan(0);
    const phone = await h.newPage({ width: 390, height: 844 });
    const sideways = () => phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await signIn(phone.page, DEMO_USERS.wardOfficer);
    await phone.page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    expect(await sideways(), 'home').toBeLessThanOrEqual(0);
    for (const [name, path] of [
      ['reports', '/bao-cao'],
      ['report', `/bao-cao/${own[0]!.obligationId}`],
    ] as const) {
      await phone.page.goto(path);
      await phone.page.getByRole('heading', { level: 1 }).waitFor();
      await phone.page.waitForLoadState('networkidle');
      expect(await sideways(), name).toBeLessThanOrEqual(0);
    }
    await phone.page.getByRole('button', { name: /^Thông báo/ }).click();
    await phone.page.locator('.ant-popover').getByText('Thông báo', { exact: true }).waitFor();
    expect(await sideways(), 'notifications').toBeLessThanOrEqual(0);
    await phone.context.close();
  });
});
