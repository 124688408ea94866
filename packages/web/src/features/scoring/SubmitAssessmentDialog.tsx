// "Nộp hồ sơ": the head gives the dossier's number, date and signer, which the Word dossier prints in
// place of the placeholders (Decree 30 signature lines derived from the title). A resubmission after
// evidence was asked for starts from what was given last time. No onFinish: Enter never submits.
import { Alert, Form, Modal, Typography } from 'antd';
import type { AssessmentDetailDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { todayInProvince } from '../../lib/format.ts';
import { SigningFields } from './SigningFields.tsx';
import '../../i18n/vi/scoring.ts';

export interface DossierSigning {
  number: string;
  /** 'YYYY-MM-DD'. */
  dossierDate: string;
  signerName: string;
  signerTitle?: string;
}

export function SubmitAssessmentDialog({
  a,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  a: AssessmentDetailDto;
  pending: boolean;
  /** The page's message of a failed submit (incomplete criteria, conflict), shown here too. */
  error: string | null;
  /** Submits through the page's one save hook; true once submitted. */
  onSubmit: (v: DossierSigning) => Promise<boolean>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DossierSigning>();
  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const v = form.getFieldsValue(true) as DossierSigning;
    if (await onSubmit(v)) onClose();
  };
  return (
    <Modal
      open
      title={t('scoring.assessment.submitTitle')}
      okText={t('scoring.assessment.submitConfirm')}
      onOk={() => void submit()}
      confirmLoading={pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('scoring.assessment.submitHelp')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          number: a.dossier.number ?? undefined,
          dossierDate: todayInProvince().format('YYYY-MM-DD'),
          signerName: a.dossier.signerName ?? undefined,
          signerTitle: a.dossier.signerTitle ?? undefined,
        }}
      >
        <SigningFields
          numberLabel={t('scoring.assessment.dossierNumber')}
          numberPlaceholder={t('scoring.assessment.dossierNumberPlaceholder')}
          dateName="dossierDate"
          signerTitlePlaceholder={t('scoring.assessment.signerTitlePlaceholder')}
        />
      </Form>
    </Modal>
  );
}
