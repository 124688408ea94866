import { describe, expect, it } from 'vitest';
import {
  ancestorsInLineage,
  applyOrgEvents,
  ceasedOn,
  diffOnDate,
  lineageOf,
  normaliseVersions,
  placeVersions,
  treeAsOf,
  unitAsOf,
  versionForData,
  type NewUnitSpec,
  type OrgEvent,
  type OrgHistory,
  type UnitVersion,
} from './temporal.ts';

const v = (
  unitId: string,
  name: string,
  parentId: string | null,
  kind: UnitVersion['kind'],
  validFrom = '2020-01-01',
  validTo: string | null = null,
) => ({
  unitId,
  name,
  code: unitId.toUpperCase(),
  kind,
  parentId,
  validFrom,
  validTo,
});

// Old Tây Ninh in miniature: province, a district with three communes, a town with one, a department.
const base = (): OrgHistory => ({
  versions: [
    v('tn', 'UBND tỉnh Tây Ninh', null, 'province'),
    v('snv', 'Sở Nội vụ', 'tn', 'department'),
    v('bc', 'UBND huyện Bến Cầu', 'tn', 'district'),
    v('lt', 'UBND xã Long Thuận', 'bc', 'commune'),
    v('lg', 'UBND xã Long Giang', 'bc', 'commune'),
    v('tt', 'UBND thị trấn Bến Cầu', 'bc', 'commune'),
    v('tc', 'UBND huyện Tân Châu', 'tn', 'district'),
    v('tth', 'UBND xã Tân Thành', 'tc', 'commune'),
  ],
  edges: [],
});

const unit = (unitId: string, name: string, parentId: string | null, kind: NewUnitSpec['kind'] = 'commune'): NewUnitSpec => ({
  unitId,
  name,
  code: unitId.toUpperCase(),
  kind,
  parentId,
});

const apply = (h: OrgHistory, events: OrgEvent[]) => {
  const r = applyOrgEvents(h, events);
  expect(r.problems).toEqual([]);
  return r.history;
};

const names = (h: OrgHistory, date: string) => treeAsOf(h, date).map((u) => u.name);

describe('unitAsOf and treeAsOf', () => {
  it('reads the version that held on the day, with paths as of that day', () => {
    const h = base();
    expect(unitAsOf(h, 'lt', '2024-05-01')?.name).toBe('UBND xã Long Thuận');
    expect(unitAsOf(h, 'lt', '2019-12-31')).toBeNull();
    const lt = treeAsOf(h, '2024-05-01').find((u) => u.unitId === 'lt')!;
    expect(lt.path).toBe('/tn/bc/lt/');
    expect(lt.depth).toBe(2);
    expect(treeAsOf(h, '2024-05-01')[0]!.unitId).toBe('tn');
  });

  it('lists a unit whose parent did not exist that day as a root rather than dropping it', () => {
    const h: OrgHistory = { versions: [v('a', 'A', 'ghost', 'commune')], edges: [] };
    expect(treeAsOf(h, '2024-01-01')).toMatchObject([{ unitId: 'a', path: '/a/', depth: 0 }]);
  });

  it('cuts a cycle in bad data instead of hanging', () => {
    const h: OrgHistory = { versions: [v('a', 'A', 'b', 'commune'), v('b', 'B', 'a', 'commune')], edges: [] };
    expect(treeAsOf(h, '2024-01-01')).toHaveLength(2);
  });
});

describe('versionForData (names printed beside past data)', () => {
  it('takes the version of the day, else the last one before it, else the first', () => {
    const h = apply(base(), [
      { id: 'r', kind: 'rename', effectiveDate: '2024-01-01', unitId: 'tt', name: 'Tên 2024' },
      { id: 'd', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'tt' },
    ]);
    expect(versionForData(h, 'tt', '2023-06-30')?.name).toBe('UBND thị trấn Bến Cầu');
    expect(versionForData(h, 'tt', '2025-12-31')?.name).toBe('Tên 2024');
    expect(versionForData(h, 'tt', '2010-01-01')?.name).toBe('UBND thị trấn Bến Cầu');
    expect(versionForData(h, 'nope', '2024-01-01')).toBeNull();
  });
});

