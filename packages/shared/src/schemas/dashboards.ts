// Dashboards (issue #7): a coordinator's view of a subtree and a unit's own view, read live.
import { z } from 'zod';
import { uuid } from './common.ts';
import { COMPLIANCE_STATUS_IDS } from '../vocabulary.ts';
import { complianceTally } from './plans.ts';
import { conclusionTallyDto } from './dialogues.ts';

export const dashboardQuery = z.object({
  unitId: uuid.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const DASHBOARD_CHARTS = ['compliance', 'heatmap', 'ranking', 'review', 'appraisal', 'owed', 'trend', 'complaints'] as const;
export const dashboardExportQuery = dashboardQuery.extend({ chart: z.enum(DASHBOARD_CHARTS) });

const deadlineColumn = z.object({
  milestoneId: uuid,
  planId: uuid,
  planNumber: z.string().nullable(),
  title: z.string(),
  dueDate: z.string(),
  deadlineText: z.string(),
});

/** Units × deadlines, one page of units (by name); `unitCount` units in all, `nextCursor` for the next page. */
const heatmapPage = z.object({
  deadlines: z.array(deadlineColumn),
  /** statuses[i] is the unit's status for deadlines[i]; null when it owes nothing there. */
  units: z.array(z.object({ unitId: uuid, unitName: z.string(), statuses: z.array(z.enum(COMPLIANCE_STATUS_IDS).nullable()) })),
  unitCount: z.number().int(),
  nextCursor: z.string().nullable(),
});
export const dashboardHeatmapQuery = dashboardQuery.extend({
  q: z.string().max(200).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export const dashboardHeatmapResponse = heatmapPage;
export type DashboardHeatmapPageDto = z.infer<typeof dashboardHeatmapResponse>;

export const dashboardResponse = z.object({
  unit: z.object({ id: uuid, name: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  /** The caller coordinates this subtree (coordinator view) rather than only belonging to it. */
  coordinator: z.boolean(),
  compliance: z.object({
    overall: complianceTally,
    byDeadline: z.array(deadlineColumn.extend({ tally: complianceTally })),
  }),
  heatmap: heatmapPage,
  ranking: z.object({
    available: z.boolean(),
    scorecardName: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    /** Issued by decision (true) or provisional from finalised assessments (false). */
    issued: z.boolean(),
    count: z.number().int(),
    distribution: z.array(z.object({ levelCode: z.string(), levelName: z.string(), count: z.number().int(), share: z.number() })),
    target: z
      .object({ levelName: z.string(), op: z.string(), threshold: z.number(), share: z.number(), met: z.boolean(), message: z.string() })
      .nullable(),
  }),
  review: z.object({
    count: z.number().int(),
    items: z.array(
      z.object({
        obligationId: uuid,
        unitName: z.string(),
        title: z.string(),
        submittedAt: z.string().nullable(),
        submissionCount: z.number().int(),
      }),
    ),
  }),
  appraisal: z.object({
    available: z.boolean(),
    agencies: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        toReview: z.number().int(),
        reviewed: z.number().int(),
        changed: z.number().int(),
        sentBack: z.number().int(),
      }),
    ),
  }),
  /** Conclusions of citizen dialogues held or assigned in the subtree: due in the year or still open, by state today. */
  dialogues: z.object({
    conclusions: conclusionTallyDto,
    overdue: z.array(
      z.object({
        conclusionId: uuid,
        dialogueId: uuid,
        content: z.string(),
        dialogueUnitName: z.string(),
        assigneeUnitName: z.string(),
        heldOn: z.string(),
        dueDate: z.string(),
        daysOverdue: z.number().int(),
      }),
    ),
  }),
  /** "Dân vận khéo" models of the subtree registered in the year, counted by field × state. */
  models: z
    .object({
      total: z.number().int(),
      states: z.array(z.object({ state: z.string(), label: z.string() })),
      /** counts[i] is the number of the field's models in states[i]. */
      fields: z.array(z.object({ field: z.string(), label: z.string(), counts: z.array(z.number().int()), total: z.number().int() })),
    })
    .default({ total: 0, states: [], fields: [] }),
  /** Complaint statistics of the subtree by period, the year before and the year (complaints, denunciations, petitions). */
  complaints: z
    .object({
      periods: z.array(
        z.object({
          year: z.number().int(),
          periodKind: z.string(),
          label: z.string(),
          unitsReported: z.number().int(),
          received: z.number().int(),
          resolved: z.number().int(),
          resolvedOnTime: z.number().int(),
          pending: z.number().int(),
        }),
      ),
    })
    .default({ periods: [] }),
  myUnit: z
    .object({
      unitId: uuid,
      unitName: z.string(),
      owesNext: z.array(
        z.object({
          obligationId: uuid,
          title: z.string(),
          planNumber: z.string().nullable(),
          dueDate: z.string(),
          deadlineText: z.string(),
          daysUntilDue: z.number().int(),
          status: z.enum(COMPLIANCE_STATUS_IDS),
          statusLabel: z.string(),
          link: z.string(),
        }),
      ),
      returned: z.array(
        z.object({
          kind: z.enum(['report', 'assessment']),
          title: z.string(),
          comment: z.string().nullable(),
          at: z.string().nullable(),
          link: z.string(),
        }),
      ),
      trend: z.array(
        z.object({
          year: z.number().int(),
          owed: z.number().int(),
          onTime: z.number().int(),
          late: z.number().int(),
          missing: z.number().int(),
          timelinessRate: z.number().nullable(),
          levelName: z.string().nullable(),
          total: z.number().nullable(),
        }),
      ),
    })
    .nullable(),
});
export type DashboardDto = z.infer<typeof dashboardResponse>;
