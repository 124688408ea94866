// "Lịch nhắc hạn" of one plan: when units are reminded of what they owe (defaults: 7, 3, 1 days before,
// on the day, every 3 days once overdue). The coordinator of the plan's issuing unit edits it (saved with
// the version: a concurrent change gives a 409 and the typed values stay); anyone else only reads.
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, InputNumber, List, Space, Spin, Switch, Tag, Typography } from 'antd';
import { BellOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ReminderSettingsDto, ReminderSettingsResponseDto } from '@dvcq/shared';
import { ApiError, errorMessage } from '../../api/client.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { describeReminderSchedule, fetchReminderSettings, reminderKeys, saveReminderSettings } from './remindersApi.ts';

interface FormValues {
  enabled: boolean;
  daysBefore: number[];
  onDueDay: boolean;
  overdueOn: boolean;
  overdueEveryDays: number | null;
  overdueMaxCount: number | null;
}

const FIELDS = ['enabled', 'daysBefore', 'onDueDay', 'overdueEveryDays', 'overdueMaxCount'] as const;
const MAX_OFFSETS = 10;

const toForm = (s: ReminderSettingsResponseDto): FormValues => ({
  enabled: s.enabled,
  daysBefore: [...s.daysBefore].sort((a, b) => b - a),
  onDueDay: s.onDueDay,
  overdueOn: s.overdueEveryDays !== null,
  overdueEveryDays: s.overdueEveryDays ?? 3,
  overdueMaxCount: s.overdueMaxCount,
});

const fromForm = (v: FormValues): ReminderSettingsDto => ({
  enabled: v.enabled,
  daysBefore: [...new Set(v.daysBefore)].sort((a, b) => b - a),
  onDueDay: v.onDueDay,
  overdueEveryDays: v.overdueOn ? (v.overdueEveryDays ?? null) : null,
  overdueMaxCount: v.overdueOn ? (v.overdueMaxCount ?? null) : null,
});

/** The list of "N ngày trước hạn" offsets: a tag per offset (×: remove) and a number box to add one. */
function OffsetsInput({ value = [], onChange, disabled }: { value?: number[]; onChange?: (v: number[]) => void; disabled?: boolean }) {
  const [draft, setDraft] = useState<number | null>(null);
  const add = () => {
    if (draft === null || value.includes(draft)) return setDraft(null);
    onChange?.([...value, draft].sort((a, b) => b - a));
    setDraft(null);
  };
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap size={[4, 8]} data-testid="reminder-offsets">
        {value.length === 0 && <Typography.Text type="secondary">Không nhắc trước hạn.</Typography.Text>}
        {value.map((d) => (
          <Tag
            key={d}
            color="blue"
            closable={!disabled}
            onClose={(e) => {
              e.preventDefault();
              onChange?.(value.filter((x) => x !== d));
            }}
            closeIcon={<span aria-label={`Bỏ nhắc ${d} ngày trước hạn`}>×</span>}
            style={{ fontSize: 14, padding: '2px 8px' }}
          >
            {d} ngày trước hạn
          </Tag>
        ))}
      </Space>
      {!disabled && value.length < MAX_OFFSETS && (
        <Space.Compact>
          <InputNumber<number>
            aria-label="Số ngày trước hạn cần nhắc thêm"
            min={1}
            max={60}
            precision={0}
            value={draft}
            onChange={(v) => setDraft(v)}
            onPressEnter={(e) => {
              e.preventDefault();
              add();
            }}
            placeholder="Số ngày"
            style={{ width: 110 }}
          />
          <Button icon={<PlusOutlined />} onClick={add} disabled={draft === null}>
            Thêm mốc nhắc
          </Button>
        </Space.Compact>
      )}
    </Space>
  );
}

interface Props {
  planId: string;
  /** Show the schedule without the form even to someone who may edit it. */
  readOnly?: boolean;
  title?: string;
}

/** A fresh form per plan. */
export function ReminderSettingsCard(props: Props) {
  return <ReminderSettingsForm key={props.planId} {...props} />;
}