describe('each event kind', () => {
  it('establish: the unit exists from its effective date, under its parent', () => {
    const h = apply(base(), [{ id: 'e1', kind: 'establish', effectiveDate: '2024-03-01', unit: unit('new', 'UBND xã Mới', 'bc') }]);
    expect(unitAsOf(h, 'new', '2024-02-29')).toBeNull();
    expect(treeAsOf(h, '2024-03-01').find((u) => u.unitId === 'new')?.path).toBe('/tn/bc/new/');
  });

  it('rename: the old name holds up to the day before, the new one from the effective date', () => {
    const h = apply(base(), [{ id: 'e1', kind: 'rename', effectiveDate: '2024-07-01', unitId: 'tt', name: 'UBND thị trấn Bến Cầu mới' }]);
    expect(unitAsOf(h, 'tt', '2024-06-30')?.name).toBe('UBND thị trấn Bến Cầu');
    expect(unitAsOf(h, 'tt', '2024-07-01')?.name).toBe('UBND thị trấn Bến Cầu mới');
    expect(h.versions.filter((x) => x.unitId === 'tt')).toHaveLength(2);
    expect(h.edges).toEqual([]);
  });

  it('move: the unit and its whole subtree stand under the new parent from the effective date', () => {
    const h = apply(base(), [{ id: 'e1', kind: 'move', effectiveDate: '2025-07-01', unitId: 'bc', parentId: 'snv' }]);
    const path = (d: string) => treeAsOf(h, d).find((u) => u.unitId === 'lt')!.path;
    expect(path('2025-06-30')).toBe('/tn/bc/lt/');
    expect(path('2025-07-01')).toBe('/tn/snv/bc/lt/');
  });

  it('merge into a new unit: whole sources cease, the new unit exists, one edge per source', () => {
    const h = apply(base(), [
      {
        id: 'm1',
        kind: 'merge',
        effectiveDate: '2025-07-01',
        sources: [
          { unitId: 'lt', whole: true },
          { unitId: 'lg', whole: true },
        ],
        into: { newUnit: unit('lc', 'UBND xã Long Chữ', 'tn') },
      },
    ]);
    expect(unitAsOf(h, 'lt', '2025-06-30')?.name).toBe('UBND xã Long Thuận');
    expect(unitAsOf(h, 'lt', '2025-07-01')).toBeNull();
    expect(ceasedOn(h, 'lt')).toBe('2025-07-01');
    expect(ceasedOn(h, 'lc')).toBeNull();
    expect(lineageOf(h, 'lc').predecessors.map((e) => [e.fromUnitId, e.kind, e.whole, e.date])).toEqual([
      ['lt', 'merge', true, '2025-07-01'],
      ['lg', 'merge', true, '2025-07-01'],
    ]);
    expect(lineageOf(h, 'lt').successors.map((e) => e.toUnitId)).toEqual(['lc']);
  });

  it('merge into a surviving unit: the survivor carries on unchanged', () => {
    const h = apply(base(), [
      { id: 'm1', kind: 'merge', effectiveDate: '2025-07-01', sources: [{ unitId: 'lg', whole: true }], into: { existingUnitId: 'lt' } },
    ]);
    expect(unitAsOf(h, 'lt', '2025-07-01')?.name).toBe('UBND xã Long Thuận');
    expect(h.versions.filter((x) => x.unitId === 'lt')).toHaveLength(1);
    expect(unitAsOf(h, 'lg', '2025-07-01')).toBeNull();
  });

  it('split: the source ceases and each part is a new unit with a partial edge', () => {
    const h = apply(base(), [
      {
        id: 's1',
        kind: 'split',
        effectiveDate: '2025-01-01',
        unitId: 'tth',
        sourceContinues: false,
        into: [unit('tth1', 'UBND xã Tân Thành A', 'tc'), unit('tth2', 'UBND xã Tân Thành B', 'tc')],
      },
    ]);
    expect(unitAsOf(h, 'tth', '2025-01-01')).toBeNull();
    expect(lineageOf(h, 'tth').successors.map((e) => [e.toUnitId, e.whole])).toEqual([
      ['tth1', false],
      ['tth2', false],
    ]);
  });

  it('split off a part while the source carries on', () => {
    const h = apply(base(), [
      {
        id: 's1',
        kind: 'split',
        effectiveDate: '2025-01-01',
        unitId: 'tth',
        sourceContinues: true,
        into: [unit('tth2', 'UBND xã Tân Thành B', 'tc')],
      },
    ]);
    expect(unitAsOf(h, 'tth', '2025-01-01')).not.toBeNull();
    expect(unitAsOf(h, 'tth2', '2025-01-01')).not.toBeNull();
  });

  it('partial transfer: both units carry on, linked by a partial edge', () => {
    const h = apply(base(), [{ id: 't1', kind: 'transfer', effectiveDate: '2025-03-01', fromUnitId: 'lg', toUnitId: 'tt' }]);
    expect(unitAsOf(h, 'lg', '2025-03-01')).not.toBeNull();
    expect(lineageOf(h, 'tt').predecessors).toMatchObject([{ fromUnitId: 'lg', kind: 'transfer', whole: false, date: '2025-03-01' }]);
  });

  it('dissolve: the unit ends the day before, with its successor recorded', () => {
    const h = apply(base(), [
      { id: 'd1', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'snv', successorId: 'tn' },
      { id: 'd2', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'tth', successorId: null },
    ]);
    expect(unitAsOf(h, 'snv', '2025-06-30')).not.toBeNull();
    expect(unitAsOf(h, 'snv', '2025-07-01')).toBeNull();
    expect(lineageOf(h, 'tn').predecessors).toMatchObject([{ fromUnitId: 'snv', kind: 'dissolve', whole: true }]);
    expect(lineageOf(h, 'tth').successors).toEqual([]);
  });
});

