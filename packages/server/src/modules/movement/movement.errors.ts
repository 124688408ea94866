import { MODEL_ACTIONS, MODEL_STATE_LABELS, type ModelAction, type ModelState } from '@dvcq/domain';
import { appError } from '../../errors.ts';

const ACTION_LABELS: Record<(typeof MODEL_ACTIONS)[number], string> = {
  start: 'bắt đầu thực hiện',
  propose: 'đề nghị công nhận',
  withdraw: 'rút đề nghị',
  recognise: 'công nhận',
  not_recognise: 'không công nhận',
  resume: 'tiếp tục thực hiện',
};

export const MovementErrors = {
  modelNotFound: () => appError('movement.model_not_found'),
  personNotFound: () => appError('movement.person_not_found'),
  versionConflict: () => appError('movement.version_conflict'),
  transitionNotAllowed: (state: ModelState, action: ModelAction) =>
    appError('movement.transition_not_allowed', { state: MODEL_STATE_LABELS[state], action: ACTION_LABELS[action] }),
  decisionRequired: (field: 'number' | 'issuer') =>
    appError('movement.decision_required', undefined, {
      [field === 'number' ? 'decisionNumber' : 'decisionIssuer']:
        field === 'number' ? 'Nhập số quyết định công nhận.' : 'Nhập cơ quan ban hành quyết định.',
    }),
  decisionDate: (registeredOn: string) =>
    appError('movement.decision_date', { registeredOn }, { decisionDate: 'Ngày quyết định không hợp lệ (không được ở tương lai).' }),
  reasonRequired: () => appError('movement.reason_required', undefined, { reason: 'Cần ghi lý do.' }),
  notEditable: () => appError('movement.not_editable'),
  notDeletable: () => appError('movement.not_deletable'),
  personNotDeletable: () => appError('movement.person_not_deletable'),
  timing: () => appError('movement.timing', undefined, { endsOn: 'Thời gian kết thúc phải sau thời gian bắt đầu.' }),
  dateInFuture: (field: string) => appError('movement.date_in_future', undefined, { [field]: 'Ngày không được ở trong tương lai.' }),
  unitOutside: (field: string) => appError('movement.unit_outside', undefined, { [field]: 'Đơn vị không thuộc phạm vi được phép.' }),
  fileInvalid: (field: string) => appError('movement.file_invalid', undefined, { [field]: 'Tệp không hợp lệ.' }),
  resultsNotOpen: () => appError('movement.results_not_open'),
  commendationTarget: () => appError('movement.commendation_target'),
  modelOfPerson: () => appError('movement.model_of_person', undefined, { modelId: 'Mô hình không thuộc đơn vị.' }),
  publicPageOff: () => appError('movement.public_page_off'),
  notAProvince: () => appError('movement.not_a_province'),
};