function ReminderSettingsForm({ planId, readOnly = false, title = 'Lịch nhắc hạn' }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const { data, isLoading, error, refetch, isFetching } = useQuery({
    queryKey: reminderKeys.settings(planId),
    queryFn: () => fetchReminderSettings(planId),
    refetchOnWindowFocus: false,
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });

  // Load the server's values into the form when the plan changes or a new version arrives (after a save
  // or an explicit reload) — never on an error, so what the person typed stays.
  useEffect(() => {
    if (!data || data.version === baseVersion) return;
    form.resetFields();
    form.setFieldsValue(toForm(data));
    setBaseVersion(data.version);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, form]);

  const save = useMutation({
    mutationFn: (v: FormValues) => saveReminderSettings(planId, { ...fromForm(v), expectedVersion: baseVersion ?? data?.version ?? 0 }),
    onSuccess: (s) => {
      setSummary(null);
      setConflict(false);
      qc.setQueryData(reminderKeys.settings(planId), s);
      void message.success('Đã lưu lịch nhắc hạn của kế hoạch.');
    },
    onError: (e) => {
      const rename: Record<string, string> = {};
      if (e instanceof ApiError) for (const k of Object.keys(e.fields)) if (k.startsWith('daysBefore.')) rename[k] = 'daysBefore';
      setConflict(e instanceof ApiError && e.status === 409);
      setSummary(applyServerErrors(form, e, FIELDS, rename).summary);
    },
  });

  const values = Form.useWatch([], form) as FormValues | undefined;
  const enabled = values?.enabled ?? data?.enabled ?? true;
  const overdueOn = values?.overdueOn ?? (data ? data.overdueEveryDays !== null : true);
  const preview = values && data ? describeReminderSchedule(fromForm({ ...toForm(data), ...values })) : data ? describeReminderSchedule(data) : [];

  const stopNote = (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
      Nhắc hạn gửi tới công chức phụ trách và thủ trưởng của từng đơn vị phải nộp (trong ứng dụng và qua thư điện tử theo lựa chọn của mỗi người). Việc nhắc <b>dừng ngay khi đơn vị đã nộp hoặc được miễn</b>.
    </Typography.Paragraph>
  );

  let body;
  if (isLoading) body = <Spin />;
  else if (error instanceof ApiError && (error.status === 403 || error.status === 401))
    body = (
      <>
        {stopNote}
        <Alert type="info" showIcon title="Chỉ cơ quan điều phối của đơn vị ban hành kế hoạch xem và đặt được lịch nhắc hạn của kế hoạch này." />
      </>
    );
  else if (error || !data) body = <Alert type="error" showIcon title={errorMessage(error)} />;
  else if (readOnly)
    body = (
      <>
        {stopNote}
        {!data.enabled ? (
          <Alert type="warning" showIcon title="Đã tắt nhắc hạn cho kế hoạch này." />
        ) : (
          <List size="small" dataSource={describeReminderSchedule(data)} renderItem={(l) => <List.Item>{l}</List.Item>} locale={{ emptyText: 'Không có mốc nhắc nào.' }} />
        )}
      </>
    );
  else
    body = (
      <>
        {stopNote}
        {summary && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={summary}
            action={
              conflict ? (
                <Button
                  size="small"
                  icon={<ReloadOutlined />}
                  loading={isFetching}
                  onClick={() => {
                    setSummary(null);
                    setConflict(false);
                    void refetch();
                  }}
                >
                  Tải lại cài đặt
                </Button>
              ) : undefined
            }
          />
        )}
        <Form<FormValues> form={form} layout="vertical" initialValues={toForm(data)} onFinish={(v) => save.mutate(v)} requiredMark={false}>
          <Form.Item name="enabled" valuePropName="checked" style={{ marginBottom: 12 }}>
            <Switch checkedChildren="Đang bật nhắc hạn" unCheckedChildren="Đã tắt nhắc hạn" aria-label="Bật nhắc hạn" />
          </Form.Item>
          <Form.Item name="daysBefore" label="Nhắc trước hạn" extra={`Tối đa ${MAX_OFFSETS} mốc, mỗi mốc từ 1 đến 60 ngày.`}>
            <OffsetsInput disabled={!enabled} />
          </Form.Item>
          <Form.Item name="onDueDay" valuePropName="checked">
            <Checkbox disabled={!enabled}>Nhắc đúng ngày hạn</Checkbox>
          </Form.Item>
          <Form.Item name="overdueOn" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox disabled={!enabled}>Nhắc khi đã quá hạn mà chưa nộp</Checkbox>
          </Form.Item>
          {overdueOn && (
            <Space wrap align="start" size={[16, 0]}>
              <Form.Item
                name="overdueEveryDays"
                label="Sau hạn: cứ mấy ngày nhắc một lần"
                rules={[{ required: true, message: 'Hãy nhập số ngày (1–60).' }]}
              >
                <InputNumber<number> min={1} max={60} precision={0} suffix="ngày" disabled={!enabled} style={{ width: 150 }} />
              </Form.Item>
              <Form.Item name="overdueMaxCount" label="Nhắc quá hạn tối đa" extra="Để trống: nhắc đến khi đơn vị nộp hoặc được miễn.">
                <InputNumber<number> min={1} max={100} precision={0} suffix="lần" disabled={!enabled} placeholder="Không giới hạn" style={{ width: 170 }} />
              </Form.Item>
            </Space>
          )}
          <Typography.Paragraph style={{ marginBottom: 12 }} data-testid="reminder-preview">
            <b>Sẽ nhắc:</b> {enabled ? (preview.length ? preview.join('; ') : 'không có mốc nào') : 'không nhắc (đã tắt)'}.
          </Typography.Paragraph>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              Lưu lịch nhắc hạn
            </Button>
            {data.isDefault && <Typography.Text type="secondary">Đang dùng lịch mặc định.</Typography.Text>}
          </Space>
        </Form>
      </>
    );

  return (
    <Card
      title={
        <span>
          <BellOutlined /> {title}
        </span>
      }
      className="dashboard-card"
      data-testid="reminder-settings"
    >
      {body}
    </Card>
  );
}
