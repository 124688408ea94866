// Report sources: the one registry of records a periodic report is pre-filled from and the province's
// consolidation totals. Each module that keeps records a report draws on registers its reader here
// (one per source group of @dvcq/domain REPORT_SOURCE_GROUPS); the reports use cases never name a
// module. A reader answers for many units at once, so a consolidation reads each source in one pass.
import {
  consolidateSourceFigures,
  isReportSourceKey,
  prefillReportValues,
  REPORT_SOURCE_GROUPS,
  reportSourceAsOf,
  reportSourceOrigin,
  reportSourceRange,
  type PeriodKind,
  type ReportSourceGroup,
  type ReportSourceQuery,
  type SourceReading,
  type UnitSourceReading,
} from '@dvcq/domain';
import type { ConsolidationDto, ReportPrefillDto } from '@dvcq/shared';
import { localToday } from '../../clock.ts';
import { complaintsReportSource } from '../complaints/complaints.usecases.ts';
import { dialoguesReportSource } from '../dialogues/dialogues.usecases.ts';
import { kpiReportSource } from '../kpi/kpi.usecases.ts';
import { movementReportSource } from '../movement/movement.usecases.ts';
import type { ReportIndicatorRow, StoredValue } from '../../db/schema.ts';
import type { ReportsRepository } from './reports.repository.ts';

export type ReportSourceReader = (repo: ReportsRepository, q: ReportSourceQuery) => Promise<Map<string, UnitSourceReading>>;

export const REPORT_SOURCES: Readonly<Record<ReportSourceGroup, ReportSourceReader>> = {
  complaints: (repo, q) => complaintsReportSource(repo.complaints, q),
  dialogues: (repo, q) => dialoguesReportSource(repo.dialogues, q),
  movement: (repo, q) => movementReportSource(repo.movement, q),
  kpi: (repo, q) => kpiReportSource(repo.kpi, q),
};

function sourceQuery(unitIds: readonly string[], year: number, kind: PeriodKind, now: Date): ReportSourceQuery {
  const range = reportSourceRange(year, kind);
  return { unitIds, year, kind, range, asOf: reportSourceAsOf(range, localToday(now)) };
}

/** Every group's reading for the units, in the groups' order (read side by side: each reader only reads). */
async function readAll(repo: ReportsRepository, q: ReportSourceQuery) {
  return Promise.all(REPORT_SOURCE_GROUPS.map(async (group) => ({ group, byUnit: await REPORT_SOURCES[group](repo, q) })));
}

/**
 * What the unit's records propose for its report of the period: a value for each sourced indicator the
 * officer has not typed, every sourced indicator's reading with its origin, and the lists (KPI results
 * with accepted evidence, models, dialogues, overdue conclusions).
 */
export async function reportPrefill(
  repo: ReportsRepository,
  unitId: string,
  year: number,
  kind: PeriodKind,
  indicators: readonly ReportIndicatorRow[],
  typed: Readonly<Record<string, StoredValue>>,
  now: Date,
): Promise<ReportPrefillDto> {
  const q = sourceQuery([unitId], year, kind, now);
  const readings: Record<string, SourceReading> = {};
  const lists: ReportPrefillDto['lists'] = [];
  for (const { group, byUnit } of await readAll(repo, q)) {
    const r = byUnit.get(unitId);
    if (!r) continue;
    const origin = reportSourceOrigin(group, year, kind);
    for (const [key, value] of Object.entries(r.figures)) if (typeof value === 'number') readings[key] = { value, origin };
    lists.push(...r.lists);
  }
  const sourced = indicators.filter((i) => isReportSourceKey(i.source));
  const byCode: Record<string, SourceReading> = {};
  for (const i of sourced) if (readings[i.source!]) byCode[i.code] = readings[i.source!]!;
  return { values: prefillReportValues(sourced, typed, readings), readings: byCode, lists };
}

/**
 * The consolidation's records: each source summed over the units with how many units have records for
 * it, and the recognised models listed by unit.
 */
export async function consolidatedRecords(
  repo: ReportsRepository,
  units: readonly { id: string; name: string }[],
  year: number,
  kind: PeriodKind,
  now: Date,
): Promise<ConsolidationDto['records']> {
  const q = sourceQuery(
    units.map((u) => u.id),
    year,
    kind,
    now,
  );
  const perUnit = new Map<string, Record<string, number>>();
  const lists: ConsolidationDto['records']['lists'] = [];
  for (const { byUnit } of await readAll(repo, q)) {
    for (const u of units) {
      const r = byUnit.get(u.id);
      if (!r) continue;
      perUnit.set(u.id, { ...(perUnit.get(u.id) ?? {}), ...(r.figures as Record<string, number>) });
      for (const l of r.lists) if (l.key === 'movement.models_recognised') lists.push({ ...l, unitId: u.id, unitName: u.name });
    }
  }
  return { figures: consolidateSourceFigures(perUnit.values()), lists };
}
