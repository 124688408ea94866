import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '@dvcq/domain';

// Vocabulary shared by server and client. Ids are stable (stored in the database, used by
// integrations); labels are Vietnamese and live beside them so the UI never invents its own.

export const ROLES = ['admin', 'coordinator', 'officer', 'leader', 'appraiser', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  coordinator: 'Điều phối (Sở Nội vụ / văn phòng)',
  officer: 'Công chức phụ trách dân vận',
  leader: 'Thủ trưởng đơn vị',
  appraiser: 'Cơ quan thẩm định',
  viewer: 'Theo dõi (chỉ xem)',
};

export { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind, ORG_EVENT_KINDS, ORG_EVENT_KIND_LABELS, type OrgEventKind } from '@dvcq/domain';

/** Parses a unit kind written by a person (CSV import): accepts the id or the Vietnamese label. */
export function unitKindFromText(text: string): UnitKind | null {
  const t = text.normalize('NFC').trim().toLowerCase();
  for (const kind of UNIT_KINDS) {
    if (kind === t || UNIT_KIND_LABELS[kind].toLowerCase() === t) return kind;
  }
  const aliases: Record<string, UnitKind> = {
    tỉnh: 'province',
    sở: 'department',
    ban: 'department',
    ngành: 'department',
    huyện: 'district',
    'thị xã': 'district',
    'thành phố': 'district',
    xã: 'commune',
    phường: 'commune',
    'thị trấn': 'commune',
    'đơn vị sự nghiệp công lập': 'public_service',
    'cơ quan trung ương': 'central_agency',
    phòng: 'division',
    'trung tâm': 'division',
  };
  return aliases[t] ?? null;
}

/**
 * Modules of the API an API token can be limited to (issue 17). Every operation belongs to exactly one:
 * the group of the contract it is defined in (api/index.ts OPERATION_MODULE).
 */
export const API_MODULES = [
  'platform',
  'plans',
  'reports',
  'scoring',
  'notifications',
  'dashboards',
  'kpi',
  'dialogues',
  'movement',
] as const;
export type ApiModule = (typeof API_MODULES)[number];

export const API_MODULE_LABELS: Record<ApiModule, string> = {
  platform: 'Đơn vị, người dùng, tệp, nhật ký',
  plans: 'Kế hoạch và nhập văn bản',
  reports: 'Báo cáo và tổng hợp',
  scoring: 'Chấm điểm, xếp loại',
  notifications: 'Thông báo, nhắc việc, lịch',
  dashboards: 'Bảng điều khiển',
  kpi: 'Chỉ tiêu (KPI)',
  dialogues: 'Đối thoại, khiếu nại',
  movement: 'Dân vận khéo',
};

// Plans' vocabulary (here, not beside the plan schemas, so the client's labels do not bring zod along).
export const DELIVERABLE_KINDS = ['unit_plan', 'period_report', 'self_assessment', 'other'] as const;
export type DeliverableKindId = (typeof DELIVERABLE_KINDS)[number];
export const DELIVERABLE_KIND_LABELS: Record<DeliverableKindId, string> = {
  unit_plan: 'Kế hoạch của đơn vị',
  period_report: 'Báo cáo định kỳ',
  self_assessment: 'Hồ sơ tự đánh giá, chấm điểm',
  other: 'Nhiệm vụ khác',
};

export const COMPLIANCE_STATUS_IDS = ['not_due', 'due_soon', 'submitted_on_time', 'submitted_late', 'overdue', 'exempt'] as const;
