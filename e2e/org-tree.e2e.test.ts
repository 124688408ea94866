import { randomInt } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, screenshot, settled, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';

/** Types a date into a date field (DateInput: d/m/yyyy read on leaving the field). */
async function pickDate(input: Locator, ddmmyyyy: string): Promise<void> {
  await input.fill(ddmmyyyy);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(ddmmyyyy);
}

describe('DVCQ web client in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('signs in as admin, shows the org tree and finds "Sở Nội vụ" when searching without diacritics', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.admin);
    await page.getByRole('heading', { name: /Xin chào, Quản trị hệ thống/ }).waitFor();
    expect(await page.title()).toContain('DVCQ');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByText('Vai trò và phạm vi của bạn').waitFor();
    await screenshot(page, 'dvcq-desktop-home');

    await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
    await page.waitForURL(/\/don-vi/);
    const tree = page.getByTestId('org-tree');
    await tree.getByText('Ủy ban nhân dân tỉnh Tây Ninh').first().waitFor();
    await tree.getByText('Sở Nội vụ', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Cơ cấu đơn vị' }).waitFor();
    await screenshot(page, 'dvcq-desktop-org');

    await page.getByTestId('org-search').fill('noi vu');
    // "noi vu" (no diacritics) finds Sở Nội vụ; units that don't match are hidden.
    await tree.getByText('Sở Y tế').waitFor({ state: 'detached' });
    await tree.getByText('Sở Kế hoạch và Đầu tư').waitFor({ state: 'detached' });
    await tree.locator('mark', { hasText: 'Nội vụ' }).first().waitFor();
    await tree
      .locator('.ant-tree-title', { hasText: /^Sở Nội vụ/ })
      .first()
      .click();
    await page.waitForURL(/\/don-vi\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('org-detail');
    await detail.getByRole('heading', { name: 'Sở Nội vụ' }).waitFor();
    const detailText = await detail.innerText();
    expect(detailText).toContain('Sở, ban, ngành');
    expect(detailText).toContain('TN.SNV');
    expect(detailText).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(detailText).toContain('Ủy ban nhân dân tỉnh Tây Ninh'); // ancestors breadcrumb
    await screenshot(page, 'dvcq-desktop-org-search');
  });

  it('records a merge in the "Sắp xếp tổ chức" screen, previews it before/after, applies it and shows the lineage', async () => {
    // Units of its own, made through the API (the demo tree's names are not relied on).
    const admin = await h.app.login('admin');
    const root = (await admin.call('listOrgUnits', { query: {} })).data.find((u) => u.parentId === null)!;
    const tag = `Qz${randomInt(10_000, 99_999)}`;
    const create = async (parentId: string, kind: 'district' | 'commune', code: string, name: string, validFrom = '2020-01-01') =>
      (await admin.call('createOrgUnit', { body: { parentId, kind, code, name, validFrom } })).data.id;
    const district = await create(root.id, 'district', `${tag}`, `Huyện Thử ${tag}`);
    await create(district, 'commune', `${tag}.A`, `Xã Alpha ${tag}`);
    await create(district, 'commune', `${tag}.B`, `Xã Beta ${tag}`);
    await create(district, 'commune', `${tag}.G`, `Xã Gamma ${tag}`, '2026-01-01');

    const { page } = await h.newPage();
    await signIn(page, 'admin');
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
    await page.getByRole('button', { name: 'Sắp xếp tổ chức' }).click();
    await page.waitForURL(/\/don-vi\/sap-xep$/);
    await page.getByRole('heading', { name: 'Sắp xếp tổ chức' }).waitFor();

    await page.getByRole('button', { name: 'Tạo đợt sắp xếp' }).click();
    const editor = page.getByTestId('batch-editor');
    await editor.getByLabel('Tên đợt sắp xếp').fill(`Sáp nhập xã ${tag}`);
    await editor.getByLabel('Số văn bản căn cứ').fill(`${tag}/NQ-UBTVQH15`);
    await pickDate(editor.getByLabel('Ngày ban hành'), '16/06/2025');
    await pickDate(editor.getByLabel('Ngày hiệu lực'), '01/07/2025');
    await editor.getByLabel('Cơ quan ban hành').fill('Ủy ban Thường vụ Quốc hội');

    await editor.getByRole('button', { name: 'Thêm sự kiện' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Sáp nhập, hợp nhất').first().waitFor(); // the default kind
    const sources = dialog.getByLabel('Các đơn vị sáp nhập toàn bộ');
    // The pickers list the tree that stood on the batch's date (01/07/2025): a commune established in 2026 is not offered.
    await sources.click();
    await sources.fill(tag);
    const option = (name: string) => page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: name });
    await option(`Xã Beta ${tag}`).first().waitFor();
    expect(await option(`Xã Gamma ${tag}`).count()).toBe(0);
    await sources.fill('');
    await page.keyboard.press('Escape');
    await chooseOption(page, sources, `Xã Alpha ${tag}`, { search: `Alpha ${tag}`, tree: true, multiple: true });
    await chooseOption(page, sources, `Xã Beta ${tag}`, { search: `Beta ${tag}`, tree: true, multiple: true });
    await dialog.getByLabel('Tên đơn vị mới').fill(`Xã Alpha Beta ${tag}`);
    await dialog.getByLabel('Mã đơn vị').fill(`${tag}.AB`);
    await chooseOption(page, dialog.getByLabel('Loại đơn vị'), 'UBND cấp xã');
    await chooseOption(page, dialog.getByLabel('Đơn vị cấp trên'), `Huyện Thử ${tag}`, { search: `Huyen Thu ${tag}`, tree: true });
    await dialog.getByRole('button', { name: 'Thêm vào đợt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await editor
      .getByTestId('batch-events')
      .getByText(`Sáp nhập, hợp nhất: Xã Alpha ${tag}, Xã Beta ${tag} → Xã Alpha Beta ${tag} (mới, UBND cấp xã)`)
      .waitFor();

    await editor.getByRole('button', { name: 'Xem trước' }).click();
    const preview = editor.getByTestId('batch-preview');
    await preview.getByText('Không có lỗi. Ngày 01/07/2025: 3 đơn vị thay đổi như dưới đây.').waitFor();
    const previewText = await preview.innerText();
    expect(previewText).toContain(`Xã Alpha ${tag}`);
    expect(previewText).toContain('Không còn tồn tại');
    expect(previewText).toContain('Chưa có');
    await screenshot(page, 'dvcq-org-restructure-preview');

    await editor.getByRole('button', { name: 'Ghi đợt sắp xếp' }).click();
    await page.getByText(`Đã ghi đợt sắp xếp “Sáp nhập xã ${tag}” (1 sự kiện).`).waitFor();
    await editor.waitFor({ state: 'detached' });
    const list = page.getByTestId('batch-list');
    await list.getByText(`Sáp nhập xã ${tag}`).waitFor();
    await list.getByRole('button', { name: 'Hoàn tác' }).waitFor(); // the newest batch may still be reverted

    // The new unit shows where it came from, with the date and legal basis.
    const merged = (await admin.call('listOrgUnits', { query: {} })).data.find((u) => u.code === `${tag}.AB`)!;
    await page.goto(`/don-vi/${merged.id}`);
    const predecessors = page.getByTestId('org-lineage').getByTestId('org-predecessors');
    await predecessors.getByText(`Xã Alpha ${tag}`).waitFor();
    const lineage = await predecessors.innerText();
    expect(lineage).toContain(`Xã Beta ${tag}`);
    expect(lineage).toContain('sáp nhập, hợp nhất, từ 01/07/2025');
    expect(lineage).toContain(`Văn bản số ${tag}/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội`);
    await screenshot(page, 'dvcq-org-lineage');

    // The tree as of the day before shows the old communes, not the new one.
    const tree = page.getByTestId('org-tree');
    await pickDate(page.getByLabel('Xem cây đơn vị tại ngày'), '30/06/2025');
    await page.getByText('Cây đơn vị tại ngày 30/06/2025, với tên gọi các đơn vị khi đó.').waitFor();
    await page.getByTestId('org-search').fill(tag);
    await tree.getByText(`Alpha ${tag}`, { exact: false }).first().waitFor();
    expect(await tree.innerText()).not.toContain(`Alpha Beta ${tag}`);
  });

  it('on a phone (390×844) opens the menu drawer and navigates', async () => {
    const { page } = await h.newPage({ width: 390, height: 844 });
    await signIn(page, DEMO_USERS.admin);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    // No sider on a phone; the page must not scroll sideways.
    await expect(page.locator('.ant-layout-sider').count()).resolves.toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'dvcq-phone-home');

    await page.getByRole('button', { name: 'Mở menu' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('menuitem', { name: 'Kế hoạch' }).waitFor();
    await settled(drawer); // the slide-in has finished: the screenshot shows the open menu
    await screenshot(page, 'dvcq-phone-menu');
    await drawer.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await page.waitForURL(/\/ke-hoach$/);
    await page.getByRole('heading', { name: 'Kế hoạch', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('dialog').getByRole('menuitem', { name: 'Đơn vị' }).click();
    await page.waitForURL(/\/don-vi/);
    await page.getByTestId('org-tree').getByText('Ủy ban nhân dân tỉnh Tây Ninh').first().waitFor();
    const overflowOrg = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflowOrg).toBeLessThanOrEqual(0);
    await screenshot(page, 'dvcq-phone-org');
  });

  it('shows the Vietnamese error for a wrong password and keeps the username', async () => {
    const { page } = await h.newPage();
    await signIn(page, DEMO_USERS.wardOfficer, 'sai-mat-khau');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe(DEMO_USERS.wardOfficer);
    expect(page.url()).toContain('/dang-nhap');
    await screenshot(page, 'dvcq-login-error');
  });
});
