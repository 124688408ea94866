// The search box: one query over units, plans, reports, people and documents, each group limited and
// scoped to what the caller may read. Groups without hits are left out.
import { foldVietnamese } from '@dvcq/domain';
import type { SearchResultsDto } from '@dvcq/shared';
import type { Actor } from '../../authz/actor.ts';
import type { SearchRepository } from './search.repository.ts';
import { searchScopes } from './search.policies.ts';
import { documentHit, personHit, planHit, reportHit, unitHit } from './search.presenter.ts';

export async function globalSearch(repo: SearchRepository, actor: Actor, q: { q: string; limit: number }): Promise<SearchResultsDto> {
  // Nothing to look for once diacritics and punctuation are dropped: no hits rather than everything.
  if (!/[a-z0-9]/.test(foldVietnamese(q.q))) return { groups: [] };
  const scope = searchScopes(actor);
  const s = { query: q.q, limit: q.limit };
  const [units, plans, reports, people, documents] = await Promise.all([
    repo.units({ ...s, roots: scope.units }),
    repo.plans({ ...s, roots: scope.plans, ancestorIds: scope.planAncestorIds }),
    repo.reports({ ...s, roots: scope.reports }),
    repo.people({ ...s, roots: scope.people }),
    repo.documents({ ...s, roots: scope.documents }),
  ]);
  const groups = [
    { kind: 'unit' as const, items: units.map(unitHit) },
    { kind: 'plan' as const, items: plans.map(planHit) },
    { kind: 'report' as const, items: reports.map(reportHit) },
    { kind: 'person' as const, items: people.map(personHit) },
    { kind: 'document' as const, items: documents.map(documentHit) },
  ];
  return { groups: groups.filter((g) => g.items.length > 0) };
}
