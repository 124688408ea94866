// Errors of plans, their obligations' derivation and calendar feeds.
import { messageFor } from '@dvcq/shared';
import { appError } from '../../errors.ts';

export const PlanErrors = {
  notFound: () => appError('plan.not_found'),
  milestoneNotFound: () => appError('plan.milestone_not_found'),
  notDraft: () => appError('plan.not_draft'),
  notPublished: () => appError('plan.not_published'),
  versionConflict: () => appError('plan.version_conflict'),
  numberTaken: (number: string, year: number) => appError('plan.number_taken', { number, year }),
  unknownIssuer: () => appError('plan.unknown_unit', undefined, { issuerUnitId: messageFor('plan.unknown_unit') }),
  unknownUnit: () => appError('plan.unknown_unit'),
  parentNotFound: () => appError('plan.parent_not_found'),
  parentNotPublished: () => appError('plan.parent_not_published'),
  noUnitPlanObligation: () => appError('plan.no_unit_plan_obligation'),
  alreadyDerived: () => appError('plan.already_derived'),
  amendmentEmpty: () => appError('plan.amendment_empty'),
  signedFileNotFound: () => appError('plan.signed_file_not_found', undefined, { signedFileId: messageFor('plan.signed_file_not_found') }),
  itemNotFound: () => appError('request.invalid', undefined, { itemId: 'Không tìm thấy nội dung được phân công trong kế hoạch này.' }),
  badCursor: () => appError('request.invalid', undefined, { cursor: 'Con trỏ trang không hợp lệ; hãy tải lại từ trang đầu.' }),
  calendarInvalid: () => appError('calendar.invalid_token'),
};
