// Tables of 0004_scoring.sql (and 0014_scorecards_2025.sql: veto events, override reasons, indicator sources;
// 0018: reasons for criteria closed unappraised, results kept on reopening; 0019: commendation proposals;
// 0021: their version and individuals; 0023: ranking stamps; 0025: the self-assessment dossier's number, date and
// signer).
import { bigint, boolean, date, integer, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export interface AgencyDef {
  code: string;
  name: string;
  /** Org unit code of the agency (TN.TTT for the Provincial Inspectorate). */
  unitCode: string;
}
export interface RankingTargetDef {
  levelCode?: string;
  op: '>' | '>=';
  share: number;
}
/** Where a derived number came from (assessments.indicator_sources). */
export interface IndicatorSource {
  value: number;
  /** Local date the value was judged on. */
  asOf: string;
  /** The records it was computed from, e.g. the recognition decisions of the unit's models. */
  evidence: { label: string; entityType?: string; entityId?: string }[];
}
/** An earlier result kept when a finalised assessment is reopened (assessments.result_history). */
export interface ResultHistoryEntry {
  finalisedAt: string | null;
  finalisedByName: string | null;
  total: number;
  levelName: string;
  unappraisedReasons: Record<string, string>;
  reopenedAt: string;
  reopenedByName: string | null;
  reason: string;
}
export interface EvidenceLink {
  url: string;
  title?: string | null;
}

export const scorecardVersions = pgTable('scorecard_versions', {
  id: uuid('id').primaryKey(),
  issuerUnitId: uuid('issuer_unit_id').notNull(),
  decisionNumber: text('decision_number').notNull(),
  decisionDate: date('decision_date').notNull(),
  name: text('name').notNull(),
  definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
  agencies: jsonb('agencies').$type<AgencyDef[]>().notNull().default([]),
  rankingTarget: jsonb('ranking_target').$type<RankingTargetDef | null>(),
  status: text('status').notNull().default('draft'),
  copiedFrom: uuid('copied_from'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  activatedAt: tz('activated_at'),
  activatedBy: uuid('activated_by'),
});

export const assessments = pgTable('assessments', {
  id: uuid('id').primaryKey(),
  scorecardId: uuid('scorecard_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  year: integer('year').notNull(),
  unitGroup: text('unit_group').notNull(),
  status: text('status').notNull().default('draft'),
  version: integer('version').notNull().default(1),
  obligationId: uuid('obligation_id'),
  indicators: jsonb('indicators').$type<Record<string, number>>().notNull().default({}),
  flags: jsonb('flags').$type<string[]>().notNull().default([]),
  flagsNote: text('flags_note'),
  indicatorSources: jsonb('indicator_sources').$type<Record<string, IndicatorSource>>().notNull().default({}),
  firstSubmittedAt: tz('first_submitted_at'),
  lastSubmittedAt: tz('last_submitted_at'),
  submittedBy: uuid('submitted_by'),
  /** Number, date and signer of the dossier, given at the last submit; null before (or in older data). */
  dossierNumber: text('dossier_number'),
  dossierDate: date('dossier_date'),
  dossierSignerName: text('dossier_signer_name'),
  dossierSignerTitle: text('dossier_signer_title'),
  finalisedAt: tz('finalised_at'),
  finalisedBy: uuid('finalised_by'),
  unappraisedReasons: jsonb('unappraised_reasons').$type<Record<string, string>>().notNull().default({}),
  resultHistory: jsonb('result_history').$type<ResultHistoryEntry[]>().notNull().default([]),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const assessmentScores = pgTable('assessment_scores', {
  id: uuid('id').primaryKey(),
  assessmentId: uuid('assessment_id').notNull(),
  criterionCode: text('criterion_code').notNull(),
  selfScore: numeric('self_score', { mode: 'number' }),
  selfExplanation: text('self_explanation'),
  evidenceFileIds: jsonb('evidence_file_ids').$type<string[]>().notNull().default([]),
  evidenceLinks: jsonb('evidence_links').$type<EvidenceLink[]>().notNull().default([]),
  appraisedScore: numeric('appraised_score', { mode: 'number' }),
  appraisalReason: text('appraisal_reason'),
  appraiserAgency: text('appraiser_agency'),
  appraisedBy: uuid('appraised_by'),
  appraisedAt: tz('appraised_at'),
  sentBack: boolean('sent_back').notNull().default(false),
  sentBackNote: text('sent_back_note'),
  sentBackBy: uuid('sent_back_by'),
  sentBackAt: tz('sent_back_at'),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  overrideReason: text('override_reason'),
});

export const assessmentVetoEvents = pgTable('assessment_veto_events', {
  id: uuid('id').primaryKey(),
  assessmentId: uuid('assessment_id').notNull(),
  code: text('code').notNull(),
  note: text('note').notNull(),
  occurredOn: date('occurred_on'),
  evidenceFileIds: jsonb('evidence_file_ids').$type<string[]>().notNull().default([]),
  evidenceLinks: jsonb('evidence_links').$type<EvidenceLink[]>().notNull().default([]),
  recordedBy: uuid('recorded_by'),
  recordedAt: tz('recorded_at').notNull().defaultNow(),
  withdrawnAt: tz('withdrawn_at'),
  withdrawnBy: uuid('withdrawn_by'),
  withdrawnReason: text('withdrawn_reason'),
});

export const rankingDecisions = pgTable('ranking_decisions', {
  id: uuid('id').primaryKey(),
  scorecardId: uuid('scorecard_id').notNull(),
  year: integer('year').notNull(),
  unitGroup: text('unit_group'),
  number: text('number').notNull(),
  decisionDate: date('decision_date').notNull(),
  issuedBy: uuid('issued_by'),
  issuedAt: tz('issued_at').notNull().defaultNow(),
  snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
});

/** What the live ranking reads last changed: written by triggers only (0023_ranking_stamps.sql), read before each ranking. */
export const rankingStamps = pgTable('ranking_stamps', {
  scope: text('scope').notNull(),
  stamp: bigint('stamp', { mode: 'number' }).notNull(),
});

/** One unit proposed for commendation, as decided in the ranking (commendation_proposals.items). */
export interface ProposedUnit {
  unitId: string;
  unitName: string;
  quotaName: string;
  levelName: string;
  total: number;
  reason: string;
}

/** One exemplary person proposed for commendation (commendation_proposals.individuals). */
export interface ProposedIndividual {
  personId: string;
  fullName: string;
  /** Position and own unit, as printed: "Công chức văn hóa - xã hội, Ủy ban nhân dân xã Bến Cầu". */
  position: string;
  /** The ranked unit the person belongs to. */
  unitId: string;
  unitName: string;
  quotaName: string;
  reason: string;
}

export const commendationProposals = pgTable('commendation_proposals', {
  id: uuid('id').primaryKey(),
  scorecardId: uuid('scorecard_id').notNull(),
  year: integer('year').notNull(),
  status: text('status').$type<'draft' | 'submitted'>().notNull().default('draft'),
  award: text('award').notNull(),
  rankingDecisionId: uuid('ranking_decision_id').notNull(),
  items: jsonb('items').$type<ProposedUnit[]>().notNull().default([]),
  individuals: jsonb('individuals').$type<ProposedIndividual[]>().notNull().default([]),
  number: text('number'),
  proposalDate: date('proposal_date'),
  signerName: text('signer_name'),
  signerTitle: text('signer_title'),
  updatedBy: uuid('updated_by'),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  submittedBy: uuid('submitted_by'),
  submittedAt: tz('submitted_at'),
  version: integer('version').notNull().default(1),
});
