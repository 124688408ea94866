// The coordinator's commendation proposal as edited on screen: the units and people ticked, each with its
// reason, and the version of the saved proposal the edit started from. The version goes back with the
// save, so another coordinator's save in between is refused instead of overwritten; the choices made
// here are never replaced by a refetch, only by an explicit reload.
import type { CommendationProposalDto, SaveCommendationProposalRequest } from '@dvcq/shared';

export type Nominees = 'units' | 'people';

export interface ProposalDraft {
  /** Version of the saved proposal the edit started from; 0: none saved yet. */
  version: number;
  /** Unit id → reason. */
  units: ReadonlyMap<string, string>;
  /** Exemplary person id → reason. */
  people: ReadonlyMap<string, string>;
  /** Changed since it was loaded or saved. */
  dirty: boolean;
}

export function draftOf(p: CommendationProposalDto | null | undefined): ProposalDraft {
  return {
    version: p?.version ?? 0,
    units: new Map((p?.items ?? []).map((u) => [u.unitId, u.reason])),
    people: new Map((p?.individuals ?? []).map((u) => [u.personId, u.reason])),
    dirty: false,
  };
}

/** Ticks or unticks a unit or person; a person starts with the achievements recorded for them. */
export function toggle(d: ProposalDraft, which: Nominees, id: string, on: boolean, startingReason = ''): ProposalDraft {
  const next = new Map(d[which]);
  if (on) next.set(id, startingReason);
  else next.delete(id);
  return { ...d, [which]: next, dirty: true };
}

export function setReason(d: ProposalDraft, which: Nominees, id: string, reason: string): ProposalDraft {
  return { ...d, [which]: new Map(d[which]).set(id, reason), dirty: true };
}

/** A ticked unit or person without a reason: the save would be refused. */
export const missingReason = (d: ProposalDraft): boolean => [...d.units.values(), ...d.people.values()].some((r) => !r.trim());

/** Another save reached the server and nothing is changed here: show it at once. */
export const followsServer = (d: ProposalDraft, saved: CommendationProposalDto | null | undefined): boolean =>
  !d.dirty && (saved?.version ?? 0) !== d.version;

/** The save request; `expectedVersion` other than the draft's own only to write over a newer version on purpose. */
export function saveRequest(
  d: ProposalDraft,
  scorecardId: string,
  year: number,
  expectedVersion = d.version,
): SaveCommendationProposalRequest {
  return {
    scorecardId,
    year,
    expectedVersion,
    items: [...d.units].map(([unitId, reason]) => ({ unitId, reason })),
    individuals: [...d.people].map(([personId, reason]) => ({ personId, reason })),
  };
}
