// "Thêm sự kiện": one restructuring event of the batch being drafted (establish, rename, move, merge,
// split, partial transfer, dissolve). Nothing is sent here; the batch is previewed and applied as a whole.
import { Button, Checkbox, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { ORG_EVENT_KINDS, ORG_EVENT_KIND_LABELS, type OrgEventInput, type OrgEventKind, type UnitKind } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { toIsoDate } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';
import { unitKindOptions } from './unitKinds.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/org.ts';

interface NewUnitValues {
  name: string;
  code: string;
  unitKind: UnitKind;
  parentId: string;
}

interface Values extends Partial<NewUnitValues> {
  kind: OrgEventKind;
  effectiveDate?: Dayjs | null;
  unitId?: string;
  newCode?: string;
  newKind?: UnitKind;
  sourceIds?: string[];
  partIds?: string[];
  intoMode?: 'new' | 'existing';
  intoExistingId?: string;
  toUnitId?: string;
  successorId?: string;
  parts?: NewUnitValues[];
  sourceContinues?: boolean;
}

const newId = (): string => crypto.randomUUID();

function newUnit(v: Partial<NewUnitValues>) {
  return { unitId: newId(), name: v.name!.trim(), code: v.code!.trim(), kind: v.unitKind!, parentId: v.parentId ?? null };
}

/** The event the form describes, as the batch request carries it. */
function toEvent(v: Values): OrgEventInput {
  const when = v.effectiveDate ? { effectiveDate: toIsoDate(v.effectiveDate) } : {};
  switch (v.kind) {
    case 'establish':
      return { kind: 'establish', ...when, unit: newUnit(v) };
    case 'rename':
      return {
        kind: 'rename',
        ...when,
        unitId: v.unitId!,
        name: v.name!.trim(),
        ...(v.newCode?.trim() ? { code: v.newCode.trim() } : {}),
        ...(v.newKind ? { kindTo: v.newKind } : {}),
      };
    case 'move':
      return { kind: 'move', ...when, unitId: v.unitId!, parentId: v.parentId! };
    case 'merge':
      return {
        kind: 'merge',
        ...when,
        sources: [
          ...(v.sourceIds ?? []).map((unitId) => ({ unitId, whole: true })),
          ...(v.partIds ?? []).map((unitId) => ({ unitId, whole: false })),
        ],
        into: v.intoMode === 'existing' ? { existingUnitId: v.intoExistingId! } : { newUnit: newUnit(v) },
      };
    case 'split':
      return { kind: 'split', ...when, unitId: v.unitId!, into: (v.parts ?? []).map(newUnit), sourceContinues: !!v.sourceContinues };
    case 'transfer':
      return { kind: 'transfer', ...when, fromUnitId: v.unitId!, toUnitId: v.toUnitId! };
    case 'dissolve':
      return { kind: 'dissolve', ...when, unitId: v.unitId!, successorId: v.successorId ?? null };
  }
}

function NewUnitFields({ prefix = [] as (string | number)[], parentLabel = t('org.parent'), asOf = null as string | null }) {
  const name = [...prefix, 'name'];
  return (
    <>
      <Form.Item label={t('restructure.newUnitName')} name={name} rules={[requiredText(t('restructure.newUnitName'))]}>
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap style={{ width: '100%' }} styles={{ item: { minWidth: 200 } }}>
        <Form.Item label={t('org.code')} name={[...prefix, 'code']} rules={[requiredText(t('org.code'))]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('org.kind')} name={[...prefix, 'unitKind']} rules={[requiredChoice(t('org.kind'))]}>
          <Select options={unitKindOptions} style={{ minWidth: 200 }} />
        </Form.Item>
      </Space>
      <Form.Item label={parentLabel} name={[...prefix, 'parentId']} rules={[requiredChoice(parentLabel)]}>
        <UnitTreeSelect asOf={asOf} />
      </Form.Item>
    </>
  );
}

export function OrgEventDialog({
  open,
  onClose,
  onAdd,
  batchDate = null,
}: {
  open: boolean;
  onClose: () => void;
  onAdd: (e: OrgEventInput) => void;
  /** The batch's effective date ('YYYY-MM-DD'), for events without a date of their own. */
  batchDate?: string | null;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const intoMode = Form.useWatch('intoMode', form);
  const eventDate = Form.useWatch('effectiveDate', form);
  // The pickers list the tree that stands on the event's effective date (a 2025 merger recorded later
  // picks the communes of 2025, not today's wards).
  const asOf = (eventDate ? toIsoDate(eventDate) : null) ?? batchDate;

  const submit = async () => {
    let v: Values;
    try {
      await form.validateFields();
      v = form.getFieldsValue(true) as Values;
    } catch {
      return;
    }
    onAdd(toEvent(v));
    form.resetFields();
    onClose();
  };

  const unitPicker = (label: string, name: keyof Values = 'unitId', required = true) => (
    <Form.Item label={label} name={name} rules={required ? [requiredChoice(label)] : []}>
      <UnitTreeSelect asOf={asOf} />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={t('restructure.addEvent')}
      okText={t('restructure.addEventOk')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'merge', intoMode: 'new', parts: [{}, {}] }} preserve={false}>
        <Space wrap style={{ width: '100%' }} styles={{ item: { minWidth: 220 } }}>
          <Form.Item label={t('restructure.eventKind')} name="kind" rules={[requiredChoice(t('restructure.eventKind'))]}>
            <Select options={ORG_EVENT_KINDS.map((k) => ({ value: k, label: ORG_EVENT_KIND_LABELS[k] }))} style={{ minWidth: 220 }} />
          </Form.Item>
          <Form.Item {...dayjsDateItem} label={t('restructure.eventDate')} name="effectiveDate" extra={t('restructure.eventDateHelp')}>
            <DateInput />
          </Form.Item>
        </Space>
        {kind === 'establish' && <NewUnitFields asOf={asOf} />}
        {kind === 'rename' && (
          <>
            {unitPicker(t('restructure.unit'))}
            <Form.Item label={t('org.newName')} name="name" rules={[requiredText(t('org.newName'))]}>
              <Input maxLength={300} />
            </Form.Item>
            <Space wrap style={{ width: '100%' }} styles={{ item: { minWidth: 200 } }}>
              <Form.Item label={t('restructure.newCode')} name="newCode">
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item label={t('restructure.newKind')} name="newKind">
                <Select options={unitKindOptions} allowClear style={{ minWidth: 200 }} />
              </Form.Item>
            </Space>
          </>
        )}
        {kind === 'move' && (
          <>
            {unitPicker(t('restructure.unit'))}
            {unitPicker(t('org.newParent'), 'parentId')}
          </>
        )}
        {kind === 'merge' && (
          <>
            <Form.Item
              label={t('restructure.wholeSources')}
              name="sourceIds"
              dependencies={['partIds']}
              rules={[
                {
                  validator: (_, value: string[] | undefined) =>
                    (value?.length ?? 0) + (form.getFieldValue('partIds')?.length ?? 0) > 0
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('restructure.sourcesRequired'))),
                },
              ]}
            >
              <UnitTreeSelect multiple data-testid="merge-sources" asOf={asOf} />
            </Form.Item>
            <Form.Item label={t('restructure.partSources')} name="partIds">
              <UnitTreeSelect multiple asOf={asOf} />
            </Form.Item>
            <Form.Item label={t('restructure.into')} name="intoMode">
              <Radio.Group
                options={[
                  { value: 'new', label: t('restructure.intoNew') },
                  { value: 'existing', label: t('restructure.intoExisting') },
                ]}
              />
            </Form.Item>
            {intoMode === 'existing' ? unitPicker(t('restructure.intoExisting'), 'intoExistingId') : <NewUnitFields asOf={asOf} />}
          </>
        )}
        {kind === 'split' && (
          <>
            {unitPicker(t('restructure.unit'))}
            <Form.List name="parts">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <fieldset key={f.key} className="restructure-part">
                      <legend>
                        {t('restructure.splitPart', { n: i + 1 })}
                        {fields.length > 1 && (
                          <Button
                            type="text"
                            size="small"
                            icon={<DeleteOutlined />}
                            onClick={() => remove(f.name)}
                            aria-label={t('common.remove')}
                          />
                        )}
                      </legend>
                      <NewUnitFields prefix={[f.name]} asOf={asOf} />
                    </fieldset>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                    {t('restructure.addPart')}
                  </Button>
                </>
              )}
            </Form.List>
            <Form.Item name="sourceContinues" valuePropName="checked">
              <Checkbox>{t('restructure.sourceContinues')}</Checkbox>
            </Form.Item>
          </>
        )}
        {kind === 'transfer' && (
          <>
            {unitPicker(t('restructure.transferFrom'))}
            {unitPicker(t('restructure.transferTo'), 'toUnitId')}
          </>
        )}
        {kind === 'dissolve' && (
          <>
            {unitPicker(t('restructure.unit'))}
            {unitPicker(t('restructure.successor'), 'successorId', false)}
          </>
        )}
      </Form>
    </Modal>
  );
}
