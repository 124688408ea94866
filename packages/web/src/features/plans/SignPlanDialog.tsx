// "Ban hành" (the coordinator publishes) and "Ký và nộp" (a unit's leader signs and submits its derived
// plan): the same fields — number, date, signer — and, optionally, the signed PDF.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Progress, Space, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../api/client.ts';
import { uploadUnitFile, type StoredFile } from '../../api/files.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { todayInProvince } from '../../lib/format.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { planKeys, plansApi, type PlanDetailDto } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

interface SignValues {
  number: string;
  /** 'YYYY-MM-DD'. */
  issuedOn: string;
  signerName: string;
  signerTitle?: string;
}

export function SignPlanDialog({
  open,
  plan,
  mode,
  onClose,
}: {
  open: boolean;
  plan: PlanDetailDto;
  mode: 'publish' | 'submit';
  onClose: () => void;
}) {
  const [form] = Form.useForm<SignValues>();
  const client = useQueryClient();
  const [file, setFile] = useState<StoredFile | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const publish = mode === 'publish';

  const save = useSave({
    form,
    fields: ['number', 'issuedOn', 'signerName', 'signerTitle'],
    rename: { signedFileId: 'file' },
    run: (v: SignValues) => {
      const body = {
        number: v.number.trim(),
        issuedOn: v.issuedOn,
        signerName: v.signerName.trim(),
        signerTitle: v.signerTitle?.trim() || null,
        signedFileId: file?.id ?? null,
        expectedVersion: plan.version,
      };
      return publish ? plansApi.publish(plan.id, body) : plansApi.submit(plan.id, body);
    },
    onSuccess: (saved) => {
      client.setQueryData(planKeys.detail(saved.id), saved);
    },
    invalidate: [planKeys.all, planKeys.allObligations],
    success: publish ? t('plans.published') : t('plans.submitted'),
  });

  const upload = async (f: File) => {
    setUploadError(null);
    setProgress(0);
    try {
      setFile(await uploadUnitFile(plan.issuerUnitId, f, { onProgress: setProgress }));
    } catch (e) {
      setUploadError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Modal
      open={open}
      title={publish ? t('plans.publishTitle') : t('plans.submitTitle')}
      okText={publish ? t('plans.action.publish') : t('plans.action.submit')}
      onOk={async () => {
        if (await save.submit()) onClose();
      }}
      confirmLoading={save.pending}
      okButtonProps={{ disabled: progress !== null }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{publish ? t('plans.publishHelp') : t('plans.submitHelp')}</Typography.Paragraph>
      <SaveAlert save={save} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          number: plan.number ?? '',
          // The date already written in the draft is kept; today only when there is none.
          issuedOn: plan.issuedOn ?? todayInProvince().format('YYYY-MM-DD'),
          signerName: plan.signerName ?? '',
          signerTitle: plan.signerTitle ?? '',
        }}
      >
        <Form.Item label={t('plans.number')} name="number" rules={[requiredText(t('plans.number'))]}>
          <Input maxLength={50} placeholder={publish ? t('plans.numberExample') : t('plans.unitNumberExample')} />
        </Form.Item>
        <Form.Item label={t('plans.issuedOn')} name="issuedOn" rules={[requiredChoice(t('plans.issuedOn'))]}>
          <DateInput />
        </Form.Item>
        <Form.Item label={t('plans.signerName')} name="signerName" rules={[requiredText(t('plans.signerName'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('plans.signerTitle')} name="signerTitle">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} placeholder={t('plans.signerTitlePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('plans.signedFile')} extra={t('plans.signedFileHint')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Upload
              accept=".pdf,.docx,.doc"
              showUploadList={false}
              beforeUpload={(f) => {
                void upload(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={progress !== null}>
                {file ? t('plans.signedFileReplace') : t('plans.signedFileChoose')}
              </Button>
            </Upload>
            {progress !== null && <Progress percent={progress} size="small" />}
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
