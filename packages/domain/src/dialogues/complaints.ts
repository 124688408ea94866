// Citizen reception, complaints, denunciations and petitions (tiếp công dân, khiếu nại, tố cáo, kiến
// nghị/phản ánh): the figures a unit states per period, by kind, and the consistency they must keep.
export const COMPLAINT_KINDS = ['reception', 'complaint', 'denunciation', 'petition'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_KIND_LABELS: Readonly<Record<ComplaintKind, string>> = {
  reception: 'Tiếp công dân',
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Kiến nghị, phản ánh',
};

export const COMPLAINT_MEASURES = ['received', 'inCompetence', 'resolved', 'resolvedOnTime', 'pending'] as const;
export type ComplaintMeasure = (typeof COMPLAINT_MEASURES)[number];

export const COMPLAINT_MEASURE_LABELS: Readonly<Record<ComplaintMeasure, string>> = {
  received: 'Tiếp nhận',
  inCompetence: 'Thuộc thẩm quyền',
  resolved: 'Đã giải quyết',
  resolvedOnTime: 'Giải quyết đúng hạn',
  pending: 'Đang giải quyết',
};

export type ComplaintFigures = Record<ComplaintMeasure, number>;

/** A broken consistency rule, by stable code; `field` names the figure to correct. */
export interface ComplaintProblem {
  code:
    | 'complaints.negative'
    | 'complaints.competence_exceeds_received'
    | 'complaints.resolved_exceeds_received'
    | 'complaints.resolved_exceeds_competence'
    | 'complaints.on_time_exceeds_resolved'
    | 'complaints.pending_exceeds';
  kind: ComplaintKind;
  field: ComplaintMeasure;
}

/**
 * What is wrong with one kind's figures: whole non-negative counts; under competence ≤ received;
 * resolved ≤ received and ≤ under competence; resolved on time ≤ resolved; resolved + pending ≤ under
 * competence (what the unit settled and still has cannot exceed what it had to settle).
 */
export function complaintProblems(kind: ComplaintKind, f: ComplaintFigures): ComplaintProblem[] {
  const out: ComplaintProblem[] = [];
  for (const m of COMPLAINT_MEASURES) {
    if (!Number.isInteger(f[m]) || f[m] < 0) out.push({ code: 'complaints.negative', kind, field: m });
  }
  if (out.length) return out;
  if (f.inCompetence > f.received) out.push({ code: 'complaints.competence_exceeds_received', kind, field: 'inCompetence' });
  if (f.resolved > f.received) out.push({ code: 'complaints.resolved_exceeds_received', kind, field: 'resolved' });
  else if (f.resolved > f.inCompetence) out.push({ code: 'complaints.resolved_exceeds_competence', kind, field: 'resolved' });
  if (f.resolvedOnTime > f.resolved) out.push({ code: 'complaints.on_time_exceeds_resolved', kind, field: 'resolvedOnTime' });
  if (f.resolved <= f.inCompetence && f.resolved + f.pending > f.inCompetence)
    out.push({ code: 'complaints.pending_exceeds', kind, field: 'pending' });
  return out;
}

/** Sum of figures over units (a consolidation), measure by measure. */
export function sumComplaintFigures(rows: readonly ComplaintFigures[]): ComplaintFigures {
  const s: ComplaintFigures = { received: 0, inCompetence: 0, resolved: 0, resolvedOnTime: 0, pending: 0 };
  for (const r of rows) for (const m of COMPLAINT_MEASURES) s[m] += r[m];
  return s;
}

/**
 * The share (0–100, one decimal) of complaints, denunciations and petitions resolved on time among
 * those resolved (citizen reception has no deadline and is left out); null when none was resolved.
 */
export function shareResolvedOnTime(rows: readonly ({ kind: ComplaintKind } & ComplaintFigures)[]): number | null {
  const counted = rows.filter((r) => r.kind !== 'reception');
  const resolved = counted.reduce((n, r) => n + r.resolved, 0);
  if (resolved === 0) return null;
  const onTime = counted.reduce((n, r) => n + r.resolvedOnTime, 0);
  return Math.round((onTime / resolved) * 1000) / 10;
}

/** Indicator key a scorecard's "derived" criterion names to be scored from the share of complaints resolved on time (0–100). */
export const COMPLAINTS_RESOLVED_ON_TIME_INDICATOR = 'complaints_resolved_on_time';
