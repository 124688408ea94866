// "Ghi nhận đối thoại": a unit's officer records a dialogue held with the people — day (not after today),
// place, chair, participants and how many attended, topics, the people's questions by topic, the minutes.
// Given a dialogue, the same form corrects it (same checks on the server, version checked, audited).
import { EvidenceUploadField } from '../../components/EvidenceUploadField.tsx';
import { useUnitFileUpload } from '../../lib/useUnitFileUpload.ts';
import { Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { DialogueDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { dialogueKeys, dialoguesApi } from './dialoguesApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/dialogues.ts';

interface DialogueValues {
  unitId: string;
  heldOn: Dayjs;
  place: string;
  chair: string;
  participants?: string;
  attendance: number;
  topics: string[];
  questions: { topic: string; count: number }[];
}

export function DialogueDialog({
  open,
  units,
  dialogue = null,
  onClose,
}: {
  open: boolean;
  units: { unitId: string; unitName: string }[];
  /** The dialogue to correct; none records a new one. */
  dialogue?: DialogueDto | null;
  onClose: (saved: DialogueDto | null) => void;
}) {
  const [form] = Form.useForm<DialogueValues>();
  const unitId = Form.useWatch('unitId', form);
  const upload = useUnitFileUpload(unitId);

  const save = useSave({
    form,
    fields: ['unitId', 'heldOn', 'place', 'chair', 'participants', 'attendance', 'topics', 'questions'],
    run: (v: DialogueValues) =>
      dialoguesApi.save({
        ...(dialogue ? { id: dialogue.id, version: dialogue.version } : {}),
        unitId: v.unitId,
        heldOn: toIsoDate(v.heldOn)!,
        place: v.place,
        chair: v.chair,
        participants: v.participants ?? null,
        attendance: v.attendance,
        topics: v.topics ?? [],
        questions: (v.questions ?? []).filter((q) => q?.topic),
        minutesFileId: upload.file?.id ?? dialogue?.minutesFileId ?? null,
      }),
    onSuccess: (saved) => onClose(saved),
    invalidate: [dialogueKeys.all],
    success: dialogue ? t('dialogues.updated') : t('dialogues.saved'),
  });

  return (
    <Modal
      open={open}
      title={dialogue ? t('dialogues.editTitle') : t('dialogues.record')}
      okText={dialogue ? t('dialogues.saveChanges') : t('dialogues.record')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      okButtonProps={{ disabled: upload.uploading }}
      onCancel={() => onClose(null)}
      destroyOnHidden
      width={680}
    >
      <SaveAlert save={save} />
      <Form
        form={form}
        layout="vertical"
        initialValues={
          dialogue
            ? {
                unitId: dialogue.unitId,
                heldOn: dayjs(dialogue.heldOn),
                place: dialogue.place,
                chair: dialogue.chair,
                participants: dialogue.participants ?? undefined,
                attendance: dialogue.attendance,
                topics: dialogue.topics,
                questions: dialogue.questions,
              }
            : { unitId: units[0]?.unitId, heldOn: todayInProvince(), topics: [], questions: [] }
        }
      >
        <Form.Item label={t('dialogues.unit')} name="unitId" rules={[requiredChoice(t('dialogues.unit'))]}>
          <Select
            options={(dialogue ? [{ unitId: dialogue.unitId, unitName: dialogue.unitName }] : units).map((u) => ({
              value: u.unitId,
              label: u.unitName,
            }))}
            disabled={!!dialogue}
            showSearch={foldedSearch}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item {...dayjsDateItem} label={t('dialogues.heldOn')} name="heldOn" rules={[requiredChoice(t('dialogues.heldOn'))]}>
            <DateInput disabledDate={(d) => d > toIsoDate(todayInProvince())!} />
          </Form.Item>
          <Form.Item label={t('dialogues.attendance')} name="attendance" rules={[requiredChoice(t('dialogues.attendance'))]}>
            <InputNumber min={0} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item label={t('dialogues.place')} name="place" rules={[requiredText(t('dialogues.place'))]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('dialogues.chair')} name="chair" rules={[requiredText(t('dialogues.chair'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('dialogues.participants')} name="participants">
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('dialogues.topics')} name="topics">
          <Select mode="tags" tokenSeparators={[';']} open={false} />
        </Form.Item>
        <Typography.Text strong>{t('dialogues.questions')}</Typography.Text>
        <Form.List name="questions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'topic']} rules={[requiredText(t('dialogues.questionTopic'))]}>
                    <Input placeholder={t('dialogues.questionTopic')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'count']} rules={[requiredChoice(t('dialogues.questionCount'))]}>
                    <InputNumber min={0} placeholder={t('dialogues.questionCount')} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label={t('dialogues.removeQuestion')} onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add({ topic: '', count: 1 })}>
                  {t('dialogues.addQuestion')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item label={t('dialogues.minutes')}>
          {dialogue?.minutesFilename && !upload.file && (
            <Typography.Paragraph type="secondary">{t('dialogues.minutesKept', { name: dialogue.minutesFilename })}</Typography.Paragraph>
          )}
          <EvidenceUploadField upload={upload} label={t('dialogues.chooseFile')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
