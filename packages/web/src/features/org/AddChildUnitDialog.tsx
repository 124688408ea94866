// "Thêm đơn vị trực thuộc": a new unit under the one on screen.
import { Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitKind } from '@dvcq/shared';
import type { OrgUnitDetailDto } from '../../api/types.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { orgApi, orgKeys } from './orgApi.ts';
import { defaultChildKind, unitKindOptions } from './unitKinds.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/org.ts';

interface Values {
  kind: UnitKind;
  code: string;
  name: string;
  shortName?: string;
  validFrom: Dayjs;
}

export function AddChildUnitDialog({
  open,
  parent,
  onClose,
  onCreated,
}: {
  open: boolean;
  parent: OrgUnitDetailDto;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSave({
    form,
    fields: ['kind', 'code', 'name', 'shortName', 'validFrom'],
    run: (v: Values) =>
      orgApi.create({
        parentId: parent.id,
        kind: v.kind,
        code: v.code.trim(),
        name: v.name,
        shortName: v.shortName || null,
        validFrom: toIsoDate(v.validFrom),
      }),
    invalidate: [orgKeys.all],
    success: (created) => t('org.created', { name: created.name }),
    onSuccess: (created) => {
      form.resetFields();
      onClose();
      onCreated(created.id);
    },
  });

  return (
    <Modal
      open={open}
      title={`${t('org.addChild')} — ${parent.name}`}
      okText={t('common.save')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ kind: defaultChildKind(parent.kind), validFrom: todayInProvince() }}>
        <Form.Item label={t('org.name')} name="name" rules={[requiredText(t('org.name'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('org.code')} name="code" rules={[requiredText(t('org.code'))]} extra={`${parent.code}.…`}>
          <Input maxLength={50} autoCapitalize="characters" spellCheck={false} placeholder={`${parent.code}.`} />
        </Form.Item>
        <Form.Item label={t('org.kind')} name="kind" rules={[requiredChoice(t('org.kind'))]}>
          <Select options={unitKindOptions} />
        </Form.Item>
        <Form.Item label={t('org.shortName')} name="shortName">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...dayjsDateItem} label={t('org.validFrom')} name="validFrom" rules={[requiredChoice(t('org.validFrom'))]}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
