// "Bảng điều khiển": a coordinator's view of a subtree (completeness and timeliness by deadline, the
import './dashboards.css';
// heat map of units × deadlines, ranking against the target, reports awaiting review, appraisal progress)
// and, for a unit, what it owes next, what came back and its trend. Live data; printable.
import { useMemo } from 'react';
import { useSearchParams, Link } from 'react-router';
import { Alert, Button, Card, Col, List, Row, Select, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { DashboardDto } from '@dvcq/shared';
import { yearInProvince } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { showDate, showDateTime } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { ChartCard, viNumber, viPercent } from './ChartCard.tsx';
import { appraisalOption, complianceOption, heatmapOption, rankingOption, STATUS_LABELS } from './charts.ts';
import { downloadDashboardXlsx, useDashboard } from './dashboardsApi.ts';
import { MyUnitSection } from './MyUnitPanel.tsx';

const viDateTime = showDateTime;
const viDate = showDate;

export function DashboardPage() {
  usePageTitle('Bảng điều khiển');
  const [params, setParams] = useSearchParams();
  const thisYear = yearInProvince(new Date());
  const q = { unitId: params.get('unitId') ?? undefined, year: params.get('year') ? Number(params.get('year')) : undefined };
  const { data, isLoading, error } = useDashboard(q);
  const years = useMemo(() => [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3], [thisYear]);

  if (isLoading) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  if (error || !data) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const excel = (chart: string) => () => downloadDashboardXlsx({ unitId: data.unit.id, year: data.year }, chart);
  const d = data;

  return (
    <div className="page dashboard-page">
      <div className="dashboard-head">
        <Typography.Title level={2} className="page-title">
          Bảng điều khiển — {d.unit.name}, năm {d.year}
        </Typography.Title>
        <Space className="no-print" wrap>
          <Select
            aria-label="Năm"
            value={d.year}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
            onChange={(y: number) => setParams((p) => (p.set('year', String(y)), p))}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            In
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">Số liệu trực tiếp tại thời điểm {viDateTime(d.asOf)}.</Typography.Paragraph>

      <Row gutter={[16, 16]} className="dashboard-stats">
        <Col xs={12} md={6}><Card><Statistic title="Lượt phải nộp" value={d.compliance.overall.owed} formatter={(v) => viNumber(Number(v))} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title="Tỷ lệ đầy đủ" value={viPercent(d.compliance.overall.completenessRate)} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title="Tỷ lệ đúng hạn" value={viPercent(d.compliance.overall.timelinessRate)} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title="Quá hạn chưa nộp" value={d.compliance.overall.overdue} formatter={(v) => viNumber(Number(v))} valueStyle={{ color: d.compliance.overall.overdue ? '#cf1322' : undefined }} /></Card></Col>
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24}>
          <ChartCard<DashboardDto['compliance']['byDeadline'][number]>
            title="Tình hình nộp theo từng hạn"
            chartId="compliance"
            option={complianceOption(d)}
            onExcel={excel('compliance')}
            rows={d.compliance.byDeadline}
            rowKey={(r) => r.milestoneId}
            empty="Chưa có kế hoạch nào được ban hành trong năm."
            columns={[
              { title: 'Nội dung', dataIndex: 'title', render: (v: string, r) => <Link to={`/ke-hoach/${r.planId}`}>{v}</Link> },
              { title: 'Kế hoạch', dataIndex: 'planNumber' },
              { title: 'Thời hạn', dataIndex: 'deadlineText' },
              { title: 'Phải nộp', align: 'right', render: (_, r) => viNumber(r.tally.owed) },
              { title: 'Đúng hạn', align: 'right', render: (_, r) => viNumber(r.tally.onTime) },
              { title: 'Muộn', align: 'right', render: (_, r) => viNumber(r.tally.late) },
              { title: 'Quá hạn', align: 'right', render: (_, r) => viNumber(r.tally.overdue) },
              { title: 'Miễn', align: 'right', render: (_, r) => viNumber(r.tally.exempt) },
              { title: 'Đầy đủ', align: 'right', render: (_, r) => viPercent(r.tally.completenessRate) },
              { title: 'Đúng hạn (%)', align: 'right', render: (_, r) => viPercent(r.tally.timelinessRate) },
            ]}
          />
        </Col>
        <Col xs={24}>
          <ChartCard<DashboardDto['heatmap']['units'][number]>
            title="Đơn vị × hạn: tình trạng từng đơn vị"
            chartId="heatmap"
            height={Math.min(720, 140 + Math.min(d.heatmap.units.length, 30) * 22)}
            option={heatmapOption(d)}
            onExcel={excel('heatmap')}
            rows={d.heatmap.units}
            rowKey={(r) => r.unitId}
            columns={[
              { title: 'Cơ quan, đơn vị', dataIndex: 'unitName', fixed: 'left' },
              ...d.heatmap.deadlines.map((c, i) => ({
                title: `${c.title} (${viDate(c.dueDate)})`,
                key: c.milestoneId,
                render: (_: unknown, r: DashboardDto['heatmap']['units'][number]) => (r.statuses[i] ? STATUS_LABELS[r.statuses[i]] : '—'),
              })),
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard<DashboardDto['ranking']['distribution'][number]>
            title="Phân bố xếp loại so với chỉ tiêu"
            chartId="ranking"
            option={rankingOption(d)}
            onExcel={excel('ranking')}
            rows={d.ranking.distribution}
            rowKey={(r) => r.levelCode}
            empty="Chưa có số liệu xếp loại của năm."
            extra={d.ranking.target ? <Tag color={d.ranking.target.met ? 'green' : 'red'}>{d.ranking.target.met ? 'Đạt chỉ tiêu' : 'Chưa đạt chỉ tiêu'}</Tag> : null}
            columns={[
              { title: 'Mức xếp loại', dataIndex: 'levelName' },
              { title: 'Số đơn vị', align: 'right', render: (_, r) => viNumber(r.count) },
              { title: 'Tỷ lệ', align: 'right', render: (_, r) => `${viNumber(r.share, 1)}%` },
            ]}
          />
          {d.ranking.target && <Typography.Paragraph style={{ marginTop: 8 }}>{d.ranking.target.message}{d.ranking.issued ? ` (Quyết định số ${d.ranking.decisionNumber})` : ' (tạm tính, chưa ban hành)'}</Typography.Paragraph>}
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard<DashboardDto['appraisal']['agencies'][number]>
            title="Tiến độ thẩm định theo cơ quan"
            chartId="appraisal"
            option={appraisalOption(d)}
            onExcel={excel('appraisal')}
            rows={d.appraisal.agencies}
            rowKey={(r) => r.code}
            empty="Chưa có số liệu thẩm định của năm."
            columns={[
              { title: 'Cơ quan thẩm định', dataIndex: 'name' },
              { title: 'Phải thẩm định', align: 'right', render: (_, r) => viNumber(r.toReview) },
              { title: 'Đã thẩm định', align: 'right', render: (_, r) => viNumber(r.reviewed) },
              { title: 'Có điều chỉnh', align: 'right', render: (_, r) => viNumber(r.changed) },
              { title: 'Yêu cầu bổ sung', align: 'right', render: (_, r) => viNumber(r.sentBack) },
            ]}
          />
        </Col>
        <Col xs={24}>
          <Card title={`Báo cáo đang chờ xem xét (${viNumber(d.review.count)})`} className="dashboard-card">
            <List
              dataSource={d.review.items}
              locale={{ emptyText: 'Không có báo cáo nào đang chờ.' }}
              renderItem={(r) => (
                <List.Item key={r.obligationId} extra={r.submittedAt ? `Gửi lúc ${viDateTime(r.submittedAt)}` : null}>
                  <Link to={`/bao-cao/${r.obligationId}`}>{r.unitName}</Link> — {r.title}
                  {r.submissionCount > 1 && <Tag style={{ marginLeft: 8 }}>Lần {r.submissionCount}</Tag>}
                </List.Item>
              )}
            />
          </Card>
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
