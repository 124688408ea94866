import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, settled, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';

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
