// Derived sources: values the system computes from the unit's own records for scorecard criteria of
// kind 'derived' and bonuses with a source (@dvcq/domain derivedSourceOf). Each source names the
// records its value rests on, so the officer sees where each number came from. A scorecard refers to
// a source by its key; another feature adds its source here (e.g. 'recognised_models': the unit's
// "Dân vận khéo" models recognised in the year, with the recognition decisions as evidence).
import {
  COMPLAINTS_RESOLVED_ON_TIME_INDICATOR,
  derivedSourceOf,
  DIALOGUE_CONCLUSIONS_ON_TIME_INDICATOR,
  formatNumberVi,
  KPI_SHARE_MET_INDICATOR,
  localDateInProvince,
  RECOGNISED_MODELS_INDICATOR,
  type ScorecardNode,
} from '@dvcq/domain';
import type { IndicatorSource } from '../../db/schema.ts';
import { complaintsOnTimeShareOf } from '../complaints/complaints.usecases.ts';
import { conclusionsOnTimeShareOf } from '../dialogues/dialogues.usecases.ts';
import { kpiShareMetOf } from '../kpi/kpi.usecases.ts';
import { recognisedModelsOf } from '../movement/movement.usecases.ts';
import type { ScoringRepository } from './scoring.repository.ts';

export interface DerivedSourceValue {
  value: number;
  evidence: IndicatorSource['evidence'];
}

/** Reads a source for a unit and year, judged at `asOf` (local date); null when there is nothing to read. */
export type DerivedSourceReader = (
  repo: ScoringRepository,
  unitId: string,
  year: number,
  asOf: string,
) => Promise<DerivedSourceValue | null>;

export const DERIVED_SOURCES: Readonly<Record<string, DerivedSourceReader>> = {
  [KPI_SHARE_MET_INDICATOR]: async (repo, unitId, year, asOf) => {
    const share = await kpiShareMetOf(repo.kpi, unitId, year, asOf);
    if (share === null) return null;
    return {
      value: share,
      evidence: [
        {
          label: `Tỷ lệ chỉ tiêu truyền thông của đơn vị đạt ${formatNumberVi(share)}% (theo dõi chỉ tiêu năm ${year})`,
          entityType: 'kpi',
        },
      ],
    };
  },
  [RECOGNISED_MODELS_INDICATOR]: async (repo, unitId, year) => {
    const count = await recognisedModelsOf(repo.movement, unitId, year);
    return {
      value: count,
      evidence: [{ label: `${count} mô hình "Dân vận khéo" của đơn vị được công nhận trong năm ${year}`, entityType: 'movement_model' }],
    };
  },
  [DIALOGUE_CONCLUSIONS_ON_TIME_INDICATOR]: async (repo, unitId, year, asOf) => {
    const share = await conclusionsOnTimeShareOf(repo.dialogues, unitId, year, asOf);
    if (share === null) return null;
    return {
      value: share,
      evidence: [
        { label: `Tỷ lệ kết luận đối thoại đến hạn năm ${year} hoàn thành đúng hạn: ${formatNumberVi(share)}%`, entityType: 'dialogue' },
      ],
    };
  },
  [COMPLAINTS_RESOLVED_ON_TIME_INDICATOR]: async (repo, unitId, year) => {
    const share = await complaintsOnTimeShareOf(repo.complaints, unitId, year);
    if (share === null) return null;
    return {
      value: share,
      evidence: [
        {
          label: `Tỷ lệ khiếu nại, tố cáo, kiến nghị giải quyết đúng hạn năm ${year}: ${formatNumberVi(share)}%`,
          entityType: 'complaint_statistics',
        },
      ],
    };
  },
};

/** Judged today, or on the year's last day once the year is over. */
export function sourceAsOf(now: Date, year: number): string {
  const today = localDateInProvince(now);
  return today < `${year}-12-31` ? today : `${year}-12-31`;
}

/**
 * Reads every registered source the criteria name (except those the caller typed in `explicit`) and
 * returns the indicator values and where they came from, to be stored on the assessment.
 */
export async function readDerivedSources(
  repo: ScoringRepository,
  leaves: readonly ScorecardNode[],
  unitId: string,
  year: number,
  now: Date,
  explicit: ReadonlySet<string> = new Set(),
): Promise<{ values: Record<string, number>; sources: Record<string, IndicatorSource> }> {
  const keys = new Set(leaves.map((n) => derivedSourceOf(n.method)?.indicator).filter((k): k is string => !!k));
  const asOf = sourceAsOf(now, year);
  const values: Record<string, number> = {};
  const sources: Record<string, IndicatorSource> = {};
  for (const key of keys) {
    const reader = DERIVED_SOURCES[key];
    if (!reader || explicit.has(key)) continue;
    const got = await reader(repo, unitId, year, asOf);
    if (!got) continue;
    values[key] = got.value;
    sources[key] = { value: got.value, asOf, evidence: got.evidence };
  }
  return { values, sources };
}
