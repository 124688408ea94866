// Search rows → the hits the box shows: a title, what tells it apart, and where it leads.
import type { SearchHitDto } from '@dvcq/shared';

export const unitHit = (u: { id: string; name: string; code: string }): SearchHitDto => ({
  id: u.id,
  title: u.name,
  subtitle: u.code,
  link: `/don-vi/${u.id}`,
});

export const planHit = (p: { id: string; title: string; number: string | null; year: number; issuerName: string }): SearchHitDto => ({
  id: p.id,
  title: p.title,
  subtitle: [p.number, p.issuerName, String(p.year)].filter(Boolean).join(' · '),
  link: `/ke-hoach/${p.id}`,
});

export const reportHit = (r: { obligationId: string; title: string; unitName: string }): SearchHitDto => ({
  id: r.obligationId,
  title: r.title,
  subtitle: r.unitName,
  link: `/bao-cao/${r.obligationId}`,
});

/** A person leads to their unit, where their work is (the accounts page is the administrator's). */
export const personHit = (p: { id: string; fullName: string; username: string; unitId: string; unitName: string }): SearchHitDto => ({
  id: p.id,
  title: p.fullName,
  subtitle: `${p.username} · ${p.unitName}`,
  link: `/don-vi/${p.unitId}`,
});

export const documentHit = (f: { id: string; filename: string; unitName: string }): SearchHitDto => ({
  id: f.id,
  title: f.filename,
  subtitle: f.unitName,
  link: `/api/files/${f.id}`,
});
