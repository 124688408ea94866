// Scorecard versions: drafted (saved even with problems, which are listed), put in force by decision
// once they have none, copied to a new version for the next decision, exported to and read from Excel.
import { randomUUID } from 'node:crypto';
import {
  exampleScorecard1563,
  firstYearOf,
  validateScorecard,
  versionClash,
  type ScorecardVersion,
  type ScoringProblem,
  type VersionInForce,
} from '@dvcq/domain';
import type {
  copyScorecardRequest,
  createScorecardRequest,
  importedScorecard,
  ScorecardDetailDto,
  ScorecardSummaryDto,
  updateScorecardRequest,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { AgencyDef } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { assertCanOn, assertPermission, canOn } from '../../authz/permissions.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { toVersion, type ScorecardRow, type ScoringRepository } from './scoring.repository.ts';
import { ScoringErrors } from './scoring.errors.ts';
import { agencyByCode, assertCanReadScorecard, canReadScorecard, type ScoringContext } from './scoring.policies.ts';
import { presentScorecardSummary } from './scoring.presenter.ts';
import { parseScorecardXlsx } from './scoring.export.ts';

/** Appraising agencies of Tây Ninh used when a scorecard does not list its own. */
export const DEFAULT_AGENCIES: AgencyDef[] = [
  { code: 'home_affairs', name: 'Sở Nội vụ', unitCode: 'TN.SNV' },
  { code: 'inspectorate', name: 'Thanh tra tỉnh', unitCode: 'TN.TTT' },
  { code: 'science_tech', name: 'Sở Khoa học và Công nghệ', unitCode: 'TN.SKHCN' },
];

/** Domain problems plus the agency table's: every agency used must be declared and map to a unit. */
async function scorecardProblems(
  repo: ScoringRepository,
  version: ScorecardVersion,
  agencies: readonly AgencyDef[],
): Promise<ScoringProblem[]> {
  const problems = validateScorecard(version);
  const declared = new Set(agencies.map((a) => a.code));
  const used = new Set(agencyByCode(version.nodes).values());
  for (const code of used) {
    if (!declared.has(code)) {
      problems.push({
        code: 'scoring.scorecard_agency_unknown',
        message: `Cơ quan thẩm định "${code}" chưa được khai báo (mã cơ quan và mã đơn vị tương ứng)`,
        severity: 'error',
      });
    }
  }
  const units = await repo.unitsByCodes(agencies.map((a) => a.unitCode));
  for (const a of agencies) {
    if (!units.has(a.unitCode.toLowerCase())) {
      problems.push({
        code: 'scoring.scorecard_agency_unit_unknown',
        message: `Không tìm thấy đơn vị có mã "${a.unitCode}" của cơ quan thẩm định "${a.name}"`,
        severity: 'error',
      });
    }
  }
  return problems;
}

function nfcDeep<T>(v: T): T {
  if (typeof v === 'string') return v.normalize('NFC') as T;
  if (Array.isArray(v)) return v.map(nfcDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)])) as T;
  return v;
}

async function scorecardDetail(repo: ScoringRepository, actor: Actor | null, row: ScorecardRow): Promise<ScorecardDetailDto> {
  const issuer = await repo.org.findUnit(row.issuerUnitId);
  return {
    ...presentScorecardSummary(row, issuer?.name ?? ''),
    definition: row.definition as unknown as ScorecardDetailDto['definition'],
    agencies: row.agencies,
    rankingTarget: row.rankingTarget ?? null,
    problems: await scorecardProblems(repo, toVersion(row), row.agencies),
    canManage: !!actor && !!issuer && canOn(actor, 'scoring.manage', issuer.path),
  };
}

export async function listScorecards(repo: ScoringRepository, actor: Actor, status?: string): Promise<ScorecardSummaryDto[]> {
  const rows = await repo.listScorecards(status);
  return rows.filter((r) => canReadScorecard(actor, r.issuerPath)).map((r) => presentScorecardSummary(r.sc, r.issuerName));
}

/** A scorecard the actor may read (its issuer's subtree, or a unit assessed with it). */
export async function readableScorecard(repo: ScoringRepository, actor: Actor, id: string): Promise<ScorecardRow> {
  const row = await repo.getScorecard(id);
  if (!row) throw ScoringErrors.scorecardNotFound();
  const issuer = await repo.org.findUnit(row.issuerUnitId);
  assertCanReadScorecard(actor, issuer!.path);
  return row;
}

export async function getScorecard(repo: ScoringRepository, actor: Actor, id: string): Promise<ScorecardDetailDto> {
  return scorecardDetail(repo, actor, await readableScorecard(repo, actor, id));
}

async function loadScorecardForManage(repo: ScoringRepository, actor: Actor, id: string): Promise<ScorecardRow> {
  const row = await repo.getScorecard(id);
  if (!row) throw ScoringErrors.scorecardNotFound();
  const issuer = await repo.org.findUnit(row.issuerUnitId);
  assertCanOn(actor, 'scoring.manage', issuer!.path);
  return row;
}

