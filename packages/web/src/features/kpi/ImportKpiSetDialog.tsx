// "Nhập phụ lục chỉ tiêu": the coordinator picks the plan, reads its appendix (the document importer,
// OCR included) or pastes rows from Excel, reviews every row (number, who it applies to), then saves
// the plan's KPI set. Nothing is stored before "Lưu bộ chỉ tiêu".
import { useMemo, useState } from 'react';
import { Alert, Button, Input, InputNumber, Modal, Progress, Select, Space, Table, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import {
  KPI_CHANNEL_LABELS,
  KPI_COMPARATOR_LABELS,
  KPI_MEASURE_LABELS,
  KPI_PERIOD_LABELS,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
} from '@dvcq/domain';
import type { KpiRowInput, KpiSetDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t, type MessageKey } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { useOrgUnits } from '../org/orgApi.ts';
import { usePlans } from '../plans/plansApi.ts';
import { kpiApi, kpiKeys } from './kpiApi.ts';
import { parsePastedRows } from './kpiView.ts';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/kpi.ts';

type DraftRow = KpiRowInput & { key: string; source?: string };

const COLUMN_KEYS: Record<'target' | 'measure' | 'channel' | 'who' | 'period', MessageKey> = {
  target: 'kpi.col.target',
  measure: 'kpi.col.measure',
  channel: 'kpi.col.channel',
  who: 'kpi.col.who',
  period: 'kpi.col.period',
};

export function ImportKpiSetDialog({
  open,
  sets,
  onClose,
}: {
  open: boolean;
  sets: KpiSetDto[];
  onClose: (saved: KpiSetDto | null) => void;
}) {
  const plans = usePlans({ status: 'published' });
  const units = useOrgUnits(false);
  const [planId, setPlanId] = useState<string | null>(null);
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [title, setTitle] = useState(t('kpi.imp.defaultTitle'));
  const [progress, setProgress] = useState<number | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [ocr, setOcr] = useState(false);
  const [paste, setPaste] = useState('');
  const [pasteProblems, setPasteProblems] = useState<string[]>([]);
  const existing = sets.find((s) => s.planId === planId) ?? null;
  const unitOptions = useMemo(() => (units.data ?? []).map((u) => ({ value: u.id, label: u.name })), [units.data]);

  const read = async (file: File) => {
    if (!planId) return;
    setReadError(null);
    setProgress(0);
    try {
      const res = await kpiApi.importAppendix(planId, file, setProgress);
      setRows(res.rows.map(({ whoText: _w, ...r }, i) => ({ ...r, key: `f${i}` })));
      setUnmatched(res.unmatchedUnits);
      setOcr(res.ocr);
    } catch (e) {
      setReadError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  const readPaste = () => {
    const parsed = parsePastedRows(paste);
    setPasteProblems(
      parsed
        .filter((p) => p.problem)
        .map((p) => t('kpi.imp.pasteProblem', { line: p.problem!.line, column: t(COLUMN_KEYS[p.problem!.column]) })),
    );
    const added = parsed.flatMap((p, i) => (p.row ? [{ ...p.row, key: `p${Date.now()}-${i}` }] : []));
    setRows((rs) => [...rs, ...added]);
  };

  const update = (key: string, patch: Partial<DraftRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = useSave({
    run: () =>
      kpiApi.saveSet({
        ...(existing ? { id: existing.id, version: existing.version } : {}),
        planId: planId!,
        title,
        rows: rows.map(({ key: _k, source: _s, ...r }) => r),
      }),
    onSuccess: (saved) => onClose(saved),
    invalidate: [kpiKeys.all],
    success: t('kpi.imp.saved'),
  });

  return (
    <Modal
      open={open}
      title={t('kpi.imp.title')}
      okText={t('kpi.imp.save')}
      onOk={() => void save.run()}
      okButtonProps={{ disabled: !planId || rows.length === 0 }}
      confirmLoading={save.pending}
      onCancel={() => onClose(null)}
      width={1100}
      destroyOnHidden
    >
      <SaveAlert save={save} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select
          aria-label={t('kpi.imp.plan')}
          placeholder={t('kpi.imp.plan')}
          style={{ width: '100%' }}
          loading={plans.isLoading}
          value={planId}
          onChange={setPlanId}
          showSearch={foldedSearch}
          options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.number ?? ''} ${p.title} (${p.year})`.trim() }))}
        />
        <Input aria-label={t('kpi.imp.setTitle')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <Upload
          accept=".docx,.pdf,.txt,.png,.jpg,.jpeg"
          showUploadList={false}
          beforeUpload={(f) => {
            void read(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} disabled={!planId} loading={progress !== null}>
            {t('kpi.imp.read')}
          </Button>
        </Upload>
        {progress !== null && <Progress percent={progress} size="small" />}
        {readError && <Alert type="error" showIcon title={readError} />}
        {ocr && <Alert type="warning" showIcon title={t('kpi.imp.ocr')} />}
        {unmatched.length > 0 && <Alert type="warning" showIcon title={t('kpi.imp.unmatched', { names: unmatched.join('; ') })} />}
        <Input.TextArea
          aria-label={t('kpi.imp.paste')}
          placeholder={t('kpi.imp.paste')}
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
          rows={2}
        />
        <Button onClick={readPaste} disabled={!paste.trim()}>
          {t('kpi.imp.pasteRead')}
        </Button>
        {pasteProblems.map((p) => (
          <Alert key={p} type="error" showIcon title={p} />
        ))}
        <Table<DraftRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('kpi.row.label'),
              key: 'label',
              width: 260,
              render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  <Input aria-label={t('kpi.row.label')} value={r.label} onChange={(e) => update(r.key, { label: e.target.value })} />
                  {r.source && (
                    <Typography.Text type="secondary">
                      {t('kpi.imp.source')}: {r.source}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('kpi.row.target'),
              key: 'target',
              width: 130,
              render: (_, r) => (
                <Space size={4}>
                  <span>{KPI_COMPARATOR_LABELS[r.comparator ?? 'at_least']}</span>
                  <InputNumber
                    aria-label={t('kpi.row.target')}
                    min={0}
                    value={r.target}
                    onChange={(v) => update(r.key, { target: v ?? 0 })}
                  />
                </Space>
              ),
            },
            { title: t('kpi.row.measure'), key: 'measure', width: 110, render: (_, r) => KPI_MEASURE_LABELS[r.measure] },
            { title: t('kpi.row.channel'), key: 'channel', width: 180, render: (_, r) => KPI_CHANNEL_LABELS[r.channel] },
            {
              title: t('kpi.row.who'),
              key: 'who',
              width: 260,
              render: (_, r) => (
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Select
                    aria-label={t('kpi.row.who')}
                    allowClear
                    style={{ width: '100%' }}
                    value={r.unitKind ?? undefined}
                    onChange={(v: UnitKind | undefined) => update(r.key, { unitKind: v ?? null, ...(v ? { unitId: null } : {}) })}
                    options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
                  />
                  <Select
                    aria-label={t('kpi.imp.whoUnit')}
                    placeholder={t('kpi.imp.whoUnit')}
                    allowClear
                    showSearch={foldedSearch}
                    style={{ width: '100%' }}
                    value={r.unitId ?? undefined}
                    onChange={(v: string | undefined) => update(r.key, { unitId: v ?? null, ...(v ? { unitKind: null } : {}) })}
                    options={unitOptions}
                  />
                </Space>
              ),
            },
            {
              title: t('kpi.row.period'),
              key: 'period',
              width: 120,
              render: (_, r) =>
                r.periodKind === 'custom' && r.periodUntil
                  ? t('kpi.row.until', { date: showDate(r.periodUntil) })
                  : KPI_PERIOD_LABELS[r.periodKind],
            },
            {
              key: 'remove',
              width: 50,
              render: (_, r) => (
                <Button
                  aria-label={t('kpi.imp.remove')}
                  icon={<DeleteOutlined />}
                  type="text"
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                />
              ),
            },
          ]}
        />
      </Space>
    </Modal>
  );
}
