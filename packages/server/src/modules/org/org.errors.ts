// Errors of the org tree. Status and message come with each code from the shared catalogue.
import { messageFor } from '@dvcq/shared';
import { appError } from '../../errors.ts';

export const OrgErrors = {
  notFound: (field?: string) => appError('org.not_found', undefined, field ? { [field]: messageFor('org.not_found') } : undefined),
  codeTaken: () => appError('org.code_taken', undefined, { code: messageFor('org.code_taken') }),
  parentNotFound: (field = 'parentId') => appError('org.parent_not_found', undefined, { [field]: 'Không tìm thấy đơn vị cấp trên.' }),
  parentClosed: (field?: string) =>
    appError('org.parent_closed', undefined, field ? { [field]: 'Đơn vị cấp trên đã ngừng hoạt động.' } : undefined),
  rootExists: () => appError('org.root_exists'),
  cycle: (field?: string) =>
    appError('org.cycle', undefined, field ? { [field]: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới.' } : undefined),
  closed: () => appError('org.closed'),
  hasOpenChildren: () => appError('org.has_open_children'),
  invalidDates: (field: string, message: string) => appError('org.invalid_dates', undefined, { [field]: message }),
  versionConflict: () => appError('org.version_conflict'),
  importHasErrors: () => appError('org.import_has_errors'),
  importEmpty: () => appError('org.import_empty'),
  importBadHeader: (columns: string) => appError('org.import_bad_header', { columns }),
  /** Every problem of a batch, one field per event ("events.3"), so a reviewer sees them all at once. */
  batchInvalid: (problems: readonly { eventIndex: number; message: string }[]) => {
    const fields: Record<string, string> = {};
    for (const p of problems) {
      const key = `events.${p.eventIndex}`;
      fields[key] = fields[key] ? `${fields[key]} ${p.message}` : p.message;
    }
    return appError('org.batch_invalid', { count: String(problems.length) }, fields);
  },
  batchNotFound: () => appError('org.batch_not_found'),
  batchReverted: () => appError('org.batch_reverted'),
  batchNotLast: () => appError('org.batch_not_last'),
  batchInUse: () => appError('org.batch_in_use'),
  noRestructuring: () => appError('org.import_no_restructuring'),
};
