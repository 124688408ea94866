// "Thêm kết luận": what the dialogue concluded, the unit it is assigned to and the due date. Given an open
// conclusion, the same form corrects it (a closed one is refused by the server).
import { Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DialogueConclusionDto, DialogueDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { useOrgUnits } from '../org/orgApi.ts';
import { dialogueKeys, dialoguesApi } from './dialoguesApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/dialogues.ts';

interface ConclusionValues {
  content: string;
  assigneeUnitId: string;
  dueDate: Dayjs;
}

export function ConclusionDialog({
  dialogue,
  conclusion = null,
  onClose,
}: {
  dialogue: DialogueDto | null;
  /** The open conclusion to correct; none adds one. */
  conclusion?: DialogueConclusionDto | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ConclusionValues>();
  const units = useOrgUnits(false);
  const save = useSave({
    form,
    fields: ['content', 'assigneeUnitId', 'dueDate'],
    run: (v: ConclusionValues) =>
      dialoguesApi.saveConclusion(dialogue!.id, {
        ...(conclusion ? { id: conclusion.id } : {}),
        // the person assigned stays while the unit does
        assigneeUserId: conclusion?.assigneeUnitId === v.assigneeUnitId ? conclusion.assigneeUserId : null,
        content: v.content,
        assigneeUnitId: v.assigneeUnitId,
        dueDate: toIsoDate(v.dueDate)!,
      }),
    onSuccess: () => onClose(),
    invalidate: [dialogueKeys.all],
    success: conclusion ? t('dialogues.conclusionUpdated') : t('dialogues.conclusionSaved'),
  });
  return (
    <Modal
      open={!!dialogue}
      title={conclusion ? t('dialogues.editConclusion') : t('dialogues.addConclusion')}
      okText={conclusion ? t('dialogues.saveChanges') : t('dialogues.addConclusion')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      <SaveAlert save={save} />
      <Form
        form={form}
        layout="vertical"
        initialValues={
          conclusion
            ? { content: conclusion.content, assigneeUnitId: conclusion.assigneeUnitId, dueDate: dayjs(conclusion.dueDate) }
            : { assigneeUnitId: dialogue?.unitId }
        }
      >
        <Form.Item label={t('dialogues.conclusion')} name="content" rules={[requiredText(t('dialogues.conclusion'))]}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('dialogues.assignee')} name="assigneeUnitId" rules={[requiredChoice(t('dialogues.assignee'))]}>
          <Select
            showSearch={foldedSearch}
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
