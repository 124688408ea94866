// Browser test of "Nhắc hạn": the province coordinator opens the page from the menu, picks the published
// plan 696/KH-UBND, removes the "1 ngày trước hạn" reminder, saves, reloads and finds it kept; a
// concurrent change gives the Vietnamese conflict message with the typed values kept; after one
// reminder tick the log lists what was sent to whom.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummaryDto, ReminderLogListDto, ReminderSettingsResponseDto } from '@dvcq/shared';
import { runReminderTick } from '../packages/server/src/modules/reminders/reminders.tick.ts';
import { chooseOption, screenshot, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';

describe('reminders in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ demo: 'pre2025' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('coordinator: sets the reminder schedule of a plan and sees the log', async () => {
    const api = await h.app.login(DEMO_USERS.coordinator);
    const plan = ((await api.get('/api/plans?status=published&limit=200')).json() as PlanSummaryDto[]).find(
      (p) => p.number === '696/KH-UBND',
    )!;
    expect(plan).toBeTruthy();

    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.getByRole('menuitem', { name: 'Nhắc hạn' }).click();
    await page.getByRole('heading', { name: 'Nhắc hạn đã gửi' }).waitFor();
    const before = (await api.get('/api/reminders/log')).json() as ReminderLogListDto;
    if (before.total === 0) await page.getByText('Chưa có lượt nhắc hạn nào được gửi.').waitFor();

    // pick the plan: its schedule appears with the defaults, in plain Vietnamese
    await chooseOption(page, page.getByLabel('Kế hoạch', { exact: true }), '696/KH-UBND', { search: '696' });
    const card = page.getByTestId('reminder-settings');
    const preview = card.getByTestId('reminder-preview');
    await expect
      .poll(() => preview.innerText())
      .toContain('7 ngày trước hạn; 3 ngày trước hạn; 1 ngày trước hạn; đúng ngày hạn; sau hạn: cứ 3 ngày nhắc một lần');
    await card.getByText('dừng ngay khi đơn vị đã nộp hoặc được miễn').waitFor();

    // remove "1 ngày trước hạn", save, reload: kept
    await card.getByLabel('Bỏ nhắc 1 ngày trước hạn').click();
    await card.getByRole('button', { name: 'Lưu lịch nhắc hạn' }).click();
    await page.getByText('Đã lưu lịch nhắc hạn của kế hoạch.').waitFor();
    await page.reload();
    const offsets = page.getByTestId('reminder-offsets');
    await expect
      .poll(async () => (await offsets.locator('.ant-tag').allInnerTexts()).map((s) => s.replace('×', '').trim()))
      .toEqual(['7 ngày trước hạn', '3 ngày trước hạn']);
    const saved = (await api.get(`/api/plans/${plan.id}/reminder-settings`)).json() as ReminderSettingsResponseDto;
    expect(saved).toMatchObject({ daysBefore: [7, 3], onDueDay: true, overdueEveryDays: 3, isDefault: false, version: 1 });

    // someone else saves meanwhile: 409 in Vietnamese, what was typed stays until "Tải lại cài đặt"
    const other = await api.request({
      method: 'PUT',
      url: `/api/plans/${plan.id}/reminder-settings`,
      payload: {
        enabled: saved.enabled,
        daysBefore: saved.daysBefore,
        onDueDay: saved.onDueDay,
        overdueEveryDays: 5,
        overdueMaxCount: null,
        expectedVersion: 1,
      },
    });
    expect(other.statusCode, other.body).toBe(200);
    const onDay = page.getByTestId('reminder-settings').getByRole('checkbox', { name: 'Nhắc đúng ngày hạn' });
    await onDay.uncheck();
    await page.getByRole('button', { name: 'Lưu lịch nhắc hạn' }).click();
    await page.getByText('Cài đặt nhắc việc vừa được người khác sửa. Hãy tải lại rồi thử lại.').waitFor();
    expect(await onDay.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Tải lại cài đặt' }).click();
    await expect.poll(() => page.getByTestId('reminder-preview').innerText()).toContain('sau hạn: cứ 5 ngày nhắc một lần');
    expect(await onDay.isChecked()).toBe(true);

    // one tick of the reminder service: the log lists who was reminded of what
    const tick = await runReminderTick(h.app.deps);
    expect(tick.reminders).toBeGreaterThan(0);
    const log = (await api.get(`/api/reminders/log?planId=${plan.id}`)).json() as ReminderLogListDto;
    expect(log.total).toBeGreaterThan(0);
    await page.reload();
    const table = page.getByTestId('reminder-log');
    const first = log.items[0]!;
    const row = table.locator('tbody tr.ant-table-row').first();
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(first.userName);
    expect(text).toContain(first.offsetLabel);
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(text).toMatch(/Chờ gửi|Đã gửi|Lỗi|Bỏ qua/);
    await page.getByText('Máy chủ chưa cấu hình gửi thư điện tử: nhắc hạn hiện chỉ gửi trong ứng dụng.').waitFor();
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'reminders-coordinator');

    // a phone
    const phone = await h.newPage({ width: 390, height: 844 });
    await signIn(phone.page, DEMO_USERS.coordinator);
    await phone.page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await phone.page.goto(`/nhac-han?planId=${plan.id}`);
    await phone.page.getByTestId('reminder-preview').waitFor();
    await screenshot(phone.page, 'reminders-phone');
  });

  it('an officer does not see the menu entry and cannot edit a schedule', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.formerDepartmentOfficer);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Nhắc hạn' }).count()).toBe(0);
  });
});
