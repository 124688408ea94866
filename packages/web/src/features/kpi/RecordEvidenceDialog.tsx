// "Ghi minh chứng": a unit officer records an article (date, title, channel, link, optional file or
// screenshot) or a portal visit reading, and the KPI rows it counts toward.
import { EvidenceUploadField } from '../../components/EvidenceUploadField.tsx';
import { useUnitFileUpload } from '../../lib/useUnitFileUpload.ts';
import { Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { KPI_CHANNEL_LABELS, KPI_CHANNELS, type KpiChannel } from '@dvcq/domain';
import type { KpiEvidenceDto, KpiProgressDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { kpiApi, kpiKeys } from './kpiApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/kpi.ts';

interface EvidenceValues {
  unitId: string;
  publishedOn: Dayjs;
  title: string;
  channel: KpiChannel;
  url?: string;
  visits?: number | null;
  rowIds: string[];
  checkLink: boolean;
}

export function RecordEvidenceDialog({
  open,
  setId,
  progress,
  unitId,
  onClose,
}: {
  open: boolean;
  setId: string;
  progress: KpiProgressDto;
  unitId: string | null;
  onClose: (saved: KpiEvidenceDto | null) => void;
}) {
  const [form] = Form.useForm<EvidenceValues>();
  const chosenUnit = Form.useWatch('unitId', form) ?? unitId;
  const upload = useUnitFileUpload(chosenUnit);
  const unit = progress.units.find((u) => u.unitId === chosenUnit);
  const rowOptions = progress.rows
    .map((r, i) => ({ r, applies: unit ? unit.cells[i] !== null : false }))
    .filter((x) => x.applies)
    .map(({ r }) => ({ value: r.id, label: r.label }));

  const save = useSave({
    form,
    fields: ['unitId', 'publishedOn', 'title', 'channel', 'url', 'visits', 'rowIds'],
    run: (v: EvidenceValues) =>
      kpiApi.recordEvidence(setId, {
        unitId: v.unitId,
        publishedOn: toIsoDate(v.publishedOn)!,
        title: v.title,
        channel: v.channel,
        url: v.url?.trim() || null,
        fileId: upload.file?.id ?? null,
        visits: v.visits ?? null,
        rowIds: v.rowIds,
        checkLink: v.checkLink,
      }),
    onSuccess: (saved) => {
      onClose(saved);
    },
    invalidate: [kpiKeys.all],
    success: t('kpi.ev.saved'),
  });

  return (
    <Modal
      open={open}
      title={t('kpi.record')}
      okText={t('kpi.record')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      okButtonProps={{ disabled: upload.uploading }}
      onCancel={() => onClose(null)}
      destroyOnHidden
      width={640}
    >
      <SaveAlert save={save} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          unitId: unitId ?? progress.units[0]?.unitId,
          publishedOn: todayInProvince(),
          channel: 'local_portal',
          checkLink: false,
          rowIds: [],
        }}
      >
        <Form.Item label={t('kpi.ev.unit')} name="unitId" rules={[requiredChoice(t('kpi.ev.unit'))]}>
          <Select options={progress.units.map((u) => ({ value: u.unitId, label: u.unitName }))} showSearch={foldedSearch} />
        </Form.Item>
        <Form.Item label={t('kpi.ev.rows')} name="rowIds" rules={[requiredChoice(t('kpi.ev.rows'))]}>
          <Select mode="multiple" options={rowOptions} showSearch={foldedSearch} />
        </Form.Item>
        <Space wrap>
          <Form.Item {...dayjsDateItem} label={t('kpi.ev.date')} name="publishedOn" rules={[requiredChoice(t('kpi.ev.date'))]}>
            <DateInput />
          </Form.Item>
          <Form.Item label={t('kpi.ev.channel')} name="channel" rules={[requiredChoice(t('kpi.ev.channel'))]}>
            <Select style={{ minWidth: 260 }} options={KPI_CHANNELS.map((c) => ({ value: c, label: KPI_CHANNEL_LABELS[c] }))} />
          </Form.Item>
        </Space>
        <Form.Item label={t('kpi.ev.title')} name="title" rules={[requiredText(t('kpi.ev.title'))]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('kpi.ev.url')} name="url" extra={t('kpi.ev.urlHelp')}>
          <Input maxLength={2000} inputMode="url" />
        </Form.Item>
        <Form.Item name="checkLink" valuePropName="checked">
          <Checkbox>{t('kpi.ev.checkLink')}</Checkbox>
        </Form.Item>
        <Form.Item label={t('kpi.ev.visits')} name="visits">
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('kpi.ev.file')}>
          <EvidenceUploadField upload={upload} label={t('kpi.ev.chooseFile')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
