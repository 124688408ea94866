// Who may do what in scoring. Scope always comes from role grants (a grant covers a subtree); the
// appraising agency of an appraiser comes from the unit they work in (users.home_unit_id) and the
// scorecard's agency table (agency code ↔ org unit code).
import { applicableLeavesOf, DEFAULT_APPRAISING_AGENCY, type ScorecardNode } from '@dvcq/domain';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import type { SystemContext } from '../audit/audit.recorder.ts';
import { ROLE_PERMISSIONS, canOn, denialFor, type Permission } from '../../authz/permissions.ts';

const grantsWith = (actor: Actor, p: Permission) => actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(p));

/**
 * A scorecard is read by anyone holding scoring.read on its issuer's subtree, or on a unit inside it
 * (a unit assessed with the scorecard must see its criteria).
 */
export function canReadScorecard(actor: Actor, issuerPath: string): boolean {
  return grantsWith(actor, 'scoring.read').some((g) => issuerPath.startsWith(g.unitPath) || g.unitPath.startsWith(issuerPath));
}

export function assertCanReadScorecard(actor: Actor, issuerPath: string): void {
  if (!canReadScorecard(actor, issuerPath)) throw denialFor(actor, 'scoring.read');
}

/** Full read of an assessment: every role reading the unit except an appraiser's, who sees only their agency's criteria. */
export function readAccess(actor: Actor, unitPath: string): 'full' | 'agency' | null {
  const covering = actor.grants.filter((g) => unitPath.startsWith(g.unitPath) && ROLE_PERMISSIONS[g.role].includes('scoring.read'));
  if (covering.some((g) => g.role !== 'appraiser')) return 'full';
  if (covering.some((g) => g.role === 'appraiser')) return 'agency';
  return null;
}

export function assertReadAccess(actor: Actor, unitPath: string): 'full' | 'agency' {
  const a = readAccess(actor, unitPath);
  if (!a) throw denialFor(actor, 'scoring.read');
  return a;
}

/** Appraisal: an appraiser (or a coordinator) covering the unit, for their own agency's criteria. */
export function canAppraiseUnit(actor: Actor, unitPath: string): boolean {
  return canOn(actor, 'scoring.appraise', unitPath) || canOn(actor, 'scoring.manage', unitPath);
}

export function assertCanAppraiseUnit(actor: Actor, unitPath: string): void {
  if (!canAppraiseUnit(actor, unitPath)) throw denialFor(actor, 'scoring.appraise', 'scoring.manage');
}

/** Agency codes whose unit holds the person's home unit (agency unit path is a prefix of the home unit path). */
export function agenciesOfHomeUnit(homeUnitPath: string | null, agencyUnitPaths: ReadonlyMap<string, string>): string[] {
  if (!homeUnitPath) return [];
  return [...agencyUnitPaths.entries()].filter(([, path]) => homeUnitPath.startsWith(path)).map(([code]) => code);
}

/** Effective appraising agency of every node (inherited from the parent; Home Affairs by default). */
export function agencyByCode(nodes: readonly ScorecardNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (n: ScorecardNode, inherited: string) => {
    const a = n.appraisingAgency ?? inherited;
    out.set(n.code, a);
    (n.children ?? []).forEach((c) => visit(c, a));
  };
  nodes.forEach((n) => visit(n, DEFAULT_APPRAISING_AGENCY));
  return out;
}

/** The tree pruned to the nodes of the given agencies (and the groups leading to them). */
export function pruneToAgencies(
  nodes: readonly ScorecardNode[],
  agencies: ReadonlySet<string>,
  inherited = DEFAULT_APPRAISING_AGENCY,
): ScorecardNode[] {
  const out: ScorecardNode[] = [];
  for (const n of nodes) {
    const a = n.appraisingAgency ?? inherited;
    const kids = n.children ?? [];
    if (kids.length === 0) {
      if (agencies.has(a)) out.push(n);
      continue;
    }
    const kept = pruneToAgencies(kids, agencies, a);
    if (kept.length > 0) out.push({ ...n, children: kept });
  }
  return out;
}

/** Leaves of a tree, in order. */
export function leavesOf(nodes: readonly ScorecardNode[]): ScorecardNode[] {
  const out: ScorecardNode[] = [];
  const visit = (n: ScorecardNode) => ((n.children ?? []).length ? n.children!.forEach(visit) : out.push(n));
  nodes.forEach(visit);
  return out;
}

/** Which criteria (leaf codes) apply to a unit group (applicableGroups is inherited). */
export function applicableLeaves(nodes: readonly ScorecardNode[], group: string): ScorecardNode[] {
  return applicableLeavesOf(nodes, group);
}

/** Scoring is done by people, or by the system on their behalf (demo data, imports): then no actor is checked. */
export type ScoringContext = RequestContext | (SystemContext & { actor?: undefined });
