// Draft state of a report with autosave: every keystroke goes to localStorage at once (closing the
// browser loses nothing), and to the server after a pause, with the version read (conflicts are shown,
// never overwritten) and a save id reused on retry (a retried request never saves twice). The rules
// live in draftState.ts; this hook wires them to timers, storage and the API.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ReportDetailDto, ReportIndicatorDto } from '@dvcq/shared';
import { newRequestKey } from '../../api/client.ts';
import {
  AUTOSAVE_MS,
  RETRY_MS,
  autosaves,
  classifySaveFailure,
  contentOf,
  draftReducer,
  draftStorageKey,
  keepsSaveId,
  openDraft,
  parseLocalCopy,
  retries,
  sameContent,
  savesOnLeaving,
  toLocalCopy,
  typedErrors,
  valuesForSave,
  warnsBeforeLeaving,
  withPrefill,
  type DraftContent,
  type LocalCopy,
} from './draftState.ts';
import { reportsApi } from './reportsApi.ts';

export type { DraftContent, SaveState } from './draftState.ts';

export function readLocal(obligationId: string): LocalCopy | null {
  try {
    return parseLocalCopy(localStorage.getItem(draftStorageKey(obligationId)));
  } catch {
    return null;
  }
}

function writeLocal(obligationId: string, copy: LocalCopy | null): void {
  try {
    if (copy) localStorage.setItem(draftStorageKey(obligationId), JSON.stringify(copy));
    else localStorage.removeItem(draftStorageKey(obligationId));
  } catch {
    // Storage full or disabled: the server copy is still saved; nothing else to do here.
  }
}

export function useReportDraft(report: ReportDetailDto, onSaved: (r: ReportDetailDto) => void) {
  const indicators: ReportIndicatorDto[] = report.form?.indicators ?? [];
  const [opening] = useState(() => openDraft(report, readLocal(report.obligationId)));
  const [content, setContent] = useState<DraftContent>(opening.content);
  const [status, dispatch] = useReducer(draftReducer, opening.status);
  const version = useRef(report.version);
  const serverValues = useRef(report.values);
  const pendingSaveId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(content);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const serverContent = useRef(contentOf(report));
  const stateRef = useRef(status.state);
  stateRef.current = status.state;

  /**
   * Sends the draft. `leaving`: the page is being hidden or unloaded, so the request is sent with
   * keepalive (it outlives the page) and at once, or not at all when a save is already on its way.
   */
  const save = useCallback(
    async (leaving = false): Promise<boolean> => {
      if (leaving && inFlight.current) return false;
      if (inFlight.current) await inFlight.current;
      const c = latest.current;
      if (sameContent(c, serverContent.current)) {
        dispatch({ type: 'unchanged' });
        return true;
      }
      pendingSaveId.current ??= newRequestKey();
      dispatch({ type: 'saving' });
      const run = (async () => {
        try {
          const saved = await reportsApi.saveDraft(
            report.obligationId,
            {
              expectedVersion: version.current,
              saveId: pendingSaveId.current!,
              sections: c.sections,
              values: valuesForSave(indicators, c.typed, serverValues.current),
              cutOffDate: c.cutOffDate,
              attachmentFileIds: c.attachments.map((a) => a.fileId),
            },
            { keepalive: leaving },
          );
          pendingSaveId.current = null;
          version.current = saved.version;
          serverValues.current = saved.values;
          serverContent.current = c;
          const dirtyAgain = !sameContent(latest.current, c);
          dispatch({ type: 'saved', savedAt: saved.updatedAt, dirtyAgain });
          writeLocal(report.obligationId, dirtyAgain ? toLocalCopy(latest.current, saved.version, new Date()) : null);
          onSaved(saved);
          return true;
        } catch (e) {
          const failure = classifySaveFailure(e);
          if (!keepsSaveId(failure)) pendingSaveId.current = null;
          dispatch({ type: 'failed', failure });
          return false;
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run;
      return run;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [report.obligationId, indicators.length],
  );

  const scheduleSave = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (autosaves(stateRef.current)) void save();
    }, AUTOSAVE_MS);
  }, [save]);

  const update = useCallback(
    (fn: (c: DraftContent) => DraftContent) => {
      const next = fn(latest.current);
      latest.current = next;
      setContent(next);
      dispatch({ type: 'edited' });
      writeLocal(report.obligationId, toLocalCopy(next, version.current, new Date()));
      scheduleSave();
    },
    [report.obligationId, scheduleSave],
  );

  // A copy brought back on open goes to the server as the alert promises.
  useEffect(() => {
    if (opening.status.restored === 'same') scheduleSave();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Retry a save that failed for want of the server; warn before leaving with unsaved text (the local copy stays anyway).
  useEffect(() => {
    if (!retries(status)) return;
    const id = setTimeout(() => void save(), RETRY_MS);
    return () => clearTimeout(id);
  }, [status, save]);
  useEffect(() => {
    const handler = (e: BeforeUnloadEvent) => {
      if (warnsBeforeLeaving(stateRef.current)) e.preventDefault();
    };
    // Leaving the page (reload, closing the tab, switching away on a phone) does not wait for the pause:
    // the draft goes to the server at once with a request that outlives the page.
    const flush = () => {
      if (!savesOnLeaving(stateRef.current)) return;
      if (timer.current) clearTimeout(timer.current);
      void save(true);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', handler);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', handler);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [save]);

  /** After a conflict or a workflow step: take the server's report as the new base. */
  const reset = useCallback((fresh: ReportDetailDto, keepLocal = false) => {
    version.current = fresh.version;
    serverValues.current = fresh.values;
    serverContent.current = contentOf(fresh);
    pendingSaveId.current = null;
    if (!keepLocal) {
      latest.current = withPrefill(contentOf(fresh), fresh).content;
      setContent(latest.current);
      writeLocal(fresh.obligationId, null);
    }
    dispatch({ type: 'reset', savedAt: fresh.updatedAt, keepLocal });
  }, []);

  const restoreLocal = useCallback(() => {
    const local = readLocal(report.obligationId);
    if (!local) return;
    update(() => ({ sections: local.sections, typed: local.typed, cutOffDate: local.cutOffDate, attachments: local.attachments }));
    dispatch({ type: 'restoredDismissed' });
  }, [report.obligationId, update]);

  return {
    content,
    update,
    save: () => save(),
    state: status.state,
    savedAt: status.savedAt,
    message: status.message,
    fieldErrors: typedErrors(indicators, content.typed),
    serverErrors: status.serverErrors,
    restored: status.restored,
    dismissRestored: () => dispatch({ type: 'restoredDismissed' }),
    restoreLocal,
    reset,
    version: () => version.current,
  };
}