export async function createScorecard(
  repo: ScoringRepository,
  ctx: ScoringContext,
  input: z.output<typeof createScorecardRequest>,
  opts: { copiedFrom?: string } = {},
): Promise<ScorecardDetailDto> {
  const issuer = input.issuerUnitId ? await repo.org.findUnit(input.issuerUnitId) : await repo.org.findRoot();
  if (!issuer) throw OrgErrors.notFound();
  if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', issuer.path);
  const id = randomUUID();
  const row = {
    id,
    issuerUnitId: issuer.id,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    name: input.name,
    definition: nfcDeep(input.definition) as unknown as Record<string, unknown>,
    agencies: input.agencies ?? DEFAULT_AGENCIES,
    rankingTarget: input.rankingTarget ?? null,
    status: 'draft',
    copiedFrom: opts.copiedFrom ?? null,
    version: 1,
    createdBy: ctx.actor?.userId ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const saved = await repo.transaction(async (tx) => {
    await tx.insertScorecard(row);
    await recordAudit(tx, ctx, {
      action: opts.copiedFrom ? 'scorecard.copied' : 'scorecard.created',
      entityType: 'scorecard',
      entityId: id,
      unitId: issuer.id,
      after: { decisionNumber: row.decisionNumber, name: row.name, copiedFrom: row.copiedFrom },
    });
    return (await tx.getScorecard(id))!;
  });
  return scorecardDetail(repo, ctx.actor ?? null, saved);
}

export async function updateScorecard(
  repo: ScoringRepository,
  ctx: RequestContext,
  id: string,
  input: z.output<typeof updateScorecardRequest>,
): Promise<ScorecardDetailDto> {
  const saved = await repo.transaction(async (tx) => {
    const row = await loadScorecardForManage(tx, ctx.actor, id);
    if (row.status !== 'draft') throw ScoringErrors.scorecardNotDraft();
    if (row.version !== input.expectedVersion) throw ScoringErrors.scorecardVersionConflict();
    const changes = {
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      name: input.name,
      definition: nfcDeep(input.definition) as unknown as Record<string, unknown>,
      agencies: input.agencies ?? row.agencies,
      rankingTarget: input.rankingTarget === undefined ? row.rankingTarget : input.rankingTarget,
      version: row.version + 1,
      updatedAt: ctx.now,
    };
    await tx.updateScorecard(id, changes);
    await recordAudit(tx, ctx, {
      action: 'scorecard.updated',
      entityType: 'scorecard',
      entityId: id,
      unitId: row.issuerUnitId,
      before: { version: row.version, name: row.name },
      after: { version: changes.version, name: changes.name },
    });
    return (await tx.getScorecard(id))!;
  });
  return scorecardDetail(repo, ctx.actor, saved);
}

export async function activateScorecard(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  expectedVersion: number,
): Promise<ScorecardDetailDto> {
  const saved = await repo.transaction(async (tx) => {
    const row = ctx.actor ? await loadScorecardForManage(tx, ctx.actor, id) : (await tx.getScorecard(id))!;
    if (row.status !== 'draft') throw ScoringErrors.scorecardNotDraft();
    if (row.version !== expectedVersion) throw ScoringErrors.scorecardVersionConflict();
    const errors = (await scorecardProblems(tx, toVersion(row), row.agencies)).filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      const fields = Object.fromEntries(errors.map((e, i) => [e.node ? `nodes.${e.node}` : `_${i}`, e.message]));
      throw ScoringErrors.scorecardInvalid(errors.length, errors[0]!.message, fields);
    }
    // Only one version in force per year and unit group (of one issuer).
    const inForce = (r: ScorecardRow): VersionInForce => {
      const v = toVersion(r);
      return {
        id: r.id,
        issuerUnitId: r.issuerUnitId,
        fromYear: firstYearOf(v, r.decisionDate),
        unitGroups: v.unitGroups,
        decisionNumber: r.decisionNumber,
        name: r.name,
      };
    };
    const clash = versionClash(
      inForce(row),
      (await tx.listScorecards('active')).map((x) => inForce(x.sc)),
    );
    if (clash)
      throw ScoringErrors.versionInForceClash(clash.other.name, clash.other.decisionNumber, clash.other.fromYear, clash.groups.join('; '));
    await tx.updateScorecard(id, {
      status: 'active',
      activatedAt: ctx.now,
      activatedBy: ctx.actor?.userId ?? null,
      version: row.version + 1,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'scorecard.activated',
      entityType: 'scorecard',
      entityId: id,
      unitId: row.issuerUnitId,
      after: { status: 'active' },
    });
    return (await tx.getScorecard(id))!;
  });
  return scorecardDetail(repo, ctx.actor ?? null, saved);
}

export async function copyScorecard(
  repo: ScoringRepository,
  ctx: RequestContext,
  id: string,
  input: z.output<typeof copyScorecardRequest>,
): Promise<ScorecardDetailDto> {
  const row = await loadScorecardForManage(repo, ctx.actor, id);
  return createScorecard(
    repo,
    ctx,
    {
      issuerUnitId: row.issuerUnitId,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      name: input.name ?? row.name,
      definition: row.definition as unknown as z.output<typeof createScorecardRequest>['definition'],
      agencies: row.agencies,
      rankingTarget: row.rankingTarget,
    },
    { copiedFrom: row.id },
  );
}

type ImportedScorecard = z.output<typeof importedScorecard>;

/** A workbook read into a scorecard tree with its problems, to check and save (nothing is written). */
export async function readScorecardWorkbook(actor: Actor, data: Buffer): Promise<ImportedScorecard> {
  assertPermission(actor, 'scoring.manage');
  const parsed = await parseScorecardXlsx(data);
  const problems = validateScorecard({
    ...parsed.definition,
    id: 'import',
    decision: { number: parsed.decisionNumber ?? '', date: parsed.decisionDate ?? '' },
    name: parsed.name ?? '',
  } as Parameters<typeof validateScorecard>[0]);
  return { ...parsed, problems } as ImportedScorecard;
}

/** The 1563-shaped example to start drafting from. */
export function exampleScorecard(actor: Actor): ImportedScorecard {
  assertPermission(actor, 'scoring.manage');
  const { id: _id, decision, name, ...definition } = exampleScorecard1563();
  return {
    definition: definition as never,
    agencies: DEFAULT_AGENCIES,
    decisionNumber: decision.number,
    decisionDate: decision.date,
    name,
    problems: [],
  };
}
