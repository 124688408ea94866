// Browser test of communication KPIs on the demo set 31/KH-UBND: the coordinator reads the heat map,
// opens the evidence behind a figure and rejects one entry with a reason; the city's officer records
// an article and sees it in the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiEvidenceDto, KpiSetDto } from '@dvcq/shared';
import { chooseOption, screenshot, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';

describe('communication KPIs in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('coordinator: heat map, the evidence behind a figure, a rejection with its reason, Excel', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto('/chi-tieu-tuyen-truyen');
    await page.getByRole('heading', { name: 'Chỉ tiêu tuyên truyền' }).waitFor();
    const heat = page.locator('.ant-table').first();
    await heat.locator('tbody tr.ant-table-row').first().waitFor();
    // a figure "actual/target": click it to see the evidence behind it
    const cell = heat.locator('.ant-tag', { hasText: /^\d[\d.]*\/\d[\d.]*$/ }).first();
    await cell.click();
    await page.getByText(/^Minh chứng: /).waitFor();
    // reject an entry of the unfiltered list with a reason
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    const rejectButton = page.getByRole('button', { name: 'Không chấp nhận' }).first();
    await rejectButton.waitFor();
    await rejectButton.click();
    await page.getByRole('textbox', { name: 'Lý do' }).fill('Bài viết không nói về cải cách hành chính');
    await page.getByRole('dialog').getByRole('button', { name: 'Không chấp nhận' }).click();
    await page.getByText('Đã ghi nhận không chấp nhận minh chứng.').waitFor();
    const api = await h.app.login(DEMO_USERS.coordinator);
    const set = ((await api.get('/api/kpi/sets')).json() as KpiSetDto[]).find((x) => x.planNumber === '31/KH-UBND')!;
    const evidence = (await api.get(`/api/kpi/sets/${set.id}/evidence`)).json() as KpiEvidenceDto[];
    expect(evidence.some((e) => e.reviewReason === 'Bài viết không nói về cải cách hành chính')).toBe(true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshot(page, 'kpi-coordinator');
  });

  it('ward officer: records an article for a row and finds it among the evidence', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.wardOfficer);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto('/chi-tieu-tuyen-truyen');
    await page.getByRole('button', { name: 'Ghi minh chứng' }).click();
    const dialog = page.getByRole('dialog');
    const rows = dialog.getByLabel('Tính cho chỉ tiêu');
    await rows.click();
    const firstRow = (await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().innerText()).trim();
    await page.keyboard.press('Escape');
    await chooseOption(page, rows, firstRow, { multiple: true });
    await dialog.getByLabel('Tiêu đề bài viết').fill('Đẩy mạnh dịch vụ công trực tuyến toàn trình');
    await dialog.getByLabel('Liên kết bài viết').fill('https://tayninhcity.tayninh.gov.vn/tin-tuc/dich-vu-cong-toan-trinh');
    await dialog.getByRole('button', { name: 'Ghi minh chứng' }).click();
    await page.getByText('Đã ghi minh chứng.').waitFor();
    await page.getByRole('tab', { name: 'Minh chứng' }).click();
    await page.getByText('Đẩy mạnh dịch vụ công trực tuyến toàn trình').first().waitFor();
    await page.getByRole('tab', { name: 'Việc còn thiếu' }).click();
    await page
      .getByText(/Còn thiếu|Chưa có chuyên mục|Đơn vị đã đạt/)
      .first()
      .waitFor();
    await screenshot(page, 'kpi-officer');
  });
});
