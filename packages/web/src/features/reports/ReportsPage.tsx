// The list of period reports in the user's scope: status, deadline, timeliness (first submission),
// with the way into each report, the form editor and the consolidation for coordinators.
import { useMemo } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { REPORT_STATUS_LABELS, REPORT_STATUSES, type ReportListItemDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { useCurrentUser } from '../auth/session.ts';
import { yearInProvince } from '@dvcq/domain';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { ReportStatusTag } from './ReportStatusTag.tsx';
import { useReports } from './reportsApi.ts';
import '../../i18n/vi/reports.ts';

export function periodKey(r: { plan: { id: string }; periodKind: string; periodYear: number }): string {
  return `${r.plan.id}|${r.periodKind}|${r.periodYear}`;
}

export function ReportsPage() {
  usePageTitle(t('reports.title'));
  const user = useCurrentUser();
  const isCoordinator = user.roles.some((r) => r.role === 'coordinator');
  // The filters live in the address (replaced, not pushed): Back from a report returns to the same list.
  const [params, setParams] = useSearchParams();
  const yearParam = params.get('nam');
  const year = yearParam === null ? yearInProvince(new Date()) : yearParam ? Number(yearParam) : undefined;
  const status = params.get('trangthai') ?? undefined;
  const period = params.get('ky') ?? undefined;
  const setFilter = (key: 'nam' | 'trangthai' | 'ky', value: string | number | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === undefined && key !== 'nam') next.delete(key);
        else next.set(key, value === undefined ? '' : String(value));
        return next;
      },
      { replace: true },
    );
  const q = { periodYear: year, status };
  const list = useReports(q);
  const periods = useMemo(() => {
    const map = new Map<string, ReportListItemDto>();
    for (const r of list.data ?? []) if (!map.has(periodKey(r))) map.set(periodKey(r), r);
    return [...map.entries()];
  }, [list.data]);
  const rows = (list.data ?? []).filter((r) => !period || periodKey(r) === period);
  const chosen = period ? periods.find(([k]) => k === period)?.[1] : periods.length === 1 ? periods[0]![1] : undefined;
  const qs = chosen ? `?planId=${chosen.plan.id}&periodKind=${chosen.periodKind}&periodYear=${chosen.periodYear}` : '';
  const years = [2023, 2024, 2025, 2026];

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('reports.title')}
      </Typography.Title>
      <Card>
        <div className="page-toolbar">
          <Select
            aria-label={t('reports.filter.year')}
            style={{ width: 120, maxWidth: '100%' }}
            value={year}
            allowClear
            placeholder={t('reports.filter.year')}
            onChange={(v?: number) => setFilter('nam', v)}
            options={years.map((y) => ({ value: y, label: t('common.yearLabel', { year: y }) }))}
          />
          <Select
            aria-label={t('reports.filter.period')}
            style={{ width: 380, maxWidth: '100%' }}
            value={period}
            allowClear
            placeholder={t('reports.filter.allPeriods')}
            onChange={(v?: string) => setFilter('ky', v)}
            options={periods.map(([k, r]) => ({
              value: k,
              label: t('reports.filter.periodOption', { period: r.periodLabel, plan: r.plan.number ?? r.plan.title }),
            }))}
          />
          <Select
            aria-label={t('reports.filter.status')}
            style={{ width: 220, maxWidth: '100%' }}
            value={status}
            allowClear
            placeholder={t('reports.filter.allStatuses')}
            onChange={(v?: string) => setFilter('trangthai', v)}
            options={REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))}
          />
          {isCoordinator && chosen && (
            <>
              <Link to={`/bao-cao/tong-hop${qs}`}>
                <Button type="primary">{t('reports.consolidateThis')}</Button>
              </Link>
              <Link to={`/bao-cao/mau${qs}`}>
                <Button>{t('reports.formThis')}</Button>
              </Link>
            </>
          )}
        </div>
        {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
        <Table<ReportListItemDto>
          rowKey="obligationId"
          scroll={{ x: 'max-content' }}
          loading={list.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('reports.empty') }}
          columns={[
            { title: t('reports.col.unit'), render: (_, r) => <Link to={`/bao-cao/${r.obligationId}`}>{r.unit.name}</Link> },
            {
              title: t('reports.col.period'),
              render: (_, r) => t('reports.col.periodOf', { period: r.periodLabel, plan: r.plan.number ?? t('reports.col.planFallback') }),
            },
            { title: t('reports.col.deadline'), render: (_, r) => r.deadlinePhrase || showDate(r.dueDate) },
            { title: t('reports.col.status'), render: (_, r) => <ReportStatusTag status={r.status} /> },
            {
              title: t('reports.col.firstSubmitted'),
              render: (_, r) =>
                r.firstSubmittedAt ? (
                  <Space>
                    {showDateTime(r.firstSubmittedAt)}
                    <Tag color={r.onTime ? 'green' : 'volcano'}>{r.onTime ? t('reports.onTime') : t('reports.late')}</Tag>
                  </Space>
                ) : (
                  t('common.none')
                ),
            },
            { title: t('reports.col.updated'), render: (_, r) => showDateTime(r.updatedAt) },
            { title: '', render: (_, r) => (r.canReview ? <Link to={`/bao-cao/${r.obligationId}`}>{t('reports.review')}</Link> : null) },
          ]}
        />
      </Card>
    </div>
  );
}
