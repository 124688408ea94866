// "Thêm kết luận": what the dialogue concluded, the unit it is assigned to and the due date.
import { Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DialogueDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { useOrgUnits } from '../org/orgApi.ts';
import { dialogueKeys, dialoguesApi } from './dialoguesApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';

interface ConclusionValues {
  content: string;
  assigneeUnitId: string;
  dueDate: Dayjs;
}

export function ConclusionDialog({ dialogue, onClose }: { dialogue: DialogueDto | null; onClose: () => void }) {
  const [form] = Form.useForm<ConclusionValues>();
  const units = useOrgUnits(false);
  const save = useSave({
    form,
    fields: ['content', 'assigneeUnitId', 'dueDate'],
    run: (v: ConclusionValues) =>
      dialoguesApi.saveConclusion(dialogue!.id, { content: v.content, assigneeUnitId: v.assigneeUnitId, dueDate: toIsoDate(v.dueDate)! }),
    onSuccess: () => onClose(),
    invalidate: [dialogueKeys.all],
    success: t('dialogues.conclusionSaved'),
  });
  return (
    <Modal
      open={!!dialogue}
      title={t('dialogues.addConclusion')}
      okText={t('dialogues.addConclusion')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ assigneeUnitId: dialogue?.unitId }}>
        <Form.Item label={t('dialogues.conclusion')} name="content" rules={[requiredText(t('dialogues.conclusion'))]}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('dialogues.assignee')} name="assigneeUnitId" rules={[requiredChoice(t('dialogues.assignee'))]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={units.isLoading}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item {...dayjsDateItem} label={t('dialogues.dueDate')} name="dueDate" rules={[requiredChoice(t('dialogues.dueDate'))]}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
