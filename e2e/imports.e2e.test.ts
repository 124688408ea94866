// Reading documents in the browser (issues 16, 17): an OCR plan without diacritics shows how sure each
// header field is and every restored word, which can be undone; a scanned image is read as a job whose
// progress shows and which the cancel button stops on the server; a unit's report file fills the
// report's draft after a preview.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speckledPng } from '../packages/extractor/src/testing/png.ts';
import { publishedPlan, reportForm } from '../packages/server/src/testing/factories.ts';
import { FORM_SECTIONS, INDICATORS_2025 } from '../packages/server/src/demo/demo-reports.ts';
import { screenshot, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures/seeds', name));

describe('reading documents in the browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ demo: 'pre2025' });
  });
  afterAll(() => h?.close());

  it('shows confidence per field and the restored diacritics of an OCR plan, each undoable', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto('/ke-hoach/nhap');
    await page.locator('.import-upload .ant-select', { hasText: 'Ủy ban nhân dân tỉnh Tây Ninh' }).waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '469-KH-STTTT.txt', mimeType: 'text/plain', buffer: seed('2023-KH-469-STTTT-plan-ocr.txt') });
    await page.getByTestId('import-review').waitFor();
    await page.getByTestId('field-confidence').waitFor();
    expect(await page.getByTestId('confidence-number').innerText()).toMatch(/Số ký hiệu: \d+%/);

    const restored = page.getByTestId('restored-words');
    await restored.waitFor();
    const word = restored.getByTestId('restored-word').first();
    const before = await word.innerText();
    const sourceBefore = await page.getByTestId('source-text').innerText();
    await word.click();
    await expect.poll(() => word.innerText()).not.toBe(before);
    const undone = await word.innerText();
    // The source pane shows the word as the file wrote it again.
    await expect.poll(() => page.getByTestId('source-text').innerText()).not.toBe(sourceBefore);
    await screenshot(page, 'dvcq-import-restored-desktop');
    await word.click();
    await expect.poll(() => word.innerText()).toBe(before);
    expect(undone.normalize('NFD').replace(/\p{M}/gu, '')).toBe(
      before.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
    );
  });

  it('reads a scanned image as a job with its progress, and cancel stops it on the server', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto('/ke-hoach/nhap');
    await page.locator('.import-upload .ant-select', { hasText: 'Ủy ban nhân dân tỉnh Tây Ninh' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'ban-quet.png', mimeType: 'image/png', buffer: speckledPng(2400, 3200) });
    await page.getByTestId('import-progress').waitFor();
    await page
      .getByTestId('import-stage')
      .getByText(/chờ đến lượt|Đang đọc tệp|nhận dạng chữ/)
      .waitFor();
    await screenshot(page, 'dvcq-import-ocr-progress-desktop');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-progress').waitFor({ state: 'detached' });
    expect(await page.getByText('Không đọc được văn bản').count()).toBe(0);
    await expect
      .poll(async () => {
        const rows = await h.app.deps.database.query<{ status: string }>(
          `select status from import_jobs where filename = 'ban-quet.png' order by created_at desc limit 1`,
        );
        return rows[0]?.status;
      })
      .toBe('cancelled');
  });

  it('fills a unit’s report draft from its report file after a preview', async () => {
    const plan = await publishedPlan(h.app, {
      issuerCode: 'TN',
      year: 2026,
      number: '88/KH-NHAP',
      title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2026',
      publishedAt: new Date('2026-01-10T02:00:00Z'),
      milestones: [
        {
          title: 'Báo cáo năm',
          dueDate: '2026-12-28',
          inclusive: false,
          deliverableKind: 'period_report',
          periodKind: 'Y',
          periodYear: 2026,
          unitKinds: ['department'],
        },
      ],
    });
    await reportForm(h.app, {
      planId: plan.planId,
      periodKind: 'Y',
      periodYear: 2026,
      sections: FORM_SECTIONS,
      indicators: INDICATORS_2025,
    });
    const obligationId = await plan.obligationIdOf(0, 'TN.STTTT');

    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.formerDepartmentOfficer);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto(`/bao-cao/${obligationId}`);
    await page.getByTestId('report-import-open').click();
    const dialog = page.getByRole('dialog');
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'bao-cao-stttt.txt', mimeType: 'text/plain', buffer: seed('2024-BC-STTTT-report-ocr.txt') });
    await dialog.getByTestId('report-import-result').waitFor();
    await dialog.getByText('Số liệu tính đến ngày 28/10/2024.').waitFor();
    await screenshot(page, 'dvcq-report-import-preview-desktop');
    await dialog.getByTestId('report-import-apply').click();
    await page.getByText('Đã điền nội dung từ tệp vào bản nháp. Hãy kiểm tra lại từng mục.').waitFor();
    const first = page.getByLabel(`Nội dung mục ${FORM_SECTIONS[0]!.title}`);
    await expect.poll(async () => (await first.inputValue()).length).toBeGreaterThan(50);
    await screenshot(page, 'dvcq-report-import-filled-desktop');
  });
});
