// "Miễn": the coordinator exempts one unit from one obligation, with a reason.
import { Form, Input, Modal, Typography } from 'antd';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { plansApi } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

export interface ExemptTarget {
  id: string;
  unitName: string;
  title: string;
}

export function ExemptDialog({
  obligation,
  onClose,
  onDone,
}: {
  obligation: ExemptTarget | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const save = useSave({
    form,
    fields: ['reason'],
    run: (v: { reason: string }) => plansApi.exempt(obligation!.id, v.reason.trim()),
    success: () => t('plans.exempted', { unit: obligation?.unitName ?? '' }),
    onSuccess: () => {
      onDone();
      onClose();
    },
  });
  return (
    <Modal
      open={!!obligation}
      title={t('plans.exemptTitle', { unit: obligation?.unitName ?? '' })}
      okText={t('plans.exempt')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{obligation?.title}</Typography.Paragraph>
      <SaveAlert save={save} />
      <Form form={form} layout="vertical">
        <Form.Item
          label={t('plans.exemptReason')}
          name="reason"
          rules={[requiredText(t('plans.exemptReason')), { min: 5, message: t('plans.amendReasonMin') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
