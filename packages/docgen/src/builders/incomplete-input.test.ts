// "Never a 500": every builder renders whatever it is given. Inputs are the examples with fields
// emptied or spoiled at random (blank strings, impossible dates, NaN, empty lists), as half-filled
// forms and old records deliver them; rendering and the list of gaps must still succeed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../docx/render-docx.ts';
import {
  commendationInput,
  consolidatedReportInput,
  periodicReportInput,
  rankingDecisionInput,
  reminderLetterInput,
  selfAssessmentInput,
  unitPlanInput,
} from '../examples/cycle-documents.ts';
import { plan696Input } from '../examples/plan-696-full.ts';
import type { DocumentModel } from '../model/document-model.ts';
import { documentGaps } from '../model/resolve.ts';
import { buildCommendationProposal } from './commendation.ts';
import { buildPlanDocument, buildUnitPlanDocument } from './plan.ts';
import { buildRankingDecision } from './ranking-decision.ts';
import { buildReminderLetter } from './reminder-letter.ts';
import { buildConsolidatedReport, buildPeriodicReport } from './reports.ts';
import { buildSelfAssessmentDossier } from './self-assessment.ts';

type Path = (string | number)[];

/** Paths of every value that can be spoiled without changing its type: strings, numbers, dates, lists. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return [path];
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => leaves(item, [...path, i]))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

function spoilt(value: unknown, choice: number): unknown {
  if (typeof value === 'string') return ['', '   ', '2025-02-30', 'x'][choice % 4];
  if (typeof value === 'number') return [Number.NaN, 0, -1, Number.POSITIVE_INFINITY][choice % 4];
  if (value instanceof Date) return new Date(Number.NaN);
  if (Array.isArray(value)) return [];
  return value;
}

function spoil<T>(input: T, changes: readonly [number, number][]): T {
  const copy = structuredClone(input) as unknown;
  const paths = leaves(copy);
  for (const [pick, choice] of changes) {
    const path = paths[pick % paths.length]!;
    if (path.length === 0) continue;
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
      parent = parent?.[key] as Record<string | number, unknown>;
      if (parent === undefined || parent === null) break;
    }
    const key = path[path.length - 1]!;
    if (parent && key in parent) parent[key] = spoilt(parent[key], choice);
  }
  return copy as T;
}

const cases: [string, () => unknown, (input: never) => DocumentModel][] = [
  ['kế hoạch tỉnh', () => plan696Input, buildPlanDocument as (input: never) => DocumentModel],
  ['kế hoạch đơn vị', () => unitPlanInput, buildUnitPlanDocument as (input: never) => DocumentModel],
  ['báo cáo định kỳ', () => periodicReportInput, buildPeriodicReport as (input: never) => DocumentModel],
  ['báo cáo tổng hợp', () => consolidatedReportInput, buildConsolidatedReport as (input: never) => DocumentModel],
  ['hồ sơ tự đánh giá', () => selfAssessmentInput, buildSelfAssessmentDossier as (input: never) => DocumentModel],
  ['quyết định xếp loại', () => rankingDecisionInput, buildRankingDecision as (input: never) => DocumentModel],
  ['công văn đôn đốc', () => reminderLetterInput, buildReminderLetter as (input: never) => DocumentModel],
  ['tờ trình khen thưởng', () => commendationInput, buildCommendationProposal as (input: never) => DocumentModel],
];

describe('documents built from incomplete or spoiled input', () => {
  for (const [name, input, build] of cases) {
    it(`${name}: always renders and lists its gaps`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }), async (changes) => {
          const model = build(spoil(input(), changes) as never);
          const bytes = await renderDocx(model);
          expect(bytes.subarray(0, 2).toString()).toBe('PK');
          expect(Array.isArray(documentGaps(model))).toBe(true);
        }),
        { numRuns: 15 },
      );
    });
  }
});