describe('batches as the 2025 reorganisation used them', () => {
  // Resolution 1682 pattern: "Sắp xếp toàn bộ … của xã A, B và một phần … của xã C thành xã mới D",
  // the rest of C into E; districts abolished the same day.
  const reorganisation = (): OrgEvent[] => [
    {
      id: 'r1',
      kind: 'merge',
      effectiveDate: '2025-07-01',
      sources: [
        { unitId: 'lt', whole: true },
        { unitId: 'lg', whole: true },
        { unitId: 'tt', whole: false },
      ],
      into: { newUnit: unit('xbc', 'UBND xã Bến Cầu', 'tn') },
    },
    {
      id: 'r2',
      kind: 'merge',
      effectiveDate: '2025-07-01',
      sources: [
        { unitId: 'tt', whole: true },
        { unitId: 'tth', whole: true },
      ],
      into: { newUnit: unit('xtt', 'UBND xã Tân Thành', 'tn') },
    },
    { id: 'r3', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'bc', successorId: null },
    { id: 'r4', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'tc', successorId: null },
  ];

  it('leaves no district and only the new communes from the effective date; the old tree stays readable', () => {
    const h = apply(base(), reorganisation());
    expect(names(h, '2025-07-01')).toEqual(['UBND tỉnh Tây Ninh', 'Sở Nội vụ', 'UBND xã Bến Cầu', 'UBND xã Tân Thành']);
    expect(treeAsOf(h, '2025-07-01').filter((u) => u.kind === 'district')).toEqual([]);
    expect(names(h, '2024-12-31')).toEqual(names(base(), '2024-12-31'));
    // The town gave a part to Bến Cầu and the rest (whole) to Tân Thành.
    expect(lineageOf(h, 'tt').successors.map((e) => [e.toUnitId, e.whole])).toEqual([
      ['xbc', false],
      ['xtt', true],
    ]);
  });

  it('refuses to dissolve a district while communes still stand under it, and applies nothing', () => {
    const r = applyOrgEvents(base(), [
      { id: 'x', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'bc' },
      { id: 'y', kind: 'rename', effectiveDate: '2025-07-01', unitId: 'snv', name: 'Sở Nội vụ mới' },
    ]);
    expect(r.problems).toMatchObject([{ code: 'org.event_open_children', eventIndex: 0, unitId: 'bc' }]);
    expect(r.problems[0]!.message).toContain('UBND huyện Bến Cầu');
    expect(r.history.versions).toEqual(base().versions);
  });

  it('a part of a unit that ceased earlier the same day (by a previous event of the batch) may still be taken', () => {
    const h = apply(base(), [
      {
        id: 'a',
        kind: 'merge',
        effectiveDate: '2025-07-01',
        sources: [{ unitId: 'tt', whole: true }],
        into: { newUnit: unit('n1', 'N1', 'tn') },
      },
      {
        id: 'b',
        kind: 'merge',
        effectiveDate: '2025-07-01',
        sources: [
          { unitId: 'lt', whole: true },
          { unitId: 'tt', whole: false },
        ],
        into: { newUnit: unit('n2', 'N2', 'tn') },
      },
    ]);
    expect(lineageOf(h, 'tt').successors.map((e) => [e.toUnitId, e.whole])).toEqual([
      ['n1', true],
      ['n2', false],
    ]);
    // …but not a unit gone before the effective date.
    const r = applyOrgEvents(h, [
      {
        id: 'c',
        kind: 'merge',
        effectiveDate: '2025-08-01',
        sources: [
          { unitId: 'lg', whole: true },
          { unitId: 'tt', whole: false },
        ],
        into: { newUnit: unit('n3', 'N3', 'tn') },
      },
    ]);
    expect(r.problems.map((p) => p.code)).toEqual(['org.event_unit_missing']);
  });

  it('merge of merges: the lineage reaches every original unit', () => {
    const h = apply(base(), [
      {
        id: 'a',
        kind: 'merge',
        effectiveDate: '2024-01-01',
        sources: [
          { unitId: 'lt', whole: true },
          { unitId: 'lg', whole: true },
        ],
        into: { newUnit: unit('ab', 'AB', 'bc') },
      },
      {
        id: 'b',
        kind: 'merge',
        effectiveDate: '2025-07-01',
        sources: [
          { unitId: 'ab', whole: true },
          { unitId: 'tt', whole: true },
        ],
        into: { newUnit: unit('abc', 'ABC', 'bc') },
      },
    ]);
    expect(
      ancestorsInLineage(h, 'abc')
        .map((x) => x.unitId)
        .sort(),
    ).toEqual(['ab', 'lg', 'lt', 'tt']);
    expect(unitAsOf(h, 'ab', '2024-06-01')?.name).toBe('AB');
    expect(unitAsOf(h, 'ab', '2025-07-01')).toBeNull();
  });

  it('a partial source makes the whole lineage partial', () => {
    const h = apply(base(), reorganisation());
    expect(ancestorsInLineage(h, 'xbc')).toEqual(
      expect.arrayContaining([
        { unitId: 'lt', whole: true },
        { unitId: 'tt', whole: false },
      ]),
    );
  });

  it('rename and move on the same day make one new version', () => {
    const h = apply(base(), [
      { id: 'a', kind: 'rename', effectiveDate: '2025-07-01', unitId: 'tt', name: 'UBND phường Bến Cầu', kindTo: 'commune' },
      { id: 'b', kind: 'move', effectiveDate: '2025-07-01', unitId: 'tt', parentId: 'tn' },
    ]);
    const versions = h.versions.filter((x) => x.unitId === 'tt');
    expect(versions).toHaveLength(2);
    expect(versions[1]).toMatchObject({ name: 'UBND phường Bến Cầu', parentId: 'tn', validFrom: '2025-07-01', validTo: null });
    expect(versions[0]).toMatchObject({ name: 'UBND thị trấn Bến Cầu', parentId: 'bc', validTo: '2025-06-30' });
  });

  it('an event dated in the past reaches later versions that still carried the old value, and stops at a later change', () => {
    let h = apply(base(), [{ id: 'move', kind: 'move', effectiveDate: '2025-07-01', unitId: 'tt', parentId: 'tn' }]);
    h = apply(h, [{ id: 'later-rename', kind: 'rename', effectiveDate: '2026-01-01', unitId: 'tt', name: 'Tên 2026' }]);
    // Recorded today, effective in 2024: the 2024–2025 versions take it; the 2026 rename stands.
    h = apply(h, [{ id: 'past', kind: 'rename', effectiveDate: '2024-01-01', unitId: 'tt', name: 'Tên 2024' }]);
    expect(unitAsOf(h, 'tt', '2023-12-31')?.name).toBe('UBND thị trấn Bến Cầu');
    expect(unitAsOf(h, 'tt', '2024-01-01')).toMatchObject({ name: 'Tên 2024', parentId: 'bc' });
    expect(unitAsOf(h, 'tt', '2025-07-01')).toMatchObject({ name: 'Tên 2024', parentId: 'tn' });
    expect(unitAsOf(h, 'tt', '2026-01-01')?.name).toBe('Tên 2026');
  });

  it('refuses to end a unit before a change already recorded for it', () => {
    const h = apply(base(), [{ id: 'a', kind: 'rename', effectiveDate: '2025-07-01', unitId: 'tth', name: 'Tân Thành mới' }]);
    const r = applyOrgEvents(h, [{ id: 'b', kind: 'dissolve', effectiveDate: '2025-01-01', unitId: 'tth' }]);
    expect(r.problems).toMatchObject([{ code: 'org.event_changed_later', unitId: 'tth' }]);
  });

  it('a closing recorded as a correction drops what was recorded for the unit after it', () => {
    const h = apply(base(), [{ id: 'a', kind: 'rename', effectiveDate: '2025-07-01', unitId: 'tth', name: 'Tân Thành mới' }]);
    const closed = apply(h, [{ id: 'b', kind: 'dissolve', effectiveDate: '2025-01-01', unitId: 'tth', discardLater: true }]);
    expect(closed.versions.filter((x) => x.unitId === 'tth')).toMatchObject([{ validTo: '2024-12-31', name: 'UBND xã Tân Thành' }]);
  });

  it('events in one batch see the effects of the events before them', () => {
    const h = apply(base(), [
      { id: 'a', kind: 'move', effectiveDate: '2025-07-01', unitId: 'lt', parentId: 'tn' },
      { id: 'b', kind: 'move', effectiveDate: '2025-07-01', unitId: 'lg', parentId: 'tn' },
      { id: 'c', kind: 'move', effectiveDate: '2025-07-01', unitId: 'tt', parentId: 'tn' },
      { id: 'd', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'bc' },
    ]);
    expect(unitAsOf(h, 'bc', '2025-07-01')).toBeNull();
    expect(treeAsOf(h, '2025-07-01').find((u) => u.unitId === 'lt')?.path).toBe('/tn/lt/');
  });
});

