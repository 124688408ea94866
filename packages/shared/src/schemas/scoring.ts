// Scorecards (bộ tiêu chí), self-assessment, appraisal and ranking: request and response shapes.
// The criteria tree mirrors @dvcq/domain's ScorecardVersion; the domain validates its meaning
// (children add up to the parent, steps divide the maximum, levels ordered…), Zod only its shape.
import type { GroupRanking, RankedUnit, RankingResult } from '@dvcq/domain';
import { z } from 'zod';
import { isoDate, optionalText, text, uuid } from './common.ts';

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'returned_for_evidence', 'appraised', 'finalised'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Đang tự chấm',
  submitted: 'Đã nộp, chờ thẩm định',
  returned_for_evidence: 'Trả lại bổ sung minh chứng',
  appraised: 'Đã thẩm định',
  finalised: 'Đã kết thúc thẩm định',
};
export const SCORECARD_STATUSES = ['draft', 'active'] as const;
export const SCORECARD_STATUS_LABELS: Record<(typeof SCORECARD_STATUSES)[number], string> = { draft: 'Dự thảo', active: 'Đang áp dụng' };

export const SCORING_METHOD_KINDS = ['points', 'yes_no', 'derived', 'penalty', 'bonus', 'superior_only'] as const;
export const SCORING_METHOD_LABELS: Record<(typeof SCORING_METHOD_KINDS)[number], string> = {
  points: 'Chấm điểm theo bước',
  yes_no: 'Đạt / không đạt',
  derived: 'Tính từ số liệu báo cáo',
  penalty: 'Điểm trừ',
  bonus: 'Điểm thưởng',
  superior_only: 'Chỉ cấp trên chấm',
};
export const SCORECARD_RULE_KINDS = ['downgrade_if_late', 'not_eligible', 'block_top_level_if_zero', 'max_level_if_flag', 'veto'] as const;
export const SCORECARD_RULE_LABELS: Record<(typeof SCORECARD_RULE_KINDS)[number], string> = {
  downgrade_if_late: 'Hạ mức xếp loại khi nộp hồ sơ muộn',
  not_eligible: 'Không xếp loại khi đơn vị thuộc trường hợp…',
  block_top_level_if_zero: 'Không xếp mức cao nhất khi tiêu chí được đánh dấu bị 0 điểm',
  max_level_if_flag: 'Giới hạn mức xếp loại cao nhất khi đơn vị thuộc trường hợp…',
  veto: 'Xếp loại thấp nhất khi xảy ra sự việc (không phụ thuộc số điểm)',
};
/** Flags for discipline of the unit's head, used by 'max_level_if_flag' rules (@dvcq/domain HEAD_DISCIPLINE_FLAGS). */
export const HEAD_DISCIPLINE_FLAG_LABELS: Record<string, string> = {
  head_reprimanded: 'Người đứng đầu (cấp phó) bị kỷ luật Khiển trách',
  head_warned: 'Người đứng đầu (cấp phó) bị kỷ luật Cảnh cáo',
};

const points = z.number().finite().min(0, 'Điểm không được âm.').max(10_000);
const step = z.number().finite().positive('Bước điểm phải là số dương.');

const derivedMapping = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bands'), bands: z.array(z.object({ min: z.number().finite(), points })).max(50) }),
  z.object({ kind: z.literal('linear'), zeroAt: z.number().finite(), fullAt: z.number().finite() }),
]);

const derivedSource = z.object({ indicator: z.string().max(100), mapping: derivedMapping });

export const scoringMethod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('points'), step }),
  z.object({ kind: z.literal('yes_no') }),
  z.object({ kind: z.literal('derived'), indicator: z.string().max(100), mapping: derivedMapping, step: step.optional() }),
  z.object({ kind: z.literal('penalty'), step }),
  z.object({ kind: z.literal('bonus'), step, source: derivedSource.optional() }),
  z.object({ kind: z.literal('superior_only'), step }),
]);
export type ScoringMethodDto = z.infer<typeof scoringMethod>;

export interface ScorecardNodeDto {
  code: string;
  title: string;
  maxPoints: number;
  guidance?: string | undefined;
  requiredEvidence?: { text: string; required: boolean }[] | undefined;
  method?: ScoringMethodDto | undefined;
  appraisingAgency?: string | undefined;
  applicableGroups?: string[] | undefined;
  blocksTopLevelIfZero?: boolean | undefined;
  children?: ScorecardNodeDto[] | undefined;
}

