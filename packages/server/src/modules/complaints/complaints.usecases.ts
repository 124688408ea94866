// Complaint statistics (tiếp công dân, khiếu nại, tố cáo, kiến nghị/phản ánh): a unit enters its figures
// of a period once, by kind, and corrects them in place; the consistency rules are the domain's
// (dialogues/complaints.ts). Every kind is checked before anything is written: nothing is half-saved.
import { randomUUID } from 'node:crypto';
import {
  complaintProblems,
  complaintSourceFigures,
  shareResolvedOnTime,
  type ComplaintKind,
  type LocalDate,
  type ReportSourceQuery,
  type UnitSourceReading,
} from '@dvcq/domain';
import type { ComplaintStatisticsDto, complaintStatisticsQuery, saveComplaintStatisticsRequest } from '@dvcq/shared';
import type { z } from 'zod';
import type { RequestContext } from '../../authz/actor.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { ComplaintErrors, complaintRefusal } from './complaints.errors.ts';
import { assertCanEnterComplaints, assertCanReadComplaints, canEnterComplaints } from './complaints.policies.ts';
import { presentComplaintStatistics } from './complaints.presenter.ts';
import type { ComplaintsRepository } from './complaints.repository.ts';

type SaveInput = z.output<typeof saveComplaintStatisticsRequest>;
type Query = z.output<typeof complaintStatisticsQuery>;

export async function getComplaintStatistics(repo: ComplaintsRepository, ctx: RequestContext, q: Query): Promise<ComplaintStatisticsDto> {
  const unit = await repo.org.findUnit(q.unitId);
  if (!unit) throw OrgErrors.notFound();
  assertCanReadComplaints(ctx.actor, unit.path);
  const [own, subtree, inScope] = await Promise.all([
    repo.figuresOf(unit.id, q.year, q.periodKind),
    repo.figuresInSubtree(unit.path, q.year, q.periodKind),
    repo.openUnitsInSubtree(unit.path),
  ]);
  return presentComplaintStatistics(unit, q.year, q.periodKind, own, subtree, inScope, canEnterComplaints(ctx.actor, unit.path));
}

export async function saveComplaintStatistics(
  repo: ComplaintsRepository,
  ctx: RequestContext,
  input: SaveInput,
): Promise<ComplaintStatisticsDto> {
  const kinds = input.rows.map((r) => r.kind);
  if (new Set(kinds).size !== kinds.length) throw ComplaintErrors.kindTwice();
  const problems = input.rows.flatMap((r) => complaintProblems(r.kind, r).map((p) => ({ ...p, figures: r })));
  if (problems.length) throw complaintRefusal(problems);
  await repo.transaction(async (tx) => {
    const unit = await tx.org.findUnit(input.unitId);
    if (!unit) throw OrgErrors.notFound();
    assertCanEnterComplaints(ctx.actor, unit.path);
    const before = await tx.figuresOf(unit.id, input.year, input.periodKind);
    for (const r of input.rows) {
      await tx.upsert({
        id: randomUUID(),
        unitId: unit.id,
        year: input.year,
        periodKind: input.periodKind,
        kind: r.kind,
        received: r.received,
        inCompetence: r.inCompetence,
        resolved: r.resolved,
        resolvedOnTime: r.resolvedOnTime,
        pending: r.pending,
        updatedBy: ctx.actor.userId,
        updatedAt: ctx.now,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'complaints.figures_saved',
      entityType: 'complaint_statistics',
      entityId: null,
      unitId: unit.id,
      before: before.length
        ? before.map(({ kind, received, inCompetence, resolved, resolvedOnTime, pending }) => ({
            kind,
            received,
            inCompetence,
            resolved,
            resolvedOnTime,
            pending,
          }))
        : null,
      after: { year: input.year, periodKind: input.periodKind, rows: input.rows },
    });
  });
  return getComplaintStatistics(repo, ctx, { unitId: input.unitId, year: input.year, periodKind: input.periodKind });
}

/**
 * The share (0–100) of a unit's complaints, denunciations and petitions resolved on time in the year
 * (its whole-year figures, else the latest period it entered); null when nothing was resolved. What a
 * scorecard criterion of kind "derived" on COMPLAINTS_RESOLVED_ON_TIME_INDICATOR reads.
 */
export async function complaintsOnTimeShareOf(
  repo: ComplaintsRepository,
  unitId: string,
  year: number,
  _asOf?: LocalDate,
): Promise<number | null> {
  for (const period of ['Y', '9M', 'H1', 'Q4', 'Q3', 'Q2', 'Q1']) {
    const rows = await repo.figuresOf(unitId, year, period);
    if (rows.length) return shareResolvedOnTime(rows.map((r) => ({ ...r, kind: r.kind as ComplaintKind })));
  }
  return null;
}

/**
 * Report source "complaints": each unit's figures of the report's period (entered once on the
 * statistics screen), as report figures. A unit that entered nothing for the period gets no figures.
 */
export async function complaintsReportSource(repo: ComplaintsRepository, q: ReportSourceQuery): Promise<Map<string, UnitSourceReading>> {
  const out = new Map<string, UnitSourceReading>();
  if (q.kind === 'adhoc') return out;
  const rows = await repo.figuresOfUnits(q.unitIds, q.year, q.kind);
  for (const unitId of q.unitIds) {
    const figures = complaintSourceFigures(rows.filter((r) => r.unitId === unitId));
    if (figures) out.set(unitId, { figures, lists: [] });
  }
  return out;
}
