// The org tree as materialised paths ('/root/…/unit/'): pure helpers over paths.

/** Ids of a unit's ancestors and of the unit itself, root first. */
export const ancestorIdsOf = (path: string) => path.split('/').filter(Boolean);

/** The unit at `path` lies in the subtree rooted at `root` (itself included). */
export const isWithin = (path: string, root: string) => path.startsWith(root);
