/** Default appraising agency: the Department of Home Affairs (Sở Nội vụ). */
export const DEFAULT_APPRAISING_AGENCY = 'home_affairs';

/** Mapping of an indicator value to points for a 'derived' criterion. */
export type DerivedMapping =
  /** Highest band whose `min` the value reaches gives its points; below every band → 0. */
  | { kind: 'bands'; bands: readonly { min: number; points: number }[] }
  /** Linear between `zeroAt` (0 points) and `fullAt` (max points), clamped, rounded DOWN to the step. */
  | { kind: 'linear'; zeroAt: number; fullAt: number };

/**
 * Where a criterion's number comes from: a derived source key (an indicator of the unit's reports, or a
 * value the system computes from the unit's records, e.g. 'kpi_share_met', 'recognised_models') and how
 * the value maps to points.
 */
export interface DerivedSource {
  indicator: string;
  mapping: DerivedMapping;
}

export type ScoringMethod =
  /** Manual points in multiples of `step` (e.g. 0.25, 0.5, 1). */
  | { kind: 'points'; step: number }
  /** Full points or zero. */
  | { kind: 'yes_no' }
  /** Computed from a report indicator of the unit; the appraiser may still override with a reason. */
  | { kind: 'derived'; indicator: string; mapping: DerivedMapping; step?: number }
  /** Deducts up to maxPoints (the score entered is the deduction, ≥ 0). */
  | { kind: 'penalty'; step: number }
  /**
   * Adds up to maxPoints; the only way a total may exceed the unit's maximum. With a `source`, the
   * points are proposed from the derived source (e.g. recognised "Dân vận khéo" models) and can only
   * be typed over with a reason.
   */
  | { kind: 'bonus'; step: number; source?: DerivedSource }
  /** Scored only by the level above (Bắc Kạn's 10 points); the unit cannot self-score it. */
  | { kind: 'superior_only'; step: number };

export type ScoringMethodKind = ScoringMethod['kind'];

export interface RequiredEvidence {
  text: string;
  required: boolean;
}

export interface ScorecardNode {
  /** "1", "1.2", "1.2.a" */
  code: string;
  title: string;
  /** For penalty/bonus nodes: the most that can be deducted / added. */
  maxPoints: number;
  guidance?: string;
  requiredEvidence?: readonly RequiredEvidence[];
  /** Required on leaves; groups (nodes with children) have none: their score is computed. */
  method?: ScoringMethod;
  /** Agency that appraises this node; inherited from the parent, default 'home_affairs'. */
  appraisingAgency?: string;
  /** Unit groups this node applies to; inherited; undefined = all groups. */
  applicableGroups?: readonly string[];
  /** With rule 'block_top_level_if_zero': a final score of 0 here bars the top level. */
  blocksTopLevelIfZero?: boolean;
  children?: readonly ScorecardNode[];
}

export interface UnitGroup {
  code: string;
  name: string;
  /** Org unit kinds in the group, e.g. ['department', 'public_service']. */
  unitKinds: readonly string[];
}

export interface LevelDef {
  code: string;
  name: string;
  /** Lower bound (inclusive), in points or percent of the unit's own maximum, per the scheme's basis. */
  min: number;
  /**
   * Extra condition of the level (Cần Thơ 2579: "đồng thời, không có tiêu chí nào trong thang điểm chấm
   * 0 điểm"): a unit that reaches this level's points with an applicable regular criterion scored 0
   * gets the level just below (one level down, as the issue's check reads 2579: 96 points with a 0 →
   * Hoàn thành tốt; 90 points with a 0 → Hoàn thành).
   */
  requiresNoZeroCriterion?: boolean;
}

export interface LevelScheme {
  basis: 'points' | 'percent_of_max';
  /** Best first, strictly decreasing `min`; the last level should have min 0. */
  levels: readonly LevelDef[];
}

export type ScorecardRule =
  /** One (or `levels`) level(s) down when the dossier was submitted late. */
  | { kind: 'downgrade_if_late'; levels?: number }
  /** A unit carrying `flag` is not classified ("Không xếp loại"). */
  | { kind: 'not_eligible'; flag: string; explanation?: string }
  /** Any node flagged blocksTopLevelIfZero with a final score of 0 → cannot get the top level. */
  | { kind: 'block_top_level_if_zero' }
  /** A unit carrying `flag` is capped at level `maxLevel` (e.g. leader disciplined → at most Khá). */
  | { kind: 'max_level_if_flag'; flag: string; maxLevel: string; explanation?: string }
  /**
   * Veto events: a recorded event of one of these kinds forces the lowest level whatever the points
   * (corruption case, serious internal disunity, the unit did not self-assess…).
   */
  | { kind: 'veto'; events: readonly VetoKind[] };

export interface VetoKind {
  code: string;
  name: string;
}

/**
 * Flags for discipline of the unit's head (or deputy), used with 'max_level_if_flag'
 * (Cần Thơ 2579 Điều 6.5: "Khiển trách" → at most Hoàn thành tốt, "Cảnh cáo" → at most Hoàn thành).
 */
