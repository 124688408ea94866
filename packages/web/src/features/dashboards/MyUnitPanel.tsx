// A unit's own view (officer, leader): what it owes next, what came back, its trend over the years.
import { Link } from 'react-router';
import { Alert, Card, Col, List, Row, Spin, Tag, Typography } from 'antd';
import { daysLeftInWords } from '@dvcq/domain';
import type { DashboardDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { tRich } from '../../i18n/rich.tsx';
import { showNumber, showRate } from '../../lib/format.ts';
import { ChartCard } from './ChartCard.tsx';
import { trendOption } from './charts.ts';
import { dashboardsApi, useDashboard } from './dashboardsApi.ts';
import '../../i18n/vi/dashboards.ts';

const statusColor: Record<string, string> = { overdue: 'red', due_soon: 'orange', not_due: 'default' };

const daysText = daysLeftInWords;

type TrendRow = NonNullable<DashboardDto['myUnit']>['trend'][number];

export function MyUnitSection({ d }: { d: DashboardDto }) {
  const my = d.myUnit!;
  return (
    <Row gutter={[16, 16]} data-testid="my-unit">
      <Col xs={24} lg={12}>
        <Card title={t('dashboards.my.owes', { unit: my.unitName })} className="dashboard-card">
          <List
            dataSource={my.owesNext}
            locale={{ emptyText: t('dashboards.my.owesEmpty') }}
            renderItem={(o) => (
              <List.Item key={o.obligationId} extra={<Tag color={statusColor[o.status]}>{daysText(o.daysUntilDue)}</Tag>}>
                <List.Item.Meta
                  title={<Link to={o.link}>{o.title}</Link>}
                  description={
                    o.planNumber ? t('dashboards.my.planDeadline', { number: o.planNumber, deadline: o.deadlineText }) : o.deadlineText
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('dashboards.my.returned')} className="dashboard-card">
          <List
            dataSource={my.returned}
            locale={{ emptyText: t('dashboards.my.returnedEmpty') }}
            renderItem={(r) => (
              <List.Item key={r.link + r.title}>
                <List.Item.Meta title={<Link to={r.link}>{r.title}</Link>} description={r.comment ?? undefined} />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <ChartCard<TrendRow>
          title={t('dashboards.my.trend', { unit: my.unitName })}
          chartId="trend"
          option={trendOption(d)}
          onExcel={() => dashboardsApi.downloadXlsx({ unitId: d.unit.id, year: d.year }, 'trend')}
          rows={my.trend}
          rowKey={(r) => String(r.year)}
          columns={[
            { title: t('dashboards.col.year'), dataIndex: 'year' },
            { title: t('dashboards.col.owed'), align: 'right', render: (_, r) => showNumber(r.owed) },
            { title: t('dashboards.col.onTime'), align: 'right', render: (_, r) => showNumber(r.onTime) },
            { title: t('dashboards.col.late'), align: 'right', render: (_, r) => showNumber(r.late) },
            { title: t('dashboards.col.overdue'), align: 'right', render: (_, r) => showNumber(r.missing) },
            { title: t('dashboards.col.timeliness'), align: 'right', render: (_, r) => showRate(r.timelinessRate) },
            { title: t('dashboards.col.ranking'), render: (_, r) => r.levelName ?? t('common.none') },
          ]}
        />
      </Col>
    </Row>
  );
}

/** On Trang chủ: the unit view of the caller's own unit. */
export function MyUnitPanel() {
  const { data, isLoading, error } = useDashboard({});
  if (isLoading) return <Spin />;
  if (error || !data) return <Alert type="warning" showIcon title={t('dashboards.my.loadError')} />;
  if (data.coordinator) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          <span>
            {tRich(
              'dashboards.my.coordinatorSummary',
              {
                year: data.year,
                unit: data.unit.name,
                rate: showRate(data.compliance.overall.timelinessRate),
                overdue: showNumber(data.compliance.overall.overdue),
                review: showNumber(data.review.count),
              },
              { b: (s) => <b>{s}</b>, link: (s) => <Link to="/bang-dieu-khien">{s}</Link> },
            )}
          </span>
        }
      />
    );
  }
  if (!data.myUnit) return null;
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={4}>{t('dashboards.my.heading')}</Typography.Title>
      <MyUnitSection d={data} />
    </div>
  );
}
