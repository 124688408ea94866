// The list of period reports in the user's scope: status, deadline, timeliness (first submission),
// with the way into each report, the form editor and the consolidation for coordinators.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { REPORT_STATUS_LABELS, REPORT_STATUSES, type ReportListItemDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { useCurrentUser } from '../auth/session.ts';
import { yearInProvince } from '@dvcq/domain';
import { showDate, showDateTime } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { ReportStatusTag } from './ReportStatusTag.tsx';
import { reportKeys, reportsApi } from './reportsApi.ts';

export function periodKey(r: { plan: { id: string }; periodKind: string; periodYear: number }): string {
  return `${r.plan.id}|${r.periodKind}|${r.periodYear}`;
}

export function ReportsPage() {
  usePageTitle('Báo cáo định kỳ');
  const user = useCurrentUser();
  const isCoordinator = user.roles.some((r) => r.role === 'coordinator');
  const [year, setYear] = useState<number | undefined>(yearInProvince(new Date()));
  const [status, setStatus] = useState<string | undefined>();
  const [period, setPeriod] = useState<string | undefined>();
  const q = { periodYear: year, status };
  const list = useQuery({ queryKey: reportKeys.list(q), queryFn: () => reportsApi.list(q) });
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
      <Typography.Title level={2} className="page-title">
        Báo cáo định kỳ
      </Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select aria-label="Năm" style={{ width: 120 }} value={year} allowClear placeholder="Năm" onChange={(v) => setYear(v)} options={years.map((y) => ({ value: y, label: `Năm ${y}` }))} />
          <Select
            aria-label="Kỳ báo cáo"
            style={{ width: 380 }}
            value={period}
            allowClear
            placeholder="Tất cả kỳ báo cáo"
            onChange={(v) => setPeriod(v)}
            options={periods.map(([k, r]) => ({ value: k, label: `${r.periodLabel} — ${r.plan.number ?? r.plan.title}` }))}
          />
          <Select
            aria-label="Tình trạng"
            style={{ width: 220 }}
            value={status}
            allowClear
            placeholder="Mọi tình trạng"
            onChange={(v) => setStatus(v)}
            options={REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))}
          />
          {isCoordinator && chosen && (
            <>
              <Link to={`/bao-cao/tong-hop${qs}`}>
                <Button type="primary">Tổng hợp kỳ này</Button>
              </Link>
              <Link to={`/bao-cao/mau${qs}`}>
                <Button>Mẫu báo cáo kỳ này</Button>
              </Link>
            </>
          )}
        </Space>
        {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
        <Table<ReportListItemDto>
          rowKey="obligationId"
          loading={list.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: 'Không có báo cáo nào trong phạm vi của bạn.' }}
          columns={[
            { title: 'Đơn vị', render: (_, r) => <Link to={`/bao-cao/${r.obligationId}`}>{r.unit.name}</Link> },
            { title: 'Kỳ báo cáo', render: (_, r) => `${r.periodLabel} (${r.plan.number ?? 'kế hoạch'})` },
            { title: 'Thời hạn', render: (_, r) => r.deadlinePhrase || showDate(r.dueDate) },
            { title: 'Tình trạng', render: (_, r) => <ReportStatusTag status={r.status} /> },
            {
              title: 'Gửi lần đầu',
              render: (_, r) =>
                r.firstSubmittedAt ? (
                  <Space>
                    {showDateTime(r.firstSubmittedAt)}
                    <Tag color={r.onTime ? 'green' : 'volcano'}>{r.onTime ? 'Đúng hạn' : 'Trễ hạn'}</Tag>
                  </Space>
                ) : (
                  '—'
                ),
            },
            { title: 'Cập nhật', render: (_, r) => showDateTime(r.updatedAt) },
            { title: '', render: (_, r) => (r.canReview ? <Link to={`/bao-cao/${r.obligationId}`}>Xem xét</Link> : null) },
          ]}
        />
      </Card>
    </div>
  );
}
