// The draft-saving rules of a report as an officer experiences them: nothing typed is lost, a copy left
// on this machine comes back, a conflict is never overwritten, a retry never saves twice.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reportDetail, type ReportDetailDto } from '@dvcq/shared';
import { ApiError } from '../../api/client.ts';
import {
  autosaves,
  classifySaveFailure,
  contentOf,
  draftReducer,
  keepsSaveId,
  needsSaveBeforeSubmit,
  openDraft,
  parseLocalCopy,
  retries,
  sameContent,
  toLocalCopy,
  typedErrors,
  valuesForSave,
  withPrefill,
  prefillNote,
  warnsBeforeLeaving,
  savesOnLeaving,
  type DraftStatus,
  type SaveState,
} from './draftState.ts';

/** A report as the server sends it (through the shared schema), for a department's six-month period. */
function report(
  over: {
    version?: number;
    canEdit?: boolean;
    values?: Record<string, number | string>;
    sections?: Record<string, string>;
    prefill?: Partial<ReportDetailDto['prefill']>;
  } = {},
): ReportDetailDto {
  return reportDetail.parse({
    id: randomUUID(),
    obligationId: randomUUID(),
    unit: { id: randomUUID(), code: 'TN.STTTT', name: 'Sở Thông tin và Truyền thông' },
    plan: { id: randomUUID(), number: '12/KH-BCTN', title: 'Kế hoạch năm 2025' },
    periodKind: 'H1',
    periodYear: 2025,
    periodLabel: 'Báo cáo 6 tháng đầu năm 2025',
    dueDate: '2025-05-20',
    deadlinePhrase: 'trước ngày 20/5/2025',
    dataWindow: null,
    firstSubmittedAt: null,
    status: 'draft',
    version: over.version ?? 3,
    sections: over.sections ?? { ND1: 'Cấp ủy thường xuyên phối hợp.' },
    values: over.values ?? { staff_total: 55, fine_amount: 68_750_000 },
    cutOffDate: '2025-05-10',
    attachments: [],
    signerName: null,
    signerTitle: null,
    submittedAt: null,
    updatedAt: '2025-05-11T02:00:00.000Z',
    updatedByName: 'Nguyễn Văn A',
    reopenedReason: null,
    form: {
      id: randomUUID(),
      planId: randomUUID(),
      planNumber: '12/KH-BCTN',
      planTitle: 'Kế hoạch năm 2025',
      periodKind: 'H1',
      periodYear: 2025,
      periodLabel: 'Báo cáo 6 tháng đầu năm 2025',
      title: 'Báo cáo công tác dân vận chính quyền',
      sections: [{ code: 'ND1', title: 'Công tác lãnh đạo', hint: null }],
      indicators: [
        { code: 'staff_total', name: 'Tổng số công chức', type: 'integer', rollup: 'sum' },
        { code: 'fine_amount', name: 'Tổng số tiền xử phạt', type: 'money', rollup: 'sum' },
      ],
      rules: [],
      version: 1,
      exists: true,
      updatedAt: null,
    },
    versions: [],
    reviews: [],
    problems: [],
    prefill: { values: {}, readings: {}, lists: [], ...over.prefill },
    can: { edit: over.canEdit ?? true, submit: false, review: false, reopen: false },
  });
}

const status = (state: SaveState, over: Partial<DraftStatus> = {}): DraftStatus => ({
  state,
  message: null,
  serverErrors: {},
  savedAt: null,
  restored: null,
  ...over,
});

describe('figures proposed from the unit’s records', () => {
  const origin = 'Thống kê tiếp công dân, khiếu nại, tố cáo quý III năm 2026';
  const proposing = (values: Record<string, number | string>, canEdit = true) =>
    report({
      values,
      canEdit,
      prefill: {
        values: 'staff_total' in values ? {} : { staff_total: { value: 1250, origin } },
        readings: { staff_total: { value: 1250, origin } },
      },
    });

  it('fills an empty field, shown as typed, and opens the draft as not yet saved', () => {
    const r = proposing({ fine_amount: 5 });
    const opened = openDraft(r, null);
    expect(opened.content.typed).toEqual({ staff_total: '1.250', fine_amount: '5' });
    expect(opened.status.state).toBe('dirty');
    expect(prefillNote(r, r.form!.indicators[0]!, '1.250')).toBe(`Lấy từ: ${origin}`);
  });

  it('never replaces a figure the officer typed, and says what the records hold instead', () => {
    const r = proposing({ staff_total: 1300 });
    expect(withPrefill(contentOf(r), r).added).toEqual([]);
    expect(openDraft(r, null).content.typed.staff_total).toBe('1.300');
    expect(prefillNote(r, r.form!.indicators[0]!, '1.300')).toBe(`Theo ${origin}: 1.250`);
    expect(prefillNote(r, r.form!.indicators[1]!, '5')).toBeNull();
  });

  it('proposes nothing once the report can no longer be edited', () => {
    const r = proposing({}, false);
    expect(openDraft(r, null).status.state).toBe('idle');
    expect(openDraft(r, null).content.typed.staff_total).toBe('');
  });
});

