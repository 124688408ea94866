// Who may do what with a report. A unit's officers draft, its leader submits (signer of record), and
// the RECEIVING coordinator reviews: one whose grant covers the unit's parent (the province for
// departments and districts, a department's office for its own divisions) — never the unit itself.
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn, scopeRoots } from '../../authz/permissions.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';

/** Path of the unit that receives reports of the unit at `path` ('/a/b/c/' → '/a/b/'). */
export function receivingPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length <= 1 ? path : `/${parts.slice(0, -1).join('/')}/`;
}

export const canReadReport = (a: Actor, unitPath: string) => canOn(a, 'reports.read', unitPath);
export const canDraftReport = (a: Actor, unitPath: string) => canOn(a, 'reports.draft', unitPath);
export const canSubmitReport = (a: Actor, unitPath: string) => canOn(a, 'reports.submit', unitPath);
export const canReviewReport = (a: Actor, unitPath: string) => canOn(a, 'reports.review', receivingPath(unitPath));

export const assertReadReport = (a: Actor, unitPath: string) => assertCanOn(a, 'reports.read', unitPath);
export const assertDraftReport = (a: Actor, unitPath: string) => assertCanOn(a, 'reports.draft', unitPath);
export const assertSubmitReport = (a: Actor, unitPath: string) => assertCanOn(a, 'reports.submit', unitPath);
export function assertReviewReport(a: Actor, unitPath: string): void {
  if (!canReviewReport(a, unitPath)) {
    // Same answer as elsewhere: out of scope when they review somewhere, forbidden otherwise.
    assertCanOn(a, 'reports.review', receivingPath(unitPath));
    throw AuthzErrors.outOfScope();
  }
}

/** Defining a plan's report form and consolidating belong to the coordinator of the plan's issuer. */
export const assertManageForms = (a: Actor, issuerPath: string) => assertCanOn(a, 'reports.review', issuerPath);

/** Subtrees whose reports the actor reads; none at all is a refusal. */
export function reportReadScope(a: Actor): string[] {
  const roots = scopeRoots(a, 'reports.read');
  if (!roots.length) throw AuthzErrors.forbidden();
  return roots;
}

/** A plan's forms are read by its issuer's subtree and by the units that owe its reports. */
export const readsFormsAsIssuer = (a: Actor, issuerPath: string) => canOn(a, 'reports.read', issuerPath);
export const managesForms = (a: Actor, issuerPath: string) => canOn(a, 'reports.review', issuerPath);
