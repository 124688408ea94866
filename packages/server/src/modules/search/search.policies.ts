// What the search box may show: each kind of record in the subtrees where the caller may read it, by the
// same permission its own pages ask (org.read for units, people and files, plans.read, reports.read).
import type { Actor } from '../../authz/actor.ts';
import { scopeRoots } from '../../authz/permissions.ts';
import { ancestorIdsOf } from '../org/org.tree.ts';

export function searchScopes(actor: Actor) {
  const org = scopeRoots(actor, 'org.read');
  const plans = scopeRoots(actor, 'plans.read');
  return {
    units: org,
    people: org,
    documents: org,
    plans,
    /** Units above the caller's subtrees: their published plans are what the caller implements. */
    planAncestorIds: [...new Set(plans.flatMap(ancestorIdsOf))],
    reports: scopeRoots(actor, 'reports.read'),
  };
}
