// "Sắp xếp tổ chức" (administrators): the batches recorded so far with their legal basis and events, the
// newest revertible while nothing was recorded for its new units; a new batch drafted event by event or
// proposed from a resolution, previewed as before/after, and applied in one transaction.
import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Form, Input, List, Popconfirm, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, FileSearchOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import {
  ORG_EVENT_KIND_LABELS,
  type ImportOrgBatchResponseDto,
  type OrgBatchPreviewDto,
  type OrgBatchRequest,
  type OrgEventInput,
} from '@dvcq/shared';
import { formatNumberVi } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime, toIsoDate } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { BatchPreview } from './BatchPreview.tsx';
import { ImportResolutionDialog } from './ImportResolutionDialog.tsx';
import { OrgEventDialog } from './OrgEventDialog.tsx';
import { orgApi, orgKeys, useOrgEvents, useOrgUnits } from './orgApi.ts';
import { describeEvent, groupBatches, legalBasisText, newUnitNames, revertableBatchId, type BatchSummary } from './restructuring.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/org.ts';

interface HeaderValues {
  title: string;
  legalNumber: string;
  legalDate: Dayjs;
  legalIssuer: string;
  effectiveDate: Dayjs;
  obligationRule: OrgBatchRequest['obligationRule'];
}

