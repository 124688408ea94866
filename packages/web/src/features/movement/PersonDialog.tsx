// "Thêm gương điển hình": a unit officer records an exemplary person with their achievements and, if
// any, the unit's model they took part in.
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import type { ModelDto, PersonDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { movementApi, movementKeys } from './movementApi.ts';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/movement.ts';

interface PersonValues {
  unitId: string;
  year: number;
  fullName: string;
  position?: string;
  achievements: string;
  modelId?: string | null;
}

export function PersonDialog({
  person,
  units,
  models,
  onClose,
}: {
  person: PersonDto | null;
  units: { value: string; label: string }[];
  models: ModelDto[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<PersonValues>();
  const unitId = Form.useWatch('unitId', form) ?? person?.unitId;
  const save = useSave({
    form,
    fields: ['unitId', 'year', 'fullName', 'position', 'achievements', 'modelId'],
    run: (v: PersonValues) =>
      movementApi.savePerson({
        ...(person ? { id: person.id, version: person.version } : {}),
        unitId: v.unitId,
        year: v.year,
        fullName: v.fullName,
        position: v.position ?? null,
        achievements: v.achievements,
        modelId: v.modelId ?? null,
      }),
    onSuccess: () => onClose(),
    invalidate: [movementKeys.all],
    success: t('movement.person.saved'),
  });
  return (
    <Modal
      open
      title={person ? t('movement.person.edit') : t('movement.person.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={person ?? { unitId: units[0]?.value, year: todayInProvince().year() }}>
        <Form.Item label={t('movement.model.unit')} name="unitId" rules={[requiredChoice(t('movement.model.unit'))]}>
          <Select options={units} showSearch={foldedSearch} disabled={!!person} />
        </Form.Item>
        <Form.Item label={t('movement.filter.year')} name="year" rules={[requiredChoice(t('movement.filter.year'))]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item label={t('movement.person.fullName')} name="fullName" rules={[requiredText(t('movement.person.fullName'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('movement.person.position')} name="position">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('movement.person.achievements')} name="achievements" rules={[requiredText(t('movement.person.achievements'))]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item label={t('movement.person.model')} name="modelId">
          <Select
            allowClear
            options={models.filter((m) => m.unitId === unitId).map((m) => ({ value: m.id, label: m.name }))}
            showSearch={foldedSearch}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
