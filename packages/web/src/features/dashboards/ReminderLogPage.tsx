// "Nhắc hạn đã gửi": what the reminders told whom, when, through which channel, within the coordinator's
// subtree; and, for the plan picked at the top, its reminder schedule (ReminderSettingsCard).
import './dashboards.css';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Form, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { matchesQuery } from '@dvcq/domain';
import { ROLE_LABELS, type ReminderLogEntryDto, type Role } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { showDate, showDateTime } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { viNumber } from './ChartCard.tsx';
import { ReminderSettingsCard } from './ReminderSettingsCard.tsx';
import { usePublishedPlans, useReminderLog } from './remindersApi.ts';
import { dashboardKeys, fetchPreferences } from './dashboardsApi.ts';

const EMAIL_STATE: Record<ReminderLogEntryDto['email'], { label: string; color: string }> = {
  pending: { label: 'Chờ gửi', color: 'gold' },
  queued: { label: 'Chờ gửi', color: 'gold' },
  sending: { label: 'Đang gửi', color: 'gold' },
  sent: { label: 'Đã gửi', color: 'green' },
  failed: { label: 'Lỗi', color: 'red' },
  skipped: { label: 'Bỏ qua theo lựa chọn của người nhận', color: 'default' },
  obsolete: { label: 'Không gửi: đơn vị đã nộp hoặc được miễn', color: 'default' },
};

/** When the server has no SMTP, every e-mail is "skipped" whatever the person chose: say so. */
const columnsFor = (emailAvailable: boolean): ColumnsType<ReminderLogEntryDto> => [
  { title: 'Thời điểm', dataIndex: 'createdAt', width: 150, render: (v: string) => showDateTime(v) },
  {
    title: 'Người nhận',
    dataIndex: 'userName',
    render: (v: string, r) => (
      <>
        {v}
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{ROLE_LABELS[r.role as Role] ?? r.role}</Typography.Text>
      </>
    ),
  },
  { title: 'Đơn vị', dataIndex: 'unitName' },
  {
    title: 'Việc phải nộp',
    dataIndex: 'title',
    render: (v: string, r) => (
      <>
        {v}
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.planNumber ? `Kế hoạch số ${r.planNumber} · ` : ''}Hạn: {r.deadlineText || showDate(r.dueDate)}
        </Typography.Text>
      </>
    ),
  },
  {
    title: 'Mức nhắc',
    dataIndex: 'offsetLabel',
    width: 150,
    render: (v: string, r) => <Tag color={r.offsetDays < 0 ? 'red' : r.offsetDays === 0 ? 'orange' : 'blue'}>{v}</Tag>,
  },
  {
    title: 'Kênh',
    key: 'channel',
    width: 150,
    render: (_, r) => [r.inApp && 'trong ứng dụng', !['skipped', 'obsolete'].includes(r.email) && 'e-mail'].filter(Boolean).join(', ') || '—',
  },
  {
    title: 'Trạng thái e-mail',
    dataIndex: 'email',
    width: 190,
    render: (v: ReminderLogEntryDto['email'], r) => (
      <>
        <Tag color={EMAIL_STATE[v].color} style={{ whiteSpace: 'normal' }}>
          {v === 'skipped' && !emailAvailable ? 'Bỏ qua: máy chủ chưa cấu hình thư điện tử' : EMAIL_STATE[v].label}
        </Tag>
        {r.emailSentAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            lúc {showDateTime(r.emailSentAt)}
          </Typography.Text>
        )}
      </>
    ),
  },
];

