// Scoring demo: the 1563-shaped example scorecard (labelled as an example), 2024 assessments finalised
// and ranked by an issued decision (old units, under their 2024 names), and — after the 1/7/2025
// reorganisation — 2025 assessments of the units as they are now, in every state. Written through the
// scoring use cases (validated and audited like real input). Loads once: skipped when the example exists.
// Cần Thơ 2579/QĐ-UBND (the 2025 model) is entered beside it, in force from 2026.
import {
  checkFinalisation,
  describeDeadline,
  exampleScorecard1563,
  exampleScorecard2579,
  localDateInProvince,
  type ScorecardVersion,
} from '@dvcq/domain';
import type { Database } from '../db/client.ts';
import type { SystemContext } from '../modules/audit/audit.recorder.ts';
import { createPlansRepository } from '../modules/plans/plans.repository.ts';
import { createPlan, publishPlan } from '../modules/plans/plans.usecases.ts';
import { applicableLeaves } from '../modules/scoring/scoring.policies.ts';
import { createScoringRepository } from '../modules/scoring/scoring.repository.ts';
import { activateScorecard, createScorecard, DEFAULT_AGENCIES } from '../modules/scoring/scorecards.usecases.ts';
import { openAssessment, saveSelfAssessment, submitSelfAssessment } from '../modules/scoring/assessments.usecases.ts';
import { appraiseCriterion, finaliseAssessment, sendBackCriterion } from '../modules/scoring/appraisal.usecases.ts';
import { issueRanking } from '../modules/scoring/ranking.usecases.ts';
import { actingAs, DEMO_LABEL } from './demo-actors.ts';

const ctxAt = (iso: string): SystemContext => ({ label: DEMO_LABEL, now: new Date(iso) });

const DEMO_SIGNERS = ['Trần Văn Minh', 'Lê Thị Hoa', 'Phạm Quốc Dũng', 'Võ Thị Thu', 'Nguyễn Thành Long'];

/** The dossier's number, date and signer as a unit's head would give them: the head's deputy signs for a department. */
function dossierSigning(unit: { code: string; name: string }, submitAt: string) {
  const commune = /^(Ủy ban nhân dân|Uỷ ban nhân dân)\s/iu.test(unit.name);
  const symbol = commune ? 'UBND' : unit.code.replace(/^TN\./u, '');
  const seq = [...unit.code].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  return {
    number: `${(seq % 90) + 10}/BC-${symbol}`,
    dossierDate: localDateInProvince(new Date(submitAt)),
    signerName: DEMO_SIGNERS[seq % DEMO_SIGNERS.length]!,
    signerTitle: commune ? 'Phó Chủ tịch' : 'Phó Giám đốc',
  };
}

/** Full marks minus the given deductions, with an explanation and a link as evidence. */
function scoresFor(version: ScorecardVersion, group: string, minus: Record<string, number>) {
  return applicableLeaves(version.nodes, group).map((n) => ({
    code: n.code,
    ...(n.method?.kind === 'derived' ? {} : { selfScore: Math.max(0, n.maxPoints - (minus[n.code] ?? 0)) }),
    selfExplanation: minus[n.code] ? 'Đơn vị tự nhận còn hạn chế ở nội dung này.' : 'Đã thực hiện đầy đủ; hồ sơ lưu tại văn phòng.',
    evidenceLinks: [{ url: `https://tayninh.gov.vn/minh-chung/${n.code}`, title: (n.requiredEvidence ?? [])[0]?.text ?? 'Minh chứng' }],
  }));
}

interface DemoAssessment {
  unit: string;
  year: number;
  minus: Record<string, number>;
  staffTrained: number;
  /** what happens after saving: submitted at, appraisals, send-back, finalised */
  submitAt?: string;
  appraise?: { code: string; score: number; reason: string }[];
  sendBack?: { code: string; note: string };
  finalise?: boolean;
}

