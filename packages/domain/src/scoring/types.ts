/** Default appraising agency: the Department of Home Affairs (Sở Nội vụ). */
export const DEFAULT_APPRAISING_AGENCY = 'home_affairs';

/** Mapping of an indicator value to points for a 'derived' criterion. */
export type DerivedMapping =
  /** Highest band whose `min` the value reaches gives its points; below every band → 0. */
  | { kind: 'bands'; bands: readonly { min: number; points: number }[] }
  /** Linear between `zeroAt` (0 points) and `fullAt` (max points), clamped, rounded DOWN to the step. */
  | { kind: 'linear'; zeroAt: number; fullAt: number };

export type ScoringMethod =
  /** Manual points in multiples of `step` (e.g. 0.25, 0.5, 1). */
  | { kind: 'points'; step: number }
  /** Full points or zero. */
  | { kind: 'yes_no' }
  /** Computed from a report indicator of the unit; the appraiser may still override with a reason. */
  | { kind: 'derived'; indicator: string; mapping: DerivedMapping; step?: number }
  /** Deducts up to maxPoints (the score entered is the deduction, ≥ 0). */
  | { kind: 'penalty'; step: number }
  /** Adds up to maxPoints; the only way a total may exceed the unit's maximum. */
  | { kind: 'bonus'; step: number }
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
  | { kind: 'max_level_if_flag'; flag: string; maxLevel: string; explanation?: string };

export interface ScorecardVersion {
  id: string;
  decision: { number: string; date: string };
  name: string;
  /** Nominal maximum (excluding bonus), checked against the top-level nodes if given. */
  maxPoints?: number;
  unitGroups: readonly UnitGroup[];
  nodes: readonly ScorecardNode[];
  levels: LevelScheme;
  rules: readonly ScorecardRule[];
  /** Free note, e.g. "Ví dụ minh hoạ ...". */
  note?: string;
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
}

export interface AssessmentOptions {
  /** Dossier submitted late. */
  late?: boolean;
  /** Flags raised on the unit, e.g. 'violation'. */
  flags?: readonly string[];
  /** The unit's indicator values, for 'derived' criteria. */
  indicators?: Readonly<Record<string, number | null | undefined>>;
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
  /** Score counted (penalty nodes: the deduction, positive). */
  final: number;
}

export interface LevelRef {
  code: string;
  name: string;
}

export const NOT_RATED: LevelRef = { code: 'not_rated', name: 'Không xếp loại' };

export interface RuleApplication {
  rule: ScorecardRule['kind'];
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
