// The plan editor's form model and its conversion to and from PlanInput. Dates are dayjs in the form
// and 'YYYY-MM-DD' on the wire; a milestone's audience is split into two pickers (unit kinds, units).
import dayjs, { type Dayjs } from 'dayjs';
import { assertLocalDate, describeDeadline, isCanonicalDeadlinePhrase, isLocalDate, lastAllowedDay, periodLabel } from '@dvcq/domain';
import { PERIOD_KIND_IDS, type DeliverableKindId, type PlanInput, type PlanSectionDto, type UnitKind } from '@dvcq/shared';
import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { toIsoDate } from '../../lib/format.ts';

type Comparator = NonNullable<PlanInput['targets']>[number]['comparator'];
export type PeriodKindId = (typeof PERIOD_KIND_IDS)[number];

export interface MilestoneFormValue {
  id?: string;
  title: string;
  dueDate: Dayjs | null;
  inclusive: boolean;
  phrase: string;
  deliverableKind: DeliverableKindId;
  periodKind?: PeriodKindId | null;
  periodYear?: number | null;
  unitKinds: UnitKind[];
  unitIds: string[];
  withinSubtreeOf?: string;
  excludeUnitIds?: string[];
  parentMilestoneId?: string | null;
}

export interface PlanFormValues {
  issuerUnitId: string;
  parentPlanId?: string | null;
  year: number;
  number?: string | null;
  issuedOn?: Dayjs | null;
  place?: string | null;
  title: string;
  summary?: string | null;
  signerName?: string | null;
  signerTitle?: string | null;
  legalBases: { number: string; date?: Dayjs | null; issuer?: string | null; summary?: string | null }[];
  contentAreas: { code: string; title: string; description?: string | null }[];
  /** `metric` (what the target measures, read by the importer) is not edited here but kept. */
  targets: {
    text: string;
    metric?: string | null;
    comparator?: Comparator;
    value?: number | null;
    unit?: 'percent' | 'count' | null;
    unitKinds: UnitKind[];
  }[];
  activities: {
    contentAreaCode?: string | null;
    content: string;
    leadUnitId?: string | null;
    leadText?: string | null;
    coordinatingUnitIds: string[];
    coordinatingText?: string | null;
    expectedOutputs?: string | null;
    dueDate?: Dayjs | null;
    budgetSource?: string | null;
    appliesToKinds: UnitKind[];
  }[];
  milestones: MilestoneFormValue[];
  recipientsText?: string;
  cascadeLeadDays: number;
  /** The full text's I./1./a)/- tree (edited in the plan editor, carried through by the import review). */
  sections: PlanSectionDto[];
  /** Paragraphs before the numbered parts as written (legal bases, lead-in); carried through unchanged. */
  preamble: string[];
}

const day = (v: string | null | undefined): Dayjs | null => (v && isLocalDate(v.slice(0, 10)) ? dayjs(v.slice(0, 10)) : null);
const blank = (v: string | null | undefined): string | null => {
  const s = v?.trim();
  return s ? s : null;
};