const ASSESSMENTS: DemoAssessment[] = [
  // 2024: all finalised, then ranked by decision
  { unit: 'TN.STTTT', year: 2024, minus: { '3.3': 1, '6.2': 1.5 }, staffTrained: 92, submitAt: '2024-11-12T03:00:00Z', finalise: true },
  { unit: 'TN.SNV', year: 2024, minus: { '6.1': 1 }, staffTrained: 100, submitAt: '2024-11-08T03:00:00Z', finalise: true },
  {
    unit: 'TN.STP',
    year: 2024,
    minus: { '3.1': 2, '4.1': 3, '6.1': 4 },
    staffTrained: 88,
    submitAt: '2024-11-13T03:00:00Z',
    appraise: [{ code: '2.1', score: 3, reason: 'Lịch tiếp công dân chưa công khai trên Trang thông tin điện tử.' }],
    finalise: true,
  },
  { unit: 'TN.SYT', year: 2024, minus: { '4.1': 2 }, staffTrained: 95, submitAt: '2024-11-14T03:00:00Z', finalise: true },
  { unit: 'TN.SNNPTNT', year: 2024, minus: { '3.2': 1, '5.3': 1 }, staffTrained: 94, submitAt: '2024-11-13T03:00:00Z', finalise: true },
  { unit: 'TN.BENCAU', year: 2024, minus: { '4.1': 1, '6.1': 2 }, staffTrained: 97, submitAt: '2024-11-12T03:00:00Z', finalise: true },
  { unit: 'TN.TPTN', year: 2024, minus: { '5.3': 1 }, staffTrained: 100, submitAt: '2024-11-11T03:00:00Z', finalise: true },
  { unit: 'TN.HOATHANH', year: 2024, minus: { '3.2': 2, '6.2': 3 }, staffTrained: 90, submitAt: '2024-11-12T03:00:00Z', finalise: true },
  {
    unit: 'TN.GODAU',
    year: 2024,
    minus: { '1.3': 1, '4.1': 4, '6.1': 5, '6.2': 5 },
    staffTrained: 75,
    submitAt: '2024-11-14T03:00:00Z',
    appraise: [{ code: '2.2', score: 0, reason: 'Có vụ khiếu nại đông người, vượt cấp trong năm.' }],
    finalise: true,
  },
  // 2025, on the units as they are after 1/7/2025: various states
  { unit: 'TN.SKHCN', year: 2025, minus: { '3.3': 0.5 }, staffTrained: 98, submitAt: '2025-11-12T03:00:00Z' },
  { unit: 'TN.SNV', year: 2025, minus: { '6.1': 0.5 }, staffTrained: 100, submitAt: '2025-11-10T03:00:00Z' },
  {
    unit: 'TN.STP',
    year: 2025,
    minus: { '3.1': 1 },
    staffTrained: 96,
    submitAt: '2025-11-12T03:00:00Z',
    sendBack: { code: '2.3', note: 'Bổ sung kế hoạch phòng, chống tham nhũng năm 2025 đã ký.' },
  },
  {
    unit: 'TN.SYT',
    year: 2025,
    minus: { '4.1': 1 },
    staffTrained: 100,
    submitAt: '2025-11-13T03:00:00Z',
    appraise: [
      { code: '2.1', score: 3.5, reason: 'Người đứng đầu tiếp công dân 10/12 tháng.' },
      { code: '2.2', score: 3, reason: '' },
      { code: '2.3', score: 3, reason: '' },
    ],
  },
  { unit: 'TN.SVHTTDL', year: 2025, minus: { '3.2': 1 }, staffTrained: 100, submitAt: '2025-11-11T03:00:00Z', finalise: true },
  { unit: 'TN.SGDDT', year: 2025, minus: { '1.3': 0.5, '6.2': 0.5 }, staffTrained: 100, submitAt: '2025-11-17T03:00:00Z', finalise: true }, // late: downgraded
  { unit: 'TN.SNNPTNT', year: 2025, minus: { '5.2': 1 }, staffTrained: 90 },
];

/** Plan 696/KH-UBND with its self-assessment deadline, when the plans demo did not load it. */
async function ensurePlan696(database: Database): Promise<void> {
  const repo = createPlansRepository(database.db);
  const root = await repo.org.findUnitByCode('TN');
  if (!root || (await repo.findPlanByNumber('696/KH-UBND', 2025))) return;
  const coordinator = await actingAs(database, 'snv.dieuphoi', '2025-03-06T02:00:00Z');
  const planId = await createPlan(repo, coordinator, {
    issuerUnitId: root.id,
    year: 2025,
    title: 'Thực hiện công tác dân vận chính quyền năm 2025',
    place: 'Tây Ninh',
    milestones: [
      {
        title: 'Gửi hồ sơ tự đánh giá, chấm điểm công tác dân vận chính quyền',
        dueDate: '2025-11-15',
        inclusive: false,
        phrase: describeDeadline({ due: '2025-11-15', inclusive: false }),
        deliverableKind: 'self_assessment',
        audience: { unitKinds: ['department', 'district'] },
      },
    ],
  });
  await publishPlan(repo, coordinator, planId, {
    number: '696/KH-UBND',
    issuedOn: '2025-03-06',
    signerName: 'Nguyễn Hồng Thanh',
    signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  });
}

