// "Tiếp công dân, khiếu nại, tố cáo": a unit's figures of a period by kind (entered once, corrected in
// place; the server checks that they agree and says which figure is wrong), and its subtree's totals.
import { useEffect, useState } from 'react';
import { Alert, Button, InputNumber, Select, Space, Table, Typography } from 'antd';
import {
  COMPLAINT_KIND_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_MEASURE_LABELS,
  COMPLAINT_MEASURES,
  periodLabel,
  type ComplaintKind,
} from '@dvcq/domain';
import { COMPLAINT_PERIOD_KINDS } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showNumber, showRate, todayInProvince } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { unitsWithRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { dialogueKeys, dialoguesApi, useComplaintStatistics, type ComplaintsQuery } from './dialoguesApi.ts';
import { gridOf, rowsToSave, type FiguresGrid } from './dialoguesView.ts';
import '../../i18n/vi/dialogues.ts';

export function ComplaintsPanel() {
  const user = useCurrentUser();
  const units = unitsWithRole(user, ['officer', 'leader', 'coordinator', 'viewer', 'appraiser']);
  const [unitId, setUnitId] = useState<string | undefined>(units[0]?.unitId);
  const [year, setYear] = useState(todayInProvince().year());
  const [periodKind, setPeriodKind] = useState<ComplaintsQuery['periodKind']>('Y');
  const q = unitId ? { unitId, year, periodKind } : null;
  const stats = useComplaintStatistics(q);
  const [grid, setGrid] = useState<FiguresGrid>(gridOf(undefined));
  useEffect(() => setGrid(gridOf(stats.data)), [stats.data]);

  const save = useSave({
    run: () => dialoguesApi.saveComplaints({ unitId: unitId!, year, periodKind, rows: rowsToSave(grid) }),
    invalidate: [dialogueKeys.all],
    success: t('complaints.saved'),
    errorDisplay: 'summary',
  });
  if (!units.length) return <Alert type="info" showIcon title={t('complaints.noUnit')} />;
  const s = stats.data;
  const editable = s?.canEdit ?? false;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Select
          aria-label={t('dialogues.unit')}
          style={{ minWidth: 320 }}
          value={unitId}
          onChange={setUnitId}
          options={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
        />
        <InputNumber aria-label={t('dialogues.year')} value={year} onChange={(v) => v && setYear(v)} min={2000} max={2100} />
        <Select
          aria-label={t('complaints.period')}
          style={{ minWidth: 180 }}
          value={periodKind}
          onChange={setPeriodKind}
          options={COMPLAINT_PERIOD_KINDS.map((p) => ({ value: p, label: periodLabel(year, p) }))}
        />
      </Space>
      <SaveAlert save={save} />
      <Table
        rowKey="kind"
        size="small"
        pagination={false}
        loading={stats.isLoading}
        dataSource={COMPLAINT_KINDS.map((kind) => ({ kind }))}
        columns={[
          { title: t('complaints.kind'), dataIndex: 'kind', render: (k: ComplaintKind) => COMPLAINT_KIND_LABELS[k] },
          ...COMPLAINT_MEASURES.map((m) => ({
            title: COMPLAINT_MEASURE_LABELS[m],
            key: m,
            render: (_: unknown, r: { kind: ComplaintKind }) => (
              <InputNumber
                aria-label={`${COMPLAINT_KIND_LABELS[r.kind]} — ${COMPLAINT_MEASURE_LABELS[m]}`}
                min={0}
                disabled={!editable}
                status={save.fieldErrors[`rows.${r.kind}.${m}`] ? 'error' : undefined}
                value={grid[r.kind][m] ?? null}
                onChange={(v) => setGrid((g) => ({ ...g, [r.kind]: { ...g[r.kind], [m]: v } }))}
              />
            ),
          })),
        ]}
      />
      {editable && (
        <Button type="primary" loading={save.pending} onClick={() => void save.run(undefined)}>
          {t('common.save')}
        </Button>
      )}
      {s && (
        <>
          <Typography.Title level={5}>{t('complaints.totals', { reported: s.unitsReported, units: s.unitsInScope })}</Typography.Title>
          <Table
            rowKey="kind"
            size="small"
            pagination={false}
            dataSource={s.totals}
            columns={[
              { title: t('complaints.kind'), dataIndex: 'kind', render: (k: ComplaintKind) => COMPLAINT_KIND_LABELS[k] },
              ...COMPLAINT_MEASURES.map((m) => ({
                title: COMPLAINT_MEASURE_LABELS[m],
                key: m,
                align: 'right' as const,
                render: (_: unknown, r: (typeof s.totals)[number]) => showNumber(r.figures[m]),
              })),
            ]}
          />
          <Typography.Text>
            {t('complaints.onTimeShare', { share: showRate(s.resolvedOnTimeShare === null ? null : s.resolvedOnTimeShare / 100) })}
          </Typography.Text>
        </>
      )}
    </Space>
  );
}