describe('opening a report', () => {
  it('shows the stored figures as they would be typed', () => {
    const r = report();
    expect(contentOf(r).typed).toEqual({ staff_total: '55', fine_amount: '68.750.000' });
    expect(openDraft(r, null)).toMatchObject({ content: contentOf(r), status: { state: 'idle', restored: null, savedAt: r.updatedAt } });
  });

  it('brings back what was typed on this machine on the same version and marks it unsaved', () => {
    const r = report();
    const typed = { ...contentOf(r), sections: { ND1: 'Đã quán triệt 05 văn bản.' } };
    const opened = openDraft(r, toLocalCopy(typed, r.version, new Date('2025-05-12T01:00:00Z')));
    expect(opened.content.sections.ND1).toBe('Đã quán triệt 05 văn bản.');
    expect(opened.status).toMatchObject({ state: 'dirty', restored: 'same' });
  });

  it('only offers a copy typed on an older version (someone saved since), keeping the server text on screen', () => {
    const r = report({ version: 4 });
    const typed = { ...contentOf(r), sections: { ND1: 'Bản cũ trên máy.' } };
    const opened = openDraft(r, toLocalCopy(typed, 3, new Date()));
    expect(opened.content).toEqual(contentOf(r));
    expect(opened.status).toMatchObject({ state: 'idle', restored: 'older' });
  });

  it('ignores a copy equal to the server text, and any copy once the report can no longer be edited', () => {
    const r = report();
    expect(openDraft(r, toLocalCopy(contentOf(r), 1, new Date())).status.restored).toBeNull();
    const locked = report({ canEdit: false });
    const typed = { ...contentOf(locked), sections: { ND1: 'Sửa sau khi gửi.' } };
    expect(openDraft(locked, toLocalCopy(typed, locked.version, new Date())).status.restored).toBeNull();
  });

  it('reads back a stored copy and survives a damaged one', () => {
    const r = report();
    const copy = toLocalCopy(contentOf(r), 3, new Date('2025-05-12T01:00:00Z'));
    expect(parseLocalCopy(JSON.stringify(copy))).toEqual(copy);
    expect(parseLocalCopy('{"sections":')).toBeNull();
    expect(parseLocalCopy('null')).toBeNull();
    expect(parseLocalCopy(null)).toBeNull();
  });
});

