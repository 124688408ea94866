// API calls and query keys of plans, obligations, compliance, assignments and the calendar feed.
import { useQuery } from '@tanstack/react-query';
import type {
  ComplianceUnitsPageDto,
  FileSignatureCheckDto,
  assignmentDto,
  ObligationDto,
  PlanComplianceDto,
  PlanDetailDto,
  PlanInput,
  PlanSummaryDto,
  Role,
  UnitKind,
  updatePlanRequest,
} from '@dvcq/shared';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../api/files.ts';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/plans.ts';

export type { ObligationDto, PlanComplianceDto, PlanDetailDto, PlanInput, PlanSummaryDto };
export type UpdatePlanBody = (typeof updatePlanRequest)['_input'];
export type AssignmentDto = (typeof assignmentDto)['_output'];
export type PlanMilestoneDto = PlanDetailDto['milestones'][number];

export interface PlanListFilters {
  q?: string;
  year?: number;
  status?: 'draft' | 'published';
  issuerUnitId?: string;
}

export const planKeys = {
  all: ['plans'] as const,
  list: (f: PlanListFilters) => ['plans', 'list', f] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  compliance: (id: string, asOf: string, unitKind: string) => ['plans', 'compliance', id, asOf, unitKind] as const,
  complianceOf: (id: string) => ['plans', 'compliance', id] as const,
  complianceUnits: (id: string, q: ComplianceUnitsFilter) => ['plans', 'compliance', id, 'units', q] as const,
  allObligations: ['obligations'] as const,
  obligations: (unitId: string) => ['obligations', unitId] as const,
  assignable: (id: string) => ['plans', 'assignable', id] as const,
  myAssignments: ['assignments', 'mine'] as const,
  calendarFeed: ['calendar-feed'] as const,
  signatures: (fileId: string) => ['files', 'signatures', fileId] as const,
};

/** Unit lines per page on the compliance tab. */
export const COMPLIANCE_PAGE_SIZE = 20;

export interface ComplianceUnitsFilter {
  asOf: string;
  unitKind: UnitKind | undefined;
  milestoneId: string;
  q: string;
  /** '' for the first page. */
  cursor: string;
}

export interface SignPlanBody {
  number: string;
  issuedOn: string | undefined;
  signerName: string;
  signerTitle: string | null;
  signedFileId: string | null;
  expectedVersion: number;
}

export interface AmendPlanBody {
  reason: string;
  expectedVersion: number;
  milestones?: PlanInput['milestones'];
  targets?: PlanInput['targets'];
}

export interface AssignBody {
  itemType: 'activity' | 'milestone';
  itemId: string;
  userId: string;
  duty: 'lead' | 'follow';
}

export const plansApi = {
  list: (filters: PlanListFilters & { limit?: number }, signal?: AbortSignal) =>
    api.get<PlanSummaryDto[]>('/api/plans', { ...filters }, signal ? { signal } : undefined),
  get: (id: string) => api.get<PlanDetailDto>(`/api/plans/${id}`),
  create: (input: PlanInput) => api.post<PlanDetailDto>('/api/plans', input),
  update: (id: string, body: UpdatePlanBody) => api.put<PlanDetailDto>(`/api/plans/${id}`, body),
  /** The coordinator publishes a provincial plan: its deadlines become the units' obligations. */
  publish: (id: string, body: SignPlanBody) => api.post<PlanDetailDto>(`/api/plans/${id}/publish`, body),
  /** A unit's leader signs and submits the unit's derived plan (fulfils the obligation). */
  submit: (id: string, body: SignPlanBody) => api.post<PlanDetailDto>(`/api/plans/${id}/submit`, body),
  amend: (id: string, body: AmendPlanBody) => api.post<PlanDetailDto>(`/api/plans/${id}/amend`, body),
  /** A unit's own draft plan built from the plan above it. */
  derive: (id: string, unitId: string) => api.post<PlanDetailDto>(`/api/plans/${id}/derive`, { unitId }),
  /** Tallies only: the unit lines are paged with `complianceUnits`. */
  compliance: (id: string, asOf: string, unitKind: UnitKind | undefined) =>
    api.get<PlanComplianceDto>(`/api/plans/${id}/compliance`, { asOf, unitKind, units: 'none' }),
  /** One page of unit lines (of one deadline), searchable by unit name. */
  complianceUnits: (id: string, q: ComplianceUnitsFilter) =>
    api.get<ComplianceUnitsPageDto>(`/api/plans/${id}/compliance/units`, {
      asOf: q.asOf,
      unitKind: q.unitKind,
      milestoneId: q.milestoneId,
      q: q.q || undefined,
      cursor: q.cursor || undefined,
      limit: COMPLIANCE_PAGE_SIZE,
    }),
  /** The plan laid out per Decree 30, as Word. */
  downloadDocx: (id: string) => downloadFile(`/api/plans/${id}/export.docx`, { fallbackName: t('plans.exportFileName') }),
  /** The công văn đôn đốc for one deadline, to the units behind on it now (Word draft). */
  downloadReminderLetter: (id: string, milestoneId: string) =>
    downloadFile(`/api/plans/${id}/reminder-letter.docx?milestoneId=${encodeURIComponent(milestoneId)}`, {
      fallbackName: t('plans.reminderLetterFileName'),
    }),
  obligations: (unitId: string) => api.get<ObligationDto[]>('/api/obligations', { unitId }),
  exempt: (obligationId: string, reason: string) => api.post(`/api/obligations/${obligationId}/exempt`, { reason }),
  assignableUsers: (id: string) => api.get<AssignableUser[]>(`/api/plans/${id}/assignable-users`),
  assign: (id: string, body: AssignBody) => api.post<AssignmentDto>(`/api/plans/${id}/assignments`, body),
  myAssignments: () => api.get<AssignmentDto[]>('/api/assignments/mine'),
  /** The embedded digital signatures of a signed copy (PDF), checked by the server. */
  checkSignatures: (fileId: string) => api.get<FileSignatureCheckDto>(`/api/files/${fileId}/signatures`),
  /** The caller's personal iCalendar subscription URL (created on first call). */
  calendarFeed: () => api.post<{ url: string }>('/api/calendar-feed', {}),
};

