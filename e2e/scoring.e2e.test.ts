// Scoring in the browser: officer self-scores with evidence → leader submits (late) → Inspectorate
// appraiser lowers one criterion with a reason → coordinator finalises (refused while criteria are open,
// then closed with a reason) → the ranking shows the unit's level and the downgrade for the late dossier →
// the decision is issued with its signer after a confirmation (Enter in a field never issues it). Under the
// 2025-model version: the bonus's source, a veto; and from an issued ranking, the commendation proposal
// with a unit and an exemplary person, kept on screen when another coordinator saved first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseOption, screenshot, settled, signIn, startHarness, type Harness, DEMO_USERS } from './harness.ts';
import { checkFinalisation, exampleScorecard2579 } from '@dvcq/domain';
import { loadScoringDemo } from '../packages/server/src/demo/demo-scoring.ts';
import { actingAs } from '../packages/server/src/demo/demo-actors.ts';
import { createMovementRepository } from '../packages/server/src/modules/movement/movement.repository.ts';
import { saveExemplaryPerson } from '../packages/server/src/modules/movement/movement.usecases.ts';
import { finaliseAssessment } from '../packages/server/src/modules/scoring/appraisal.usecases.ts';
import { openAssessment, saveSelfAssessment, submitSelfAssessment } from '../packages/server/src/modules/scoring/assessments.usecases.ts';
import { saveCommendationProposal } from '../packages/server/src/modules/scoring/commendation.usecases.ts';
import { issueRanking } from '../packages/server/src/modules/scoring/ranking.usecases.ts';
import { applicableLeaves } from '../packages/server/src/modules/scoring/scoring.policies.ts';
import { createScoringRepository } from '../packages/server/src/modules/scoring/scoring.repository.ts';

const SELF: Record<string, string> = {
  '1.1': '4',
  '1.3': '3',
  '2.1': '4',
  '2.2': '3',
  '2.3': '3',
  '3.1': '8',
  '3.2': '6',
  '3.3': '5,5',
  '4.1': '8',
  '4.2': '6',
  '4.3': '6',
  '5.1': '8',
  '5.2': '6',
  '5.3': '6',
  '6.1': '10',
  '6.2': '9,5',
};

