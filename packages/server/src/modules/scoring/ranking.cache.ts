// The live ranking, kept per server instance and checked against the database's stamps (issue 19).
//
// Why a stamped cache rather than each assessment's result stored on its row: the ranking reads more
// than one assessment's scores — the obligation's dates (late or not), last year's results of the unit
// and of the units merged into it, names at the year's end, the scorecard's target — so stored totals
// would still leave the lineage, the names and the ranking itself to do per request. Here a copy is
// the whole computed answer, made by the same use case (the domain's computeAssessment and rankUnits),
// and it is used only while the stamps read just before it was made are still the database's: the
// triggers of 0023_ranking_stamps.sql give a stamp a new value in the same transaction as any write
// the ranking reads. Instances share nothing but the database, so each validates with one query.
//
// Readers that find no copy for the current stamps share one computation (at a deadline rush fifty
// coordinators asking at once compute it once).
const MAX_ENTRIES = 64;

export type StampedCache<V> = (key: string, stamp: string, compute: () => Promise<V>) => Promise<V>;

export function createStampedCache<V>(maxEntries = MAX_ENTRIES): StampedCache<V> {
  const entries = new Map<string, { stamp: string; value: Promise<V> }>();
  return (key, stamp, compute) => {
    const hit = entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = compute();
    entries.delete(key);
    entries.set(key, { stamp, value });
    // A failed computation is not kept: the next reader tries again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    // Oldest written first in a Map: drop those beyond the bound.
    for (const k of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(k);
    }
    return value;
  };
}

/** One cache per owner (a repository bound to one database): test databases copied from one template share ids and stamps. */
export function cachePerOwner<V>(): (owner: object) => StampedCache<V> {
  const caches = new WeakMap<object, StampedCache<V>>();
  return (owner) => {
    let c = caches.get(owner);
    if (!c) caches.set(owner, (c = createStampedCache<V>()));
    return c;
  };
}