export const HEAD_DISCIPLINE_FLAGS = { reprimand: 'head_reprimanded', warning: 'head_warned' } as const;

/** A veto event recorded on a unit's assessment (with its evidence, kept by the server). */
export interface VetoEventRef {
  code: string;
  note?: string;
}

export interface ScorecardVersion {
  id: string;
  decision: { number: string; date: string };
  name: string;
  /**
   * First year assessed under this version (Cần Thơ 2579, issued 21/11/2025: "chấm điểm từ năm 2026");
   * default: the year of the decision. Each year's assessments use the latest version in force that year.
   */
  fromYear?: number;
  /** Nominal maximum (excluding bonus), checked against the top-level nodes if given. */
  maxPoints?: number;
  unitGroups: readonly UnitGroup[];
  nodes: readonly ScorecardNode[];
  levels: LevelScheme;
  rules: readonly ScorecardRule[];
  /** Which classification opens the door to commendation, and the quotas per kind of unit. */
  commendation?: CommendationRule;
  /** Free note, e.g. "Ví dụ minh hoạ ...". */
  note?: string;
}

/**
 * Classification gates commendation (Cần Thơ 2579, Art. 7–8): units at or above `minLevel` are
 * eligible, proposed by points from the highest, within a quota per kind of unit ("Cơ quan Trung ương
 * trên địa bàn thành phố: tối đa 2 tập thể và 4 cá nhân").
 */
export interface CommendationRule {
  /** e.g. "Bằng khen Chủ tịch Ủy ban nhân dân thành phố". */
  award: string;
  /** Level code: this level and the ones above it are eligible. */
  minLevel: string;
  quotas: readonly CommendationQuota[];
}

export interface CommendationQuota {
  name: string;
  /** Org unit kinds counted in this quota. */
  unitKinds: readonly string[];
  /** At most this many collectives (units). */
  collectives: number;
  /** At most this many individuals: exemplary people of the quota's eligible units. */
  individuals?: number;
}

export type ProblemSeverity = 'error' | 'warning';

export interface ScoringProblem {
  code: string;
  message: string;
  /** Criterion code the problem is about, if any. */
  node?: string;
  severity: ProblemSeverity;
}

/** The scores entered for one criterion (leaf). */
export interface CriterionScore {
  code: string;
  /** Self-assessed score (for penalty: the deduction). Ignored for superior_only and derived. */
  self?: number | null;
  selfExplanation?: string;
  /** Appraised score; overrides self where given. */
  appraised?: number | null;
  /** Required when the appraised score differs from the self score. */
  appraisalReason?: string;
  /** Reason for typing a score over a derived value (derived criteria, bonus with a source). */
  overrideReason?: string;
}

export interface AssessmentOptions {
  /** Dossier submitted late. */
  late?: boolean;
  /** Flags raised on the unit, e.g. 'violation'. */
  flags?: readonly string[];
  /** The unit's indicator values, for 'derived' criteria. */
  indicators?: Readonly<Record<string, number | null | undefined>>;
  /** Veto events recorded on the unit for the year (rule 'veto'). */
  vetoes?: readonly VetoEventRef[];
}

export type NodeCategory = 'regular' | 'bonus' | 'penalty';

export interface NodeResult {
  code: string;
  title: string;
  depth: number;
  category: NodeCategory;
  applicable: boolean;
  /** Maximum for this unit (0 when not applicable). */
  maxPoints: number;
  appraisingAgency: string;
  method?: ScoringMethodKind;
  /** Leaves: the self score in use (derived: the computed value); groups: sum of children. */
  self: number | null;
  appraised: number | null;
  appraisalReason?: string;
  /** Derived criteria and sourced bonuses: where the number came from. */
  source?: { indicator: string; value: number | null; points: number | null };
  /** The derived value was typed over with this reason. */
  overrideReason?: string;
  /** Score counted (penalty nodes: the deduction, positive). */
  final: number;
}

export interface LevelRef {
  code: string;
  name: string;
}

export const NOT_RATED: LevelRef = { code: 'not_rated', name: 'Không xếp loại' };

export interface RuleApplication {
  /** 'level_condition': a level's own extra condition (LevelDef.requiresNoZeroCriterion) was not met. */
  rule: ScorecardRule['kind'] | 'level_condition';
  from: LevelRef;
  to: LevelRef;
  explanation: string;
}

export interface AssessmentResult {
  scorecardId: string;
  unitGroup: string;
  nodes: NodeResult[];
  /** Sum of regular points, before bonus and penalties. */
  regular: number;
  bonus: number;
  penalty: number;
  total: number;
  unitMax: number;
  /** total / unitMax × 100, rounded to 2 decimals. */
  percent: number;
  levelBeforeRules: LevelRef;
  rulesApplied: RuleApplication[];
  level: LevelRef;
  /** Scores refused, missing, appraisal reasons missing… (the computation goes on without them). */
  issues: ScoringProblem[];
  /** Every applicable criterion has a usable final score and no appraisal reason is missing. */
  complete: boolean;
}
