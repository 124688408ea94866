// The number, date and signer of a document issued from the ranking page (the ranking decision, the
// commendation tờ trình): the same fields with the same checks in both dialogs.
import { Form, Input } from 'antd';
import { DateInput } from '../../components/DateInput.tsx';
import { t } from '../../i18n/index.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import '../../i18n/vi/scoring.ts';

export function SigningFields({
  numberLabel,
  numberPlaceholder,
  dateName,
  signerTitlePlaceholder,
  multilineTitle = false,
}: {
  numberLabel: string;
  numberPlaceholder: string;
  /** The form's name of the date field. */
  dateName: string;
  signerTitlePlaceholder: string;
  /** The title as printed lines ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") rather than one title. */
  multilineTitle?: boolean;
}) {
  return (
    <>
      <Form.Item label={numberLabel} name="number" rules={[requiredText(numberLabel)]}>
        <Input maxLength={100} placeholder={numberPlaceholder} />
      </Form.Item>
      <Form.Item label={t('scoring.ranking.date')} name={dateName} rules={[requiredChoice(t('scoring.ranking.date'))]}>
        <DateInput />
      </Form.Item>
      <Form.Item label={t('scoring.ranking.signer')} name="signerName" rules={[requiredText(t('scoring.ranking.signer'))]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('scoring.ranking.signerTitle')} name="signerTitle">
        {multilineTitle ? (
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={200} placeholder={signerTitlePlaceholder} />
        ) : (
          <Input maxLength={200} placeholder={signerTitlePlaceholder} />
        )}
      </Form.Item>
    </>
  );
}
