import { Typography } from 'antd';
import { t } from '../i18n/index.ts';

/**
 * Under a text that prints in a Word document: lines of cells pasted from Excel (or written with "|")
 * print as a table (docgen text-tables), which nobody guesses from a plain text field.
 */
export function TextTableHint() {
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
      {t('common.textTableHint')}
    </Typography.Text>
  );
}
