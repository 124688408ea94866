// Browser test of the dashboards: the province coordinator opens the dashboard, sees the charts, opens
// the table behind one; a department's officer sees on Trang chủ what the unit owes next; the bell and
// the preferences page; the search box (Ctrl+K) opens a unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardDto } from '@dvcq/shared';
import { screenshot, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';

describe('dashboards in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('coordinator: charts of the province, the table behind a chart, Excel', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto('/bang-dieu-khien?year=2025');
    await page.getByRole('heading', { name: /Bảng điều khiển — .*năm 2025/ }).waitFor();
    const card = page.getByTestId('chart-compliance');
    await card.locator('canvas').first().waitFor();
    await card.getByRole('button', { name: 'Xem bảng số liệu' }).click();
    const table = card.locator('table');
    await table.waitFor();
    // the table shows the same figures as the API
    const api = (await (await h.app.login(DEMO_USERS.coordinator)).get('/api/dashboard?year=2025')).json() as DashboardDto;
    const first = api.compliance.byDeadline[0]!;
    const row = table.locator('tbody tr', { hasText: first.title }).first();
    await expect.poll(async () => (await row.innerText()).replace(/\s+/g, ' ')).toContain(first.deadlineText);
    expect(await row.innerText()).toContain(String(first.tally.owed));
    await expect.poll(() => page.getByTestId('chart-heatmap').locator('canvas').count()).toBeGreaterThan(0);
    // the heat map comes 50 units at a time (by name); "Xem thêm đơn vị" appends the next page
    const heat = page.getByTestId('chart-heatmap');
    await heat.getByText(`Đang hiện ${api.heatmap.units.length}/${api.heatmap.unitCount} đơn vị`).waitFor();
    if (api.heatmap.nextCursor) {
      await heat.getByRole('button', { name: 'Xem thêm đơn vị' }).click();
      await heat.getByText(`Đang hiện ${Math.min(100, api.heatmap.unitCount)}/${api.heatmap.unitCount} đơn vị`).waitFor();
    }
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Tải Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshot(page, 'dashboard-coordinator');

    // The search box: Ctrl+K anywhere, words without diacritics, Enter opens the highlighted unit.
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: /Tìm đơn vị/ });
    await box.fill('noi vu');
    const topHit = page.getByRole('option').first();
    await topHit.waitFor();
    await expect.poll(() => topHit.innerText()).toContain('Sở Nội vụ');
    await box.press('Enter');
    await page.waitForURL(/\/don-vi\/[0-9a-f-]{36}$/);
    await page.getByTestId('org-detail').getByRole('heading', { name: 'Sở Nội vụ' }).waitFor();
  });

  it('officer: Trang chủ shows what the unit owes next; the bell and the preferences', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.departmentOfficer);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    const mine = page.getByTestId('my-unit');
    await mine.getByText('Việc Sở Khoa học và Công nghệ cần hoàn thành').waitFor();
    const api = (await (await h.app.login(DEMO_USERS.departmentOfficer)).get('/api/dashboard')).json() as DashboardDto;
    expect(api.myUnit!.owesNext.length).toBeGreaterThan(0);
    await mine.getByRole('link', { name: api.myUnit!.owesNext[0]!.title }).first().waitFor();
    await page.getByRole('button', { name: /Thông báo/ }).click();
    await page.getByRole('button', { name: 'Cách nhận thông báo' }).click();
    await page.getByRole('heading', { name: 'Cách nhận thông báo' }).waitFor();
    await page.getByRole('switch').nth(2).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu cách nhận thông báo.').waitFor();
    const prefs = (await (await h.app.login(DEMO_USERS.departmentOfficer)).get('/api/me/notification-preferences')).json() as {
      emailDigest: boolean;
    };
    expect(prefs.emailDigest).toBe(false);
    await screenshot(page, 'dashboard-officer');
  });

  it('ward officer: closes an overdue dialogue conclusion; complaint figures that disagree are refused; the dashboard card', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.wardOfficer);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto('/doi-thoai');
    await page.getByRole('heading', { name: 'Đối thoại với Nhân dân' }).waitFor();
    await page.locator('.ant-tag', { hasText: 'Quá hạn' }).first().waitFor();
    // the first conclusion of a dialogue is the overdue one: close it as done
    await page.getByRole('button', { name: 'Cập nhật thực hiện' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Đã hoàn thành' }).check();
    await dialog.getByLabel('Nội dung', { exact: true }).fill('Đã khơi thông xong, nghiệm thu với khu phố');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã cập nhật kết luận.').waitFor();
    await page.locator('.ant-tag', { hasText: 'Hoàn thành trễ hạn' }).first().waitFor();

    // complaint figures: resolved more than received is refused with the figure named
    await page.getByRole('tab', { name: 'Tiếp công dân, khiếu nại, tố cáo' }).click();
    await page.getByLabel('Khiếu nại — Tiếp nhận').fill('2');
    await page.getByLabel('Khiếu nại — Thuộc thẩm quyền').fill('2');
    await page.getByLabel('Khiếu nại — Đã giải quyết').fill('3');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Khiếu nại: số đã giải quyết (3) không được lớn hơn số tiếp nhận (2).').waitFor();
    await screenshot(page, 'dialogues-officer');

    // the coordinator's dashboard lists the overdue conclusions of the other communes
    const coordinator = await h.newPage();
    await signIn(coordinator.page, DEMO_USERS.coordinator);
    await coordinator.page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await coordinator.page.goto('/bang-dieu-khien');
    await coordinator.page.getByText('Kết luận đối thoại quá hạn').waitFor();
    await coordinator.page
      .getByText(/quá hạn \d+ ngày/)
      .first()
      .waitFor();
  });
});
