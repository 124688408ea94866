import { describe, expect, it } from 'vitest';
import { KPI_CHANNEL_LABELS, KPI_MEASURE_LABELS, KPI_PERIOD_LABELS, UNIT_KIND_LABELS } from '@dvcq/domain';
import type { KpiCellDto, KpiProgressDto } from '@dvcq/shared';
import { parsePastedRows, stillMissing } from './kpiView.ts';

const line = (...cols: string[]) => cols.join('\t');

describe('parsePastedRows', () => {
  it('reads lines copied from Excel through the shared labels, skipping a header and empty lines', () => {
    const text = [
      line('Nội dung', 'Chỉ tiêu', 'Đơn vị tính', 'Kênh', 'Đối tượng', 'Kỳ'),
      line(
        'Tin CCHC',
        '4',
        KPI_MEASURE_LABELS.items,
        KPI_CHANNEL_LABELS.local_portal,
        UNIT_KIND_LABELS.division,
        KPI_PERIOD_LABELS.quarter,
      ),
      '',
      line('Lượt truy cập', '10.000', KPI_MEASURE_LABELS.visits, KPI_CHANNEL_LABELS.local_portal, UNIT_KIND_LABELS.commune, '06/11/2026'),
      line('Sai', '2', KPI_MEASURE_LABELS.items, 'kênh lạ', UNIT_KIND_LABELS.commune, KPI_PERIOD_LABELS.year),
    ].join('\r\n');
    const rows = parsePastedRows(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.row).toMatchObject({
      target: 4,
      measure: 'items',
      channel: 'local_portal',
      unitKind: 'division',
      periodKind: 'quarter',
    });
    expect(rows[1]!.row).toMatchObject({
      target: 10000,
      measure: 'visits',
      unitKind: 'commune',
      periodKind: 'custom',
      periodUntil: '2026-11-06',
    });
    expect(rows[2]).toEqual({ row: null, problem: { line: 5, column: 'channel' } });
  });
});

describe('stillMissing', () => {
  it('lists the rows a unit has not met, worst first', () => {
    const cell = (status: KpiCellDto['status'], met: boolean): KpiCellDto => ({
      rowId: 'r',
      periodLabel: 'quý IV năm 2026',
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      target: 4,
      expected: 2,
      actual: 1,
      accepted: 1,
      pending: 0,
      status,
      statusLabel: status,
      final: false,
      met,
      sentence: status,
    });
    const row = (position: number) => ({ id: `r${position}`, position }) as KpiProgressDto['rows'][number];
    const p = {
      rows: [row(1), row(2), row(3), row(4)],
      units: [{ unitId: 'u', cells: [cell('amber', false), cell('green', true), null, cell('red', false)] }],
    } as unknown as KpiProgressDto;
    expect(stillMissing(p, 'u').map((x) => x.row.position)).toEqual([4, 1]);
    expect(stillMissing(p, 'other')).toEqual([]);
  });
});
