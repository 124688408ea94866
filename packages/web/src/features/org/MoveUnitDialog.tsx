// "Chuyển đơn vị cấp trên": a new parent, anywhere except under the unit itself.
import { Form, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { OrgUnitDetailDto, OrgUnitDto } from '../../api/types.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { requiredChoice } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { orgApi, orgKeys } from './orgApi.ts';
import { subtreeIds } from './orgTree.ts';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';
import '../../i18n/vi/org.ts';

export function MoveUnitDialog({ open, unit, onClose }: { open: boolean; unit: OrgUnitDetailDto; onClose: () => void }) {
  const [form] = Form.useForm<{ newParentId: string }>();
  const client = useQueryClient();
  const units = client.getQueryData<OrgUnitDto[]>(orgKeys.list(false)) ?? [];
  const blocked = subtreeIds(units, unit.id);
  const save = useSave({
    form,
    fields: ['newParentId'],
    run: (v: { newParentId: string }) => orgApi.move(unit.id, { newParentId: v.newParentId, expectedVersion: unit.version }),
    invalidate: [orgKeys.all],
    success: t('org.moved'),
    onSuccess: onClose,
  });

  return (
    <Modal
      open={open}
      title={`${t('org.move')} — ${unit.name}`}
      okText={t('common.save')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ newParentId: unit.parentId ?? undefined }}>
        <Form.Item label={t('org.newParent')} name="newParentId" rules={[requiredChoice(t('org.newParent'))]}>
          <UnitTreeSelect isDisabled={(u) => blocked.has(u.id)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
