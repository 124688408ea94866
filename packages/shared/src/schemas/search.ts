// The one search box (Ctrl+K): units, plans, reports, people and documents found by any words, without
// diacritics or case, grouped, at most `limit` per group, each with the page (or file) it opens.
import { z } from 'zod';
import { text, uuid } from './common.ts';

export const SEARCH_KINDS = ['unit', 'plan', 'report', 'person', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const globalSearchQuery = z.object({
  q: text(1, 100),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const searchHit = z.object({
  id: uuid,
  title: z.string(),
  /** What tells two hits apart: the unit, the plan's number and year, the person's unit… */
  subtitle: z.string().nullable(),
  /** A page of the web client ('/ke-hoach/…'), or a file's download path ('/api/files/…'). */
  link: z.string(),
});
export type SearchHitDto = z.infer<typeof searchHit>;

export const searchGroup = z.object({ kind: z.enum(SEARCH_KINDS), items: z.array(searchHit) });
export const searchResults = z.object({ groups: z.array(searchGroup) });
export type SearchResultsDto = z.infer<typeof searchResults>;
