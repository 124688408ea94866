// Client-side helpers of the restructuring screen: batches grouped from their events, a readable line per
// event being drafted, the tree as of a date shaped like today's list, and the legal basis as one phrase.
import { ORG_EVENT_KIND_LABELS, UNIT_KIND_LABELS } from '@dvcq/shared';
import type { OrgEventDto, OrgEventInput, OrgTreeDto } from '@dvcq/shared';
import type { OrgUnitDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import '../../i18n/vi/org.ts';

export interface LegalBasis {
  number: string;
  date: string;
  issuer: string;
}

/** "số 1682/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội". */
export function legalBasisText(b: LegalBasis): string {
  return t('restructure.legalBasisText', { number: b.number, date: showDate(b.date), issuer: b.issuer });
}

export interface BatchSummary {
  id: string;
  title: string;
  legalBasis: LegalBasis;
  /** The earliest effective date of its events. */
  effectiveDate: string;
  events: OrgEventDto[];
  revertedAt: string | null;
}

/** Batches in the order their newest events come (the list is newest first), each with its events. */
export function groupBatches(events: readonly OrgEventDto[]): BatchSummary[] {
  const byId = new Map<string, BatchSummary>();
  for (const e of events) {
    let b = byId.get(e.batchId);
    if (!b) {
      b = {
        id: e.batchId,
        title: e.batchTitle,
        legalBasis: e.legalBasis,
        effectiveDate: e.effectiveDate,
        events: [],
        revertedAt: e.revertedAt,
      };
      byId.set(e.batchId, b);
    }
    b.events.push(e);
    if (e.effectiveDate < b.effectiveDate) b.effectiveDate = e.effectiveDate;
  }
  return [...byId.values()];
}

/** The batch that may still be reverted: the newest one not yet reverted (the server refuses others anyway). */
export function revertableBatchId(batches: readonly BatchSummary[]): string | null {
  return batches.find((b) => !b.revertedAt)?.id ?? null;
}

/** "Sáp nhập: Xã A, Xã B (một phần) → Xã C (mới)" for an event being drafted; names from the tree or the batch. */
export function describeEvent(e: OrgEventInput, nameOf: (id: string) => string): string {
  const kind = ORG_EVENT_KIND_LABELS[e.kind];
  const newName = (u: { name: string; kind: keyof typeof UNIT_KIND_LABELS }) =>
    t('restructure.newUnitText', { name: u.name, kind: UNIT_KIND_LABELS[u.kind] });
  let what: string;
  switch (e.kind) {
    case 'establish':
      what = newName(e.unit);
      break;
    case 'rename':
      what = `${nameOf(e.unitId)} → ${e.name}`;
      break;
    case 'move':
      what = `${nameOf(e.unitId)} → ${nameOf(e.parentId)}`;
      break;
    case 'merge': {
      const from = e.sources.map((s) => (s.whole ? nameOf(s.unitId) : t('restructure.partOf', { name: nameOf(s.unitId) }))).join(', ');
      const into = 'existingUnitId' in e.into ? nameOf(e.into.existingUnitId) : newName(e.into.newUnit);
      what = `${from} → ${into}`;
      break;
    }
    case 'split':
      what = `${nameOf(e.unitId)} → ${e.into.map(newName).join(', ')}`;
      break;
    case 'transfer':
      what = `${t('restructure.partOf', { name: nameOf(e.fromUnitId) })} → ${nameOf(e.toUnitId)}`;
      break;
    case 'dissolve':
      what = e.successorId ? `${nameOf(e.unitId)} → ${nameOf(e.successorId)}` : nameOf(e.unitId);
      break;
  }
  const when = e.effectiveDate ? ` ${t('restructure.fromDate', { date: showDate(e.effectiveDate) })}` : '';
  return `${kind}: ${what}${when}`;
}

/** Names of the units an event list brings into being, so later events and the list can name them. */
export function newUnitNames(events: readonly OrgEventInput[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) {
    if (e.kind === 'establish') out.set(e.unit.unitId, e.unit.name);
    if (e.kind === 'merge' && 'newUnit' in e.into) out.set(e.into.newUnit.unitId, e.into.newUnit.name);
    if (e.kind === 'split') for (const u of e.into) out.set(u.unitId, u.name);
  }
  return out;
}

/** The tree as of a date in the shape of today's list, so the same tree view shows it. */
export function treeAsUnits(tree: OrgTreeDto): OrgUnitDto[] {
  const children = new Map<string, number>();
  for (const u of tree.units) if (u.parentId) children.set(u.parentId, (children.get(u.parentId) ?? 0) + 1);
  return tree.units.map((u) => ({
    id: u.id,
    parentId: u.parentId,
    kind: u.kind,
    code: u.code,
    name: u.name,
    shortName: null,
    validFrom: u.validFrom,
    // Standing on that date: shown as active there, whatever happened later.
    validTo: null,
    closedReason: null,
    depth: u.depth,
    childCount: children.get(u.id) ?? 0,
    version: 0,
  }));
}
