// The org tree as materialised paths ('/root/…/unit/'): pure helpers over paths.

/** Ids of a unit's ancestors and of the unit itself, root first. */
export const ancestorIdsOf = (path: string) => path.split('/').filter(Boolean);
