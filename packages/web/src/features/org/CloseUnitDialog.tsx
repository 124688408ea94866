// "Ngừng hoạt động": the unit stays in the history but receives no new duties; confirmed once more.
import { App, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { OrgUnitDetailDto } from '../../api/types.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { orgApi, orgKeys } from './orgApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/org.ts';

interface Values {
  closedOn: Dayjs;
  reason: string;
}

export function CloseUnitDialog({ open, unit, onClose }: { open: boolean; unit: OrgUnitDetailDto; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();
  const save = useSave({
    form,
    fields: ['closedOn', 'reason'],
    run: (v: Values) => orgApi.close(unit.id, { closedOn: toIsoDate(v.closedOn), reason: v.reason }),
    invalidate: [orgKeys.all],
    success: t('org.closed'),
    onSuccess: onClose,
  });

  const confirm = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    modal.confirm({
      title: t('org.closeUnit'),
      content: t('org.closeConfirm', { name: unit.name, date: showDate(toIsoDate(v.closedOn)) }),
      okText: t('common.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => save.run(v),
    });
  };

  return (
    <Modal
      open={open}
      title={`${t('org.closeUnit')} — ${unit.name}`}
      okText={t('org.closeUnit')}
      okButtonProps={{ danger: true }}
      onOk={() => void confirm()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ closedOn: todayInProvince() }}>
        <Form.Item {...dayjsDateItem} label={t('org.closedOn')} name="closedOn" rules={[requiredChoice(t('org.closedOn'))]}>
          <DateInput />
        </Form.Item>
        <Form.Item
          label={t('org.reason')}
          name="reason"
          rules={[requiredText(t('org.closedReason')), { min: 3, message: t('org.reason') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
