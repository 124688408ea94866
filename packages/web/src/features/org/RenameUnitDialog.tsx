// "Đổi tên": new name (with the date it takes effect, kept in the name history), short name, kind.
import { Button, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitKind } from '@dvcq/shared';
import type { OrgUnitDetailDto } from '../../api/types.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { orgApi, orgKeys } from './orgApi.ts';
import { unitKindOptions } from './unitKinds.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/org.ts';

interface Values {
  name: string;
  shortName?: string;
  kind: UnitKind;
  renamedOn: Dayjs;
}

export function RenameUnitDialog({
  open,
  unit,
  onClose,
  onReload,
}: {
  open: boolean;
  unit: OrgUnitDetailDto;
  onClose: () => void;
  onReload: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSave({
    form,
    fields: ['name', 'shortName', 'kind', 'renamedOn'],
    run: (v: Values) =>
      orgApi.update(unit.id, {
        name: v.name,
        shortName: v.shortName || null,
        kind: v.kind,
        ...(v.name.trim() !== unit.name ? { renamedOn: toIsoDate(v.renamedOn) } : {}),
        expectedVersion: unit.version,
      }),
    invalidate: [orgKeys.all],
    success: t('org.renamed'),
    onSuccess: onClose,
  });

  const reload = (
    <Button
      size="small"
      onClick={() => {
        onReload();
        save.clear();
        save.setSummary(t('org.conflictReloaded'));
      }}
    >
      {t('org.reload')}
    </Button>
  );

  return (
    <Modal
      open={open}
      title={`${t('org.rename')} — ${unit.name}`}
      okText={t('common.save')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <SaveAlert save={save} action={reload} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: unit.name, shortName: unit.shortName ?? '', kind: unit.kind, renamedOn: todayInProvince() }}
      >
        <Form.Item label={t('org.newName')} name="name" rules={[requiredText(t('org.name'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          {...dayjsDateItem}
          label={t('org.renamedOn')}
          name="renamedOn"
          rules={[requiredChoice(t('org.renamedOn'))]}
          extra={`${t('org.validFrom')}: ${showDate(unit.validFrom)}`}
        >
          <DateInput />
        </Form.Item>
        <Form.Item label={t('org.shortName')} name="shortName">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('org.kind')} name="kind" rules={[requiredChoice(t('org.kind'))]}>
          <Select options={unitKindOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
