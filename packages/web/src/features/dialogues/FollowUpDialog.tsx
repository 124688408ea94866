// "Cập nhật kết luận": progress with a note and evidence, or the close — done, or explained (a reason is required).
import { EvidenceUploadField } from '../../components/EvidenceUploadField.tsx';
import { useUnitFileUpload } from '../../lib/useUnitFileUpload.ts';
import { Form, Input, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { CONCLUSION_STATUS_LABELS, CONCLUSION_UPDATES, type ConclusionUpdate } from '@dvcq/domain';
import type { DialogueConclusionDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { dialogueKeys, dialoguesApi } from './dialoguesApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/dialogues.ts';

interface FollowUpValues {
  status: ConclusionUpdate;
  on: Dayjs;
  note?: string;
}

export function FollowUpDialog({ conclusion, onClose }: { conclusion: DialogueConclusionDto | null; onClose: () => void }) {
  const [form] = Form.useForm<FollowUpValues>();
  const upload = useUnitFileUpload(conclusion?.assigneeUnitId);
  const save = useSave({
    form,
    fields: ['status', 'on', 'note'],
    run: (v: FollowUpValues) =>
      dialoguesApi.updateConclusion(conclusion!.id, {
        status: v.status,
        on: toIsoDate(v.on),
        note: v.note ?? null,
        evidenceFileId: upload.file?.id ?? null,
      }),
    onSuccess: () => onClose(),
    invalidate: [dialogueKeys.all],
    success: t('dialogues.followUpSaved'),
  });
  return (
    <Modal
      open={!!conclusion}
      title={t('dialogues.followUp')}
      okText={t('common.save')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      okButtonProps={{ disabled: upload.uploading }}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      <SaveAlert save={save} />
      {conclusion && <Typography.Paragraph>{conclusion.content}</Typography.Paragraph>}
      <Form form={form} layout="vertical" initialValues={{ status: 'in_progress', on: todayInProvince() }}>
        <Form.Item label={t('dialogues.status')} name="status" rules={[requiredChoice(t('dialogues.status'))]}>
          <Radio.Group options={CONCLUSION_UPDATES.map((s) => ({ value: s, label: CONCLUSION_STATUS_LABELS[s] }))} />
        </Form.Item>
        <Form.Item {...dayjsDateItem} label={t('dialogues.on')} name="on" rules={[requiredChoice(t('dialogues.on'))]}>
          <DateInput disabledDate={(d) => d > toIsoDate(todayInProvince())!} />
        </Form.Item>
        <Form.Item label={t('dialogues.note')} name="note" extra={t('dialogues.noteHelp')}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('dialogues.evidence')}>
          <EvidenceUploadField upload={upload} label={t('dialogues.chooseFile')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