export function inputToForm(p: PlanInput): PlanFormValues {
  return {
    issuerUnitId: p.issuerUnitId,
    parentPlanId: p.parentPlanId ?? null,
    year: p.year,
    number: p.number ?? null,
    issuedOn: day(p.issuedOn),
    place: p.place ?? null,
    title: p.title,
    summary: p.summary ?? null,
    signerName: p.signerName ?? null,
    signerTitle: p.signerTitle ?? null,
    legalBases: (p.legalBases ?? []).map((b) => ({
      number: b.number,
      date: day(b.date),
      issuer: b.issuer ?? null,
      summary: b.summary ?? null,
    })),
    contentAreas: (p.contentAreas ?? []).map((c) => ({ code: c.code, title: c.title, description: c.description ?? null })),
    targets: (p.targets ?? []).map((x) => ({
      text: x.text,
      metric: x.metric ?? null,
      comparator: x.comparator ?? null,
      value: x.value ?? null,
      unit: x.unit ?? null,
      unitKinds: x.unitKinds ?? [],
    })),
    activities: (p.activities ?? []).map((a) => ({
      contentAreaCode: a.contentAreaCode ?? null,
      content: a.content,
      leadUnitId: a.leadUnitId ?? null,
      leadText: a.leadText ?? null,
      coordinatingUnitIds: a.coordinatingUnitIds ?? [],
      coordinatingText: a.coordinatingText ?? null,
      expectedOutputs: a.expectedOutputs ?? null,
      dueDate: day(a.dueDate),
      budgetSource: a.budgetSource ?? null,
      appliesToKinds: a.appliesToKinds ?? [],
    })),
    milestones: (p.milestones ?? []).map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: day(m.dueDate),
      inclusive: m.inclusive,
      phrase: m.phrase,
      deliverableKind: m.deliverableKind,
      periodKind: m.periodKind ?? null,
      periodYear: m.periodYear ?? null,
      unitKinds: m.audience.unitKinds ?? [],
      unitIds: m.audience.unitIds ?? [],
      withinSubtreeOf: m.audience.withinSubtreeOf,
      excludeUnitIds: m.audience.excludeUnitIds,
      parentMilestoneId: m.parentMilestoneId ?? null,
    })),
    recipientsText: (p.recipients ?? []).join('\n'),
    cascadeLeadDays: p.cascadeLeadDays ?? 5,
    sections: (p.sections ?? []) as PlanSectionDto[],
    preamble: [...(p.preamble ?? [])],
  };
}

export function milestoneToInput(m: MilestoneFormValue): PlanInput['milestones'] extends (infer T)[] | undefined ? T : never {
  const audience: { unitKinds?: UnitKind[]; unitIds?: string[]; withinSubtreeOf?: string; excludeUnitIds?: string[] } = {};
  if (m.unitKinds?.length) audience.unitKinds = m.unitKinds;
  if (m.unitIds?.length) audience.unitIds = m.unitIds;
  if (m.withinSubtreeOf) audience.withinSubtreeOf = m.withinSubtreeOf;
  if (m.excludeUnitIds?.length) audience.excludeUnitIds = m.excludeUnitIds;
  return {
    ...(m.id ? { id: m.id } : {}),
    title: m.title?.trim() ?? '',
    dueDate: toIsoDate(m.dueDate) ?? '',
    inclusive: m.inclusive,
    phrase:
      m.phrase?.trim() ||
      (m.dueDate ? describeDeadline({ due: assertLocalDate(m.dueDate.format('YYYY-MM-DD')), inclusive: m.inclusive }) : ''),
    deliverableKind: m.deliverableKind,
    periodKind: m.periodKind ?? null,
    periodYear: m.periodYear ?? null,
    audience,
    parentMilestoneId: m.parentMilestoneId ?? null,
  };
}

export function targetsToInput(v: PlanFormValues['targets']): NonNullable<PlanInput['targets']> {
  return (v ?? []).map((x) => ({
    text: x.text,
    metric: blank(x.metric),
    comparator: x.comparator ?? null,
    value: typeof x.value === 'number' ? x.value : null,
    unit: x.unit ?? null,
    unitKinds: x.unitKinds ?? [],
  }));
}

