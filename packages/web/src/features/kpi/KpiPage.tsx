// "Chỉ tiêu tuyên truyền": the coordinator's heat map units × rows (lagging units first, filters by
// channel and unit kind, the evidence behind each figure one click away), a unit's "what is still
// missing", the evidence list with accept / reject, the appendix import and the Excel export.
import { useMemo, useState } from 'react';
import { Alert, Button, Empty, Select, Space, Table, Tabs, Tag, Tooltip, Typography, List } from 'antd';
import { ImportOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { KPI_CHANNEL_LABELS, KPI_CHANNELS, UNIT_KIND_LABELS, UNIT_KINDS, type KpiChannel, type UnitKind } from '@dvcq/domain';
import type { KpiEvidenceDto } from '@dvcq/shared';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { t, type MessageKey } from '../../i18n/index.ts';
import { showDate, showNumber } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { ImportKpiSetDialog } from './ImportKpiSetDialog.tsx';
import { RecordEvidenceDialog } from './RecordEvidenceDialog.tsx';
import { RejectEvidenceDialog } from './RejectEvidenceDialog.tsx';
import { kpiApi, kpiKeys, useKpiEvidence, useKpiProgress, useKpiSets, type KpiProgressQuery } from './kpiApi.ts';
import { STATUS_TAG, stillMissing } from './kpiView.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/kpi.ts';

const EVIDENCE_STATUS: Record<KpiEvidenceDto['status'], { key: MessageKey; color: string }> = {
  pending: { key: 'kpi.ev.status.pending', color: 'blue' },
  accepted: { key: 'kpi.ev.status.accepted', color: 'green' },
  rejected: { key: 'kpi.ev.status.rejected', color: 'red' },
};

export function KpiPage() {
  usePageTitle(t('kpi.title'));
  const sets = useKpiSets();
  const [chosenSet, setChosenSet] = useState<string | null>(null);
  const set = sets.data?.find((s) => s.id === chosenSet) ?? sets.data?.at(-1) ?? null;
  const [channel, setChannel] = useState<KpiChannel | undefined>();
  const [unitKind, setUnitKind] = useState<UnitKind | undefined>();
  const [asOf, setAsOf] = useState<string | undefined>();
  const query: KpiProgressQuery = { channel, unitKind, asOf };
  const progress = useKpiProgress(set?.id ?? null, query);
  const all = useKpiProgress(set?.id ?? null, { asOf });
  const [focus, setFocus] = useState<{ unitId?: string; rowId?: string }>({});
  const evidence = useKpiEvidence(set?.id ?? null, focus);
  const [recording, setRecording] = useState(false);
  const [importing, setImporting] = useState(false);
  const [rejecting, setRejecting] = useState<KpiEvidenceDto | null>(null);
  const [tab, setTab] = useState('heatmap');
  const [missingUnit, setMissingUnit] = useState<string | undefined>();

  const review = useSave({
    run: (v: { id: string; decision: 'accepted' | 'rejected'; reason?: string }) => kpiApi.review(v.id, v.decision, v.reason),
    invalidate: [kpiKeys.all],
    errorDisplay: 'toast',
    success: (r) => (r.status === 'accepted' ? t('kpi.ev.accepted') : t('kpi.ev.rejected')),
  });
  const recheck = useSave({
    run: (id: string) => kpiApi.checkLink(id),
    invalidate: [kpiKeys.all],
    errorDisplay: 'toast',
    success: (r) => t('kpi.ev.checked', { result: r.linkCheckLabel }),
  });

  const p = progress.data;
  const rowLabel = useMemo(() => new Map((all.data?.rows ?? []).map((r) => [r.id, r.label])), [all.data]);
  const unitName = useMemo(() => new Map((all.data?.units ?? []).map((u) => [u.unitId, u.unitName])), [all.data]);
  const ownUnit = missingUnit ?? all.data?.units[0]?.unitId;

  if (sets.data && sets.data.length === 0) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={3}>{t('kpi.title')}</Typography.Title>
        <Empty description={t('kpi.noSets')} />
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          {t('kpi.import')}
        </Button>
        {importing && <ImportKpiSetDialog open sets={[]} onClose={(s) => (setImporting(false), s && setChosenSet(s.id))} />}
      </Space>
    );
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{t('kpi.title')}</Typography.Title>
      <Space wrap>
        <Select
          aria-label={t('kpi.set')}
          style={{ minWidth: 360 }}
          loading={sets.isLoading}
          value={set?.id}
          onChange={(v) => (setChosenSet(v), setFocus({}))}
          options={(sets.data ?? []).map((s) => ({ value: s.id, label: `${s.title} — ${s.planNumber ?? s.planTitle} (${s.year})` }))}
        />
        <Select
          aria-label={t('kpi.filterChannel')}
          placeholder={t('kpi.filterChannel')}
          allowClear
          style={{ minWidth: 220 }}
          value={channel}
          onChange={setChannel}
          options={KPI_CHANNELS.map((c) => ({ value: c, label: KPI_CHANNEL_LABELS[c] }))}
        />
        <Select
          aria-label={t('kpi.filterUnitKind')}
          placeholder={t('kpi.filterUnitKind')}
          allowClear
          style={{ minWidth: 200 }}
          value={unitKind}
          onChange={setUnitKind}
          options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
        />
        <DateInput aria-label={t('kpi.asOf')} value={asOf ?? null} onChange={(d) => setAsOf(d ?? undefined)} style={{ width: 200 }} />
        {set && all.data && all.data.units.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('kpi.record')}
          </Button>
        )}
        {(set?.canManage || !set) && (
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            {t('kpi.import')}
          </Button>
        )}
        {set && <DownloadButton download={() => kpiApi.downloadXlsx(set.id, query)}>{t('kpi.excel')}</DownloadButton>}
      </Space>
      {p && (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'heatmap',
              label: t('kpi.tab.heatmap'),
              children:
                p.units.length === 0 ? (
                  <Empty description={t('kpi.noUnits')} />
                ) : (
                  <Table
                    size="small"
                    rowKey="unitId"
                    pagination={false}
                    scroll={{ x: 'max-content' }}
                    dataSource={p.units}
                    columns={[
                      {
                        title: t('kpi.unit'),
                        key: 'unit',
                        fixed: 'left',
                        width: 260,
                        render: (_, u) => (
                          <Space orientation="vertical" size={0}>
                            <Typography.Text strong>{u.unitName}</Typography.Text>
                            {u.red + u.amber > 0 && (
                              <Typography.Text type="secondary">{t('kpi.lagging', { red: u.red, amber: u.amber })}</Typography.Text>
                            )}
                          </Space>
                        ),
                      },
                      ...p.rows.map((r, i) => ({
                        title: (
                          <Tooltip title={r.label}>
                            <span>{`${r.position}. ${KPI_CHANNEL_LABELS[r.channel]}`}</span>
                          </Tooltip>
                        ),
                        key: r.id,
                        width: 120,
                        render: (_: unknown, u: (typeof p.units)[number]) => {
                          const c = u.cells[i];
                          if (!c) return null;
                          return (
                            <Tooltip
                              title={t('kpi.cellTip', {
                                label: c.statusLabel,
                                expected: showNumber(c.expected),
                                accepted: showNumber(c.accepted),
                                pending: showNumber(c.pending),
                                sentence: c.sentence,
                              })}
                            >
                              <Tag
                                color={STATUS_TAG[c.status]}
                                style={{ cursor: 'pointer' }}
                                onClick={() => (setFocus({ unitId: u.unitId, rowId: r.id }), setTab('evidence'))}
                              >
                                {t('kpi.cell', { actual: showNumber(c.actual), target: showNumber(c.target) })}
                              </Tag>
                            </Tooltip>
                          );
                        },
                      })),
                    ]}
                  />
                ),
            },
            {
              key: 'missing',
              label: t('kpi.tab.missing'),
              children: all.data && (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Select
                    aria-label={t('kpi.pickUnit')}
                    style={{ minWidth: 360 }}
                    value={ownUnit}
                    onChange={setMissingUnit}
                    showSearch={foldedSearch}
                    options={all.data.units.map((u) => ({ value: u.unitId, label: u.unitName }))}
                  />
                  {ownUnit && stillMissing(all.data, ownUnit).length === 0 ? (
                    <Alert type="success" showIcon title={t('kpi.allMet')} />
                  ) : (
                    <List
                      dataSource={ownUnit ? stillMissing(all.data, ownUnit) : []}
                      renderItem={(x) => (
                        <List.Item>
                          <Space>
                            <Tag color={STATUS_TAG[x.cell.status]}>{x.cell.statusLabel}</Tag>
                            <span>{x.cell.sentence}</span>
                          </Space>
                        </List.Item>
                      )}
                    />
                  )}
                </Space>
              ),
            },
            {
              key: 'evidence',
              label: t('kpi.tab.evidence'),
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {(focus.unitId || focus.rowId) && (
                    <Space>
                      <Typography.Text strong>
                        {t('kpi.evidenceFor', { unit: unitName.get(focus.unitId ?? '') ?? '', row: rowLabel.get(focus.rowId ?? '') ?? '' })}
                      </Typography.Text>
                      <Button size="small" onClick={() => setFocus({})}>
                        {t('kpi.clearFilter')}
                      </Button>
                    </Space>
                  )}
                  <Table<KpiEvidenceDto>
                    size="small"
                    rowKey="id"
                    loading={evidence.isLoading}
                    dataSource={evidence.data ?? []}
                    locale={{ emptyText: t('kpi.ev.none') }}
                    columns={[
                      { title: t('kpi.ev.date'), key: 'date', width: 110, render: (_, e) => showDate(e.publishedOn) },
                      { title: t('kpi.ev.unit'), key: 'unit', render: (_, e) => e.unitName },
                      {
                        title: t('kpi.ev.title'),
                        key: 'title',
                        render: (_, e) => (
                          <Space orientation="vertical" size={0}>
                            <span>{e.title}</span>
                            {e.visits !== null && <Typography.Text type="secondary">{showNumber(e.visits)}</Typography.Text>}
                            {e.duplicates.length > 0 && <Tag color="orange">{t('kpi.ev.duplicate', { count: e.duplicates.length })}</Tag>}
                          </Space>
                        ),
                      },
                      {
                        title: t('kpi.ev.link'),
                        key: 'link',
                        render: (_, e) =>
                          e.url ? (
                            <Space orientation="vertical" size={0}>
                              <a href={e.url} target="_blank" rel="noreferrer noopener">
                                <LinkOutlined /> {e.url}
                              </a>
                              <Typography.Text type="secondary">{e.linkCheckLabel}</Typography.Text>
                              <Button size="small" type="link" onClick={() => void recheck.run(e.id)}>
                                {t('kpi.ev.recheck')}
                              </Button>
                            </Space>
                          ) : null,
                      },
                      {
                        title: t('kpi.ev.status'),
                        key: 'status',
                        render: (_, e) => (
                          <Space orientation="vertical" size={0}>
                            <Tag color={EVIDENCE_STATUS[e.status].color}>{t(EVIDENCE_STATUS[e.status].key)}</Tag>
                            {e.reviewReason && <Typography.Text type="secondary">{e.reviewReason}</Typography.Text>}
                          </Space>
                        ),
                      },
                      ...(set?.canManage
                        ? [
                            {
                              key: 'review',
                              render: (_: unknown, e: KpiEvidenceDto) => (
                                <Space>
                                  {e.status !== 'accepted' && (
                                    <Button size="small" onClick={() => void review.run({ id: e.id, decision: 'accepted' })}>
                                      {t('kpi.ev.accept')}
                                    </Button>
                                  )}
                                  {e.status !== 'rejected' && (
                                    <Button size="small" danger onClick={() => setRejecting(e)}>
                                      {t('kpi.ev.reject')}
                                    </Button>
                                  )}
                                </Space>
                              ),
                            },
                          ]
                        : []),
                    ]}
                  />
                </Space>
              ),
            },
          ]}
        />
      )}
      {recording && set && all.data && (
        <RecordEvidenceDialog open setId={set.id} progress={all.data} unitId={focus.unitId ?? null} onClose={() => setRecording(false)} />
      )}
      {importing && <ImportKpiSetDialog open sets={sets.data ?? []} onClose={(s) => (setImporting(false), s && setChosenSet(s.id))} />}
      <RejectEvidenceDialog
        open={rejecting !== null}
        busy={review.pending}
        onCancel={() => setRejecting(null)}
        onReject={async (reason) => {
          if (rejecting && (await review.run({ id: rejecting.id, decision: 'rejected', reason }))) setRejecting(null);
        }}
      />
    </Space>
  );
}