export const scorecardNode: z.ZodType<ScorecardNodeDto> = z.lazy(() =>
  z.object({
    code: z.string().trim().max(30),
    title: z.string().max(2000),
    maxPoints: z.number().finite().max(10_000),
    guidance: z.string().max(5000).optional(),
    requiredEvidence: z
      .array(z.object({ text: z.string().max(1000), required: z.boolean() }))
      .max(20)
      .optional(),
    method: scoringMethod.optional(),
    appraisingAgency: z.string().max(50).optional(),
    applicableGroups: z.array(z.string().max(50)).max(20).optional(),
    blocksTopLevelIfZero: z.boolean().optional(),
    children: z.array(scorecardNode).max(100).optional(),
  }),
) as z.ZodType<ScorecardNodeDto>;
// Recursive: described once in the OpenAPI document (components.schemas.ScorecardNode).
z.globalRegistry.add(scorecardNode, { id: 'ScorecardNode' });

export const scorecardRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('downgrade_if_late'), levels: z.number().int().optional() }),
  z.object({ kind: z.literal('not_eligible'), flag: z.string().min(1).max(50), explanation: z.string().max(1000).optional() }),
  z.object({ kind: z.literal('block_top_level_if_zero') }),
  z.object({
    kind: z.literal('max_level_if_flag'),
    flag: z.string().min(1).max(50),
    maxLevel: z.string().max(50),
    explanation: z.string().max(1000).optional(),
  }),
  z.object({
    kind: z.literal('veto'),
    events: z.array(z.object({ code: z.string().trim().min(1).max(50), name: z.string().max(500) })).max(20),
  }),
]);

/** The criteria tree, unit groups, levels and rules of a scorecard version. */
export const scorecardDefinition = z.object({
  /** First year assessed under this version; default the decision's year. */
  fromYear: z.number().int().min(2000).max(2100).optional(),
  maxPoints: z.number().finite().positive().optional(),
  note: z.string().max(2000).optional(),
  unitGroups: z
    .array(z.object({ code: z.string().trim().min(1).max(50), name: z.string().max(500), unitKinds: z.array(z.string().max(50)).max(20) }))
    .max(20),
  nodes: z.array(scorecardNode).max(100),
  levels: z.object({
    basis: z.enum(['points', 'percent_of_max']),
    levels: z
      .array(
        z.object({
          code: z.string().trim().min(1).max(50),
          name: z.string().max(100),
          min: z.number().finite(),
          requiresNoZeroCriterion: z.boolean().optional(),
        }),
      )
      .max(10),
  }),
  rules: z.array(scorecardRule).max(20),
  /** Classification gates commendation: the level that opens it and the quotas per kind of unit. */
  commendation: z
    .object({
      award: z.string().trim().min(1).max(300),
      minLevel: z.string().trim().min(1).max(50),
      quotas: z
        .array(
          z.object({
            name: z.string().trim().min(1).max(300),
            unitKinds: z.array(z.string().max(50)).max(20),
            collectives: z.number().int().min(0).max(10_000),
            individuals: z.number().int().min(0).max(10_000).optional(),
          }),
        )
        .max(20),
    })
    .optional(),
});
export type ScorecardDefinitionDto = z.infer<typeof scorecardDefinition>;

export const appraisingAgency = z.object({
  code: z.string().trim().min(1).max(50),
  name: text(1, 300),
  unitCode: text(1, 50),
});
export type AppraisingAgencyDto = z.infer<typeof appraisingAgency>;

export const rankingTarget = z.object({
  levelCode: z.string().max(50).optional(),
  op: z.enum(['>', '>=']),
  share: z.number().min(0).max(100),
});

export const scoringProblem = z.object({
  code: z.string(),
  message: z.string(),
  node: z.string().optional(),
  severity: z.enum(['error', 'warning']),
});
export type ScoringProblemDto = z.infer<typeof scoringProblem>;

export const scorecardSummary = z.object({
  id: uuid,
  issuerUnitId: uuid,
  issuerUnitName: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  name: z.string(),
  status: z.enum(SCORECARD_STATUSES),
  copiedFrom: uuid.nullable(),
  version: z.number().int(),
  maxPoints: z.number(),
  /** First year assessed under this version (its fromYear, else the decision's year). */
  fromYear: z.number().int(),
  criteriaCount: z.number().int(),
  updatedAt: z.string(),
});
export type ScorecardSummaryDto = z.infer<typeof scorecardSummary>;