/**
 * `phase`: 'before' the reorganisation (the scorecard, 2024 assessments and ranking), 'after' it (2025
 * assessments), or 'all' at once on whichever tree is loaded.
 */
export async function loadScoringDemo(database: Database, now: Date, phase: 'before' | 'after' | 'all' = 'all'): Promise<void> {
  const repo = createScoringRepository(database.db);
  await loadScorecard2579(repo);
  const example = exampleScorecard1563();
  let scId = (await repo.findScorecardByDecision(example.decision.number))?.id ?? null;
  if (phase !== 'after') {
    if (scId) return;
    await ensurePlan696(database);
    const { id: _id, decision, name, ...definition } = example;
    const created = await createScorecard(repo, ctxAt('2022-07-20T02:00:00Z'), {
      decisionNumber: decision.number,
      decisionDate: decision.date,
      name,
      definition: definition as never,
      agencies: DEFAULT_AGENCIES,
      rankingTarget: { op: '>', share: 90 },
    });
    scId = (await activateScorecard(repo, ctxAt('2022-07-20T02:05:00Z'), created.id, created.version)).id;
  }
  if (!scId) return;
  const years = phase === 'before' ? [2024] : phase === 'after' ? [2025] : [2024, 2025];

  for (const d of ASSESSMENTS.filter((a) => years.includes(a.year))) {
    const unit = await repo.org.findUnitByCode(d.unit);
    if (!unit) continue;
    const openedAt = d.submitAt ? new Date(new Date(d.submitAt).getTime() - 5 * 86_400_000).toISOString() : now.toISOString();
    let a = await openAssessment(repo, ctxAt(openedAt), { unitId: unit.id, year: d.year, scorecardId: scId });
    a = await saveSelfAssessment(repo, ctxAt(openedAt), a.id, {
      expectedVersion: a.version,
      scores: scoresFor(example, a.unitGroup, d.minus) as never,
      indicators: { staff_trained_pct: d.staffTrained },
    });
    if (!d.submitAt) continue;
    a = await submitSelfAssessment(repo, ctxAt(d.submitAt), a.id, { expectedVersion: a.version, ...dossierSigning(unit, d.submitAt) });
    const later = (days: number) => ctxAt(new Date(new Date(d.submitAt!).getTime() + days * 86_400_000).toISOString());
    for (const ap of d.appraise ?? [])
      a = await appraiseCriterion(repo, later(10), a.id, ap.code, { score: ap.score, reason: ap.reason || null });
    if (d.sendBack) a = await sendBackCriterion(repo, later(10), a.id, d.sendBack.code, d.sendBack.note);
    if (d.finalise) {
      // the agencies looked only at what they changed: the coordinator closes the rest as self-scored
      const open = checkFinalisation(
        example.nodes,
        a.unitGroup,
        a.scores.filter((s) => s.appraisedAt).map((s) => s.code),
      ).open;
      const unappraisedReasons = Object.fromEntries(open.map((c) => [c, 'Cơ quan thẩm định thống nhất điểm tự chấm.']));
      a = await finaliseAssessment(repo, later(20), a.id, { expectedVersion: a.version, flagsNote: null, unappraisedReasons });
    }
  }
  if (!years.includes(2024)) return;
  await issueRanking(repo, ctxAt('2024-12-12T02:00:00Z'), {
    scorecardId: scId,
    year: 2024,
    number: '3456/QĐ-UBND',
    decisionDate: '2024-12-12',
    signerName: 'Nguyễn Hồng Thanh',
    signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  });
}

/**
 * The 2025-model scorecard beside the pre-merger one: Cần Thơ 2579/QĐ-UBND entered as written (its annex
 * sub-criteria labelled as examples), in force from 2026; 2024 and 2025 keep the 1563-shaped version.
 */
async function loadScorecard2579(repo: ReturnType<typeof createScoringRepository>): Promise<void> {
  const v = exampleScorecard2579();
  if (await repo.findScorecardByDecision(v.decision.number)) return;
  const { id: _id, decision, name, ...definition } = v;
  const created = await createScorecard(repo, ctxAt('2025-11-25T02:00:00Z'), {
    decisionNumber: decision.number,
    decisionDate: decision.date,
    name: `${name} (Quyết định 2579/QĐ-UBND của UBND thành phố Cần Thơ, nhập làm mẫu bộ tiêu chí năm 2025)`,
    definition: definition as never,
    agencies: DEFAULT_AGENCIES.filter((a) => a.code === 'home_affairs'),
  });
  await activateScorecard(repo, ctxAt('2025-11-25T02:05:00Z'), created.id, created.version);
}