export function ReminderLogPage() {
  usePageTitle('Nhắc hạn đã gửi');
  const [params, setParams] = useSearchParams();
  const planId = params.get('planId') ?? undefined;
  const unitId = params.get('unitId') ?? undefined;
  const setParam = (k: string, v: string | undefined) =>
    setParams(
      (p) => {
        if (v) p.set(k, v);
        else p.delete(k);
        return p;
      },
      { replace: true },
    );
  const plans = usePublishedPlans();
  const log = useReminderLog({ planId, unitId });
  const prefs = useQuery({ queryKey: dashboardKeys.prefs, queryFn: fetchPreferences, staleTime: 60_000 });
  const emailAvailable = prefs.data?.emailAvailable ?? true;
  const columns = useMemo(() => columnsFor(emailAvailable), [emailAvailable]);
  const planOptions = useMemo(
    () =>
      (plans.data ?? []).map((p) => ({
        value: p.id,
        label: `${p.number ? `Số ${p.number}` : 'Chưa có số'} — ${p.title}`,
        search: `${p.number ?? ''} ${p.title} ${p.issuerName}`,
      })),
    [plans.data],
  );

  return (
    <div className="page reminder-log-page">
      <Typography.Title level={2} className="page-title">
        Nhắc hạn đã gửi
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        Hệ thống tự nhắc các đơn vị trước và sau mỗi hạn nộp; trang này cho biết đã nhắc ai, lúc nào, qua kênh nào. Chọn một kế hoạch để xem và đặt lịch nhắc hạn của kế hoạch đó.
      </Typography.Paragraph>

      <Card className="dashboard-card no-print" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={[16, 0]}>
            <Col xs={24} md={14}>
              <Form.Item label="Kế hoạch" htmlFor="reminder-plan" style={{ marginBottom: 8 }}>
                <Select
                  id="reminder-plan"
                  aria-label="Kế hoạch"
                  allowClear
                  showSearch={{ filterOption: (input, o) => matchesQuery(String(o?.search ?? ''), input) }}
                  loading={plans.isLoading}
                  placeholder="Tất cả kế hoạch đã ban hành"
                  options={planOptions}
                  value={planId ?? null}
                  onChange={(v: string | null | undefined) => setParam('planId', v ?? undefined)}
                  style={{ width: '100%' }}
                  notFoundContent="Chưa có kế hoạch nào đã ban hành."
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="Đơn vị (gồm cả đơn vị trực thuộc)" htmlFor="reminder-unit" style={{ marginBottom: 8 }}>
                <UnitTreeSelect
                  id="reminder-unit"
                  aria-label="Đơn vị"
                  placeholder="Tất cả đơn vị trong phạm vi"
                  value={unitId}
                  onChange={(v: string | null | undefined) => setParam('unitId', v ?? undefined)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {plans.error && <Alert type="error" showIcon title={errorMessage(plans.error)} />}
      </Card>

      {planId && (
        <div style={{ marginBottom: 16 }}>
          <ReminderSettingsCard planId={planId} title={`Lịch nhắc hạn của kế hoạch ${plans.data?.find((p) => p.id === planId)?.number ?? 'đã chọn'}`} />
        </div>
      )}

      <Card
        className="dashboard-card"
        title={
          <Space wrap>
            <span>Các lượt nhắc</span>
            {log.data && <Typography.Text type="secondary">({viNumber(log.data.total)} lượt{log.data.total > log.data.items.length ? `, hiển thị ${viNumber(log.data.items.length)} lượt mới nhất` : ''})</Typography.Text>}
          </Space>
        }
      >
        {!emailAvailable && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="Máy chủ chưa cấu hình gửi thư điện tử: nhắc hạn hiện chỉ gửi trong ứng dụng." />}
        {log.error ? (
          <Alert type="error" showIcon title={errorMessage(log.error)} />
        ) : (
          <Table<ReminderLogEntryDto>
            data-testid="reminder-log"
            size="small"
            rowKey="id"
            loading={log.isLoading}
            columns={columns}
            dataSource={log.data?.items ?? []}
            pagination={(log.data?.items.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: <Empty description={planId || unitId ? 'Chưa có lượt nhắc hạn nào khớp với bộ lọc.' : 'Chưa có lượt nhắc hạn nào được gửi.'} /> }}
          />
        )}
      </Card>
    </div>
  );
}
