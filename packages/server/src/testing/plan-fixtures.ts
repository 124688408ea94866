// A published plan with milestones and the obligations they create, written straight to the
// database: for tests of modules that consume obligations (reports, scoring, reminders) without
// going through the plan editor. Obligations are derived by the same domain rule as publishing.
import { randomUUID } from 'node:crypto';
import { describeDeadline, deriveObligations, localDateInProvince, type Milestone, type OrgUnit, type PeriodKind } from '@dvcq/domain';
import type { Database } from '../db/client.ts';
import { obligations, orgUnits, planMilestones, plans } from '../db/schema.ts';
import { findUnitByCode } from '../modules/org/org.repository.ts';

export interface FixtureMilestone {
  title: string;
  dueDate: string;
  inclusive: boolean;
  deliverableKind: 'unit_plan' | 'period_report' | 'self_assessment' | 'other';
  periodKind?: PeriodKind;
  periodYear?: number;
  /** Unit kinds that owe it (within the issuer's subtree). */
  unitKinds?: OrgUnit['kind'][];
  /** Or explicit unit codes. */
  unitCodes?: string[];
}

export interface PlanFixture {
  planId: string;
  milestoneIds: string[];
  /** obligation id by `${milestoneIndex}:${unitCode}` */
  obligationIdOf(milestoneIndex: number, unitCode: string): Promise<string>;
}

export async function createPublishedPlanFixture(
  database: Database,
  input: { issuerCode: string; year: number; number: string; title: string; milestones: FixtureMilestone[]; publishedAt?: Date },
): Promise<PlanFixture> {
  const db = database.db;
  const issuer = await findUnitByCode(db, input.issuerCode);
  if (!issuer) throw new Error(`no unit ${input.issuerCode}`);
  const units = await db.select().from(orgUnits);
  const codeToId = new Map(units.map((u) => [u.code, u.id]));
  const planId = randomUUID();
  const publishedAt = input.publishedAt ?? new Date(`${input.year}-03-06T02:00:00Z`);
  await db.insert(plans).values({
    id: planId,
    issuerUnitId: issuer.id,
    status: 'published',
    year: input.year,
    number: input.number,
    issuedOn: localDateInProvince(publishedAt),
    place: 'Tây Ninh',
    title: input.title,
    searchText: input.title.toLowerCase(),
    publishedAt,
  });
  const milestones: Milestone[] = [];
  const ids: string[] = [];
  for (const [i, m] of input.milestones.entries()) {
    const id = randomUUID();
    ids.push(id);
    const audience = {
      withinSubtreeOf: issuer.id,
      ...(m.unitKinds ? { unitKinds: m.unitKinds } : {}),
      ...(m.unitCodes ? { unitIds: m.unitCodes.map((c) => codeToId.get(c)!) } : {}),
    };
    await db.insert(planMilestones).values({
      id,
      planId,
      position: i,
      title: m.title,
      dueDate: m.dueDate,
      inclusive: m.inclusive,
      phrase: describeDeadline({ due: m.dueDate, inclusive: m.inclusive }),
      deliverableKind: m.deliverableKind,
      periodKind: m.periodKind ?? null,
      periodYear: m.periodYear ?? null,
      audience,
    });
    const deliverable =
      m.deliverableKind === 'period_report'
        ? { kind: 'period_report' as const, periodKind: m.periodKind!, year: m.periodYear ?? input.year }
        : m.deliverableKind === 'other'
          ? { kind: 'other' as const, title: m.title }
          : { kind: m.deliverableKind };
    milestones.push({ id, deliverable, deadline: { due: m.dueDate, inclusive: m.inclusive, phrase: '' }, audience: { ...audience, unitIds: audience.unitIds ?? [] } });
  }
  const domainUnits: OrgUnit[] = units
    .filter((u) => u.id !== issuer.id)
    .map((u) => ({ id: u.id, parentId: u.parentId, kind: u.kind as OrgUnit['kind'], validFrom: u.validFrom, validTo: u.validTo }));
  const derived = deriveObligations(milestones, domainUnits);
  for (const o of derived) {
    const m = input.milestones[ids.indexOf(o.milestoneId)]!;
    await db.insert(obligations).values({
      id: randomUUID(),
      planId,
      milestoneId: o.milestoneId,
      unitId: o.unitId,
      deliverableKind: m.deliverableKind,
      periodKind: m.periodKind ?? null,
      periodYear: m.periodYear ?? (m.deliverableKind === 'period_report' ? input.year : null),
      dueDate: m.dueDate,
      inclusive: m.inclusive,
      phrase: describeDeadline({ due: m.dueDate, inclusive: m.inclusive }),
    });
  }
  return {
    planId,
    milestoneIds: ids,
    async obligationIdOf(milestoneIndex, unitCode) {
      const unitId = codeToId.get(unitCode);
      const rows = await db.select().from(obligations);
      const found = rows.find((r) => r.milestoneId === ids[milestoneIndex] && r.unitId === unitId);
      if (!found) throw new Error(`no obligation for milestone ${milestoneIndex} and ${unitCode}`);
      return found.id;
    },
  };
}
