// Plans module in Chromium: a coordinator publishes a plan with a unit-plan deadline, a department's
// officer derives the unit plan from "Việc đơn vị phải làm", its leader signs and submits it, and the
// compliance tab shows who submitted on time and, as of a later date, who is overdue. Then the import
// review: the provincial plan 696/KH-UBND read from its text file, checked, saved as a draft, and its
// text corrected in the section tree editor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, formatDateVi, localDateInProvince } from '@dvcq/domain';
import { chooseOption, screenshot, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';

const SEED = join(import.meta.dirname, '..', 'fixtures/seeds/2025-KH-696-UBND-province-plan.txt');

/** Types a date into a date field (DateInput: d/m/yyyy read on leaving the field). */
async function pickDate(input: ReturnType<Page['locator']>, ddmmyyyy: string): Promise<void> {
  await input.fill(ddmmyyyy);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(ddmmyyyy);
}

async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('Kế hoạch: soạn, ban hành, xây dựng kế hoạch đơn vị, ký nộp, theo dõi', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ demo: 'pre2025' });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('runs the cascade from the province plan to a department and shows compliance', async () => {
    const today = localDateInProvince(new Date());
    const due = addDays(today, 10);
    const afterDue = addDays(due, 1);
    const title = `Kế hoạch thử nghiệm công tác dân vận chính quyền ${Date.now() % 100000}`;

    // 1. Coordinator drafts the plan with one unit-plan deadline for departments.
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await page.waitForURL(/\/ke-hoach$/);
    await page.getByRole('heading', { name: 'Kế hoạch', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Soạn kế hoạch' }).click();
    await page.waitForURL(/\/ke-hoach\/soan$/);
    await page.getByLabel('Tiêu đề', { exact: true }).fill(title);

    // Saving without a milestone title keeps the typed title and points at the missing field.
    await page.getByRole('button', { name: 'Thêm mốc hạn' }).click();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Vui lòng nhập nội dung phải nộp.').waitFor();
    expect(await page.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(title);

    const milestone = page.locator('[data-path="milestones.0"]');
    await milestone.getByLabel('Nội dung phải nộp').fill('Kế hoạch công tác dân vận chính quyền của đơn vị');
    await pickDate(milestone.getByLabel('Ngày ghi trong văn bản'), formatDateVi(due));
    // The phrase follows the date; "chậm nhất" allows the day itself.
    await expect.poll(() => milestone.getByLabel('Câu chữ trong văn bản').inputValue()).toBe(`chậm nhất ngày ${formatDateVi(due)}`);
    await milestone.getByText(`Ngày cuối cùng được nộp: ${formatDateVi(due)}`).waitFor();
    await milestone.getByText('Trước ngày', { exact: true }).click();
    await expect.poll(() => milestone.getByLabel('Câu chữ trong văn bản').inputValue()).toBe(`trước ngày ${formatDateVi(due)}`);
    await milestone.getByText(`Ngày cuối cùng được nộp: ${formatDateVi(addDays(due, -1))}`).waitFor();
    await milestone.getByText('Chậm nhất ngày', { exact: true }).click();
    await screenshot(page, 'dvcq-plans-editor-desktop');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByTestId('plan-document').getByText('KẾ HOẠCH', { exact: true }).waitFor();
    const planUrl = page.url();

    // 2. Publish.
    await page.getByRole('button', { name: 'Ban hành' }).click();
    const publish = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
    await publish.getByLabel('Số ký hiệu').fill('99/KH-UBND');
    await publish.getByLabel('Người ký', { exact: true }).fill('Nguyễn Thanh Ngọc');
    await publish.getByLabel('Chức vụ người ký').fill('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    await publish.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Đã ban hành kế hoạch.').waitFor();
    await page.locator('.ant-tag', { hasText: 'Đã ban hành' }).first().waitFor();
    await page.getByRole('tab', { name: 'Các mốc hạn' }).click();
    await page
      .getByTestId('milestones')
      .getByText(`“chậm nhất ngày ${formatDateVi(due)}”`, { exact: true })
      .waitFor();
    await screenshot(page, 'dvcq-plans-detail-desktop');

    // 3. The department's officer sees what the unit owes and derives its own plan.
    const officer = (await h.newPage()).page;
    await signIn(officer, DEMO_USERS.formerDepartmentOfficer);
    await officer.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await officer.goto('/ke-hoach');
    const owed = officer.getByTestId('obligation').filter({ hasText: title });
    await owed.waitFor();
    expect(await owed.innerText()).toContain(`chậm nhất ngày ${formatDateVi(due)}`);
    expect(await owed.innerText()).toContain('còn 10 ngày');
    await screenshot(officer, 'dvcq-plans-obligations-desktop');
    await owed.getByRole('button', { name: 'Xây dựng kế hoạch của đơn vị' }).click();
    await officer.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);
    await officer.getByText('Kế hoạch của đơn vị', { exact: true }).first().waitFor();
    await officer.locator('.ant-tag', { hasText: 'Bản nháp' }).first().waitFor();
    expect(await officer.getByRole('heading', { level: 1 }).innerText()).toContain('Sở Thông tin và Truyền thông');

    // 4. The leader signs and submits it (with the signed PDF).
    const { page: leader } = await h.newPage({ width: 390, height: 844 });
    await signIn(leader, DEMO_USERS.formerDepartmentLeader);
    await leader.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await leader.goto('/ke-hoach');
    const toSign = leader.getByTestId('obligation').filter({ hasText: title });
    await toSign.getByRole('link', { name: 'Mở kế hoạch đã xây dựng' }).waitFor();
    expect(await noSidewaysScroll(leader)).toBeLessThanOrEqual(0);
    await screenshot(leader, 'dvcq-plans-obligations-phone');
    await toSign.getByRole('button', { name: 'Ký và nộp' }).click();
    const submit = leader.getByRole('dialog', { name: 'Ký và nộp kế hoạch của đơn vị' });
    await submit.waitFor();
    await submit.getByLabel('Số ký hiệu').fill('15/KH-STTTT');
    await submit.getByLabel('Người ký', { exact: true }).fill('Trần Văn Lãnh');
    await submit.locator('input[type=file]').setInputFiles({
      name: 'ke-hoach-da-ky.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await submit.getByText('ke-hoach-da-ky.pdf').waitFor();
    await screenshot(leader, 'dvcq-plans-submit-phone');
    await submit.getByRole('button', { name: 'Ký và nộp' }).click();
    await leader.getByText('Đã nộp kế hoạch của đơn vị.').waitFor();
    expect(await noSidewaysScroll(leader)).toBeLessThanOrEqual(0);
    await screenshot(leader, 'dvcq-plans-derived-phone');

    // 5. Compliance: STTTT on time today; as of the day after the deadline, Sở Tư pháp is overdue.
    await page.goto(planUrl);
    await page.getByRole('tab', { name: 'Tình hình thực hiện' }).click();
    const compliance = page.getByTestId('compliance');
    const sttttRow = compliance.locator('tr', { hasText: 'Sở Thông tin và Truyền thông' });
    await sttttRow.locator('.ant-tag', { hasText: 'Nộp đúng hạn' }).waitFor();
    await pickDate(compliance.getByLabel('Tính đến ngày'), formatDateVi(afterDue));
    const stpRow = compliance.locator('tr', { hasText: 'Sở Tư pháp' });
    await stpRow.locator('.ant-tag', { hasText: 'Quá hạn' }).waitFor();
    await sttttRow.locator('.ant-tag', { hasText: 'Nộp đúng hạn' }).waitFor();
    expect(await compliance.getByTestId('compliance-milestone').first().innerText()).toMatch(/Đầy đủ: \d/);
    await screenshot(page, 'dvcq-plans-compliance-desktop');

    // The same plan page on a phone: no sideways scrolling.
    const { page: phone } = await h.newPage({ width: 390, height: 844 });
    await signIn(phone, DEMO_USERS.coordinator);
    await phone.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await phone.goto(planUrl);
    await phone.getByTestId('plan-document').waitFor();
    expect(await noSidewaysScroll(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'dvcq-plans-detail-phone');
    // On a phone the six sections are picked from a list instead of tabs.
    await chooseOption(phone, phone.getByTestId('plan-tab-select'), 'Tình hình thực hiện');
    await phone.getByTestId('compliance-milestone').first().waitFor();
    expect(await noSidewaysScroll(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'dvcq-plans-compliance-phone');
    await phone.goto('/ke-hoach?tab=danh-sach');
    await phone.getByTestId('plan-search').fill('thu nghiem');
    await phone.getByText(title).first().waitFor();
    expect(await noSidewaysScroll(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'dvcq-plans-list-phone');
  });

  it('an officer assigns a deadline of 45/KH-STTTT to the leader, who sees it on Trang chủ', async () => {
    const { page: officer } = await h.newPage();
    await signIn(officer, DEMO_USERS.formerDepartmentOfficer);
    await officer.getByRole('heading', { name: /Xin chào/ }).waitFor();
    const planId = await officer.evaluate(async () => {
      const res = await fetch('/api/plans?q=45%2FKH-STTTT', { headers: { accept: 'application/json' } });
      const list = (await res.json()) as { id: string; number: string | null }[];
      return list.find((p) => p.number === '45/KH-STTTT')!.id;
    });
    await officer.goto(`/ke-hoach/${planId}?tab=moc-han`);
    const first = officer.getByTestId('milestones').locator('.ant-card').first();
    const milestoneTitle = await first.locator('.milestone-head strong').innerText();
    await first.getByRole('button', { name: 'Phân công' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Phân công theo dõi' });
    await chooseOption(officer, dialog.getByTestId('assign-user'), 'Lê Văn Hải', { search: 'Lê Văn Hải' });
    await dialog.getByText('Chủ trì theo dõi', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Phân công' }).click();
    await officer.getByText('Đã phân công Lê Văn Hải — Chủ trì theo dõi.').waitFor();

    const { page: leader } = await h.newPage({ width: 390, height: 844 });
    await signIn(leader, DEMO_USERS.formerDepartmentLeader);
    await leader.getByRole('heading', { name: /Xin chào/ }).waitFor();
    const mine = leader.getByTestId('my-assignments');
    await mine.getByText('Việc tôi được phân công').waitFor();
    const item = mine.locator('.ant-list-item', { hasText: milestoneTitle }).first();
    await item.getByText('Chủ trì theo dõi').waitFor();
    expect(await item.getByRole('link').getAttribute('href')).toBe(`/ke-hoach/${planId}`);
    expect(await noSidewaysScroll(leader)).toBeLessThanOrEqual(0);
    await screenshot(leader, 'dvcq-plans-my-assignments-phone');
  });

  it('imports 696/KH-UBND from its text, shows the source of each deadline and creates a draft', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.goto('/ke-hoach');
    await page.getByRole('button', { name: 'Nhập từ văn bản' }).click();
    await page.waitForURL(/\/ke-hoach\/nhap$/);
    await page.locator('.import-upload .ant-select', { hasText: 'Ủy ban nhân dân tỉnh Tây Ninh' }).waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '2025-KH-696-UBND.txt', mimeType: 'text/plain', buffer: readFileSync(SEED) });
    const review = page.getByTestId('import-review');
    await review.waitFor();
    await page.getByText(/Đã đọc được: số 696\/KH-UBND, 5 mốc hạn/).waitFor();
    expect(await page.getByLabel('Số ký hiệu').first().inputValue()).toBe('696/KH-UBND');
    const milestones = page.locator('[data-path^="milestones."]');
    expect(await milestones.count()).toBe(5);
    const phrases = await page
      .locator('[data-path^="milestones."]')
      .evaluateAll((els) => els.map((el) => (el.querySelector('input[id$="_phrase"]') as HTMLInputElement | null)?.value ?? ''));
    expect(phrases.join(' | ')).toMatch(/28\/3\/2025/);
    expect(phrases.join(' | ')).toMatch(/15\/11\/2025/);

    // Clicking a deadline's source highlights and scrolls to its phrase in the document.
    await page.getByTestId('source-milestones.1').click();
    const active = page.getByTestId('source-text').locator('mark.src-active').first();
    await active.waitFor();
    expect(await page.getByTestId('source-text').locator('mark.src-active').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/15\/11\/2025/)]),
    );
    // …and scrolls the text pane so the phrase is in view.
    await expect
      .poll(async () => {
        const box = await page.getByTestId('source-text').boundingBox();
        const mark = await active.boundingBox();
        return !!box && !!mark && mark.y >= box.y && mark.y + mark.height <= box.y + box.height;
      })
      .toBe(true);
    await screenshot(page, 'dvcq-import-review-desktop');

    // The demo already holds the published 696/KH-UBND: the review says so, and creating a second plan
    // with that number is refused next to the field, keeping every correction.
    await page.getByText('Kế hoạch số 696/KH-UBND của đơn vị này đã có trong hệ thống').waitFor();
    await page.locator('[data-path="milestones.0"]').getByLabel('Nội dung phải nộp').fill('Kế hoạch năm 2025 của đơn vị (đã rà soát)');
    await page.getByRole('button', { name: 'Tạo bản nháp kế hoạch' }).click();
    await page
      .getByText(/Số ký hiệu 696\/KH-UBND đã được dùng/)
      .first()
      .waitFor();
    expect(await page.locator('[data-path="milestones.0"]').getByLabel('Nội dung phải nộp').inputValue()).toBe(
      'Kế hoạch năm 2025 của đơn vị (đã rà soát)',
    );
    await screenshot(page, 'dvcq-import-number-taken-desktop');
    await page.getByLabel('Số ký hiệu').first().fill('');
    await page.getByRole('button', { name: 'Tạo bản nháp kế hoạch' }).click();
    await page.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);
    await page.getByText('Đã tạo bản nháp kế hoạch. Hãy kiểm tra lại trước khi ban hành.').waitFor();
    await page.locator('.ant-tag', { hasText: 'Bản nháp' }).first().waitFor();
    expect(await page.getByTestId('plan-document').innerText()).toContain(
      'Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh',
    );
    await page.getByRole('tab', { name: 'Các mốc hạn' }).click();
    await page.getByTestId('milestones').waitFor();
    await expect.poll(() => page.getByTestId('milestones').locator('.ant-card').count()).toBe(5);
    await screenshot(page, 'dvcq-import-draft-desktop');

    // The imported text is corrected in the editor's section tree before export: a sentence with a
    // bold phrase added to "2." under "I.", a new part added after "I." and indented under it.
    await page.getByRole('button', { name: 'Sửa bản nháp' }).click();
    await page.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}\/sua$/);
    const tree = page.getByTestId('section-tree-editor');
    const partI = tree.getByRole('group', { name: 'Phần I. MỤC ĐÍCH, YÊU CẦU' });
    await partI.waitFor();
    const clause = tree.locator('[data-section-path="0.1"]');
    const clauseText = clause.getByLabel('Nội dung phần');
    await clauseText.click();
    await clauseText.press('Control+End');
    await clauseText.pressSequentially(' Thử nghiệm chữ đậm.');
    await clauseText.press('ArrowLeft');
    for (let i = 0; i < 'chữ đậm'.length; i++) await clauseText.press('Shift+ArrowLeft');
    await clause.getByRole('button', { name: 'In đậm' }).click();
    await expect.poll(() => clauseText.inputValue()).toMatch(/ Thử nghiệm \*\*chữ đậm\*\*\.$/);
    await partI.getByRole('button', { name: 'Thêm phần ngay sau' }).click();
    const added = tree.locator('[data-section-path="1"]');
    await added.getByText('II.', { exact: true }).waitFor();
    await tree.getByRole('group', { name: /^Phần III\. NỘI DUNG THỰC HIỆN/ }).waitFor();
    await added.getByLabel('Tiêu đề phần').fill('Thử nghiệm bổ sung');
    await added.getByRole('button', { name: /^Thụt vào/ }).click();
    await tree.getByRole('group', { name: 'Phần 3. Thử nghiệm bổ sung' }).waitFor();
    await tree.getByRole('group', { name: /^Phần II\. NỘI DUNG THỰC HIỆN/ }).waitFor();
    await screenshot(page, 'dvcq-plan-sections-editor-desktop');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);
    const planText = page.getByTestId('plan-document');
    await planText.locator('strong', { hasText: 'chữ đậm' }).waitFor();
    await planText.getByText('Thử nghiệm bổ sung').waitFor();

    // A file the reader cannot use gets a Vietnamese explanation, on a phone too.
    const { page: phone } = await h.newPage({ width: 390, height: 844 });
    await signIn(phone, DEMO_USERS.coordinator);
    await phone.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await phone.goto('/ke-hoach/nhap');
    await phone
      .locator('input[type=file]')
      .setInputFiles({ name: 'hong.pdf', mimeType: 'application/pdf', buffer: Buffer.from('day khong phai la pdf') });
    await phone.getByText('Không đọc được văn bản').waitFor();
    expect(await noSidewaysScroll(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'dvcq-import-error-phone');
    await phone
      .locator('input[type=file]')
      .setInputFiles({ name: '2025-KH-696-UBND.txt', mimeType: 'text/plain', buffer: readFileSync(SEED) });
    await phone.getByRole('tab', { name: 'Nội dung đọc được' }).waitFor();
    expect(await noSidewaysScroll(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'dvcq-import-review-phone');
  });
});