describe('validation', () => {
  const problems = (events: OrgEvent[], h = base()) => applyOrgEvents(h, events).problems.map((p) => p.code);

  it('names each refusal with a stable code and a Vietnamese message', () => {
    expect(problems([{ id: 'a', kind: 'rename', effectiveDate: '2025-02-30', unitId: 'lt', name: 'X' }])).toEqual(['org.event_bad_date']);
    expect(problems([{ id: 'a', kind: 'rename', effectiveDate: '2025-01-01', unitId: 'nope', name: 'X' }])).toEqual([
      'org.event_unit_missing',
    ]);
    expect(problems([{ id: 'a', kind: 'rename', effectiveDate: '2019-01-01', unitId: 'lt', name: 'X' }])).toEqual([
      'org.event_unit_missing',
    ]);
    expect(problems([{ id: 'a', kind: 'rename', effectiveDate: '2025-01-01', unitId: 'lt', name: 'UBND xã Long Thuận' }])).toEqual([
      'org.event_no_change',
    ]);
    expect(problems([{ id: 'a', kind: 'establish', effectiveDate: '2025-01-01', unit: unit('lt', 'X', 'tn') }])).toEqual([
      'org.event_unit_exists',
    ]);
    expect(problems([{ id: 'a', kind: 'establish', effectiveDate: '2025-01-01', unit: unit('n', 'X', 'ghost') }])).toEqual([
      'org.event_parent_missing',
    ]);
    expect(problems([{ id: 'a', kind: 'establish', effectiveDate: '2025-01-01', unit: { ...unit('n', 'X', 'tn'), code: 'lt' } }])).toEqual([
      'org.event_code_taken',
    ]);
    expect(problems([{ id: 'a', kind: 'move', effectiveDate: '2025-01-01', unitId: 'bc', parentId: 'lt' }])).toEqual(['org.event_cycle']);
    expect(problems([{ id: 'a', kind: 'move', effectiveDate: '2025-01-01', unitId: 'lt', parentId: 'bc' }])).toEqual([
      'org.event_no_change',
    ]);
    expect(problems([{ id: 'a', kind: 'merge', effectiveDate: '2025-01-01', sources: [], into: { existingUnitId: 'lt' } }])).toEqual([
      'org.event_bad_sources',
    ]);
    expect(
      problems([
        { id: 'a', kind: 'merge', effectiveDate: '2025-01-01', sources: [{ unitId: 'lt', whole: true }], into: { existingUnitId: 'lt' } },
      ]),
    ).toEqual(['org.event_bad_sources']);
    expect(problems([{ id: 'a', kind: 'transfer', effectiveDate: '2025-01-01', fromUnitId: 'lt', toUnitId: 'lt' }])).toEqual([
      'org.event_bad_sources',
    ]);
    expect(
      problems([
        { id: 'a', kind: 'split', effectiveDate: '2025-01-01', unitId: 'lt', sourceContinues: false, into: [unit('x', 'X', 'bc')] },
      ]),
    ).toEqual(['org.event_bad_sources']);
  });

  it('keeps checking after the first problem so a reviewer sees them all', () => {
    const r = applyOrgEvents(base(), [
      { id: 'a', kind: 'rename', effectiveDate: '2025-01-01', unitId: 'nope', name: 'X' },
      { id: 'b', kind: 'dissolve', effectiveDate: '2025-01-01', unitId: 'tc' },
    ]);
    expect(r.problems.map((p) => [p.eventIndex, p.code])).toEqual([
      [0, 'org.event_unit_missing'],
      [1, 'org.event_open_children'],
    ]);
  });

  it('a merged unit cannot be merged again on a later date', () => {
    const h = apply(base(), [
      { id: 'a', kind: 'merge', effectiveDate: '2025-01-01', sources: [{ unitId: 'lg', whole: true }], into: { existingUnitId: 'lt' } },
    ]);
    expect(
      problems(
        [{ id: 'b', kind: 'merge', effectiveDate: '2025-06-01', sources: [{ unitId: 'lg', whole: true }], into: { existingUnitId: 'tt' } }],
        h,
      ),
    ).toEqual(['org.event_unit_missing']);
  });
});

