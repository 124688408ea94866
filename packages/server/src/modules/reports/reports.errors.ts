// Errors of periodic reports, their forms and consolidation.
import { appError, type FieldErrors } from '../../errors.ts';

export const ReportErrors = {
  notFound: () => appError('report.not_found'),
  obligationNotFound: () => appError('report.obligation_not_found'),
  notAPeriodReport: () => appError('report.not_a_period_report'),
  planNotFound: () => appError('report.plan_not_found'),
  formNotFound: () => appError('report.form_not_found'),
  formInvalid: (fields: FieldErrors) => appError('report.form_invalid', { detail: Object.values(fields)[0] ?? '' }, fields),
  formVersionConflict: () => appError('report.form_version_conflict'),
  versionConflict: (current: number) => appError('report.version_conflict', { current }),
  consolidationTextConflict: (current: number) => appError('report.consolidation_text_conflict', { current }),
  valuesInvalid: (fields: FieldErrors) => appError('report.values_invalid', { count: Object.keys(fields).length }, fields),
  incomplete: (fields: FieldErrors) => appError('report.incomplete', { count: Object.keys(fields).length }, fields),
  locked: () => appError('report.locked'),
  notEditable: () => appError('report.not_editable'),
  notSubmitted: () => appError('report.not_submitted'),
  notAccepted: () => appError('report.not_accepted'),
  nothingToSubmit: () => appError('report.nothing_to_submit'),
  returnCommentRequired: () => appError('report.return_comment_required', undefined, { comment: 'Cần ghi ý kiến khi trả lại báo cáo.' }),
  unknownSection: (code: string) => appError('report.unknown_section', { code }, { [`sections.${code}`]: 'Mục không thuộc mẫu báo cáo.' }),
  attachmentInvalid: () =>
    appError('report.attachment_invalid', undefined, { attachments: 'Tệp đính kèm không tồn tại hoặc không thuộc đơn vị báo cáo.' }),
  attachmentLimit: (max: number) => appError('report.attachment_limit', { max }),
  consolidationScope: () => appError('report.consolidation_scope'),
};