describe('saving', () => {
  const indicators = report().form!.indicators;

  it('sends what reads correctly and keeps the last saved value of a figure still being corrected', () => {
    const values = valuesForSave(indicators, { staff_total: '60', fine_amount: '68tr' }, { staff_total: 55, fine_amount: 68_750_000 });
    expect(values).toEqual({ staff_total: 60, fine_amount: 68_750_000 });
    expect(valuesForSave(indicators, { staff_total: '', fine_amount: '1.250.000' }, {})).toEqual({
      staff_total: null,
      fine_amount: 1_250_000,
    });
  });

  it('shows the problem next to a figure at once, before any save', () => {
    expect(typedErrors(indicators, { staff_total: '55', fine_amount: '68tr' })).toEqual({
      fine_amount: 'Số tiền phải là số đồng, ví dụ 68.750.000',
    });
  });

  it('notices when nothing changed since the last save', () => {
    const c = contentOf(report());
    expect(sameContent(c, { ...c, typed: { ...c.typed } })).toBe(true);
    expect(sameContent(c, { ...c, cutOffDate: '2025-05-11' })).toBe(false);
  });

  it('goes dirty on typing, saving, then saved; typing during the save leaves it dirty', () => {
    let s = draftReducer(status('idle'), { type: 'edited' });
    expect(s.state).toBe('dirty');
    s = draftReducer(s, { type: 'saving' });
    expect(s.state).toBe('saving');
    expect(draftReducer(s, { type: 'saved', savedAt: '2025-05-12T03:00:00Z', dirtyAgain: false })).toMatchObject({
      state: 'saved',
      savedAt: '2025-05-12T03:00:00Z',
    });
    expect(draftReducer(s, { type: 'saved', savedAt: '2025-05-12T03:00:00Z', dirtyAgain: true }).state).toBe('dirty');
  });

  it('keeps a conflict on screen while the person types, and never autosaves over it', () => {
    const conflict = draftReducer(status('saving'), {
      type: 'failed',
      failure: classifySaveFailure(new ApiError(409, 'report.version_conflict', 'Báo cáo vừa được người khác sửa.')),
    });
    expect(conflict).toMatchObject({ state: 'conflict', message: 'Báo cáo vừa được người khác sửa.' });
    expect(draftReducer(conflict, { type: 'edited' }).state).toBe('conflict');
    expect(autosaves('conflict')).toBe(false);
    expect(autosaves('dirty')).toBe(true);
  });

  it("puts a refused draft's messages next to the fields and waits for corrections instead of retrying", () => {
    const failure = classifySaveFailure(
      new ApiError(400, 'validation', 'Dữ liệu chưa hợp lệ.', { 'values.staff_total': 'Giá trị không được âm' }),
    );
    const s = draftReducer(status('saving'), { type: 'failed', failure });
    expect(s).toMatchObject({ state: 'error', serverErrors: { 'values.staff_total': 'Giá trị không được âm' } });
    expect(retries(s)).toBe(false);
    expect(keepsSaveId(failure)).toBe(false);
  });

  it('retries when the server could not be reached, with the same save id so it is stored once', () => {
    for (const error of [
      new ApiError(0, 'network', 'Không kết nối được máy chủ.'),
      new ApiError(503, 'unavailable', 'Hệ thống đang bận.'),
      new TypeError('Failed to fetch'),
    ]) {
      const failure = classifySaveFailure(error);
      expect(failure.kind).toBe('transient');
      expect(keepsSaveId(failure)).toBe(true);
      const s = draftReducer(status('saving'), { type: 'failed', failure });
      expect(s.state).toBe('error');
      expect(s.message).toBeTruthy();
      expect(retries(s)).toBe(true);
    }
    expect(classifySaveFailure(new TypeError('Failed to fetch')).message).toBe(
      'Chưa lưu được lên máy chủ; nội dung vẫn được giữ trên máy này và sẽ thử lại.',
    );
  });

  it('after a workflow step or a reload takes the server version as the base, or keeps what was typed', () => {
    const failed = status('error', { message: 'x', serverErrors: { cutOffDate: 'Bắt buộc' } });
    expect(draftReducer(failed, { type: 'reset', savedAt: 't', keepLocal: false })).toMatchObject({
      state: 'saved',
      message: null,
      serverErrors: {},
    });
    expect(draftReducer(failed, { type: 'reset', savedAt: 't', keepLocal: true }).state).toBe('dirty');
  });

  it('warns before leaving only while the text is not on the server, and saves before submitting', () => {
    expect((['dirty', 'saving', 'error'] as SaveState[]).every(warnsBeforeLeaving)).toBe(true);
    expect((['idle', 'saved', 'conflict'] as SaveState[]).some(warnsBeforeLeaving)).toBe(false);
    // Leaving sends unsaved text at once; a save on its way, a conflict or nothing typed send nothing more.
    expect((['dirty', 'error'] as SaveState[]).every(savesOnLeaving)).toBe(true);
    expect((['idle', 'saved', 'saving', 'conflict'] as SaveState[]).some(savesOnLeaving)).toBe(false);
    expect(needsSaveBeforeSubmit('saved')).toBe(false);
    expect(needsSaveBeforeSubmit('idle')).toBe(false);
    expect(needsSaveBeforeSubmit('dirty')).toBe(true);
  });

  it('closes the offer of an older copy when dismissed', () => {
    expect(draftReducer(status('idle', { restored: 'older' }), { type: 'restoredDismissed' }).restored).toBeNull();
  });
});
