// "Ban hành quyết định xếp loại": number, date and signer are required; every unit not finalised is
// left out only with a reason; a last confirmation says what happens. The form has no submit button and
// no onFinish, so pressing Enter in a field never issues anything — only the buttons do.
import { App, Form, Input, Modal, Typography } from 'antd';
import type { RankingResponseDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, todayInProvince } from '../../lib/format.ts';
import { requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { scoringApi, scoringKeys } from './scoringApi.ts';
import { SigningFields } from './SigningFields.tsx';
import '../../i18n/vi/scoring.ts';

interface Values {
  number: string;
  /** 'YYYY-MM-DD'. */
  decisionDate: string;
  signerName: string;
  signerTitle?: string;
  /** assessment id → reason the unit is left out */
  exclusions?: Record<string, string>;
}

export function IssueRankingDialog({ open, ranking, onClose }: { open: boolean; ranking: RankingResponseDto; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();
  const pending = ranking.notFinalised.filter((u) => u.assessmentId);
  const save = useSave({
    form,
    fields: ['number', 'decisionDate', 'signerName', 'signerTitle', 'exclusions'],
    run: (v: Values) =>
      scoringApi.issueRanking({
        scorecardId: ranking.scorecardId,
        year: ranking.year,
        number: v.number.trim(),
        decisionDate: v.decisionDate,
        signerName: v.signerName.trim(),
        signerTitle: v.signerTitle?.trim() || null,
        exclusions: pending.map((u) => ({ assessmentId: u.assessmentId!, reason: (v.exclusions?.[u.assessmentId!] ?? '').trim() })),
      }),
    invalidate: [scoringKeys.ranking(ranking.scorecardId, ranking.year)],
    success: t('scoring.ranking.issued'),
    onSuccess: onClose,
  });

  const confirm = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    v = form.getFieldsValue(true) as Values;
    const decision = { number: v.number.trim(), date: showDate(v.decisionDate), signer: v.signerName.trim(), year: ranking.year };
    modal.confirm({
      title: t('scoring.ranking.confirmTitle'),
      // the units left out, with their reasons, are named in the sentence only when there are any
      content: pending.length
        ? t('scoring.ranking.confirmTextExcluded', { ...decision, count: pending.length })
        : t('scoring.ranking.confirmText', decision),
      okText: t('scoring.ranking.issue'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        await save.run(v);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('scoring.ranking.issueTitle')}
      okText={t('scoring.ranking.issueNext')}
      onOk={() => void confirm()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('scoring.ranking.issueHelp')}</Typography.Paragraph>
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ decisionDate: todayInProvince().format('YYYY-MM-DD') }}>
        <SigningFields
          numberLabel={t('scoring.ranking.number')}
          numberPlaceholder={t('scoring.ranking.numberPlaceholder')}
          dateName="decisionDate"
          signerTitlePlaceholder={t('scoring.ranking.signerTitlePlaceholder')}
          multilineTitle
        />
        {pending.length > 0 && (
          <>
            <Typography.Paragraph>{t('scoring.ranking.exclusionsHelp', { count: pending.length })}</Typography.Paragraph>
            {pending.map((u) => (
              <Form.Item
                key={u.assessmentId}
                label={t('scoring.ranking.exclusionReason', { unit: u.unitName })}
                name={['exclusions', u.assessmentId!]}
                rules={[requiredText(t('scoring.ranking.exclusionReasonShort'))]}
              >
                <Input maxLength={2000} />
              </Form.Item>
            ))}
          </>
        )}
      </Form>
    </Modal>
  );
}
