// "Lịch nhắc hạn" of one plan: when units are reminded of what they owe (defaults: 7, 3, 1 days before,
// on the day, every 3 days once overdue). The coordinator of the plan's issuing unit edits it (saved with
// the version: a concurrent change gives a 409 and the typed values stay); anyone else only reads.
import { useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, InputNumber, List, Space, Spin, Switch, Tag, Typography } from 'antd';
import { BellOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { ApiError, errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { tRich } from '../../i18n/rich.tsx';
import { useSave } from '../../lib/useSave.ts';
import { describeReminderSchedule, fromReminderForm, toReminderForm, type ReminderFormValues } from './reminderSchedule.ts';
import { reminderKeys, remindersApi } from './remindersApi.ts';
import '../../i18n/vi/reminders.ts';

const FIELDS = ['enabled', 'daysBefore', 'onDueDay', 'overdueEveryDays', 'overdueMaxCount'] as const;
const MAX_OFFSETS = 10;
const bold = (s: ReactNode) => <b>{s}</b>;

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
        {value.length === 0 && <Typography.Text type="secondary">{t('reminders.settings.noDaysBefore')}</Typography.Text>}
        {value.map((d) => (
          <Tag
            key={d}
            color="blue"
            closable={!disabled}
            onClose={(e) => {
              e.preventDefault();
              onChange?.(value.filter((x) => x !== d));
            }}
            closeIcon={<span aria-label={t('reminders.settings.removeOffset', { days: d })}>×</span>}
            style={{ fontSize: 14, padding: '2px 8px' }}
          >
            {t('reminders.daysBefore', { days: d })}
          </Tag>
        ))}
      </Space>
      {!disabled && value.length < MAX_OFFSETS && (
        <Space.Compact>
          <InputNumber<number>
            aria-label={t('reminders.settings.addOffsetLabel')}
            min={1}
            max={60}
            precision={0}
            value={draft}
            onChange={(v) => setDraft(v)}
            onPressEnter={(e) => {
              e.preventDefault();
              add();
            }}
            placeholder={t('reminders.settings.addOffsetPlaceholder')}
            style={{ width: 110 }}
          />
          <Button icon={<PlusOutlined />} onClick={add} disabled={draft === null}>
            {t('reminders.settings.addOffset')}
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

function ReminderSettingsForm({ planId, readOnly = false, title = t('reminders.settings.title') }: Props) {
  const qc = useQueryClient();
  const [form] = Form.useForm<ReminderFormValues>();
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const { data, isLoading, error, refetch, isFetching } = useQuery({
    queryKey: reminderKeys.settings(planId),
    queryFn: () => remindersApi.settings(planId),
    refetchOnWindowFocus: false,
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });

  // Load the server's values into the form when the plan changes or a new version arrives (after a save
  // or an explicit reload) — never on an error, so what the person typed stays.
  useEffect(() => {
    if (!data || data.version === baseVersion) return;
    form.resetFields();
    form.setFieldsValue(toReminderForm(data));
    setBaseVersion(data.version);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, form]);

  const save = useSave({
    form,
    fields: FIELDS,
    // Each offset's message belongs to the offsets box.
    rename: (e) =>
      Object.fromEntries(
        Object.keys(e.fields)
          .filter((k) => k.startsWith('daysBefore.'))
          .map((k) => [k, 'daysBefore']),
      ),
    run: (v: ReminderFormValues) =>
      remindersApi.saveSettings(planId, { ...fromReminderForm(v), expectedVersion: baseVersion ?? data?.version ?? 0 }),
    onSuccess: (s) => {
      qc.setQueryData(reminderKeys.settings(planId), s);
    },
    success: t('reminders.settings.saved'),
  });

  const values = Form.useWatch([], form) as ReminderFormValues | undefined;
  const enabled = values?.enabled ?? data?.enabled ?? true;
  const overdueOn = values?.overdueOn ?? (data ? data.overdueEveryDays !== null : true);
  const preview =
    values && data
      ? describeReminderSchedule(fromReminderForm({ ...toReminderForm(data), ...values }))
      : data
        ? describeReminderSchedule(data)
        : [];

  const stopNote = (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
      {tRich('reminders.settings.stopNote', {}, { b: bold })}
    </Typography.Paragraph>
  );

  let body;
  if (isLoading) body = <Spin />;
  else if (error instanceof ApiError && (error.status === 403 || error.status === 401))
    body = (
      <>
        {stopNote}
        <Alert type="info" showIcon title={t('reminders.settings.forbidden')} />
      </>
    );
  else if (error || !data) body = <Alert type="error" showIcon title={errorMessage(error)} />;
  else if (readOnly)
    body = (
      <>
        {stopNote}
        {!data.enabled ? (
          <Alert type="warning" showIcon title={t('reminders.settings.disabled')} />
        ) : (
          <List
            size="small"
            dataSource={describeReminderSchedule(data)}
            renderItem={(l) => <List.Item>{l}</List.Item>}
            locale={{ emptyText: t('reminders.settings.noneScheduled') }}
          />
        )}
      </>
    );
  else
    body = (
      <>
        {stopNote}
        {save.summary && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={save.summary}
            action={
              save.conflict ? (
                <Button
                  size="small"
                  icon={<ReloadOutlined />}
                  loading={isFetching}
                  onClick={() => {
                    save.clear();
                    void refetch();
                  }}
                >
                  {t('reminders.settings.reload')}
                </Button>
              ) : undefined
            }
          />
        )}
        <Form<ReminderFormValues>
          form={form}
          layout="vertical"
          initialValues={toReminderForm(data)}
          onFinish={(v) => void save.run(v)}
          requiredMark={false}
        >
          <Form.Item name="enabled" valuePropName="checked" style={{ marginBottom: 12 }}>
            <Switch
              checkedChildren={t('reminders.settings.enabledOn')}
              unCheckedChildren={t('reminders.settings.enabledOff')}
              aria-label={t('reminders.settings.enabledLabel')}
            />
          </Form.Item>
          <Form.Item
            name="daysBefore"
            label={t('reminders.settings.daysBefore')}
            extra={t('reminders.settings.daysBeforeHint', { max: MAX_OFFSETS })}
          >
            <OffsetsInput disabled={!enabled} />
          </Form.Item>
          <Form.Item name="onDueDay" valuePropName="checked">
            <Checkbox disabled={!enabled}>{t('reminders.settings.onDueDay')}</Checkbox>
          </Form.Item>
          <Form.Item name="overdueOn" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox disabled={!enabled}>{t('reminders.settings.overdueOn')}</Checkbox>
          </Form.Item>
          {overdueOn && (
            <Space wrap align="start" size={[16, 0]}>
              <Form.Item
                name="overdueEveryDays"
                label={t('reminders.settings.overdueEvery')}
                rules={[{ required: true, message: t('reminders.settings.overdueEveryRequired') }]}
              >
                <InputNumber<number>
                  min={1}
                  max={60}
                  precision={0}
                  suffix={t('reminders.settings.daysSuffix')}
                  disabled={!enabled}
                  style={{ width: 150 }}
                />
              </Form.Item>
              <Form.Item name="overdueMaxCount" label={t('reminders.settings.overdueMax')} extra={t('reminders.settings.overdueMaxHint')}>
                <InputNumber<number>
                  min={1}
                  max={100}
                  precision={0}
                  suffix={t('reminders.settings.timesSuffix')}
                  disabled={!enabled}
                  placeholder={t('reminders.settings.unlimited')}
                  style={{ width: 170 }}
                />
              </Form.Item>
            </Space>
          )}
          <Typography.Paragraph style={{ marginBottom: 12 }} data-testid="reminder-preview">
            {tRich(
              'reminders.settings.preview',
              {
                list: enabled
                  ? preview.length
                    ? preview.join('; ')
                    : t('reminders.settings.previewNone')
                  : t('reminders.settings.previewOff'),
              },
              { b: bold },
            )}
          </Typography.Paragraph>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={save.pending}>
              {t('reminders.settings.save')}
            </Button>
            {data.isDefault && <Typography.Text type="secondary">{t('reminders.settings.isDefault')}</Typography.Text>}
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
