// "Mở lại hồ sơ": a coordinator reopens a closed dialogue for correction, giving the reason (audited).
import { Form, Input, Modal, Typography } from 'antd';
import type { DialogueDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { dialogueKeys, dialoguesApi } from './dialoguesApi.ts';
import '../../i18n/vi/dialogues.ts';

export function ReopenDialogueDialog({ dialogue, onClose }: { dialogue: DialogueDto | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const save = useSave({
    form,
    fields: ['reason'],
    run: (v: { reason: string }) => dialoguesApi.reopen(dialogue!.id, v.reason.trim()),
    onSuccess: () => onClose(),
    invalidate: [dialogueKeys.all],
    success: t('dialogues.reopened'),
  });
  return (
    <Modal
      open={!!dialogue}
      title={t('dialogues.reopenTitle')}
      okText={t('dialogues.reopen')}
      cancelText={t('common.cancel')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <SaveAlert save={save} />
      {dialogue && (
        <Typography.Paragraph>
          {showDate(dialogue.heldOn)} — {dialogue.unitName}, {dialogue.place}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          label={t('dialogues.reopenReason')}
          name="reason"
          extra={t('dialogues.reopenReasonHelp')}
          rules={[requiredText(t('dialogues.reopenReason'))]}
        >
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
