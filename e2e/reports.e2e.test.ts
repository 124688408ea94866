// Browser test of periodic reports: the officer drafts with an attachment (autosaved), the leader
// signs and submits, the province coordinator returns it with a comment on one section, the officer
// fixes it and the leader resubmits, the coordinator accepts, and the figure shows up in the
// consolidated total and in the Excel export (which equals a hand sum).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';
import { publishedPlan } from '../packages/server/src/testing/factories.ts';
import { FORM_SECTIONS, INDICATORS_2025, SEED_RULES } from '../packages/server/src/demo/demo-reports.ts';

describe('periodic reports in Chromium', () => {
  let h: Harness;
  let planId: string;
  let obligationId: string;

  beforeAll(async () => {
    h = await startHarness({ demo: 'pre2025' });
    // Published through the plan use cases; the plan year follows its deadline (far ahead, so nothing is overdue).
    const plan = await publishedPlan(h.app, {
      issuerCode: 'TN',
      year: 2099,
      publishedAt: new Date('2025-03-06T02:00:00Z'),
      number: '12/KH-BCTN',
      title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh',
      milestones: [
        {
          title: 'Báo cáo 6 tháng',
          dueDate: '2099-05-20',
          inclusive: false,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          periodYear: 2025,
          unitCodes: ['TN.STTTT', 'TN.TPTN'],
        },
      ],
    });
    planId = plan.planId;
    obligationId = await plan.obligationIdOf(0, 'TN.STTTT');
    const coordinator = await h.app.login(DEMO_USERS.coordinator);
    const form = await coordinator.request({
      method: 'PUT',
      url: '/api/report-forms',
      payload: {
        planId,
        periodKind: 'H1',
        periodYear: 2025,
        sections: FORM_SECTIONS,
        indicators: INDICATORS_2025,
        rules: SEED_RULES,
        expectedVersion: 0,
      },
    });
    expect(form.statusCode).toBe(200);
    // The city's report is already accepted: 1.250.000 đ of fines.
    const city = await plan.obligationIdOf(0, 'TN.TPTN');
    const cityOfficer = await h.app.login(DEMO_USERS.formerCityOfficer);
    const saved = await cityOfficer.request({
      method: 'PUT',
      url: `/api/reports/${city}/draft`,
      payload: {
        expectedVersion: 0,
        saveId: 'e2e-city-1',
        sections: { ND1: 'Thành phố đã triển khai.' },
        values: { staff_total: 120, fine_amount: 1_250_000 },
        cutOffDate: '2025-05-10',
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(
      (
        await (
          await h.app.login(DEMO_USERS.formerCityLeader)
        ).post(`/api/reports/${city}/submit`, { expectedVersion: 1, requestKey: 'e2e-city-submit' })
      ).statusCode,
    ).toBe(200);
    expect((await coordinator.post(`/api/reports/${city}/accept`, { expectedVersion: 2, requestKey: 'e2e-city-accept' })).statusCode).toBe(
      200,
    );
  });

  afterAll(async () => {
    await h?.close();
  });

  const status = (page: Page) => page.getByTestId('save-state');
  const openReport = async (username: string) => {
    const { page } = await h.newPage();
    await signIn(page, username);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto(`/bao-cao/${obligationId}`);
    await page.getByRole('heading', { name: /Báo cáo 6 tháng đầu năm 2025 — Sở Thông tin và Truyền thông/ }).waitFor();
    return page;
  };

  it('drafts with an attachment → submit → return with a comment → resubmit → accept → total and Excel', async () => {
    // 1. The officer drafts; a letter in a money field is refused next to the field, the rest is saved.
    const officer = await openReport(DEMO_USERS.formerDepartmentOfficer);
    await officer.getByLabel('Nội dung mục Công tác lãnh đạo của cấp ủy, chi bộ').fill('Cấp ủy thường xuyên phối hợp với chính quyền.');
    await officer.getByLabel('Tổng số công chức, viên chức, người lao động').fill('55');
    await officer.getByLabel('Tổng số tiền xử phạt vi phạm hành chính').fill('68tr');
    await officer.getByText('Số tiền phải là số đồng, ví dụ 68.750.000').waitFor();
    await officer.getByLabel('Tổng số tiền xử phạt vi phạm hành chính').fill('68.750.000');
    await officer.getByLabel('Ngày chốt số liệu').click();
    await officer.getByLabel('Ngày chốt số liệu').fill('28/10/2024');
    await officer.keyboard.press('Enter');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await officer.locator('input[type=file]').setInputFiles({ name: 'Phu-luc-so-lieu.pdf', mimeType: 'application/pdf', buffer: pdf });
    await officer.getByRole('link', { name: /Phu-luc-so-lieu\.pdf/ }).waitFor();
    await status(officer).filter({ hasText: 'Đã lưu lúc' }).waitFor();
    await screenshot(officer, 'dvcq-report-draft');

    // 2. The leader signs and submits.
    const leader = await openReport(DEMO_USERS.formerDepartmentLeader);
    await leader.getByRole('button', { name: 'Ký và gửi báo cáo' }).click();
    await leader.getByRole('button', { name: 'Ký và gửi', exact: true }).click();
    await leader.getByText('Đã gửi, chờ xem xét').first().waitFor();

    // 3. The province coordinator returns it with a comment on one section.
    const coordinator = await openReport(DEMO_USERS.coordinator);
    await coordinator.getByLabel('Ý kiến cho mục Công tác lãnh đạo của cấp ủy, chi bộ').fill('Nêu rõ số văn bản đã quán triệt.');
    await coordinator.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await coordinator.getByText('Bị trả lại').first().waitFor();

    // 4. The officer sees the comment next to the section, fixes it; the leader resubmits.
    await officer.reload();
    await officer.getByText('Ý kiến của Nguyễn Thị Thanh Hương: Nêu rõ số văn bản đã quán triệt.').waitFor();
    await officer
      .getByLabel('Nội dung mục Công tác lãnh đạo của cấp ủy, chi bộ')
      .fill('Cấp ủy thường xuyên phối hợp với chính quyền; đã quán triệt 05 văn bản.');
    await status(officer).filter({ hasText: 'Đã lưu lúc' }).waitFor();
    await leader.reload();
    await leader.getByRole('button', { name: 'Ký và gửi báo cáo' }).click();
    await leader.getByRole('button', { name: 'Ký và gửi', exact: true }).click();
    await leader.getByText('Đã gửi, chờ xem xét').first().waitFor();

    // 5. The coordinator compares the two versions and accepts.
    await coordinator.reload();
    await coordinator.getByRole('tab', { name: 'Các lần gửi (2)' }).click();
    await coordinator.locator('td').filter({ hasText: 'đã quán triệt 05 văn bản' }).first().waitFor();
    await screenshot(coordinator, 'dvcq-report-compare');
    await coordinator.getByRole('tab', { name: 'Nội dung báo cáo' }).click();
    await coordinator.getByRole('button', { name: 'Tiếp nhận báo cáo' }).click();
    await coordinator.getByText('Đã tiếp nhận').first().waitFor();

    // 6. The figure is in the consolidated total (68.750.000 + 1.250.000) and in the Excel file.
    await coordinator.goto(`/bao-cao/tong-hop?planId=${planId}&periodKind=H1&periodYear=2025`);
    await expect(coordinator.getByTestId('total-fine_amount').innerText()).resolves.toBe('70.000.000 đ');
    await expect(coordinator.getByTestId('accepted-count').innerText()).resolves.toBe('2');
    await screenshot(coordinator, 'dvcq-report-consolidation');
    const [download] = await Promise.all([
      coordinator.waitForEvent('download'),
      coordinator.getByRole('button', { name: 'Xuất bảng số liệu (Excel)' }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows = ws.getRows(1, ws.rowCount)!;
    const header = rows.find((r) => r.getCell(1).value === 'Tên cơ quan, đơn vị')!;
    const col = (header.values as unknown[]).indexOf('Tổng số tiền xử phạt vi phạm hành chính (đồng)');
    const total = rows.find((r) => r.getCell(1).value === 'Tổng cộng')!.getCell(col).value as { result?: number } | number;
    expect(typeof total === 'number' ? total : total.result).toBe(70_000_000);
    const byUnit = Object.fromEntries(
      rows
        .filter((r) => r.number > header.number && r.getCell(1).value !== 'Tổng cộng')
        .map((r) => [String(r.getCell(1).value), r.getCell(col).value]),
    );
    expect(byUnit).toEqual({ 'Sở Thông tin và Truyền thông': 68_750_000, 'Ủy ban nhân dân thành phố Tây Ninh': 1_250_000 });

    // 7. The coordinator's edited text and signature block are saved on the server as a version:
    //    they are there after the browser's own copy is gone.
    const section = coordinator.getByLabel(/^Nội dung tổng hợp mục /).first();
    await section.fill('Các cơ quan, đơn vị đã quán triệt đầy đủ các văn bản của Trung ương và của tỉnh.');
    await coordinator.getByLabel('Số văn bản').fill('125/BC-UBND');
    await coordinator.getByTestId('consolidation-status').filter({ hasText: 'Đã lưu phiên bản' }).waitFor();
    await coordinator.evaluate(() => localStorage.clear());
    await coordinator.reload();
    await coordinator.getByTestId('consolidation-status').filter({ hasText: 'Đã lưu phiên bản' }).waitFor();
    await expect(section.inputValue()).resolves.toBe('Các cơ quan, đơn vị đã quán triệt đầy đủ các văn bản của Trung ương và của tỉnh.');
    await expect(coordinator.getByLabel('Số văn bản').inputValue()).resolves.toBe('125/BC-UBND');
  });
});
