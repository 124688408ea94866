// "Cập nhật kết luận": progress with a note and evidence, or the close — done, or explained (a reason is required).
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Radio, Space, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { CONCLUSION_STATUS_LABELS, CONCLUSION_UPDATES, type ConclusionUpdate } from '@dvcq/domain';
import type { DialogueConclusionDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import type { StoredFile } from '../../api/files.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { dialogueKeys, dialoguesApi } from './dialoguesApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';

interface FollowUpValues {
  status: ConclusionUpdate;
  on: Dayjs;
  note?: string;
}

export function FollowUpDialog({ conclusion, onClose }: { conclusion: DialogueConclusionDto | null; onClose: () => void }) {
  const [form] = Form.useForm<FollowUpValues>();
  const [file, setFile] = useState<StoredFile | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const save = useSave({
    form,
    fields: ['status', 'on', 'note'],
    run: (v: FollowUpValues) =>
      dialoguesApi.updateConclusion(conclusion!.id, {
        status: v.status,
        on: toIsoDate(v.on),
        note: v.note ?? null,
        evidenceFileId: file?.id ?? null,
      }),
    onSuccess: () => onClose(),
    invalidate: [dialogueKeys.all],
    success: t('dialogues.followUpSaved'),
  });
  const upload = async (f: File) => {
    if (!conclusion) return;
    setUploadError(null);
    setUploading(true);
    try {
      setFile(await dialoguesApi.uploadFile(conclusion.assigneeUnitId, f));
    } catch (e) {
      setUploadError(errorMessage(e));
    } finally {
      setUploading(false);
    }
  };
  return (
    <Modal
      open={!!conclusion}
      title={t('dialogues.followUp')}
      okText={t('common.save')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      okButtonProps={{ disabled: uploading }}
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
          <Space orientation="vertical">
            <Upload
              accept=".pdf,.png,.jpg,.jpeg,.docx"
              showUploadList={false}
              beforeUpload={(f) => {
                void upload(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading}>
                {t('dialogues.chooseFile')}
              </Button>
            </Upload>
            {file && (
              <Typography.Text>
                <PaperClipOutlined /> {file.filename}
              </Typography.Text>
            )}
            {uploadError && <Alert type="error" showIcon title={uploadError} />}
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