export const scorecardDetail = scorecardSummary.extend({
  definition: scorecardDefinition,
  agencies: z.array(appraisingAgency),
  rankingTarget: rankingTarget.nullable(),
  problems: z.array(scoringProblem),
  canManage: z.boolean(),
});
export type ScorecardDetailDto = z.infer<typeof scorecardDetail>;

export const createScorecardRequest = z.object({
  issuerUnitId: uuid.optional(),
  decisionNumber: text(1, 100),
  decisionDate: isoDate,
  name: text(1, 1000),
  definition: scorecardDefinition,
  agencies: z.array(appraisingAgency).max(30).optional(),
  rankingTarget: rankingTarget.nullish(),
});
export type CreateScorecardRequest = z.input<typeof createScorecardRequest>;

export const updateScorecardRequest = createScorecardRequest.omit({ issuerUnitId: true }).extend({ expectedVersion: z.number().int() });
export type UpdateScorecardRequest = z.input<typeof updateScorecardRequest>;

export const copyScorecardRequest = z.object({
  decisionNumber: text(1, 100),
  decisionDate: isoDate,
  name: text(1, 1000).optional(),
});

export const importedScorecard = z.object({
  definition: scorecardDefinition,
  agencies: z.array(appraisingAgency),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  name: z.string().nullable(),
  problems: z.array(scoringProblem),
});

export const listScorecardsQuery = z.object({ status: z.enum(SCORECARD_STATUSES).optional() });

// ——— Assessments ———

export const evidenceLink = z.object({
  // Web addresses only: a javascript: or data: link would run in whoever opens the evidence.
  url: z.url({ protocol: /^https?$/, error: 'Đường dẫn minh chứng phải là địa chỉ web đầy đủ (http:// hoặc https://…).' }).max(2000),
  title: optionalText(500),
});

export const storedFileRef = z.object({ id: uuid, filename: z.string(), sizeBytes: z.number().int() });

export const criterionScore = z.object({
  code: z.string(),
  selfScore: z.number().nullable(),
  selfExplanation: z.string().nullable(),
  evidenceFiles: z.array(storedFileRef),
  evidenceLinks: z.array(z.object({ url: z.string(), title: z.string().nullable() })),
  appraisedScore: z.number().nullable(),
  appraisalReason: z.string().nullable(),
  appraiserAgency: z.string().nullable(),
  appraisedByName: z.string().nullable(),
  appraisedAt: z.string().nullable(),
  sentBack: z.boolean(),
  sentBackNote: z.string().nullable(),
  /** Reason the derived value was typed over (derived criteria, bonus with a source). */
  overrideReason: z.string().nullable(),
});
export type CriterionScoreDto = z.infer<typeof criterionScore>;

export const vetoEventDto = z.object({
  id: uuid,
  code: z.string(),
  /** The event's name in the scorecard's veto rule. */
  name: z.string(),
  note: z.string(),
  occurredOn: z.string().nullable(),
  evidenceFiles: z.array(storedFileRef),
  evidenceLinks: z.array(z.object({ url: z.string(), title: z.string().nullable() })),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
});
export type VetoEventDto = z.infer<typeof vetoEventDto>;

/** An earlier result of a finalised assessment, kept when the coordinator reopened it. */
export const resultHistoryEntry = z.object({
  finalisedAt: z.string().nullable(),
  finalisedByName: z.string().nullable(),
  total: z.number(),
  levelName: z.string(),
  /** Reasons the coordinator gave for criteria closed without an appraisal. */
  unappraisedReasons: z.record(z.string(), z.string()),
  reopenedAt: z.string(),
  reopenedByName: z.string().nullable(),
  reason: z.string(),
});
export type ResultHistoryEntryDto = z.infer<typeof resultHistoryEntry>;

export const assessmentSummary = z.object({
  id: uuid,
  scorecardId: uuid,
  unitId: uuid,
  unitName: z.string(),
  unitCode: z.string(),
  year: z.number().int(),
  unitGroup: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  version: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  late: z.boolean(),
  deadlinePhrase: z.string().nullable(),
  /** Computed by the domain; null in an appraiser's restricted view. */
  total: z.number().nullable(),
  unitMax: z.number().nullable(),
  levelName: z.string().nullable(),
  finalisedAt: z.string().nullable(),
});
export type AssessmentSummaryDto = z.infer<typeof assessmentSummary>;

