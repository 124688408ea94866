// "Trình đề nghị khen thưởng": the number, date and signer of the tờ trình are required and a last
// confirmation says the proposal is then fixed. No onFinish: Enter in a field never submits.
import { App, Form, Modal, Typography } from 'antd';
import type { CommendationProposalDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, todayInProvince } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { scoringApi, scoringKeys } from './scoringApi.ts';
import { SigningFields } from './SigningFields.tsx';
import '../../i18n/vi/scoring.ts';

interface Values {
  number: string;
  /** 'YYYY-MM-DD'. */
  proposalDate: string;
  signerName: string;
  signerTitle?: string;
}

export function SubmitProposalDialog({
  proposal,
  expectedVersion,
  onClose,
}: {
  proposal: CommendationProposalDto;
  /** The version the coordinator is looking at: a newer one saved meanwhile is refused, not submitted unseen. */
  expectedVersion: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();
  const save = useSave({
    form,
    fields: ['number', 'proposalDate', 'signerName', 'signerTitle'],
    run: (v: Values) =>
      scoringApi.submitCommendationProposal({
        scorecardId: proposal.scorecardId,
        year: proposal.year,
        expectedVersion,
        number: v.number.trim(),
        proposalDate: v.proposalDate,
        signerName: v.signerName.trim(),
        signerTitle: v.signerTitle?.trim() || null,
      }),
    invalidate: [scoringKeys.commendation(proposal.scorecardId, proposal.year)],
    success: t('scoring.commendation.submitted'),
    onSuccess: onClose,
  });

  const confirm = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const v = form.getFieldsValue(true) as Values;
    modal.confirm({
      title: t('scoring.commendation.confirmTitle'),
      content: t('scoring.commendation.confirmText', {
        number: v.number.trim(),
        date: showDate(v.proposalDate),
        signer: v.signerName.trim(),
        who:
          proposal.individuals.length > 0
            ? t('scoring.commendation.whoBoth', { count: proposal.items.length, people: proposal.individuals.length })
            : t('scoring.commendation.whoUnits', { count: proposal.items.length }),
      }),
      okText: t('scoring.commendation.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        await save.run(v);
      },
    });
  };

  return (
    <Modal
      open
      title={t('scoring.commendation.submitTitle')}
      okText={t('scoring.ranking.issueNext')}
      onOk={() => void confirm()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('scoring.commendation.submitHelp')}</Typography.Paragraph>
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ proposalDate: todayInProvince().format('YYYY-MM-DD') }}>
        <SigningFields
          numberLabel={t('scoring.commendation.number')}
          numberPlaceholder={t('scoring.commendation.numberPlaceholder')}
          dateName="proposalDate"
          signerTitlePlaceholder={t('scoring.commendation.signerTitlePlaceholder')}
        />
      </Form>
    </Modal>
  );
}