function BatchEditor({ initial, onDone }: { initial: ImportOrgBatchResponseDto['batch'] | null; onDone: () => void }) {
  const [form] = Form.useForm<HeaderValues>();
  const [events, setEvents] = useState<OrgEventInput[]>(initial?.events ?? []);
  const [adding, setAdding] = useState(false);
  const [preview, setPreview] = useState<{ body: string; result: OrgBatchPreviewDto } | null>(null);
  const batchDate = Form.useWatch('effectiveDate', form);
  const units = useOrgUnits(true);
  const { message } = App.useApp();

  const names = useMemo(() => {
    const m = new Map((units.data ?? []).map((u) => [u.id, u.name]));
    for (const [id, name] of newUnitNames(events)) m.set(id, name);
    return m;
  }, [units.data, events]);
  const nameOf = (id: string) => names.get(id) ?? id;

  const request = (v: HeaderValues): OrgBatchRequest => ({
    title: v.title.trim(),
    legalBasis: { number: v.legalNumber.trim(), date: toIsoDate(v.legalDate)!, issuer: v.legalIssuer.trim() },
    effectiveDate: toIsoDate(v.effectiveDate)!,
    obligationRule: v.obligationRule,
    events,
  });

  const check = useSave({
    form,
    fields: ['title', 'legalNumber', 'legalDate', 'legalIssuer', 'effectiveDate', 'obligationRule'],
    rename: { 'legalBasis.number': 'legalNumber', 'legalBasis.date': 'legalDate', 'legalBasis.issuer': 'legalIssuer' },
    errorDisplay: 'summary',
    run: async (v: HeaderValues) => {
      const body = request(v);
      return { body: JSON.stringify(body), result: await orgApi.previewBatch(body) };
    },
    onSuccess: (res) => setPreview(res),
  });
  const apply = useSave({
    errorDisplay: 'summary',
    run: (body: OrgBatchRequest) => orgApi.applyBatch(body),
    invalidate: [orgKeys.all],
    success: (b) => t('restructure.applied', { title: b.title, count: formatNumberVi(b.eventCount) }),
    onSuccess: onDone,
  });

  const runPreview = async () => {
    if (events.length === 0) {
      void message.warning(t('restructure.noEvents'));
      return;
    }
    setPreview(null);
    await check.submit();
  };

  // Apply only what was previewed: any change to the header or the events asks for a new preview.
  const current = () => JSON.stringify(request(form.getFieldsValue(true) as HeaderValues));
  const [, setTick] = useState(0);
  const previewCurrent =
    !!preview &&
    (() => {
      try {
        return preview.body === current();
      } catch {
        return false;
      }
    })();
  const canApply = previewCurrent && preview.result.problems.length === 0;

  const initialValues = initial
    ? {
        title: initial.title,
        legalNumber: initial.legalBasis.number,
        legalDate: dayjs(initial.legalBasis.date),
        legalIssuer: initial.legalBasis.issuer,
        effectiveDate: dayjs(initial.effectiveDate),
        obligationRule: initial.obligationRule,
      }
    : { obligationRule: 'successor_owes' as const };

  return (
    <Card title={t('restructure.newBatch')} data-testid="batch-editor" style={{ marginBottom: 16 }}>
      <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={() => setTick((n) => n + 1)}>
        <Form.Item label={t('restructure.batchTitle')} name="title" rules={[requiredText(t('restructure.batchTitle'))]}>
          <Input maxLength={300} placeholder={t('restructure.batchTitlePlaceholder')} />
        </Form.Item>
        <Space wrap style={{ width: '100%' }} styles={{ item: { minWidth: 200 } }}>
          <Form.Item label={t('restructure.legalNumber')} name="legalNumber" rules={[requiredText(t('restructure.legalNumber'))]}>
            <Input maxLength={60} placeholder={t('restructure.legalNumberPlaceholder')} />
          </Form.Item>
          <Form.Item
            {...dayjsDateItem}
            label={t('restructure.legalDate')}
            name="legalDate"
            rules={[requiredChoice(t('restructure.legalDate'))]}
          >
            <DateInput />
          </Form.Item>
          <Form.Item
            {...dayjsDateItem}
            label={t('restructure.effectiveDate')}
            name="effectiveDate"
            rules={[requiredChoice(t('restructure.effectiveDate'))]}
          >
            <DateInput />
          </Form.Item>
        </Space>
        <Form.Item label={t('restructure.legalIssuer')} name="legalIssuer" rules={[requiredText(t('restructure.legalIssuer'))]}>
          <Input maxLength={300} placeholder={t('restructure.legalIssuerPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('restructure.obligationRule')} name="obligationRule">
          <Radio.Group
            options={[
              { value: 'successor_owes', label: t('restructure.rule.successor_owes') },
              { value: 'waived', label: t('restructure.rule.waived') },
            ]}
          />
        </Form.Item>
      </Form>
      <Typography.Title level={5}>{t('restructure.events', { count: formatNumberVi(events.length) })}</Typography.Title>
      <List
        size="small"
        bordered
        dataSource={events}
        locale={{ emptyText: t('restructure.noEvents') }}
        pagination={events.length > 20 ? { pageSize: 20, size: 'small' } : false}
        data-testid="batch-events"
        renderItem={(e, i) => (
          <List.Item
            actions={[
              <Button
                key="remove"
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('common.remove')}
                onClick={() => setEvents((list) => list.filter((_, j) => j !== i))}
              />,
            ]}
          >
            {`${i + 1}. ${describeEvent(e, nameOf)}`}
          </List.Item>
        )}
      />
      <div className="page-toolbar" style={{ marginTop: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('restructure.addEvent')}
        </Button>
        <Button icon={<FileSearchOutlined />} loading={check.pending} onClick={() => void runPreview()}>
          {t('restructure.preview')}
        </Button>
        <Button
          type="primary"
          disabled={!canApply}
          loading={apply.pending}
          onClick={() => preview && void apply.run(JSON.parse(preview.body) as OrgBatchRequest)}
        >
          {t('restructure.apply')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
      <SaveAlert save={check} style={{ marginTop: 12 }} />
      <SaveAlert save={apply} style={{ marginTop: 12 }} />
      {preview && !previewCurrent && <Typography.Paragraph type="warning">{t('restructure.previewStale')}</Typography.Paragraph>}
      {preview && <BatchPreview preview={preview.result} describe={(i) => (events[i] ? describeEvent(events[i], nameOf) : '')} />}
      <OrgEventDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdd={(e) => setEvents((list) => [...list, e])}
        batchDate={batchDate ? (toIsoDate(batchDate) ?? null) : null}
      />
    </Card>
  );
}

export function RestructuringPage() {
  usePageTitle(t('restructure.title'));
  const events = useOrgEvents(true);
  const batches = useMemo(() => groupBatches(events.data ?? []), [events.data]);
  const revertable = revertableBatchId(batches);
  const [draft, setDraft] = useState<{ key: number; initial: ImportOrgBatchResponseDto['batch'] | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const revert = useSave({
    errorDisplay: 'toast',
    run: (id: string) => orgApi.revertBatch(id),
    invalidate: [orgKeys.all],
    success: (b) => t('restructure.reverted', { title: b.title }),
  });

  return (
    <div className="page">
      <Link to="/don-vi">
        <ArrowLeftOutlined /> {t('org.title')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {t('restructure.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('restructure.intro')}</Typography.Paragraph>
      {!draft && (
        <div className="page-toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDraft({ key: Date.now(), initial: null })}>
            {t('restructure.newBatch')}
          </Button>
          <Button icon={<FileSearchOutlined />} onClick={() => setImporting(true)}>
            {t('restructure.importButton')}
          </Button>
        </div>
      )}
      {draft && <BatchEditor key={draft.key} initial={draft.initial} onDone={() => setDraft(null)} />}
      <Card title={t('restructure.batches')}>
        {events.isLoading ? (
          <Spin />
        ) : events.isError ? (
          <Typography.Text type="danger">{errorMessage(events.error)}</Typography.Text>
        ) : batches.length === 0 ? (
          <Empty description={t('restructure.noBatches')} />
        ) : (
          <Table<BatchSummary>
            rowKey="id"
            size="small"
            dataSource={batches}
            pagination={batches.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            data-testid="batch-list"
            expandable={{
              expandedRowRender: (b) => (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {b.events.map((e) => (
                    <li key={e.id}>
                      {`${ORG_EVENT_KIND_LABELS[e.kind]} (${showDate(e.effectiveDate)}): ${e.units.map((u) => u.name).join(', ')}`}
                    </li>
                  ))}
                </ul>
              ),
            }}
            columns={[
              {
                title: t('restructure.batchTitle'),
                render: (_, b) => (
                  <div style={{ minWidth: 220, whiteSpace: 'normal' }}>
                    <div style={{ fontWeight: 500 }}>{b.title}</div>
                    <Typography.Text type="secondary">{legalBasisText(b.legalBasis)}</Typography.Text>
                  </div>
                ),
              },
              { title: t('restructure.effectiveDate'), render: (_, b) => showDate(b.effectiveDate) },
              {
                title: t('restructure.eventKinds'),
                render: (_, b) => (
                  <Space wrap size={[4, 4]}>
                    {[...new Set(b.events.map((e) => e.kind))].map((k) => (
                      <Tag key={k}>{`${ORG_EVENT_KIND_LABELS[k]} × ${formatNumberVi(b.events.filter((e) => e.kind === k).length)}`}</Tag>
                    ))}
                  </Space>
                ),
              },
              {
                title: t('common.actions'),
                render: (_, b) =>
                  b.revertedAt ? (
                    <Tag>{t('restructure.revertedOn', { at: showDateTime(b.revertedAt) })}</Tag>
                  ) : b.id === revertable ? (
                    <Popconfirm
                      title={t('restructure.revertConfirm', { title: b.title })}
                      okText={t('restructure.revert')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => revert.run(b.id)}
                    >
                      <Button size="small" danger icon={<RollbackOutlined />} loading={revert.pending}>
                        {t('restructure.revert')}
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      <ImportResolutionDialog
        open={importing}
        onClose={() => setImporting(false)}
        onUse={(p) => setDraft({ key: Date.now(), initial: p.batch })}
      />
    </div>
  );
}
