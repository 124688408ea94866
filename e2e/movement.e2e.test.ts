// Browser test of the "Dân vận khéo" movement: the ward's officer registers a model, starts it and
// proposes it; the coordinator finds it by a search without diacritics and recognises it by decision;
// the officer then finds the recognised model already counted in this period's report of the ward. The
// ward's officer also records a citizen dialogue, corrects it and its conclusion in their dialogs, closes
// its record, and deletes a model registered by mistake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDto, ReportListItemDto } from '@dvcq/shared';
import { chooseOption, DEMO_USERS, screenshot, signIn, startHarness, type Harness } from './harness.ts';

describe('"Dân vận khéo" models in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('officer registers and proposes a model; the coordinator recognises it', async () => {
    const name = 'Chợ không túi ni lông';
    const officer = (await h.newPage()).page;
    await signIn(officer, DEMO_USERS.wardOfficer);
    await officer.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await officer.goto('/dan-van-kheo');
    await officer.getByRole('heading', { name: 'Phong trào thi đua "Dân vận khéo"' }).waitFor();
    await officer.getByRole('button', { name: 'Đăng ký mô hình' }).click();
    const form = officer.locator('.ant-modal');
    await form.getByLabel('Tên mô hình').fill(name);
    await form.getByLabel('Vấn đề cần giải quyết').fill('Túi ni lông dùng một lần tràn lan ở chợ');
    await form.getByLabel('Mục tiêu').fill('Giảm một nửa túi ni lông trong năm');
    await form.getByLabel('Nội dung, cách làm').fill('Tiểu thương đổi túi vải; tuyên truyền trên loa chợ');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await officer.getByText('Đã đăng ký mô hình.').waitFor();
    const drawer = officer.locator('.ant-drawer');
    await drawer.getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
    await officer.getByText('Mô hình chuyển sang "Đang thực hiện".').waitFor();
    await drawer.getByRole('button', { name: 'Đề nghị công nhận' }).click();
    await officer.getByText('Mô hình chuyển sang "Đề nghị công nhận".').waitFor();

    const coordinator = (await h.newPage()).page;
    await signIn(coordinator, DEMO_USERS.coordinator);
    await coordinator.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await coordinator.goto('/dan-van-kheo');
    await coordinator.getByLabel('Tìm theo tên, vấn đề, địa bàn (gõ không dấu được)').fill('cho khong tui ni long');
    await coordinator.getByText(name).click();
    await coordinator.locator('.ant-drawer').getByRole('button', { name: 'Công nhận', exact: true }).click();
    const decision = coordinator.locator('.ant-modal');
    await decision.getByLabel('Số quyết định').fill('77/QĐ-UBND');
    await decision.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Tây Ninh');
    await decision.getByRole('button', { name: 'Công nhận', exact: true }).click();
    await coordinator.getByText('Đã công nhận mô hình.').waitFor();
    await screenshot(coordinator, 'movement-recognised');

    const api = await h.app.login('snv.dieuphoi');
    const models = (await api.get(`/api/movement/models?q=${encodeURIComponent('khong tui ni long')}`)).json() as ModelDto[];
    expect(models.map((m) => [m.state, m.decisionNumber])).toEqual([['recognised', '77/QĐ-UBND']]);

    // The ward's report of this period is pre-filled from the ward's records: the model is counted, with its origin.
    const reports = (await (await h.app.login(DEMO_USERS.wardOfficer)).get('/api/reports')).json() as ReportListItemDto[];
    const current = reports.find((r) => r.plan.number === '125/KH-UBND')!;
    await officer.goto(`/bao-cao/${current.obligationId}`);
    const counted = officer.getByRole('textbox', { name: 'Số mô hình "Dân vận khéo" được công nhận', exact: true });
    await counted.waitFor();
    await expect.poll(async () => Number(await counted.inputValue())).toBeGreaterThanOrEqual(1);
    await officer.getByText(/^Lấy từ: Sổ mô hình "Dân vận khéo"/).waitFor();
    // listed among the recognised models with its decision (it also appears among the models registered this year)
    await officer.getByTestId('source-lists').getByRole('listitem').filter({ hasText: '77/QĐ-UBND' }).getByText(name).waitFor();
    await screenshot(officer, 'report-prefilled');
  });

  it('officer corrects a dialogue and its conclusion in their dialogs, closes the record; deletes a model registered by mistake', async () => {
    const place = 'Sân bóng khu phố Ninh Phúc';
    const officer = (await h.newPage()).page;
    await signIn(officer, DEMO_USERS.wardOfficer);
    await officer.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await officer.goto('/doi-thoai');
    await officer.getByRole('heading', { name: 'Đối thoại với Nhân dân' }).waitFor();
    await officer.getByRole('button', { name: 'Ghi nhận đối thoại' }).click();
    let dialog = officer.getByRole('dialog');
    await dialog.getByLabel('Địa điểm').fill(place);
    await dialog.getByLabel('Chủ trì').fill('Chủ tịch UBND phường');
    await dialog.getByLabel('Số người dự').fill('35');
    await dialog.getByRole('button', { name: 'Ghi nhận đối thoại' }).click();
    await officer.getByText('Đã ghi nhận cuộc đối thoại.').waitFor();
    const row = officer.getByRole('row').filter({ hasText: place });
    await row.waitFor();

    // the edit dialog: the attendance corrected
    await row.getByRole('button', { name: 'Sửa' }).click();
    dialog = officer.getByRole('dialog');
    await dialog.getByLabel('Số người dự').fill('42');
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await officer.getByText('Đã lưu thay đổi của cuộc đối thoại.').waitFor();
    await row.getByRole('cell', { name: '42', exact: true }).waitFor();

    // a conclusion given to the ward, due in a month, then corrected in its own dialog
    const due = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    await row.getByRole('button', { name: 'Thêm kết luận' }).click();
    dialog = officer.getByRole('dialog');
    await dialog.getByLabel('Nội dung kết luận').fill('Lắp đèn chiếu sáng sân bóng');
    await chooseOption(officer, dialog.getByLabel('Giao cho đơn vị'), 'Tân Ninh', { search: 'tan ninh' });
    await dialog.getByLabel('Hạn thực hiện').fill(due);
    await dialog.getByRole('button', { name: 'Thêm kết luận' }).click();
    await officer.getByText('Đã lưu kết luận.').waitFor();
    const conclusion = officer.getByRole('listitem').filter({ hasText: 'Lắp đèn chiếu sáng sân bóng' });
    await conclusion.getByRole('button', { name: 'Sửa kết luận' }).click();
    dialog = officer.getByRole('dialog');
    await dialog.getByLabel('Nội dung kết luận').fill('Lắp đèn chiếu sáng sân bóng và đường vào');
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await officer.getByText('Đã sửa kết luận.').waitFor();
    await officer.getByText('Lắp đèn chiếu sáng sân bóng và đường vào').waitFor();

    // closing the record: read-only from then on
    await row.getByRole('button', { name: 'Đóng hồ sơ' }).click();
    await officer.locator('.ant-popconfirm').getByRole('button', { name: 'Đóng hồ sơ' }).click();
    await officer.getByText('Đã đóng hồ sơ cuộc đối thoại.').waitFor();
    await row.locator('.ant-tag', { hasText: 'Đã đóng' }).waitFor();
    await expect.poll(() => row.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
    await screenshot(officer, 'dialogue-closed');

    // a model registered by mistake is deleted from its drawer after a confirmation
    const name = 'Tủ sách pháp luật khu phố (nhập nhầm)';
    await officer.goto('/dan-van-kheo');
    await officer.getByRole('heading', { name: 'Phong trào thi đua "Dân vận khéo"' }).waitFor();
    await officer.getByRole('button', { name: 'Đăng ký mô hình' }).click();
    const form = officer.locator('.ant-modal');
    await form.getByLabel('Tên mô hình').fill(name);
    await form.getByLabel('Vấn đề cần giải quyết').fill('Người dân thiếu sách pháp luật');
    await form.getByLabel('Mục tiêu').fill('Mỗi khu phố một tủ sách');
    await form.getByLabel('Nội dung, cách làm').fill('Vận động quyên góp sách');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await officer.getByText('Đã đăng ký mô hình.').waitFor();
    await officer.locator('.ant-drawer').getByRole('button', { name: 'Xóa' }).click();
    await officer.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
    await officer.getByText(`Đã xóa mô hình "${name}".`).waitFor();
    const api = await h.app.login(DEMO_USERS.wardOfficer);
    const models = (
      await api.get(`/api/movement/models?q=${encodeURIComponent('tu sach phap luat khu pho (nhap nham)')}`)
    ).json() as ModelDto[];
    expect(models).toEqual([]);
  });
});