describe('scoring in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ demo: 'pre2025' });
    // the example scorecard, plan 696/KH-UBND's self-assessment deadline "trước ngày 15/11/2025" and other units' dossiers
    await loadScoringDemo(h.app.db.database, new Date('2025-11-01T03:00:00Z'));
  });
  afterAll(async () => {
    await h?.close();
  });

  const as = async (username: string): Promise<Page> => {
    const { page } = await h.newPage();
    await signIn(page, username);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    return page;
  };

  it('runs the cycle from self-assessment to the ranking', async () => {
    // 1. The officer fills the form; totals update as they type; drafts save automatically.
    const officer = await as(DEMO_USERS.formerDepartmentOfficer);
    await officer.goto('/cham-diem?year=2025');
    await officer.getByRole('button', { name: /Hồ sơ tự chấm điểm năm 2025/ }).click();
    await officer.waitForURL(/\/cham-diem\/ho-so\/[0-9a-f-]{36}$/);
    const url = officer.url();
    await officer.getByLabel('Số liệu staff_trained_pct').fill('95');
    for (const [code, score] of Object.entries(SELF)) {
      await officer.getByLabel(`Điểm tiêu chí ${code}`, { exact: true }).fill(score);
      if (code !== '2.1') await officer.getByLabel(`Giải trình tiêu chí ${code}`, { exact: true }).fill('Hồ sơ giấy lưu tại Văn phòng Sở.');
    }
    await officer.getByLabel('Giải trình tiêu chí 1.2', { exact: true }).fill('Báo cáo năm, mục quán triệt.');
    await officer.locator('[data-criterion="2.1"] input[type=file]').setInputFiles({
      name: 'so-tiep-cong-dan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await officer.locator('[data-criterion="2.1"]').getByText('so-tiep-cong-dan.pdf').waitFor();
    await officer.getByTestId('running-total').getByText('98').waitFor();
    await officer.getByTestId('running-total').getByText('Tốt').waitFor();
    await officer.getByText('Đã lưu nháp').waitFor();
    await screenshot(officer, 'dvcq-scoring-self');

    // 2. The leader submits after the deadline (server clock: 20/11/2025).
    // (signed in first: the browser drops a cookie whose expiry the moved clock puts in the past)
    const leader = await as(DEMO_USERS.formerDepartmentLeader);
    await leader.goto(url);
    await leader.getByRole('button', { name: /Nộp hồ sơ/ }).waitFor();
    h.app.setNow(new Date('2025-11-20T03:00:00Z'));
    await leader.getByRole('button', { name: /Nộp hồ sơ/ }).click();
    // The head gives the dossier's number and signer: the Word dossier prints them.
    const submitDialog = leader.getByRole('dialog', { name: 'Nộp hồ sơ tự đánh giá' });
    await submitDialog.getByLabel('Số báo cáo').fill('45/BC-SKHCN');
    await submitDialog.getByLabel('Người ký', { exact: true }).fill('Phạm Quốc Dũng');
    await submitDialog.getByLabel('Chức vụ người ký').fill('Phó Giám đốc');
    await submitDialog.getByRole('button', { name: 'Xác nhận nộp hồ sơ' }).click();
    await leader.getByText(/Nộp muộn/).waitFor();
    await leader.getByText('Đã nộp, chờ thẩm định').first().waitFor();
    h.app.setNow(new Date());

    // 3. The Inspectorate sees only its criteria and lowers 2.1 with a reason.
    const inspector = await as(DEMO_USERS.appraiser);
    await inspector.goto(url);
    await inspector.getByText(/Bạn thẩm định các tiêu chí của cơ quan: Thanh tra tỉnh/).waitFor();
    expect(await inspector.locator('[data-criterion="4.2"]').count()).toBe(0);
    expect(await inspector.locator('[data-criterion]').count()).toBe(3);
    await inspector.getByLabel('Điểm thẩm định tiêu chí 2.1').fill('2,5');
    await inspector.getByLabel('Lý do thẩm định tiêu chí 2.1').fill('Sổ tiếp công dân thiếu 3 tháng cuối năm.');
    await inspector.getByRole('button', { name: 'Lưu thẩm định 2.1' }).click();
    await inspector.getByText(/Lý do: Sổ tiếp công dân thiếu 3 tháng cuối năm/).waitFor();

    // 4. The coordinator finalises: asked to confirm; refused while criteria are unappraised, closed with a reason.
    const coordinator = await as(DEMO_USERS.coordinator);
    await coordinator.goto(url);
    await coordinator.getByTestId('running-total').getByText('96,5').waitFor();
    await coordinator.getByRole('button', { name: 'Kết thúc thẩm định' }).click();
    const finalise = coordinator.getByRole('dialog');
    await finalise.getByText(/Kết quả được chốt: 96,5\//).waitFor();
    await finalise.getByRole('button', { name: 'Xác nhận kết thúc thẩm định' }).click();
    await finalise.getByText(/Chưa thể kết thúc thẩm định: còn 16 tiêu chí chưa được thẩm định \(1\.1, 1\.2/).waitFor();
    expect(await coordinator.getByText('Đã nộp, chờ thẩm định').count()).toBeGreaterThan(0);
    await finalise.getByLabel('Lý do chung cho các tiêu chí còn lại').fill('Cơ quan thẩm định thống nhất điểm tự chấm');
    await finalise.getByRole('button', { name: 'Điền cho tất cả' }).click();
    await finalise.getByRole('button', { name: 'Xác nhận kết thúc thẩm định' }).click();
    await coordinator.getByText('Đã kết thúc thẩm định').first().waitFor();
    await coordinator
      .getByTestId('result-history')
      .getByText(/16 tiêu chí kết thúc không qua thẩm định/)
      .waitFor();

    // 5. The ranking shows the level after the downgrade, with the explanation.
    await coordinator.goto('/cham-diem/xep-loai?year=2025');
    const row = coordinator.locator('tr', { hasText: 'Sở Thông tin và Truyền thông' });
    await row.waitFor();
    await row.getByText('Khá').first().waitFor();
    await row.getByText('Hạ một mức do nộp hồ sơ chấm điểm muộn (từ Tốt xuống Khá)').waitFor();
    expect(await row.textContent()).toContain('96,5');
    await screenshot(coordinator, 'dvcq-scoring-ranking');

    // 6. The decision needs number, date and signer; Enter in a field never issues it; a last confirmation does.
    await coordinator.getByRole('button', { name: 'Ban hành quyết định xếp loại…' }).click();
    const issue = coordinator.getByRole('dialog');
    await issue.getByLabel('Số quyết định').fill('3200/QĐ-UBND');
    await issue.getByLabel('Ngày', { exact: true }).fill('10/12/2025');
    await issue.getByLabel('Ngày', { exact: true }).press('Enter');
    await issue.getByLabel('Số quyết định').press('Enter');
    await issue.getByRole('button', { name: 'Tiếp tục' }).click();
    await issue.getByText('Vui lòng nhập người ký.').waitFor();
    expect(await coordinator.getByText(/Đã ban hành/).count()).toBe(0);
    await issue.getByLabel('Người ký', { exact: true }).fill('Nguyễn Hồng Thanh');
    for (const reason of await issue.getByLabel(/^Lý do không xếp loại: /).all()) await reason.fill('Chưa kết thúc thẩm định trong năm.');
    await issue.getByRole('button', { name: 'Tiếp tục' }).click();
    const sure = coordinator.getByRole('dialog', { name: 'Ban hành quyết định xếp loại?' });
    await sure.getByText(/Ban hành Quyết định số 3200\/QĐ-UBND ngày 10\/12\/2025, người ký Nguyễn Hồng Thanh/).waitFor();
    await settled(sure); // a click on a confirmation still zooming in is lost on a busy machine
    await sure.getByRole('button', { name: 'Ban hành' }).click();
    await coordinator.getByText(/Đã ban hành: Quyết định số 3200\/QĐ-UBND ngày 10\/12\/2025/).waitFor();

    // The unit sees its appraised result criterion by criterion.
    await officer.goto(url);
    await officer.getByText(/Điểm thẩm định: 2,5/).waitFor();
  });

  it('assesses 2026 under the 2025-model scorecard: the bonus says where it comes from, a veto forces the lowest level', async () => {
    // 2026 falls under the 2579-shaped version (in force from 2026); 2025 above kept the older one.
    const officer = await as('stttt.canbo');
    await officer.goto('/cham-diem?year=2026');
    await officer.getByRole('button', { name: /Hồ sơ tự chấm điểm năm 2026/ }).click();
    await officer.waitForURL(/\/cham-diem\/ho-so\/[0-9a-f-]{36}$/);
    const url = officer.url();
    await officer
      .getByText(/2579\/QĐ-UBND/)
      .first()
      .waitFor();
    await officer.locator('[data-criterion="3.1"]').getByText('Chưa có số liệu "recognised_models" để đề xuất điểm').waitFor();

    const coordinator = await as('snv.dieuphoi');
    await coordinator.goto(url);
    const vetoes = coordinator.getByTestId('veto-events');
    await chooseOption(coordinator, vetoes.getByLabel('Sự việc'), 'Để xảy ra tham nhũng');
    await vetoes.getByLabel('Nội dung, căn cứ').fill('Kết luận thanh tra số 12/KL-TTr: vi phạm tại bộ phận một cửa');
    await vetoes.getByRole('button', { name: 'Ghi nhận sự việc' }).click();
    await coordinator.getByText('Đã ghi nhận sự việc; xếp loại được tính lại.').waitFor();
    await coordinator.getByTestId('running-total').getByText('Không hoàn thành').first().waitFor();
    await coordinator
      .getByTestId('running-total')
      .getByText(/do Để xảy ra tham nhũng, không phụ thuộc số điểm/)
      .waitFor();
  });

  it('proposes commendation from the issued 2027 ranking: a unit and an exemplary person, kept when another coordinator saved first', async () => {
    // Built through the use cases: the department's 2027 dossier at full marks under the 2579-shaped version
    // (its rule: Hoàn thành xuất sắc and above, quotas with individuals), finalised, the ranking issued, and
    // an exemplary person of the department recorded in the movement.
    const YEAR = 2027;
    const database = h.app.db.database;
    const repo = createScoringRepository(database.db);
    const v = exampleScorecard2579();
    const scorecardId = (await repo.findScorecardByDecision(v.decision.number))!.id;
    const unit = (await repo.org.findUnitByCode('TN.STTTT'))!;
    const at = () => new Date().toISOString();
    const officer = await actingAs(database, DEMO_USERS.formerDepartmentOfficer, at());
    let a = await openAssessment(repo, officer, { unitId: unit.id, year: YEAR, scorecardId });
    a = await saveSelfAssessment(repo, officer, a.id, {
      expectedVersion: a.version,
      scores: applicableLeaves(v.nodes, a.unitGroup)
        .filter((n) => n.method?.kind === 'points' || n.method?.kind === 'yes_no')
        .map((n) => ({ code: n.code, selfScore: n.maxPoints, selfExplanation: 'Hồ sơ lưu tại Văn phòng Sở.' })) as never,
    });
    a = await submitSelfAssessment(repo, await actingAs(database, DEMO_USERS.formerDepartmentLeader, at()), a.id, {
      expectedVersion: a.version,
      number: '31/BC-STTTT',
      dossierDate: `${YEAR}-11-10`,
      signerName: 'Phạm Quốc Dũng',
      signerTitle: 'Giám đốc',
    });
    const coordinatorCtx = await actingAs(database, DEMO_USERS.coordinator, at());
    const open = checkFinalisation(v.nodes, a.unitGroup, []).open;
    await finaliseAssessment(repo, coordinatorCtx, a.id, {
      expectedVersion: a.version,
      flagsNote: null,
      unappraisedReasons: Object.fromEntries(open.map((code) => [code, 'Thống nhất điểm tự chấm.'])),
    });
    await issueRanking(repo, coordinatorCtx, {
      scorecardId,
      year: YEAR,
      number: '2700/QĐ-UBND',
      decisionDate: `${YEAR}-12-28`,
      signerName: 'Nguyễn Hồng Thanh',
      signerTitle: null,
      exclusions: [],
    });
    await saveExemplaryPerson(createMovementRepository(database.db), officer, {
      unitId: unit.id,
      year: YEAR,
      fullName: 'Lê Thị Hồng',
      position: 'Chuyên viên Văn phòng Sở',
      achievements: 'Xây dựng mô hình tiếp nhận phản ánh khoa học công nghệ qua Zalo.',
      modelId: null,
    });

    // The coordinator picks the year on the ranking page and proposes the department and the person.
    const coordinator = await as(DEMO_USERS.coordinator);
    await coordinator.goto('/cham-diem/xep-loai');
    await chooseOption(coordinator, coordinator.getByLabel('Năm', { exact: true }), String(YEAR));
    const card = coordinator.getByTestId('commendation');
    await card.getByText(/Đơn vị đủ điều kiện đề nghị Bằng khen/).waitFor();
    await card.getByLabel(`Đề nghị khen thưởng ${unit.name}`, { exact: true }).check();
    await card.getByLabel(`Lý do đề nghị khen thưởng ${unit.name}`).fill('Hoàn thành xuất sắc; mô hình "Dân vận khéo" được công nhận.');
    await card.getByLabel('Đề nghị khen thưởng Lê Thị Hồng', { exact: true }).check();
    // the person's reason starts from the achievements recorded in the movement
    await expect.poll(() => card.getByLabel('Lý do đề nghị khen thưởng Lê Thị Hồng').inputValue()).toContain('tiếp nhận phản ánh');
    await card.getByRole('button', { name: 'Lưu đề nghị' }).click();
    await coordinator.getByText('Đã lưu đề nghị khen thưởng').first().waitFor();
    await card.getByText('Dự thảo: 1 tập thể, 1 cá nhân').waitFor();

    // While this coordinator edits, another one saves the proposal without the person.
    const mine = 'Hoàn thành xuất sắc 100/100 điểm; 100% hồ sơ đúng hạn.';
    await card.getByLabel(`Lý do đề nghị khen thưởng ${unit.name}`).fill(mine);
    await saveCommendationProposal(repo, await actingAs(database, DEMO_USERS.coordinator, at()), {
      scorecardId,
      year: YEAR,
      expectedVersion: 1,
      items: [{ unitId: unit.id, reason: 'Đề nghị của người thứ hai.' }],
      individuals: [],
    });
    await card.getByRole('button', { name: 'Lưu đề nghị' }).click();
    await card.getByText(/Đề nghị khen thưởng vừa được người khác sửa/).waitFor();
    // nothing typed or ticked here is lost; writing over the newer version is a deliberate choice
    expect(await card.getByLabel(`Lý do đề nghị khen thưởng ${unit.name}`).inputValue()).toBe(mine);
    expect(await card.getByLabel('Đề nghị khen thưởng Lê Thị Hồng', { exact: true }).isChecked()).toBe(true);
    await card.getByRole('button', { name: 'Giữ lựa chọn của tôi, ghi lên bản mới nhất' }).click();
    await card.getByText('Dự thảo: 1 tập thể, 1 cá nhân').waitFor();
    await expect.poll(() => card.getByText(/vừa được người khác sửa/).count()).toBe(0);
    const saved = await repo.findCommendationProposal(scorecardId, YEAR);
    expect(saved).toMatchObject({ version: 3, items: [{ unitId: unit.id, reason: mine }], individuals: [{ fullName: 'Lê Thị Hồng' }] });
    await screenshot(coordinator, 'dvcq-scoring-commendation');

    // The department's own page compares its years: from the demo's 2024 (1563 shape) to 2027 (2579 shape),
    // levels only across the change of version.
    await coordinator.goto(`/cham-diem/ho-so/${a.id}`);
    const years = coordinator.getByTestId('unit-years');
    const row2027 = years.locator('tr', { hasText: '2027' });
    await row2027.getByText('Đổi bộ tiêu chí: chỉ so sánh mức xếp loại').waitFor();
    await row2027.getByText(/không so sánh điểm giữa hai bộ tiêu chí/).waitFor();
    await years.locator('tr', { hasText: '2024' }).getByText('Tốt').waitFor();
  });
});
