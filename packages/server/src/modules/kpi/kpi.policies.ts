// Who may do what with communication KPIs. A set belongs to its plan's issuer: its coordinators edit
// it and review evidence; every unit inside the issuer's subtree reads it and records its own evidence.
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn, denialFor } from '../../authz/permissions.ts';

/** Coordinators of the issuer: edit the set, import its rows, accept or reject evidence. */
export const canManageKpiSet = (actor: Actor, issuerPath: string) => canOn(actor, 'plans.manage', issuerPath);
export const assertCanManageKpiSet = (actor: Actor, issuerPath: string) => assertCanOn(actor, 'plans.manage', issuerPath);

/** Readers of the issuer's subtree, and people of any unit inside it (the set applies to them). */
export const canReadKpiSet = (actor: Actor, issuerPath: string) =>
  canOn(actor, 'reports.read', issuerPath) || actor.grants.some((g) => g.unitPath.startsWith(issuerPath));
export function assertCanReadKpiSet(actor: Actor, issuerPath: string): void {
  if (!canReadKpiSet(actor, issuerPath)) throw denialFor(actor, 'reports.read');
}

/** A unit's figures: whoever reads that unit's reports. */
export const canSeeUnitKpi = (actor: Actor, unitPath: string) => canOn(actor, 'reports.read', unitPath);

/** Evidence of a unit: its own officers and leaders (reports.draft), or the issuer's coordinators. */
export function assertCanRecordKpiEvidence(actor: Actor, unitPath: string, issuerPath: string): void {
  if (canOn(actor, 'reports.draft', unitPath) || canManageKpiSet(actor, issuerPath)) return;
  throw denialFor(actor, 'reports.draft', 'plans.manage');
}