export const assessmentDetail = assessmentSummary.extend({
  scorecard: scorecardDetail.omit({ problems: true, canManage: true }),
  scores: z.array(criterionScore),
  indicators: z.record(z.string(), z.number()),
  flags: z.array(z.string()),
  flagsNote: z.string().nullable(),
  /** Where each derived number came from (source key → value, date judged, records it rests on). */
  indicatorSources: z.record(
    z.string(),
    z.object({
      value: z.number(),
      asOf: z.string(),
      evidence: z.array(z.object({ label: z.string(), entityType: z.string().optional(), entityId: z.string().optional() })),
    }),
  ),
  /** Veto events recorded on the assessment (withdrawn ones included, marked). */
  vetoEvents: z.array(vetoEventDto),
  /** Criteria closed without an appraisal, with the coordinator's reason (criterion code → reason). */
  unappraisedReasons: z.record(z.string(), z.string()),
  /** Earlier results, kept each time the finalised assessment was reopened (oldest first). */
  history: z.array(resultHistoryEntry),
  /** Number, date and signer of the dossier, given at the last submit; null before (the dossier is then a draft). */
  dossier: z.object({
    number: z.string().nullable(),
    date: z.string().nullable(),
    signerName: z.string().nullable(),
    signerTitle: z.string().nullable(),
  }),
  /** Appraiser's restricted view: only these agencies' criteria are included. */
  restrictedToAgencies: z.array(z.string()).nullable(),
  /** What the caller may do now. */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    appraiseAgencies: z.array(z.string()),
    finalise: z.boolean(),
    /** The coordinator may record a veto event (the scorecard lists some, the assessment is not finalised). */
    recordVeto: z.boolean(),
    /** The coordinator may reopen a finalised assessment (no ranking decision issued for its year yet). */
    reopen: z.boolean(),
  }),
  /** The domain's computation (AssessmentResult of @dvcq/domain); null in a restricted view. */
  result: z.unknown(),
});
export type AssessmentDetailDto = z.infer<typeof assessmentDetail>;

export const listAssessmentsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  scorecardId: uuid.optional(),
  unitId: uuid.optional(),
  status: z.enum(ASSESSMENT_STATUSES).optional(),
});

export const openAssessmentRequest = z.object({
  unitId: uuid,
  year: z.number().int().min(2000).max(2100),
  scorecardId: uuid.optional(),
  unitGroup: z.string().max(50).optional(),
});

export const selfScoreInput = z.object({
  code: z.string().max(30),
  selfScore: z.number().finite().nullable().optional(),
  selfExplanation: optionalText(10_000),
  evidenceFileIds: z.array(uuid).max(30).optional(),
  evidenceLinks: z.array(evidenceLink).max(30).optional(),
  /** Needed to type a score over a derived value. */
  overrideReason: optionalText(5000),
});

export const saveSelfAssessmentRequest = z.object({
  expectedVersion: z.number().int(),
  scores: z.array(selfScoreInput).max(500),
  indicators: z.record(z.string(), z.number().finite()).optional(),
});
export type SaveSelfAssessmentRequest = z.input<typeof saveSelfAssessmentRequest>;

export const recordVetoEventRequest = z.object({
  code: z.string().trim().min(1).max(50),
  note: text(1, 5000),
  occurredOn: isoDate.optional(),
  /** Files already in the unit's records (reused, not uploaded again). */
  evidenceFileIds: z.array(uuid).max(30).optional(),
  evidenceLinks: z.array(evidenceLink).max(30).optional(),
});
export type RecordVetoEventRequest = z.input<typeof recordVetoEventRequest>;

/** Number and signer of a document the submit makes final (tờ trình, self-assessment dossier). */
const signedDocument = z.object({
  number: text(1, 100),
  signerName: text(1, 200),
  /** The signer's own title: "Giám đốc", "Phó Chủ tịch" (the KT./TM. lines are derived). */
  signerTitle: optionalText(200),
});

export const expectedVersionBody = z.object({ expectedVersion: z.number().int() });

/** The head submits the self-assessment with the dossier's number, date and signer, printed on it. */
export const submitSelfAssessmentRequest = signedDocument.extend({
  expectedVersion: z.number().int(),
  dossierDate: isoDate,
});
export type SubmitSelfAssessmentRequest = z.input<typeof submitSelfAssessmentRequest>;

