import { describe, expect, it } from 'vitest';
import {
  complaintSourceFigures,
  conclusionSourceFigures,
  consolidateSourceFigures,
  groupOfSource,
  isReportSourceKey,
  modelSourceFigures,
  prefillReportValues,
  reportSourceAsOf,
  reportSourceOrigin,
  reportSourceRange,
} from './sources.ts';

const zero = { received: 0, inCompetence: 0, resolved: 0, resolvedOnTime: 0, pending: 0 };

describe('prefillReportValues', () => {
  const indicators = [
    { code: 'KN', source: 'complaints.received' },
    { code: 'GQ', source: 'complaints.resolved' },
    { code: 'DT', source: 'dialogues.held' },
    { code: 'TEXT', source: null },
  ];
  const readings = {
    'complaints.received': { value: 12, origin: 'Thống kê' },
    'complaints.resolved': { value: 9, origin: 'Thống kê' },
  };

  it('proposes a reading for each sourced indicator the officer left empty', () => {
    expect(prefillReportValues(indicators, {}, readings)).toEqual({
      KN: { value: 12, origin: 'Thống kê' },
      GQ: { value: 9, origin: 'Thống kê' },
    });
  });

  it('never overwrites a typed value, not even a typed zero', () => {
    expect(prefillReportValues(indicators, { KN: 0, GQ: '7' }, readings)).toEqual({});
  });

  it('treats an emptied field as not typed', () => {
    expect(Object.keys(prefillReportValues(indicators, { KN: '  ', GQ: null }, readings))).toEqual(['KN', 'GQ']);
  });

  it('proposes nothing where the source has no reading', () => {
    expect(prefillReportValues([{ code: 'DT', source: 'dialogues.held' }], {}, readings)).toEqual({});
  });
});

describe('complaintSourceFigures', () => {
  it('keeps citizen reception apart and sums complaints, denunciations and petitions', () => {
    const f = complaintSourceFigures([
      { kind: 'reception', ...zero, received: 40 },
      { kind: 'complaint', received: 10, inCompetence: 8, resolved: 7, resolvedOnTime: 6, pending: 1 },
      { kind: 'petition', received: 5, inCompetence: 5, resolved: 4, resolvedOnTime: 4, pending: 1 },
    ]);
    expect(f).toEqual({
      'complaints.reception': 40,
      'complaints.received': 15,
      'complaints.resolved': 11,
      'complaints.resolved_on_time': 10,
      'complaints.pending': 2,
    });
  });

  it('gives nothing when the unit entered no figures for the period (a missing figure is never zero)', () => {
    expect(complaintSourceFigures([])).toBeNull();
  });
});

describe('conclusionSourceFigures', () => {
  const q3 = reportSourceRange(2026, 'Q3');
  it('counts conclusions followed in the period by their state on the judging day', () => {
    const f = conclusionSourceFigures(
      [
        { heldOn: '2026-07-10', status: 'open', dueDate: '2026-12-01', closedOn: null },
        { heldOn: '2026-07-10', status: 'in_progress', dueDate: '2026-08-15', closedOn: null },
        { heldOn: '2026-05-02', status: 'done', dueDate: '2026-08-01', closedOn: '2026-07-20' },
        // closed before the quarter began: not followed in Q3
        { heldOn: '2026-02-02', status: 'done', dueDate: '2026-04-01', closedOn: '2026-03-20' },
        // held after the quarter: not yet in it
        { heldOn: '2026-10-02', status: 'open', dueDate: '2026-11-01', closedOn: null },
        { heldOn: '2026-07-10', status: 'explained', dueDate: '2026-08-01', closedOn: '2026-08-01' },
      ],
      q3,
      '2026-09-30',
    );
    expect(f).toEqual({ 'dialogues.conclusions_open': 1, 'dialogues.conclusions_overdue': 1, 'dialogues.conclusions_done': 1 });
  });

  it('judges a conclusion closed after the judging day as still open on it', () => {
    const f = conclusionSourceFigures(
      [{ heldOn: '2026-07-10', status: 'done', dueDate: '2026-08-01', closedOn: '2026-10-05' }],
      q3,
      '2026-09-30',
    );
    expect(f['dialogues.conclusions_overdue']).toBe(1);
    expect(f['dialogues.conclusions_done']).toBe(0);
  });
});

describe('modelSourceFigures', () => {
  it('counts models registered and recognised inside the period', () => {
    const range = reportSourceRange(2026, 'H1');
    expect(
      modelSourceFigures(
        [
          { registeredOn: '2026-02-01', state: 'recognised', decisionDate: '2026-06-30' },
          { registeredOn: '2025-11-01', state: 'recognised', decisionDate: '2026-01-01' },
          { registeredOn: '2026-03-01', state: 'carrying_out', decisionDate: null },
          { registeredOn: '2026-07-01', state: 'registered', decisionDate: null },
        ],
        range,
      ),
    ).toEqual({ 'movement.models_registered': 2, 'movement.models_recognised': 2 });
  });
});

describe('periods and wording', () => {
  it('covers the calendar period, an ad hoc report its year', () => {
    expect(reportSourceRange(2026, 'Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(reportSourceRange(2026, 'adhoc')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('judges today while the period runs and on its last day once it is over', () => {
    const q4 = reportSourceRange(2026, 'Q4');
    expect(reportSourceAsOf(q4, '2026-12-02')).toBe('2026-12-02');
    expect(reportSourceAsOf(reportSourceRange(2026, 'Q3'), '2026-12-02')).toBe('2026-09-30');
  });

  it('names the records in Vietnamese with the period', () => {
    expect(reportSourceOrigin('complaints', 2026, 'Q3')).toBe('Thống kê tiếp công dân, khiếu nại, tố cáo quý III năm 2026');
    expect(reportSourceOrigin('kpi', 2026, 'H1')).toBe('Theo dõi chỉ tiêu truyền thông 6 tháng đầu năm 2026');
  });

  it('knows its keys and their groups', () => {
    expect(isReportSourceKey('kpi.rows_met')).toBe(true);
    expect(isReportSourceKey('kpi.unknown')).toBe(false);
    expect(groupOfSource('dialogues.conclusions_overdue')).toBe('dialogues');
  });
});

describe('consolidateSourceFigures', () => {
  it('sums over units and counts the units that have a reading', () => {
    const got = consolidateSourceFigures([{ 'complaints.received': 3, 'dialogues.held': 1 }, { 'complaints.received': 4 }, {}]);
    expect(got).toEqual([
      { key: 'complaints.received', label: 'Số đơn khiếu nại, tố cáo, kiến nghị tiếp nhận', value: 7, unitsReported: 2 },
      { key: 'dialogues.held', label: 'Số cuộc đối thoại với Nhân dân đã tổ chức', value: 1, unitsReported: 1 },
    ]);
  });
});
