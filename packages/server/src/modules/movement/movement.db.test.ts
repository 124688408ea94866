// The "Dân vận khéo" movement as people use it: a ward officer registers a model with evidence,
// carries it out, reports results and proposes it; the coordinator recognises it by decision; the
// model counts in the unit's scorecard (derived indicator "recognised_models"), appears in the Excel
// registry and, once the province switches it on, on the public page. Bad input is refused with a
// Vietnamese message and nothing saved.
import ExcelJS from 'exceljs';
import { paragraphs, plainText, readDocx } from '@dvcq/docgen/src/test-support/read-docx.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exampleScorecardPercent, RECOGNISED_MODELS_INDICATOR, type ScorecardNode } from '@dvcq/domain';
import type { SaveModelRequest } from '@dvcq/shared';
import { loadMovementDemo } from '../../demo/demo-movement.ts';
import { TINY_PDF } from '../../testing/multipart.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const NOW = new Date('2026-11-20T03:00:00Z');

describe('"Dân vận khéo" models, people and commendations', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let wardOfficer: TestClient;
  let ward = '';
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.login('snv.dieuphoi');
    ward = await t.unitId('TN.TPTN.P1');
    const admin = await t.login('admin');
    await admin.call('createUser', {
      body: { username: 'p1.dankheo', fullName: 'Võ Thị Mai', password: 'MatKhauManh2025', roles: [{ role: 'officer', unitId: ward }] },
    });
    wardOfficer = await t.loginChanging('p1.dankheo', 'MatKhauManh2025');
  });
  beforeEach(() => t.setNow(NOW));
  afterAll(() => t.close());

  /** A model of the ward with a name of its own. */
  const modelInput = (over: Partial<SaveModelRequest> = {}): SaveModelRequest => {
    n += 1;
    return {
      unitId: ward,
      registeredOn: '2026-02-15',
      name: `Tổ tự quản "Đường hoa xanh" số ${n}`,
      field: 'environment',
      problem: 'Rác thải sinh hoạt đổ bừa bãi ven kênh',
      goals: 'Đường sạch, ven kênh không còn điểm rác tự phát',
      activities: 'Ra quân dọn vệ sinh mỗi sáng Chủ nhật; trồng hoa dọc tuyến đường',
      area: 'Khu phố 1, phường 1',
      beneficiaries: '320 hộ dân',
      forces: 'Chi hội Phụ nữ (nòng cốt), Đoàn Thanh niên (ra quân)',
      resources: 'Nhân dân đóng góp 20 triệu đồng',
      startsOn: '2026-03-01',
      endsOn: '2026-12-31',
      outputs: '1,2 km đường hoa; 5 điểm rác tự phát được xóa',
      sustainability: 'Tổ tự quản duy trì, quỹ do hộ dân đóng góp',
      partners: 'Mặt trận Tổ quốc phường',
      ...over,
    };
  };

  const countModels = async () => (await coordinator.call('listModels', { query: { unitId: ward } })).data.length;

  it('walks a model from registration to recognition, with evidence, results and a search without diacritics', async () => {
    const file = await wardOfficer.call('uploadFile', {
      query: { unitId: ward },
      file: { filename: 'anh-ra-quan.pdf', content: TINY_PDF, contentType: 'application/pdf' },
    });
    const registered = (await wardOfficer.call('saveModel', { body: { ...modelInput(), fileIds: [file.data.id] } })).data;
    expect(registered).toMatchObject({
      state: 'registered',
      year: 2026,

      canEdit: true,
      actions: ['start'],
    });
    expect(registered.files.map((f) => f.filename)).toEqual(['anh-ra-quan.pdf']);

    await wardOfficer.call('changeModelState', { params: { id: registered.id }, body: { action: 'start' } });
    const withResult = (
      await wardOfficer.call('addModelResult', {
        params: { id: registered.id },
        body: { reportedOn: '2026-06-30', summary: 'Sáu tháng: 0,8 km đường hoa, 3 điểm rác được xóa' },
      })
    ).data;
    expect(withResult.results.map((r) => r.summary)).toEqual(['Sáu tháng: 0,8 km đường hoa, 3 điểm rác được xóa']);
    const proposed = (await wardOfficer.call('changeModelState', { params: { id: registered.id }, body: { action: 'propose' } })).data;
    expect(proposed).toMatchObject({ state: 'proposed', canEdit: false, actions: ['withdraw'] });

    // the officer cannot decide; the coordinator can
    const denied = await wardOfficer.call('recogniseModel', {
      params: { id: registered.id },
      body: { decisionNumber: '45/QĐ-UBND', decisionDate: '2026-11-10', decisionIssuer: 'UBND thành phố Tây Ninh', level: 'district' },
    });
    expect(denied.statusCode).toBe(403);
    const seen = (await coordinator.call('getModel', { params: { id: registered.id } })).data;
    expect(seen.actions).toEqual(['withdraw', 'recognise', 'not_recognise']);
    const recognised = (
      await coordinator.call('recogniseModel', {
        params: { id: registered.id },
        body: { decisionNumber: '45/QĐ-UBND', decisionDate: '2026-11-10', decisionIssuer: 'UBND thành phố Tây Ninh', level: 'district' },
      })
    ).data;
    expect(recognised).toMatchObject({ state: 'recognised', decisionNumber: '45/QĐ-UBND', recognitionLevel: 'district' });

    // coordinators browse and filter; the search folds diacritics and case
    const found = (
      await coordinator.call('listModels', { query: { q: 'DUONG HOA XANH', state: 'recognised', year: 2026, field: 'environment' } })
    ).data;
    expect(found.map((m) => m.id)).toContain(registered.id);
    const none = (await coordinator.call('listModels', { query: { q: 'duong hoa xanh', state: 'proposed' } })).data;
    expect(none.map((m) => m.id)).not.toContain(registered.id);

    // every step is in the audit log
    const admin = await t.login('admin');
    const audit = (await admin.call('listAuditLog', { query: { entityType: 'movement_model', entityId: registered.id } })).data;
    expect(audit.items.map((a) => a.action).sort()).toEqual(
      [
        'movement_model.propose',
        'movement_model.recognised',
        'movement_model.registered',
        'movement_model.result_added',
        'movement_model.start',
      ].sort(),
    );
  });

  it('refuses bad input with a Vietnamese message and saves nothing', async () => {
    const before = await countModels();
    const future = await wardOfficer.call('saveModel', { body: modelInput({ registeredOn: '2026-11-21' }) });
    expect(future.statusCode).toBe(400);
    expect(future.error!.message).toMatch(/tương lai/);
    const timing = await wardOfficer.call('saveModel', { body: modelInput({ startsOn: '2026-05-01', endsOn: '2026-04-30' }) });
    expect(timing.statusCode).toBe(400);
    expect(timing.error!.message).toBe('Thời gian kết thúc phải sau thời gian bắt đầu thực hiện mô hình.');
    const empty = await wardOfficer.call('saveModel', { body: modelInput({ name: '   ' }) });
    expect(empty.statusCode).toBe(400);
    const foreignFile = await wardOfficer.call('saveModel', {
      body: { ...modelInput(), fileIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(foreignFile.error!.code).toBe('movement.file_invalid');
    expect(await countModels()).toBe(before);

    const m = (await wardOfficer.call('saveModel', { body: modelInput() })).data;
    // skipping steps, a decision in the future, a refusal without reason: refused, the state unchanged
    const early = await coordinator.call('recogniseModel', {
      params: { id: m.id },
      body: { decisionNumber: '1/QĐ-UBND', decisionDate: '2026-11-01', decisionIssuer: 'UBND tỉnh', level: 'province' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.error!.message).toBe('Mô hình đang ở trạng thái "Đăng ký" nên không thể "công nhận".');
    await wardOfficer.call('changeModelState', { params: { id: m.id }, body: { action: 'start' } });
    await wardOfficer.call('changeModelState', { params: { id: m.id }, body: { action: 'propose' } });
    const tomorrow = await coordinator.call('recogniseModel', {
      params: { id: m.id },
      body: { decisionNumber: '1/QĐ-UBND', decisionDate: '2026-11-21', decisionIssuer: 'UBND tỉnh', level: 'province' },
    });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.error!.message).toMatch(/^Ngày quyết định phải từ ngày đăng ký mô hình \(15\/02\/2026\)/);
    const noReason = await coordinator.call('changeModelState', { params: { id: m.id }, body: { action: 'not_recognise' } });
    expect(noReason.error!.message).toBe('Cần ghi lý do khi không công nhận mô hình.');
    const edit = await wardOfficer.call('saveModel', { body: { ...modelInput(), id: m.id } });
    expect(edit.error!.code).toBe('movement.not_editable');
    expect((await coordinator.call('getModel', { params: { id: m.id } })).data).toMatchObject({ state: 'proposed', decisionNumber: null });

    // not recognised with a reason, then carried on
    const refused = (
      await coordinator.call('changeModelState', {
        params: { id: m.id },
        body: { action: 'not_recognise', reason: 'Chưa có kết quả đo đếm được' },
      })
    ).data;
    expect(refused).toMatchObject({ state: 'not_recognised', refusalReason: 'Chưa có kết quả đo đếm được' });
    const resumed = (await wardOfficer.call('changeModelState', { params: { id: m.id }, body: { action: 'resume' } })).data;
    expect(resumed.state).toBe('carrying_out');
  });

  it('records exemplary people and commendations of a model or a person', async () => {
    const m = (await wardOfficer.call('saveModel', { body: modelInput() })).data;
    const person = (
      await wardOfficer.call('saveExemplaryPerson', {
        body: {
          unitId: ward,
          year: 2026,
          fullName: 'Nguyễn Thị Bích Thủy',
          position: 'Tổ trưởng tổ tự quản',
          achievements: 'Vận động 120 hộ tham gia giữ đường sạch',
          modelId: m.id,
        },
      })
    ).data;
    expect(person).toMatchObject({ modelName: m.name, canEdit: true });
    const people = (await coordinator.call('listExemplaryPeople', { query: { q: 'bich thuy', year: 2026 } })).data;
    expect(people.map((p) => p.id)).toContain(person.id);

    const both = await coordinator.call('saveCommendation', {
      body: {
        modelId: m.id,
        personId: person.id,
        form: 'letter_of_praise',
        level: 'district',
        decisionNumber: '7/QĐ-UBND',
        decisionDate: '2026-10-01',
        decisionIssuer: 'UBND thành phố',
      },
    });
    expect(both.error!.message).toBe('Khen thưởng phải gắn với đúng một mô hình hoặc một gương điển hình.');
    const byOfficer = await wardOfficer.call('saveCommendation', {
      body: {
        personId: person.id,
        form: 'letter_of_praise',
        level: 'district',
        decisionNumber: '7/QĐ-UBND',
        decisionDate: '2026-10-01',
        decisionIssuer: 'UBND thành phố',
      },
    });
    expect(byOfficer.statusCode).toBe(403);
    const c = await coordinator.call('saveCommendation', {
      body: {
        personId: person.id,
        form: 'letter_of_praise',
        level: 'district',
        decisionNumber: '7/QĐ-UBND',
        decisionDate: '2026-10-01',
        decisionIssuer: 'UBND thành phố',
      },
    });
    expect(c.statusCode).toBe(201);
    const listed = (await coordinator.call('listExemplaryPeople', { query: { unitId: ward } })).data.find((p) => p.id === person.id)!;
    expect(listed.commendations.map((x) => x.decisionNumber)).toEqual(['7/QĐ-UBND']);

    // the Excel registry carries models and people
    const xlsx = await coordinator.call('exportMovementXlsx', { query: { unitId: ward, year: 2026 } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Mô hình', 'Gương điển hình']);
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => texts.push(String(row.values)));
    expect(texts.join('\n')).toContain(m.name);
    expect(texts.join('\n')).toContain('Nguyễn Thị Bích Thủy');
  });

  it('deletes a model while it is a draft and a person never commended, audited; refuses once started or commended', async () => {
    const admin = await t.login('admin');
    const draft = (await wardOfficer.call('saveModel', { body: modelInput() })).data;
    const started = (await wardOfficer.call('saveModel', { body: modelInput() })).data;
    await wardOfficer.call('changeModelState', { params: { id: started.id }, body: { action: 'start' } });
    const person = (
      await wardOfficer.call('saveExemplaryPerson', {
        body: {
          unitId: ward,
          year: 2026,
          fullName: 'Lê Văn Tâm',
          position: null,
          achievements: 'Hiến 200 m² đất làm đường',
          modelId: draft.id,
        },
      })
    ).data;
    expect([draft.canDelete, person.canDelete]).toEqual([true, true]);
    expect((await coordinator.call('getModel', { params: { id: started.id } })).data.canDelete).toBe(false);

    const refused = await wardOfficer.call('deleteModel', { params: { id: started.id } });
    expect(refused.statusCode).toBe(409);
    expect(refused.error.message).toContain('Chỉ xóa được mô hình còn ở trạng thái "Đã đăng ký"');
    const before = await countModels();
    const gone = await wardOfficer.call('deleteModel', { params: { id: draft.id } });
    expect(gone.data).toEqual({ id: draft.id, name: draft.name });
    expect(await countModels()).toBe(before - 1);
    expect((await wardOfficer.call('getModel', { params: { id: draft.id } })).statusCode).toBe(404);
    // the person who took part keeps their record, without the model
    const kept = (await wardOfficer.call('listExemplaryPeople', { query: { unitId: ward } })).data.find((p) => p.id === person.id)!;
    expect(kept.modelId).toBeNull();
    const audit = (await admin.call('listAuditLog', { query: { entityType: 'movement_model', entityId: draft.id } })).data;
    expect(audit.items.map((a) => a.action)).toContain('movement_model.deleted');

    await coordinator.call('saveCommendation', {
      body: {
        personId: person.id,
        form: 'certificate_of_merit',
        level: 'district',
        decisionNumber: '9/QĐ-UBND',
        decisionDate: '2026-10-02',
        decisionIssuer: 'UBND thành phố',
      },
    });
    const commended = await wardOfficer.call('deleteExemplaryPerson', { params: { id: person.id } });
    expect(commended.error.message).toBe('Gương điển hình đã được khen thưởng nên không xóa được.');
    const other = (
      await wardOfficer.call('saveExemplaryPerson', {
        body: {
          unitId: ward,
          year: 2026,
          fullName: 'Trần Thị Hoa',
          position: null,
          achievements: 'Vận động 50 hộ trồng hoa',
          modelId: null,
        },
      })
    ).data;
    expect((await wardOfficer.call('deleteExemplaryPerson', { params: { id: other.id } })).data.name).toBe('Trần Thị Hoa');
    const people = (await wardOfficer.call('listExemplaryPeople', { query: { unitId: ward } })).data.map((p) => p.id);
    expect(people).toContain(person.id);
    expect(people).not.toContain(other.id);
  });

  it('shows recognised models on the public page only once the province switches it on', async () => {
    const province = await t.unitId('TN');
    const m = (await wardOfficer.call('saveModel', { body: modelInput() })).data;
    for (const action of ['start', 'propose'] as const)
      await wardOfficer.call('changeModelState', { params: { id: m.id }, body: { action } });
    await coordinator.call('recogniseModel', {
      params: { id: m.id },
      body: { decisionNumber: '88/QĐ-UBND', decisionDate: '2026-11-15', decisionIssuer: 'UBND tỉnh Tây Ninh', level: 'province' },
    });
    const off = await t.anonymous.call('listPublicModels', { params: { provinceId: province } });
    expect(off.statusCode).toBe(404);
    expect(off.error!.message).toMatch(/chưa được bật/);
    expect(
      (await wardOfficer.call('setMovementPublicPage', { params: { provinceId: province }, body: { enabled: true } })).statusCode,
    ).toBe(403);
    const on = (await coordinator.call('setMovementPublicPage', { params: { provinceId: province }, body: { enabled: true } })).data;
    expect(on).toMatchObject({ enabled: true, provinceName: 'Ủy ban nhân dân tỉnh Tây Ninh' });
    const page = (await t.anonymous.call('listPublicModels', { params: { provinceId: province } })).data;
    expect(page.models.map((x) => x.id)).toContain(m.id);
    expect(page.models.every((x) => x.decisionNumber !== '')).toBe(true);
    // the Word list for a commendation proposal names the recognised model
    const docx = await coordinator.call('exportRecognisedModelsDocx', { query: { year: 2026, unitId: ward } });
    expect(docx.statusCode).toBe(200);
    expect(docx.raw.headers['content-type']).toContain('wordprocessingml');
    const text = paragraphs((await readDocx(docx.raw.rawPayload)).document)
      .map(plainText)
      .join('\n');
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain(m.name);
    await coordinator.call('setMovementPublicPage', { params: { provinceId: province }, body: { enabled: false } });
    expect((await t.anonymous.call('listPublicModels', { params: { provinceId: province } })).statusCode).toBe(404);
  });

  it('feeds the scorecard: a derived criterion counts the models recognised in the year', async () => {
    const stttt = await t.unitId('TN.STTTT');
    const officer = await t.login('stttt.canbo');
    const m = (await officer.call('saveModel', { body: modelInput({ unitId: stttt, field: 'digital_transformation' }) })).data;
    for (const action of ['start', 'propose'] as const) await officer.call('changeModelState', { params: { id: m.id }, body: { action } });
    await coordinator.call('recogniseModel', {
      params: { id: m.id },
      body: { decisionNumber: '90/QĐ-UBND', decisionDate: '2026-11-16', decisionIssuer: 'UBND tỉnh Tây Ninh', level: 'province' },
    });
    const v = exampleScorecardPercent();
    const swap = (nodes: readonly ScorecardNode[]): ScorecardNode[] =>
      nodes.map((x) =>
        x.code === '1.2'
          ? {
              ...x,
              title: 'Mô hình "Dân vận khéo" được công nhận',
              method: { kind: 'derived', indicator: RECOGNISED_MODELS_INDICATOR, mapping: { kind: 'linear', zeroAt: 0, fullAt: 2 } },
            }
          : { ...x, ...(x.children ? { children: swap(x.children) } : {}) },
      );
    const { id: _id, decision: _d, name: _n, ...definition } = { ...v, nodes: swap(v.nodes) };
    const sc = (
      await coordinator.call('createScorecard', {
        body: {
          decisionNumber: 'DVK-THU/QĐ-UBND',
          decisionDate: '2026-01-15',
          name: 'Bộ tiêu chí thử có mô hình dân vận khéo',
          definition: definition as never,
        },
      })
    ).data;
    expect(sc.problems).toEqual([]);
    await coordinator.call('activateScorecard', { params: { id: sc.id }, body: { expectedVersion: sc.version } });
    const a = (await officer.call('openAssessment', { body: { unitId: stttt, year: 2026, scorecardId: sc.id } })).data;
    const saved = (await officer.call('saveSelfAssessment', { params: { id: a.id }, body: { expectedVersion: a.version, scores: [] } }))
      .data;
    // one recognised model of two for full points → 5 of 10
    expect(saved.indicators[RECOGNISED_MODELS_INDICATOR]).toBe(1);
    const nodes = (saved.result as unknown as { nodes: { code: string; self: number | null }[] }).nodes;
    expect(nodes.find((x) => x.code === '1.2')!.self).toBe(5);
  });

  it('loads the demo history on the tree before 1/7/2025 through the use cases, in several states', async () => {
    // This tree has no units of today: only the records of the old units (before the reorganisation) load.
    await loadMovementDemo(t.db.database, NOW);
    const all = (await coordinator.call('listModels', { query: { q: 'khu pho sach' } })).data;
    expect(all.map((m) => [m.state, m.registeredOn])).toEqual([['carrying_out', '2025-02-12']]);
    const recognised = (await coordinator.call('listModels', { query: { state: 'recognised', year: 2024 } })).data;
    expect(recognised.map((m) => m.decisionNumber).sort()).toEqual(['2980/QĐ-UBND', '3125/QĐ-UBND']);
    expect((await coordinator.call('listModels', { query: { q: 'dich vu cong truc tuyen' } })).data).toEqual([]);
    const people = (await coordinator.call('listExemplaryPeople', { query: { q: 'nguyen van tu' } })).data;
    expect(people[0]?.commendations.map((c) => c.form)).toEqual(['certificate_of_merit']);
  });
});
