// The reason given for one unit or person ticked in the commendation proposal.
import { Input } from 'antd';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/scoring.ts';

export function ProposalReasonInput({
  label,
  value,
  disabled,
  onChange,
}: {
  /** Read aloud: whose reason it is. */
  label: string;
  value: string | undefined;
  disabled: boolean;
  onChange: (reason: string) => void;
}) {
  return (
    <Input.TextArea
      aria-label={label}
      autoSize={{ minRows: 1, maxRows: 4 }}
      maxLength={2000}
      disabled={disabled}
      placeholder={t('scoring.commendation.reasonPlaceholder')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
