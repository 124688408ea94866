// Keyset cursors of paged lists: the sort key of the last row seen, as opaque base64url JSON. A cursor is
// read back only when it has the shape the list issued (`accept`), otherwise the list answers 400.
export const encodeCursor = (key: readonly unknown[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The key in a cursor, or null when it is not one this server issued. */
export function decodeCursor<K extends readonly unknown[]>(cursor: string, accept: (k: unknown[]) => boolean): K | null {
  try {
    const k: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(k) && accept(k)) return k as unknown as K;
  } catch {
    // not JSON: fall through
  }
  return null;
}

export const UUID_PATTERN = /^[0-9a-f-]{36}$/i;
