// "Bảng điều khiển": a coordinator's view of a subtree (completeness and timeliness by deadline, the
// heat map of units × deadlines, ranking against the target, reports awaiting review, appraisal progress)
// and, for a unit, what it owes next, what came back and its trend. Live data; printable.
import './dashboards.css';
import { useMemo } from 'react';
import { useSearchParams, Link } from 'react-router';
import { Alert, Button, Card, Col, List, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { DashboardDto } from '@dvcq/shared';
import { yearInProvince } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime, showNumber, showRate } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { ChartCard } from './ChartCard.tsx';
import { CountsCard } from './CountsCard.tsx';
import { appraisalOption, complaintsOption, complianceOption, rankingOption } from './charts.ts';
import { HeatmapCard } from './HeatmapCard.tsx';
import { dashboardsApi, useDashboard } from './dashboardsApi.ts';
import { MyUnitSection } from './MyUnitPanel.tsx';
import '../../i18n/vi/dashboards.ts';
import '../../i18n/vi/dialogues.ts';

export function DashboardPage() {
  usePageTitle(t('dashboards.title'));
  const [params, setParams] = useSearchParams();
  const thisYear = yearInProvince(new Date());
  const q = { unitId: params.get('unitId') ?? undefined, year: params.get('year') ? Number(params.get('year')) : undefined };
  const { data, isLoading, error } = useDashboard(q);
  const years = useMemo(() => [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3], [thisYear]);

  if (isLoading) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  if (error || !data) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const excel = (chart: string) => () => dashboardsApi.downloadXlsx({ unitId: data.unit.id, year: data.year }, chart);
  const d = data;

  return (
    <div className="page dashboard-page">
      <div className="dashboard-head">
        <Typography.Title level={1} className="page-title">
          {t('dashboards.heading', { unit: d.unit.name, year: d.year })}
        </Typography.Title>
        <Space className="no-print" wrap>
          <Select
            aria-label={t('common.year')}
            value={d.year}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: t('common.yearLabel', { year: y }) }))}
            onChange={(y: number) => setParams((p) => (p.set('year', String(y)), p))}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('common.print')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">{t('dashboards.asOf', { time: showDateTime(d.asOf) })}</Typography.Paragraph>

      <CountsCard
        counts={[
          { title: t('dashboards.owed'), value: d.compliance.overall.owed },
          { title: t('dashboards.completeness'), value: showRate(d.compliance.overall.completenessRate) },
          { title: t('dashboards.timeliness'), value: showRate(d.compliance.overall.timelinessRate) },
          { title: t('dashboards.overdue'), value: d.compliance.overall.overdue, alarm: true },
        ]}
      />

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24}>
          <ChartCard<DashboardDto['compliance']['byDeadline'][number]>
            title={t('dashboards.compliance.title')}
            chartId="compliance"
            option={complianceOption(d)}
            onExcel={excel('compliance')}
            rows={d.compliance.byDeadline}
            rowKey={(r) => r.milestoneId}
            empty={t('dashboards.compliance.empty')}
            columns={[
              {
                title: t('dashboards.col.content'),
                dataIndex: 'title',
                render: (v: string, r) => <Link to={`/ke-hoach/${r.planId}`}>{v}</Link>,
              },
              { title: t('dashboards.col.plan'), dataIndex: 'planNumber' },
              { title: t('dashboards.col.deadline'), dataIndex: 'deadlineText' },
              { title: t('dashboards.col.owed'), align: 'right', render: (_, r) => showNumber(r.tally.owed) },
              { title: t('dashboards.col.onTime'), align: 'right', render: (_, r) => showNumber(r.tally.onTime) },
              { title: t('dashboards.col.late'), align: 'right', render: (_, r) => showNumber(r.tally.late) },
              { title: t('dashboards.col.overdue'), align: 'right', render: (_, r) => showNumber(r.tally.overdue) },
              { title: t('dashboards.col.exempt'), align: 'right', render: (_, r) => showNumber(r.tally.exempt) },
              { title: t('dashboards.col.completeness'), align: 'right', render: (_, r) => showRate(r.tally.completenessRate) },
              { title: t('dashboards.col.timelinessPct'), align: 'right', render: (_, r) => showRate(r.tally.timelinessRate) },
            ]}
          />
        </Col>
        <Col xs={24}>
          <HeatmapCard d={d} onExcel={excel('heatmap')} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard<DashboardDto['ranking']['distribution'][number]>
            title={t('dashboards.ranking.title')}
            chartId="ranking"
            option={rankingOption(d)}
            onExcel={excel('ranking')}
            rows={d.ranking.distribution}
            rowKey={(r) => r.levelCode}
            empty={t('dashboards.ranking.empty')}
            extra={
              d.ranking.target ? (
                <Tag color={d.ranking.target.met ? 'green' : 'red'}>
                  {d.ranking.target.met ? t('dashboards.ranking.met') : t('dashboards.ranking.notMet')}
                </Tag>
              ) : null
            }
            columns={[
              { title: t('dashboards.col.level'), dataIndex: 'levelName' },
              { title: t('dashboards.col.unitCount'), align: 'right', render: (_, r) => showNumber(r.count) },
              { title: t('dashboards.col.share'), align: 'right', render: (_, r) => `${showNumber(r.share, 1)}%` },
            ]}
          />
          {d.ranking.target && (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              {d.ranking.target.message}{' '}
              {d.ranking.issued
                ? t('dashboards.ranking.decision', { number: d.ranking.decisionNumber ?? '' })
                : t('dashboards.ranking.provisional')}
            </Typography.Paragraph>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard<DashboardDto['appraisal']['agencies'][number]>
            title={t('dashboards.appraisal.title')}
            chartId="appraisal"
            option={appraisalOption(d)}
            onExcel={excel('appraisal')}
            rows={d.appraisal.agencies}
            rowKey={(r) => r.code}
            empty={t('dashboards.appraisal.empty')}
            columns={[
              { title: t('dashboards.col.agency'), dataIndex: 'name' },
              { title: t('dashboards.col.toReview'), align: 'right', render: (_, r) => showNumber(r.toReview) },
              { title: t('dashboards.col.reviewed'), align: 'right', render: (_, r) => showNumber(r.reviewed) },
              { title: t('dashboards.col.changed'), align: 'right', render: (_, r) => showNumber(r.changed) },
              { title: t('dashboards.col.sentBack'), align: 'right', render: (_, r) => showNumber(r.sentBack) },
            ]}
          />
        </Col>
        <Col xs={24}>
          <Card title={t('dashboards.review.title', { count: showNumber(d.review.count) })} className="dashboard-card">
            <List
              dataSource={d.review.items}
              locale={{ emptyText: t('dashboards.review.empty') }}
              renderItem={(r) => (
                <List.Item
                  key={r.obligationId}
                  extra={r.submittedAt ? t('dashboards.review.sentAt', { time: showDateTime(r.submittedAt) }) : null}
                >
                  <Link to={`/bao-cao/${r.obligationId}`}>{r.unitName}</Link> — {r.title}
                  {r.submissionCount > 1 && (
                    <Tag style={{ marginLeft: 8 }}>{t('dashboards.review.round', { count: r.submissionCount })}</Tag>
                  )}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('dialogues.dashboardTitle')} className="dashboard-card" extra={<Link to="/doi-thoai">{t('nav.dialogues')}</Link>}>
            <Typography.Paragraph>
              {t('dialogues.dashboardSummary', {
                overdue: showNumber(d.dialogues.conclusions.overdue),
                open: showNumber(d.dialogues.conclusions.open),
                done: showNumber(d.dialogues.conclusions.doneOnTime + d.dialogues.conclusions.doneLate),
                explained: showNumber(d.dialogues.conclusions.explained),
              })}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={d.dialogues.overdue}
              locale={{ emptyText: t('dialogues.dashboardNone') }}
              renderItem={(c) => (
                <List.Item key={c.conclusionId}>
                  <Tag color="red">{showNumber(c.daysOverdue)}</Tag>
                  {t('dialogues.dashboardItem', {
                    content: c.content,
                    unit: c.assigneeUnitName,
                    due: showDate(c.dueDate),
                    n: c.daysOverdue,
                  })}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            title={t('dashboards.models.title', { count: showNumber(d.models.total) })}
            className="dashboard-card"
            extra={<Link to="/dan-van-kheo">{t('dashboards.models.link')}</Link>}
          >
            <Table<DashboardDto['models']['fields'][number]>
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={d.models.fields}
              locale={{ emptyText: t('dashboards.models.empty') }}
              scroll={{ x: true }}
              columns={[
                { title: t('dashboards.models.field'), dataIndex: 'label' },
                ...d.models.states.map((s, i) => ({
                  key: s.state,
                  title: s.label,
                  align: 'right' as const,
                  render: (_: unknown, r: DashboardDto['models']['fields'][number]) => showNumber(r.counts[i] ?? 0),
                })),
                { title: t('dashboards.models.total'), align: 'right', render: (_, r) => showNumber(r.total) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <ChartCard<DashboardDto['complaints']['periods'][number]>
            title={t('dashboards.complaints.title')}
            chartId="complaints"
            option={complaintsOption(d)}
            onExcel={excel('complaints')}
            rows={d.complaints.periods}
            rowKey={(r) => `${r.year}-${r.periodKind}`}
            empty={t('dashboards.complaints.empty')}
            columns={[
              { title: t('dashboards.complaints.period'), dataIndex: 'label' },
              { title: t('dashboards.complaints.unitsReported'), align: 'right', render: (_, r) => showNumber(r.unitsReported) },
              { title: t('dashboards.complaints.received'), align: 'right', render: (_, r) => showNumber(r.received) },
              { title: t('dashboards.complaints.resolved'), align: 'right', render: (_, r) => showNumber(r.resolved) },
              { title: t('dashboards.complaints.resolvedOnTime'), align: 'right', render: (_, r) => showNumber(r.resolvedOnTime) },
              { title: t('dashboards.complaints.pending'), align: 'right', render: (_, r) => showNumber(r.pending) },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('dashboards.complaints.note')}
          </Typography.Paragraph>
        </Col>
        {d.myUnit && (d.myUnit.owesNext.length > 0 || d.myUnit.returned.length > 0 || !d.coordinator) && (
          <Col xs={24}>
            <MyUnitSection d={d} />
          </Col>
        )}
      </Row>
    </div>
  );
}