describe('placeVersions (rows as stored) and diffOnDate (the preview)', () => {
  it('starts a new placed version for every unit below a moved ancestor, and merges what did not change', () => {
    const h = apply(base(), [{ id: 'e1', kind: 'move', effectiveDate: '2025-07-01', unitId: 'bc', parentId: 'snv' }]);
    const placed = placeVersions(h).filter((p) => p.unitId === 'lt');
    expect(placed.map((p) => [p.validFrom, p.validTo, p.path])).toEqual([
      ['2020-01-01', '2025-06-30', '/tn/bc/lt/'],
      ['2025-07-01', null, '/tn/snv/bc/lt/'],
    ]);
    expect(placeVersions(h).filter((p) => p.unitId === 'tth')).toHaveLength(1);
  });

  it('ends placed versions of units that ceased', () => {
    const h = apply(base(), [{ id: 'd', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'tth' }]);
    expect(placeVersions(h).filter((p) => p.unitId === 'tth')).toMatchObject([{ validTo: '2025-06-30' }]);
  });

  it('lists the units a batch changes on its effective date, before and after', () => {
    const before = base();
    const after = apply(before, [
      { id: 'r', kind: 'rename', effectiveDate: '2025-07-01', unitId: 'snv', name: 'Sở Nội vụ (hợp nhất)' },
      { id: 'd', kind: 'dissolve', effectiveDate: '2025-07-01', unitId: 'tth' },
    ]);
    const diff = diffOnDate(before, after, '2025-07-01');
    expect(diff.map((c) => [c.unitId, c.before?.name ?? null, c.after?.name ?? null]).sort()).toEqual([
      ['snv', 'Sở Nội vụ', 'Sở Nội vụ (hợp nhất)'],
      ['tth', 'UBND xã Tân Thành', null],
    ]);
  });

  it('normaliseVersions joins adjacent identical versions', () => {
    const joined = normaliseVersions([
      v('a', 'A', null, 'province', '2020-01-01', '2020-12-31'),
      v('a', 'A', null, 'province', '2021-01-01', null),
    ]);
    expect(joined).toEqual([v('a', 'A', null, 'province', '2020-01-01', null)]);
  });
});
