// Accent- and case-insensitive matching (users type "Tay Ninh" and expect "Tây Ninh") is the domain's
// rule; the server only adds what SQL needs.
export { foldVietnamese as fold } from '@dvcq/domain';

/** Escapes LIKE wildcards in user input. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
