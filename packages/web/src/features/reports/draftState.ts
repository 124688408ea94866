// The draft-saving rules of a report, without React: what the editor holds, when a copy on this machine
// is brought back, what is sent on save, how each outcome changes the save state, when to retry and
// when to warn before leaving. useReportDraft.ts wires these to timers, localStorage and the API.
import type { ReportDetailDto, ReportIndicatorDto } from '@dvcq/shared';
import { ApiError } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { parseTyped, showTyped } from './values.ts';
import '../../i18n/vi/reports.ts';

export interface DraftContent {
  sections: Record<string, string>;
  /** Figures as typed ("68.750.000"), parsed only on save. */
  typed: Record<string, string>;
  cutOffDate: string | null;
  attachments: ReportDetailDto['attachments'];
}

/** What is kept on this machine while typing: the content and the version it was typed on. */
export interface LocalCopy extends DraftContent {
  baseVersion: number;
  at: string;
}

/** idle: nothing typed yet; dirty: typed, not yet on the server; conflict: someone else saved first. */
export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'conflict';

export interface DraftStatus {
  state: SaveState;
  /** Why the last save failed, as the server (or the client) put it. */
  message: string | null;
  /** The server's per-field messages of a refused save (400), e.g. `values.fine_amount`. */
  serverErrors: Record<string, string>;
  /** When the server last stored the draft. */
  savedAt: string | null;
  /** A copy on this machine was brought back ('same') or is on offer because it was typed on an older version. */
  restored: 'same' | 'older' | null;
}

/** Pause after the last keystroke before the draft goes to the server. */
export const AUTOSAVE_MS = 1200;
/** Pause before retrying a save that failed for want of the server (not for the content). */
export const RETRY_MS = 15_000;

export const draftStorageKey = (obligationId: string): string => `dvcq.report-draft.${obligationId}`;

export function contentOf(report: ReportDetailDto): DraftContent {
  const indicators = report.form?.indicators ?? [];
  return {
    sections: { ...report.sections },
    typed: Object.fromEntries(indicators.map((i) => [i.code, showTyped(i, report.values[i.code])])),
    cutOffDate: report.cutOffDate,
    attachments: report.attachments,
  };
}

export const sameContent = (a: DraftContent, b: DraftContent): boolean =>
  JSON.stringify(contentFields(a)) === JSON.stringify(contentFields(b));

function contentFields(c: DraftContent): DraftContent {
  return { sections: c.sections, typed: c.typed, cutOffDate: c.cutOffDate, attachments: c.attachments };
}

export function toLocalCopy(content: DraftContent, baseVersion: number, at: Date): LocalCopy {
  return { ...contentFields(content), baseVersion, at: at.toISOString() };
}

/** A stored copy, or null when there is none or it cannot be read (never throws). */
export function parseLocalCopy(raw: string | null): LocalCopy | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<LocalCopy> | null;
    if (!v || typeof v !== 'object' || typeof v.baseVersion !== 'number' || typeof v.sections !== 'object' || typeof v.typed !== 'object')
      return null;
    return {
      sections: v.sections ?? {},
      typed: v.typed ?? {},
      cutOffDate: v.cutOffDate ?? null,
      attachments: v.attachments ?? [],
      baseVersion: v.baseVersion,
      at: v.at ?? '',
    };
  } catch {
    return null;
  }
}

export interface Opening {
  content: DraftContent;
  status: DraftStatus;
}

/**
 * On open: a copy typed on the same version and never saved is brought back (and will be saved); a copy
 * typed on an older version is only offered; a copy equal to the server's, or any copy of a report the
 * person may no longer edit, is ignored.
 */
/**
 * The figures the unit's own records propose (report.prefill.values), put into the fields still empty;
 * a figure the officer typed is never replaced. `added` names the fields filled.
 */
export function withPrefill(content: DraftContent, report: ReportDetailDto): { content: DraftContent; added: string[] } {
  if (!report.can.edit) return { content, added: [] };
  const typed = { ...content.typed };
  const added: string[] = [];
  for (const ind of report.form?.indicators ?? []) {
    const proposal = report.prefill.values[ind.code];
    if (!proposal || (typed[ind.code] ?? '').trim() !== '') continue;
    typed[ind.code] = showTyped(ind, proposal.value);
    added.push(ind.code);
  }
  return { content: added.length ? { ...content, typed } : content, added };
}

/** Where a figure came from, or what the records say when the officer typed something else. */
export function prefillNote(report: ReportDetailDto, ind: ReportIndicatorDto, typed: string): string | null {
  const reading = report.prefill.readings[ind.code];
  if (!reading) return null;
  const p = parseTyped(ind, typed);
  if (p.ok && p.value === reading.value) return t('reports.prefill.from', { origin: reading.origin });
  return t('reports.prefill.differs', { origin: reading.origin, value: showTyped(ind, reading.value) });
}