export const criterionParams = z.object({ id: uuid, code: z.string().max(30) });

export const appraiseCriterionRequest = z.object({
  score: z.number().finite(),
  reason: optionalText(5000),
});

export const sendBackCriterionRequest = z.object({ note: text(1, 5000) });

export const finaliseAssessmentRequest = z.object({
  expectedVersion: z.number().int(),
  flags: z.array(z.string().max(50)).max(10).optional(),
  flagsNote: optionalText(2000),
  /** For each criterion still unappraised: the coordinator's reason to close it as it stands. */
  unappraisedReasons: z.record(z.string().max(30), z.string().trim().max(2000)).optional(),
});

export const reopenAssessmentRequest = z.object({ expectedVersion: z.number().int(), reason: text(1, 2000) });
export type ReopenAssessmentRequest = z.input<typeof reopenAssessmentRequest>;

export const vetoEventParams = z.object({ id: uuid, vetoId: uuid });
export const withdrawVetoEventRequest = z.object({ reason: text(1, 2000) });

// ——— Progress and ranking ———

export const scorecardYearQuery = z.object({ scorecardId: uuid, year: z.coerce.number().int().min(2000).max(2100) });

/** Rows per group on the ranking page. */
export const RANKING_PAGE_SIZE = 20;
/** A page of one unit group's rows (`group`), or without it the first page of every group. */
export const rankingQuery = scorecardYearQuery.extend({
  group: z.string().min(1).max(100).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(RANKING_PAGE_SIZE),
});

export const appraisalProgress = z.object({
  byStatus: z.record(z.string(), z.number().int()),
  agencies: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      criteria: z.number().int(),
      /** criterion × submitted unit pairs this agency must look at */
      toReview: z.number().int(),
      reviewed: z.number().int(),
      changed: z.number().int(),
      sentBack: z.number().int(),
    }),
  ),
  units: z.array(
    z.object({
      assessmentId: uuid,
      unitName: z.string(),
      status: z.enum(ASSESSMENT_STATUSES),
      late: z.boolean(),
      reviewedByAgency: z.record(z.string(), z.object({ reviewed: z.number().int(), total: z.number().int() })),
    }),
  ),
});
export type AppraisalProgressDto = z.infer<typeof appraisalProgress>;

export const rankingDecisionDto = z.object({
  id: uuid,
  number: z.string(),
  decisionDate: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
});

export const rankingResponse = z.object({
  scorecardId: uuid,
  scorecardName: z.string(),
  decisionNumber: z.string(),
  year: z.number().int(),
  /** RankingResult of @dvcq/domain, with rules applied per unit. */
  ranking: z.unknown(),
  rules: z.record(z.string(), z.array(z.object({ rule: z.string(), explanation: z.string() }))),
  notFinalised: z.array(
    z.object({
      /** Absent in decisions issued before exclusions existed. */
      assessmentId: uuid.optional(),
      unitName: z.string(),
      status: z.enum(ASSESSMENT_STATUSES),
    }),
  ),
  /** Units left out of an issued decision, with the reason. */
  excluded: z.array(z.object({ unitName: z.string(), reason: z.string() })).optional(),
  decision: rankingDecisionDto.nullable(),
  canIssue: z.boolean(),
});
export type RankingResponseDto = z.infer<typeof rankingResponse>;

/**
 * The `ranking` of getRanking's answer: what the ranking page shows, per group, a page of units at a time.
 * Rows carry the domain's tie note, not the tied units' ids (the Word and Excel exports keep the whole
 * RankingResult); `rules` of the answer lists only the page's units with rules applied.
 * Typed, not validated: a province's ranking is hundreds of rows on a hot path; the tests read it.
 */
export type RankingViewUnit = Omit<RankedUnit, 'tiedWith' | 'percent'>;
export interface RankingViewDto {
  /** `units`: the page asked for (rankingQuery), from `offset`, of the group's `count` units. */
  groups: (Omit<GroupRanking, 'units'> & { count: number; offset: number; units: RankingViewUnit[] })[];
  overall: RankingResult['overall'];
}

export const issueRankingRequest = z.object({
  scorecardId: uuid,
  year: z.number().int().min(2000).max(2100),
  number: text(1, 100),
  decisionDate: isoDate,
  signerName: text(1, 200),
  /** e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" */
  signerTitle: optionalText(200),
  /** Units not finalised, left out of the decision: each with its reason. */
  exclusions: z
    .array(z.object({ assessmentId: uuid, reason: text(1, 2000) }))
    .max(1000)
    .optional(),
});
export type IssueRankingRequest = z.input<typeof issueRankingRequest>;