export function formToInput(v: PlanFormValues): PlanInput {
  return {
    issuerUnitId: v.issuerUnitId,
    parentPlanId: v.parentPlanId ?? null,
    year: Number(v.year),
    number: blank(v.number),
    issuedOn: toIsoDate(v.issuedOn) ?? null,
    place: blank(v.place),
    title: v.title?.trim() ?? '',
    summary: blank(v.summary),
    signerName: blank(v.signerName),
    signerTitle: blank(v.signerTitle),
    legalBases: (v.legalBases ?? []).map((b) => ({
      number: b.number?.trim() ?? '',
      date: toIsoDate(b.date) ?? null,
      issuer: blank(b.issuer),
      summary: blank(b.summary),
    })),
    sections: v.sections ?? [],
    preamble: v.preamble ?? [],
    contentAreas: (v.contentAreas ?? []).map((c) => ({
      code: c.code?.trim() ?? '',
      title: c.title?.trim() ?? '',
      description: blank(c.description),
    })),
    targets: targetsToInput(v.targets),
    activities: (v.activities ?? []).map((a) => ({
      contentAreaCode: blank(a.contentAreaCode),
      content: a.content?.trim() ?? '',
      leadUnitId: a.leadUnitId ?? null,
      leadText: blank(a.leadText),
      coordinatingUnitIds: a.coordinatingUnitIds ?? [],
      coordinatingText: blank(a.coordinatingText),
      expectedOutputs: blank(a.expectedOutputs),
      dueDate: toIsoDate(a.dueDate) ?? null,
      budgetSource: blank(a.budgetSource),
      appliesToKinds: a.appliesToKinds ?? [],
    })),
    milestones: (v.milestones ?? []).map(milestoneToInput),
    recipients: (v.recipientsText ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    cascadeLeadDays: Number(v.cascadeLeadDays ?? 5),
  };
}

/** The canonical phrase for a date and kind, or '' without a date. */
export function autoPhrase(due: Dayjs | null | undefined, inclusive: boolean): string {
  if (!due) return '';
  return describeDeadline({ due: assertLocalDate(due.format('YYYY-MM-DD')), inclusive });
}

/** A phrase the user has not reworded (empty or canonical) follows the date and kind. */
export function isAutoPhrase(phrase: string | null | undefined): boolean {
  return !phrase?.trim() || isCanonicalDeadlinePhrase(phrase);
}

/** Last allowed day for display, or null. */
export function lastDayOf(due: Dayjs | null | undefined, inclusive: boolean): string | null {
  if (!due) return null;
  return lastAllowedDay({ due: assertLocalDate(due.format('YYYY-MM-DD')), inclusive, phrase: '' });
}

export function periodOptions(year: number): { value: PeriodKindId; label: string }[] {
  return PERIOD_KIND_IDS.map((k) => ({ value: k, label: periodLabel(year, k) }));
}

/**
 * Where the server's field paths sit in the plan form: any part of a milestone's audience goes to its
 * unit-kinds picker, any recipient to the recipients box.
 */
export function planFormPaths(serverPaths: readonly string[]): Record<string, string> {
  const rename: Record<string, string> = {};
  for (const path of serverPaths) {
    const m = /^milestones\.(\d+)\.audience(\..*)?$/.exec(path);
    if (m) rename[path] = `milestones.${m[1]}.unitKinds`;
    if (/^recipients(\..*)?$/.test(path)) rename[path] = 'recipientsText';
  }
  return rename;
}

/** The server's messages on the plan form; the first field it complained about is brought into view. */
export function applyPlanServerErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): { summary: string | null } {
  const rename = error instanceof ApiError ? planFormPaths(Object.keys(error.fields)) : {};
  const result = applyServerErrors(form, error, fieldNames, rename);
  if (error instanceof ApiError && error.code === 'plan.number_taken' && !Object.keys(error.fields).length) {
    form.setFields([{ name: 'number', errors: [error.message] }]);
  }
  // Long forms: bring the first field the server complained about into view.
  const first = error instanceof ApiError ? (Object.keys(error.fields)[0] ?? (error.code === 'plan.number_taken' ? 'number' : null)) : null;
  if (first) {
    const mapped = (rename[first] ?? first).split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    if (typeof mapped[0] === 'string' && fieldNames.includes(mapped[0]))
      form.scrollToField(mapped, { behavior: 'smooth', block: 'center' });
  }
  return result;
}

export const PLAN_FORM_FIELDS = [
  'issuerUnitId',
  'year',
  'number',
  'issuedOn',
  'place',
  'title',
  'summary',
  'signerName',
  'signerTitle',
  'legalBases',
  'contentAreas',
  'targets',
  'activities',
  'milestones',
  'recipientsText',
  'cascadeLeadDays',
] as const;
