import { COMPLAINT_KIND_LABELS, COMPLAINT_MEASURE_LABELS, type ComplaintFigures, type ComplaintProblem } from '@dvcq/domain';
import { appError } from '../../errors.ts';

/** One refusal naming the first broken rule, with a message next to every figure to correct. */
export function complaintRefusal(problems: readonly (ComplaintProblem & { figures: ComplaintFigures })[]) {
  const fields: Record<string, string> = {};
  const refusal = (p: ComplaintProblem & { figures: ComplaintFigures }, withFields?: Record<string, string>) => {
    const kind = COMPLAINT_KIND_LABELS[p.kind];
    const f = p.figures;
    switch (p.code) {
      case 'complaints.negative':
        return appError(p.code, { kind, measure: COMPLAINT_MEASURE_LABELS[p.field] }, withFields);
      case 'complaints.competence_exceeds_received':
        return appError(p.code, { kind, inCompetence: f.inCompetence, received: f.received }, withFields);
      case 'complaints.resolved_exceeds_received':
        return appError(p.code, { kind, resolved: f.resolved, received: f.received }, withFields);
      case 'complaints.resolved_exceeds_competence':
        return appError(p.code, { kind, resolved: f.resolved, inCompetence: f.inCompetence }, withFields);
      case 'complaints.on_time_exceeds_resolved':
        return appError(p.code, { kind, resolvedOnTime: f.resolvedOnTime, resolved: f.resolved }, withFields);
      case 'complaints.pending_exceeds':
        return appError(p.code, { kind, resolved: f.resolved, pending: f.pending, inCompetence: f.inCompetence }, withFields);
    }
  };
  for (const p of problems) fields[`rows.${p.kind}.${p.field}`] ??= refusal(p).message;
  return refusal(problems[0]!, fields);
}

export const ComplaintErrors = {
  kindTwice: () => appError('complaints.kind_twice'),
};