export interface AssignableUser {
  id: string;
  fullName: string;
  username: string;
  role: Role;
  unitName: string;
}

/** People the plan's items can be assigned to; fails with 403 when the user may not draft the plan. */
export function useAssignableUsers(planId: string) {
  return useQuery({
    queryKey: planKeys.assignable(planId),
    queryFn: () => plansApi.assignableUsers(planId),
  });
}

export function useMyAssignments(enabled = true) {
  return useQuery({
    queryKey: planKeys.myAssignments,
    queryFn: plansApi.myAssignments,
    enabled,
  });
}

export function usePlans(filters: PlanListFilters) {
  return useQuery({
    queryKey: planKeys.list(filters),
    queryFn: ({ signal }) => plansApi.list({ ...filters, limit: 200 }, signal),
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id ?? ''),
    queryFn: () => plansApi.get(id!),
    enabled: !!id,
  });
}

export function usePlanCompliance(id: string, asOf: string, unitKind: UnitKind | undefined, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.compliance(id, asOf, unitKind ?? ''),
    queryFn: () => plansApi.compliance(id, asOf, unitKind),
    enabled,
  });
}

export function usePlanComplianceUnits(id: string, q: ComplianceUnitsFilter) {
  return useQuery({
    queryKey: planKeys.complianceUnits(id, q),
    queryFn: () => plansApi.complianceUnits(id, q),
    placeholderData: (previous) => previous,
  });
}

export function useUnitObligations(unitId: string | undefined) {
  return useQuery({
    queryKey: planKeys.obligations(unitId ?? ''),
    queryFn: () => plansApi.obligations(unitId!),
    enabled: !!unitId,
  });
}

/** Plan body for PUT from a detail (all editable fields). */
export function planToInput(p: PlanDetailDto): PlanInput {
  return {
    issuerUnitId: p.issuerUnitId,
    parentPlanId: p.parentPlanId,
    year: p.year,
    number: p.number,
    issuedOn: p.issuedOn,
    place: p.place,
    title: p.title,
    summary: p.summary,
    signerName: p.signerName,
    signerTitle: p.signerTitle,
    legalBases: p.legalBases,
    sections: p.sections,
    preamble: p.preamble,
    contentAreas: p.contentAreas,
    targets: p.targets,
    activities: p.activities.map((a) => ({
      contentAreaCode: a.contentAreaCode,
      content: a.content,
      leadUnitId: a.leadUnitId,
      leadText: a.leadText,
      coordinatingUnitIds: a.coordinatingUnitIds,
      coordinatingText: a.coordinatingText,
      expectedOutputs: a.expectedOutputs,
      dueDate: a.dueDate,
      budgetSource: a.budgetSource,
      appliesToKinds: a.appliesToKinds,
    })),
    milestones: p.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      inclusive: m.inclusive,
      phrase: m.phrase,
      deliverableKind: m.deliverableKind,
      periodKind: m.periodKind,
      periodYear: m.periodYear,
      audience: m.audience,
      parentMilestoneId: m.parentMilestoneId,
    })),
    recipients: p.recipients,
    cascadeLeadDays: p.cascadeLeadDays,
  };
}
