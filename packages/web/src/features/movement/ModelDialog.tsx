// "Đăng ký mô hình": a unit officer registers a "Dân vận khéo" model with the fields of the
// registration form (or edits it before it is proposed) and attaches evidence files.
import { EvidenceUploadField } from '../../components/EvidenceUploadField.tsx';
import { useUnitFileUpload } from '../../lib/useUnitFileUpload.ts';
import { Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MODEL_FIELD_LABELS, MODEL_FIELDS, type ModelField } from '@dvcq/domain';
import type { ModelDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { movementApi, movementKeys } from './movementApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/movement.ts';

interface ModelValues {
  unitId: string;
  registeredOn: Dayjs;
  name: string;
  field: ModelField;
  problem: string;
  goals: string;
  activities: string;
  area?: string;
  beneficiaries?: string;
  forces?: string;
  resources?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  outputs?: string;
  sustainability?: string;
  leadUnitId?: string | null;
  partners?: string;
}

const FIELDS = [
  'unitId',
  'registeredOn',
  'name',
  'field',
  'problem',
  'goals',
  'activities',
  'area',
  'beneficiaries',
  'forces',
  'resources',
  'startsOn',
  'endsOn',
  'outputs',
  'sustainability',
  'leadUnitId',
  'partners',
  'fileIds',
] as const;

const day = (s: string | null | undefined) => (s ? dayjs(s) : null);

export function ModelDialog({
  model,
  units,
  onClose,
}: {
  model: ModelDto | null;
  units: { value: string; label: string }[];
  onClose: (saved: ModelDto | null) => void;
}) {
  const [form] = Form.useForm<ModelValues>();
  const unitId = Form.useWatch('unitId', form) ?? model?.unitId;
  const upload = useUnitFileUpload(unitId, { multiple: true });

  const save = useSave({
    form,
    fields: FIELDS,
    run: (v: ModelValues) =>
      movementApi.saveModel({
        ...(model ? { id: model.id, version: model.version } : {}),
        unitId: v.unitId,
        registeredOn: toIsoDate(v.registeredOn)!,
        name: v.name,
        field: v.field,
        problem: v.problem,
        goals: v.goals,
        activities: v.activities,
        area: v.area ?? null,
        beneficiaries: v.beneficiaries ?? null,
        forces: v.forces ?? null,
        resources: v.resources ?? null,
        startsOn: toIsoDate(v.startsOn) ?? null,
        endsOn: toIsoDate(v.endsOn) ?? null,
        outputs: v.outputs ?? null,
        sustainability: v.sustainability ?? null,
        leadUnitId: v.leadUnitId ?? null,
        partners: v.partners ?? null,
        fileIds: upload.files.map((f) => f.id),
      }),
    onSuccess: (saved) => onClose(saved),
    invalidate: [movementKeys.all],
    success: model ? t('movement.model.updated') : t('movement.model.registered'),
  });

  const area = (name: keyof ModelValues, label: string, required = false, rows = 2) => (
    <Form.Item label={label} name={name} rules={required ? [requiredText(label)] : []}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 8 }} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={model ? t('movement.model.edit') : t('movement.model.register')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      okButtonProps={{ disabled: upload.uploading }}
      onCancel={() => onClose(null)}
      destroyOnHidden
      width={760}
    >
      <SaveAlert save={save} />
      <Form
        form={form}
        layout="vertical"
        initialValues={
          model
            ? {
                ...model,
                registeredOn: dayjs(model.registeredOn),
                startsOn: day(model.startsOn),
                endsOn: day(model.endsOn),
              }
            : { unitId: units[0]?.value, registeredOn: todayInProvince(), field: 'other' }
        }
      >
        <Space wrap align="start">
          <Form.Item label={t('movement.model.unit')} name="unitId" rules={[requiredChoice(t('movement.model.unit'))]}>
            <Select style={{ minWidth: 320 }} options={units} showSearch={foldedSearch} disabled={!!model} />
          </Form.Item>
          <Form.Item
            {...dayjsDateItem}
            label={t('movement.model.registeredOn')}
            name="registeredOn"
            rules={[requiredChoice(t('movement.model.registeredOn'))]}
          >
            <DateInput />
          </Form.Item>
        </Space>
        <Form.Item label={t('movement.model.name')} name="name" rules={[requiredText(t('movement.model.name'))]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('movement.model.field')} name="field" rules={[requiredChoice(t('movement.model.field'))]}>
          <Select style={{ maxWidth: 320 }} options={MODEL_FIELDS.map((f) => ({ value: f, label: MODEL_FIELD_LABELS[f] }))} />
        </Form.Item>
        {area('problem', t('movement.model.problem'), true)}
        {area('goals', t('movement.model.goals'), true)}
        {area('activities', t('movement.model.activities'), true, 3)}
        {area('area', t('movement.model.area'))}
        {area('beneficiaries', t('movement.model.beneficiaries'))}
        {area('forces', t('movement.model.forces'))}
        {area('resources', t('movement.model.resources'))}
        <Space wrap>
          <Form.Item {...dayjsDateItem} label={t('movement.model.startsOn')} name="startsOn">
            <DateInput />
          </Form.Item>
          <Form.Item {...dayjsDateItem} label={t('movement.model.endsOn')} name="endsOn">
            <DateInput />
          </Form.Item>
        </Space>
        {area('outputs', t('movement.model.outputs'))}
        {area('sustainability', t('movement.model.sustainability'))}
        <Form.Item label={t('movement.model.leadUnit')} name="leadUnitId">
          <Select allowClear style={{ minWidth: 320 }} options={units} showSearch={foldedSearch} />
        </Form.Item>
        {area('partners', t('movement.model.partners'))}
        <Form.Item label={t('movement.model.evidence')}>
          <EvidenceUploadField upload={upload} label={t('movement.model.chooseFile')} existing={model?.files ?? []} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