export function openDraft(report: ReportDetailDto, local: LocalCopy | null): Opening {
  const server = contentOf(report);
  const status: DraftStatus = { state: 'idle', message: null, serverErrors: {}, savedAt: report.updatedAt, restored: null };
  // Figures proposed from the unit's records are not on the server yet: the draft is "not saved" until it is.
  const proposed = withPrefill(server, report);
  const opened: Opening = { content: proposed.content, status: proposed.added.length ? { ...status, state: 'dirty' } : status };
  if (!local || !report.can.edit || sameContent(local, server)) return opened;
  if (local.baseVersion === report.version)
    return { content: withPrefill(contentFields(local), report).content, status: { ...status, state: 'dirty', restored: 'same' } };
  return { ...opened, status: { ...opened.status, restored: 'older' } };
}

/** Messages next to figures that cannot be read as typed (shown at once, before any save). */
export function typedErrors(indicators: readonly ReportIndicatorDto[], typed: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ind of indicators) {
    const p = parseTyped(ind, typed[ind.code] ?? '');
    if (!p.ok) out[ind.code] = p.message;
  }
  return out;
}

/** The figures to send: what reads correctly; a figure still being corrected keeps its last saved value. */
export function valuesForSave(
  indicators: readonly ReportIndicatorDto[],
  typed: Record<string, string>,
  lastSaved: Record<string, number | string | null>,
): Record<string, number | string | null> {
  const values: Record<string, number | string | null> = {};
  for (const ind of indicators) {
    const p = parseTyped(ind, typed[ind.code] ?? '');
    if (p.ok) values[ind.code] = p.value;
    else if (lastSaved[ind.code] !== undefined) values[ind.code] = lastSaved[ind.code]!;
  }
  return values;
}

/** How a failed save is handled: a conflict and a refusal end the attempt; trouble reaching the server is retried. */
export type SaveFailure =
  | { kind: 'conflict'; message: string }
  | { kind: 'invalid'; message: string; fields: Record<string, string> }
  | { kind: 'transient'; message: string };

export function classifySaveFailure(error: unknown): SaveFailure {
  if (error instanceof ApiError && error.status === 409) return { kind: 'conflict', message: error.message };
  if (error instanceof ApiError && error.status === 400) return { kind: 'invalid', message: error.message, fields: error.fields };
  return { kind: 'transient', message: error instanceof ApiError ? error.message : t('reports.draft.notSaved') };
}

/** A retried request must reuse its save id so the server stores it once; after a final answer a new one is drawn. */
export const keepsSaveId = (failure: SaveFailure): boolean => failure.kind === 'transient';

export type DraftEvent =
  | { type: 'edited' }
  | { type: 'saving' }
  | { type: 'unchanged' }
  | { type: 'saved'; savedAt: string | null; dirtyAgain: boolean }
  | { type: 'failed'; failure: SaveFailure }
  | { type: 'reset'; savedAt: string | null; keepLocal: boolean }
  | { type: 'restoredDismissed' };

export function draftReducer(s: DraftStatus, e: DraftEvent): DraftStatus {
  switch (e.type) {
    case 'edited':
      // A conflict stays on screen until the person chooses how to resolve it.
      return s.state === 'conflict' ? s : { ...s, state: 'dirty' };
    case 'saving':
      return { ...s, state: 'saving' };
    case 'unchanged':
      return { ...s, state: 'saved' };
    case 'saved':
      return { ...s, state: e.dirtyAgain ? 'dirty' : 'saved', message: null, serverErrors: {}, savedAt: e.savedAt };
    case 'failed':
      if (e.failure.kind === 'conflict') return { ...s, state: 'conflict', message: e.failure.message };
      if (e.failure.kind === 'invalid') return { ...s, state: 'error', message: e.failure.message, serverErrors: e.failure.fields };
      return { ...s, state: 'error', message: e.failure.message };
    case 'reset':
      return { ...s, state: e.keepLocal ? 'dirty' : 'saved', message: null, serverErrors: {}, savedAt: e.savedAt };
    case 'restoredDismissed':
      return { ...s, restored: null };
  }
}

/** Autosave after a pause, except while a conflict waits for the person's decision. */
export const autosaves = (state: SaveState): boolean => state !== 'conflict';

/** Retry on its own only when the server could not be reached; a refused draft waits for corrections. */
export const retries = (s: Pick<DraftStatus, 'state' | 'serverErrors'>): boolean =>
  s.state === 'error' && Object.keys(s.serverErrors).length === 0;

/** Leaving now would lose nothing (the copy on this machine stays), but the person should know it is not on the server. */
export const warnsBeforeLeaving = (state: SaveState): boolean => state === 'dirty' || state === 'saving' || state === 'error';

/** On leaving the page, unsaved text goes to the server at once (a conflict waits for the person; a refused draft needs corrections first). */
export const savesOnLeaving = (state: SaveState): boolean => state === 'dirty' || state === 'error';

/** Submitting needs the draft on the server first. */
export const needsSaveBeforeSubmit = (state: SaveState): boolean => state !== 'saved' && state !== 'idle';
