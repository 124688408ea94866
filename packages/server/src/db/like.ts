// LIKE patterns built from text that must match literally (search input, materialised paths).

/** Escapes LIKE wildcards (and the escape character itself). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Pattern for "contains this text". */
export const containsPattern = (s: string) => `%${escapeLike(s)}%`;

/** Pattern for "starts with this text". */
export const prefixPattern = (s: string) => `${escapeLike(s)}%`;
