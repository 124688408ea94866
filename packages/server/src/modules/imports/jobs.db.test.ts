// Import jobs through the HTTP API on a real database: a long read (OCR of an image) runs off the
// request thread with progress and cancel, a text file becomes a plan or a report draft proposal,
// hostile files (zip bombs) are refused at once with their own codes and the server keeps answering,
// a job is only its owner's, and a job of an instance that died is failed with its own code.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJobDto } from '@dvcq/shared';
import { docxBomb, lyingDocxBomb, xlsxBomb } from '@dvcq/extractor/src/testing/zip-bombs.ts';
import { speckledPng as png } from '@dvcq/extractor/src/testing/png.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { publishedPlan, reportForm } from '../../testing/factories.ts';
import { FORM_SECTIONS, INDICATORS_2025, SEED_RULES } from '../../demo/demo-reports.ts';
import { createImportJobsRepository } from './jobs.repository.ts';

const seed = (name: string) => readFileSync(new URL(`../../../../../fixtures/seeds/${name}`, import.meta.url));

describe('import jobs', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let root: string;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.login('snv.dieuphoi');
    root = await t.unitId('TN');
  });
  afterAll(() => t.close());

  const startPlan = (filename: string, content: Buffer, client = coordinator) =>
    client.call('startImportJob', { query: { kind: 'plan', issuerUnitId: root }, file: { filename, content } });

  /** Polls until the job reaches one of `states` (waits for a state, never for a time). */
  async function until(client: TestClient, id: string, states: ImportJobDto['status'][], seen: ImportJobDto[] = []): Promise<ImportJobDto> {
    for (;;) {
      const job = (await client.call('getImportJob', { params: { id } })).data;
      seen.push(job);
      if (states.includes(job.status)) return job;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('reads a plan file as a job: queued at once, then done with the proposal, confidences and restored diacritics', async () => {
    const started = await startPlan('469-KH-STTTT.txt', seed('2023-KH-469-STTTT-plan-ocr.txt'));
    expect(started.statusCode).toBe(201);
    expect(['queued', 'running', 'done']).toContain(started.data.status);
    const job = await until(coordinator, started.data.id, ['done', 'failed']);
    expect(job.error).toBeNull();
    const r = job.planResult!;
    expect(r.extraction.number).toBe('469/KH-STTTT');
    expect(r.proposal.milestones.length).toBe(r.extraction.deadlines.length);
    // Every header field has a confidence; an empty one has none (nothing invented).
    expect(r.fields.number!.confidence).toBeGreaterThan(0.5);
    for (const f of Object.values(r.fields)) expect(f.confidence === null || (f.confidence >= 0 && f.confidence <= 1)).toBe(true);
    // OCR text without diacritics: the restored text and each restored word, to see and undo.
    expect(r.ocr).toBe(true);
    expect(r.restoration!.words.length).toBeGreaterThan(10);
    expect(r.restoration!.text.length).toBe(r.text.length);
    const w = r.restoration!.words[0]!;
    expect(r.text.slice(w.start, w.end)).toBe(w.from);
    expect(job.progress).toBe(100);
    // The file is dropped once the job ends.
    expect(await createImportJobsRepository(t.deps.database.db).hasInput(job.id)).toBe(false);
  });

  it('a job is its owner’s: others get not found; outsiders cannot start one for a unit they do not draft for', async () => {
    const started = await startPlan('kh.txt', seed('2025-KH-696-UBND-province-plan.txt'));
    const other = await t.login('stttt.canbo');
    expect((await other.call('getImportJob', { params: { id: started.data.id } })).error.code).toBe('import.job_not_found');
    expect((await other.call('cancelImportJob', { params: { id: started.data.id } })).statusCode).toBe(404);
    expect((await startPlan('kh.txt', seed('2025-KH-696-UBND-province-plan.txt'), other)).statusCode).toBe(403);
    expect((await coordinator.call('getImportJob', { params: { id: randomUUID() } })).statusCode).toBe(404);
    await until(coordinator, started.data.id, ['done', 'failed']);
    expect((await coordinator.call('cancelImportJob', { params: { id: started.data.id } })).error.code).toBe('import.job_finished');
  });

  it('refuses zip bombs at once with their own codes, writes no job, and keeps serving', async () => {
    const bomb = await docxBomb(200);
    const a = await startPlan('ke-hoach.docx', bomb);
    expect(a.statusCode).toBe(413);
    expect(a.error.code).toBe('import.unpacked_too_large');
    expect(a.error.message).toMatch(/giải nén/);
    const b = await coordinator.call('extractDocument', {
      query: { issuerUnitId: root },
      file: { filename: 'ke-hoach.docx', content: bomb },
    });
    expect(b.statusCode).toBe(413);
    expect(b.error.code).toBe('import.unpacked_too_large');
    const c = await startPlan('ke-hoach.docx', await lyingDocxBomb(200));
    expect(c.error.code).toBe('import.suspicious_compression');
    const d = await startPlan('anh.bin', Buffer.from([0, 1, 2, 3, 4, 5, 0, 0, 9]));
    expect(d.error.code).toBe('import.unsupported_type');
    // The scorecard workbook upload is bounded the same way before ExcelJS unpacks it.
    const e = await coordinator.call('importScorecardXlsx', { file: { filename: 'tieu-chi.xlsx', content: await xlsxBomb(200) } });
    expect(e.statusCode).toBe(413);
    expect(e.error.code).toBe('import.unpacked_too_large');
    expect((await t.anonymous.call('getHealth', {})).statusCode).toBe(200);
  });

  it('reads a scanned image through OCR off the request thread, with progress, and ends with its own code when nothing is legible', async () => {
    const started = await startPlan('scan.png', png(600, 400));
    expect(started.statusCode).toBe(201);
    const seen: ImportJobDto[] = [];
    const job = await until(coordinator, started.data.id, ['done', 'failed'], seen);
    expect(job.status).toBe('failed');
    expect(job.error!.code).toBe('import.ocr_failed');
    expect(job.error!.message).toMatch(/nhận dạng/);
    // Meanwhile the server answered other requests.
    expect((await coordinator.call('listPlans', { query: { year: 2026 } })).statusCode).toBe(200);
  });

  it('cancels a running OCR job; the same person may start at most three at once', async () => {
    const big = png(2400, 3200);
    const first = (await startPlan('scan-1.png', big)).data;
    const more = [await startPlan('scan-2.png', big), await startPlan('scan-3.png', big)];
    const fourth = await startPlan('scan-4.png', big);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.error.code).toBe('import.too_many_jobs');
    await until(coordinator, first.id, ['running', 'done', 'failed']);
    const cancelled = await coordinator.call('cancelImportJob', { params: { id: first.id } });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.data.cancelRequested).toBe(true);
    const end = await until(coordinator, first.id, ['cancelled', 'done', 'failed']);
    expect(end.status).toBe('cancelled');
    expect(end.error!.code).toBe('import.cancelled');
    for (const m of more) {
      await coordinator.call('cancelImportJob', { params: { id: m.data.id } });
      expect((await until(coordinator, m.data.id, ['cancelled', 'done', 'failed'])).status).toBe('cancelled');
    }
  });

  it('fails a job whose instance stopped beating with import.job_interrupted', async () => {
    const repo = createImportJobsRepository(t.deps.database.db);
    const user = (await coordinator.call('getCurrentUser', {})).data.user;
    const id = randomUUID();
    const long = new Date(Date.now() - 3600_000);
    await repo.insert({
      id,
      kind: 'plan',
      status: 'running',
      createdBy: user.id,
      unitId: root,
      filename: 'mat-ket-noi.pdf',
      sizeBytes: 3,
      input: Buffer.from('abc'),
      lockedBy: 'another-instance',
      heartbeatAt: long,
      startedAt: long,
      createdAt: long,
    });
    // Any look for work (here: another job started) reaps it.
    const other = await startPlan('kh.txt', seed('2025-KH-696-UBND-province-plan.txt'));
    const job = await until(coordinator, id, ['failed', 'done']);
    expect(job.error!.code).toBe('import.job_interrupted');
    expect(await repo.hasInput(id)).toBe(false);
    await until(coordinator, other.data.id, ['done', 'failed']);
  });

  it('turns a unit’s report file into a draft of that report: narrative per content area, figures with their cut-off date', async () => {
    t.setNow(new Date('2025-05-12T03:00:00Z'));
    try {
      const plan = await publishedPlan(t, {
        issuerCode: 'TN',
        year: 2025,
        number: '77/KH-NHAP',
        title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2025',
        milestones: [
          {
            title: 'Báo cáo 6 tháng',
            dueDate: '2025-05-20',
            inclusive: false,
            deliverableKind: 'period_report',
            periodKind: 'H1',
            periodYear: 2025,
            unitKinds: ['department'],
          },
        ],
      });
      const obligationId = await plan.obligationIdOf(0, 'TN.STTTT');
      const officer = await t.login('stttt.canbo');
      const start = (client: TestClient) =>
        client.call('startImportJob', {
          query: { kind: 'report', obligationId },
          file: { filename: 'bao-cao.txt', content: seed('2024-BC-STTTT-report-ocr.txt') },
        });
      // No form yet: nothing to fill.
      expect((await start(officer)).error.code).toBe('import.report_form_missing');
      await reportForm(t, {
        planId: plan.planId,
        periodKind: 'H1',
        periodYear: 2025,
        sections: FORM_SECTIONS,
        indicators: INDICATORS_2025,
        rules: SEED_RULES,
      });
      // Another unit's officer may not draft this report.
      expect((await start(await t.login('tptn.canbo'))).statusCode).toBe(403);

      const started = await start(officer);
      expect(started.statusCode).toBe(201);
      const job = await until(officer, started.data.id, ['done', 'failed']);
      const r = job.reportResult!;
      expect(r.areas.length).toBeGreaterThan(1);
      expect(r.indicators.length).toBeGreaterThan(0);
      expect(r.indicators.every((i) => i.asOf === null || /^\d{4}-\d{2}-\d{2}$/.test(i.asOf))).toBe(true);
      // Matched areas fill form sections with the report's own words; figures fill numeric indicators.
      const codes = new Set(FORM_SECTIONS.map((s) => s.code));
      expect(Object.keys(r.proposal.sections).length).toBeGreaterThan(0);
      for (const [code, text] of Object.entries(r.proposal.sections)) {
        expect(codes.has(code)).toBe(true);
        expect(r.areas.some((a) => a.sectionCode === code && text.includes(a.narrative))).toBe(true);
      }
      for (const [code, v] of Object.entries(r.proposal.values)) {
        expect(r.indicators.some((i) => i.indicatorCode === code && i.value === v)).toBe(true);
      }
      // The figures the report states unambiguously, as it states them; "55 … công chức" and "25 công chức"
      // fit "Số công chức" equally, so neither is proposed (nothing invented).
      expect(r.proposal.values).toMatchObject({ staff_contract: 11, inspections: 7, violating_subscribers: 358, penalty_decisions: 1 });
      expect(r.proposal.values.staff_civil).toBeUndefined();
      expect(r.proposal.cutOffDate).toBe('2024-10-28');
      // The officer saves it as the report's draft through the ordinary endpoint.
      const saved = await officer.call('saveReportDraft', {
        params: { obligationId },
        body: {
          expectedVersion: 0,
          saveId: `import-${job.id}`,
          sections: r.proposal.sections,
          values: r.proposal.values,
          cutOffDate: r.proposal.cutOffDate,
        },
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.data.status).toBe('draft');
    } finally {
      t.setNow(null);
    }
  });
});
