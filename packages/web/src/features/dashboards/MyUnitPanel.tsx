// A unit's own view (officer, leader): what it owes next, what came back, its trend over the years.
import { Link } from 'react-router';
import { Alert, Card, Col, List, Row, Spin, Tag, Typography } from 'antd';
import { daysLeftInWords } from '@dvcq/domain';
import type { DashboardDto } from '@dvcq/shared';
import { ChartCard, viPercent, viNumber } from './ChartCard.tsx';
import { trendOption } from './charts.ts';
import { downloadDashboardXlsx, useDashboard } from './dashboardsApi.ts';

const statusColor: Record<string, string> = { overdue: 'red', due_soon: 'orange', not_due: 'default' };

const daysText = daysLeftInWords;

export function MyUnitSection({ d }: { d: DashboardDto }) {
  const my = d.myUnit!;
  return (
    <Row gutter={[16, 16]} data-testid="my-unit">
      <Col xs={24} lg={12}>
        <Card title={`Việc ${my.unitName} cần hoàn thành`} className="dashboard-card">
          <List
            dataSource={my.owesNext}
            locale={{ emptyText: 'Đơn vị không còn việc nào phải nộp trong năm.' }}
            renderItem={(o) => (
              <List.Item key={o.obligationId} extra={<Tag color={statusColor[o.status]}>{daysText(o.daysUntilDue)}</Tag>}>
                <List.Item.Meta title={<Link to={o.link}>{o.title}</Link>} description={`${o.planNumber ? `Kế hoạch số ${o.planNumber}, ` : ''}${o.deadlineText}`} />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="Bị trả lại, cần bổ sung" className="dashboard-card">
          <List
            dataSource={my.returned}
            locale={{ emptyText: 'Không có hồ sơ nào bị trả lại.' }}
            renderItem={(r) => (
              <List.Item key={r.link + r.title}>
                <List.Item.Meta title={<Link to={r.link}>{r.title}</Link>} description={r.comment ?? undefined} />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <ChartCard<DashboardDto['myUnit'] extends infer M ? (M extends { trend: (infer T)[] } ? T : never) : never>
          title={`Kết quả của ${my.unitName} qua các năm`}
          chartId="trend"
          option={trendOption(d)}
          onExcel={() => downloadDashboardXlsx({ unitId: d.unit.id, year: d.year }, 'trend')}
          rows={my.trend}
          rowKey={(r) => String(r.year)}
          columns={[
            { title: 'Năm', dataIndex: 'year' },
            { title: 'Phải nộp', align: 'right', render: (_, r) => viNumber(r.owed) },
            { title: 'Đúng hạn', align: 'right', render: (_, r) => viNumber(r.onTime) },
            { title: 'Muộn', align: 'right', render: (_, r) => viNumber(r.late) },
            { title: 'Quá hạn', align: 'right', render: (_, r) => viNumber(r.missing) },
            { title: 'Tỷ lệ đúng hạn', align: 'right', render: (_, r) => viPercent(r.timelinessRate) },
            { title: 'Xếp loại', render: (_, r) => r.levelName ?? '—' },
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
  if (error || !data) return <Alert type="warning" showIcon title="Chưa tải được việc của đơn vị." />;
  if (data.coordinator) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          <span>
            Tỷ lệ nộp đúng hạn năm {data.year} của {data.unit.name}: <b>{viPercent(data.compliance.overall.timelinessRate)}</b>; quá hạn chưa nộp: <b>{viNumber(data.compliance.overall.overdue)}</b>; báo cáo chờ xem xét: <b>{viNumber(data.review.count)}</b>. <Link to="/bang-dieu-khien">Xem bảng điều khiển</Link>
          </span>
        }
      />
    );
  }
  if (!data.myUnit) return null;
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={4}>Việc của đơn vị</Typography.Title>
      <MyUnitSection d={data} />
    </div>
  );
}
