import { appError } from '../../errors.ts';

export const KpiErrors = {
  setNotFound: () => appError('kpi.set_not_found'),
  planHasSet: () => appError('kpi.plan_has_set'),
  versionConflict: () => appError('kpi.version_conflict'),
  rowWho: (position: number) => appError('kpi.row_who', { position }),
  rowUnitOutside: (position: number) => appError('kpi.row_unit_outside', { position }),
  rowPeriod: (position: number, year: number) => appError('kpi.row_period', { position, year }),
  thresholds: () =>
    appError('kpi.thresholds', undefined, { amberPercent: 'Ngưỡng "chậm nhẹ" phải nhỏ hơn hoặc bằng ngưỡng "đạt tiến độ".' }),
  noKpiRows: () => appError('kpi.no_kpi_rows'),
  evidenceNotFound: () => appError('kpi.evidence_not_found'),
  linkScheme: () => appError('kpi.link_scheme', undefined, { url: 'Liên kết phải bắt đầu bằng http:// hoặc https://.' }),
  evidenceProof: () => appError('kpi.evidence_proof'),
  evidenceRow: () => appError('kpi.evidence_row', undefined, { rowIds: 'Chỉ tiêu không áp dụng cho đơn vị.' }),
  evidenceVisits: () => appError('kpi.evidence_visits', undefined, { visits: 'Nhập số lượt truy cập.' }),
  evidenceYear: (year: number) => appError('kpi.evidence_year', { year }, { publishedOn: `Ngày đăng phải trong năm ${year}.` }),
  evidenceFile: () => appError('kpi.evidence_file', undefined, { fileId: 'Tệp không hợp lệ.' }),
  rejectReason: () => appError('kpi.reject_reason', undefined, { reason: 'Cần ghi lý do.' }),
  alreadyReviewed: () => appError('kpi.already_reviewed'),
};
