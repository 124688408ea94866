// antd form rules with the Vietnamese "Vui lòng nhập/chọn …" messages, named after the field's label.
import { t } from '../i18n/index.ts';

/** A text the person must type (blank is not enough). */
export const requiredText = (label: string) => ({
  required: true,
  whitespace: true,
  message: t('common.required', { field: label.toLowerCase() }),
});

/** A choice the person must make (select, date). */
export const requiredChoice = (label: string) => ({ required: true, message: t('common.requiredSelect', { field: label.toLowerCase() }) });