// ——— Commendation gated by the classification ———

/** An exemplary person of the movement in an eligible unit of a quota that counts individuals. */
const commendationPersonDto = z.object({
  personId: uuid,
  fullName: z.string(),
  position: z.string().nullable(),
  achievements: z.string(),
  /** The person's own unit; `unitId` is the ranked unit it belongs to. */
  ownUnitName: z.string(),
  unitId: uuid,
});

const commendationCandidateDto = z.object({
  unitId: uuid,
  unitName: z.string(),
  unitKind: z.string(),
  levelCode: z.string(),
  total: z.number(),
  withinQuota: z.boolean(),
  tieAtEdge: z.boolean(),
});

export const COMMENDATION_PROPOSAL_STATUSES = ['draft', 'submitted'] as const;

/** The coordinator's proposal for a scorecard and year: the units proposed, each with its reason. */
export const commendationProposalDto = z.object({
  id: uuid,
  scorecardId: uuid,
  year: z.number().int(),
  status: z.enum(COMMENDATION_PROPOSAL_STATUSES),
  award: z.string(),
  /** The ranking decision the proposal rests on. */
  rankingDecisionNumber: z.string(),
  items: z.array(
    z.object({
      unitId: uuid,
      unitName: z.string(),
      quotaName: z.string(),
      levelName: z.string(),
      total: z.number(),
      reason: z.string(),
    }),
  ),
  /** Exemplary people proposed where the quota counts individuals. */
  individuals: z.array(
    z.object({
      personId: uuid,
      fullName: z.string(),
      /** Position and own unit, as printed. */
      position: z.string(),
      unitId: uuid,
      unitName: z.string(),
      quotaName: z.string(),
      reason: z.string(),
    }),
  ),
  /** Number, date and signer of the tờ trình: set when it is submitted. */
  number: z.string().nullable(),
  proposalDate: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  /** Sent back as `expectedVersion` by the next save or submit. */
  version: z.number().int(),
});
export type CommendationProposalDto = z.infer<typeof commendationProposalDto>;

export const saveCommendationProposalRequest = z.object({
  scorecardId: uuid,
  year: z.number().int().min(2000).max(2100),
  /** The proposal's version the edit started from (0: none saved yet); another save in between is a conflict. */
  expectedVersion: z.number().int().min(0),
  items: z.array(z.object({ unitId: uuid, reason: text(1, 2000) })).max(500),
  individuals: z
    .array(z.object({ personId: uuid, reason: text(1, 2000) }))
    .max(2000)
    .default([]),
});
export type SaveCommendationProposalRequest = z.input<typeof saveCommendationProposalRequest>;

export const submitCommendationProposalRequest = signedDocument.extend({
  scorecardId: uuid,
  year: z.number().int().min(2000).max(2100),
  /** The version shown: what is submitted is what the coordinator saw. */
  expectedVersion: z.number().int().min(1),
  proposalDate: isoDate,
  /** Default "Giám đốc". */
  signerTitle: optionalText(200),
});
export type SubmitCommendationProposalRequest = z.input<typeof submitCommendationProposalRequest>;

export const commendationCandidatesResponse = z.object({
  scorecardId: uuid,
  year: z.number().int(),
  /** The issued decision the candidates come from; null while none is issued (then nothing is listed). */
  decisionNumber: z.string().nullable(),
  /** False when the scorecard version names no commendation rule. */
  hasRule: z.boolean(),
  award: z.string().nullable(),
  minLevelName: z.string().nullable(),
  quotas: z.array(
    z.object({
      name: z.string(),
      collectives: z.number().int(),
      individuals: z.number().int().nullable(),
      candidates: z.array(commendationCandidateDto),
      /** Exemplary people of the year in the quota's eligible units; empty when it counts no individuals. */
      individualCandidates: z.array(commendationPersonDto),
    }),
  ),
  outsideQuotas: z.array(z.object({ unitId: uuid, unitName: z.string(), total: z.number() })),
  /** The proposal saved for this scorecard and year, if any. */
  proposal: commendationProposalDto.nullable(),
});
export type CommendationCandidatesDto = z.infer<typeof commendationCandidatesResponse>;
