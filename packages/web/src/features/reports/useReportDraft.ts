// Draft state of a report with autosave: every keystroke goes to localStorage at once (closing the
// browser loses nothing), and to the server after a pause, with the version read (conflicts are shown,
// never overwritten) and a save id reused on retry (a retried request never saves twice).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDetailDto, ReportIndicatorDto } from '@dvcq/shared';
import { ApiError } from '../../api/client.ts';
import { newKey, reportsApi } from './reportsApi.ts';
import { parseTyped, showTyped } from './values.ts';

export interface DraftContent {
  sections: Record<string, string>;
  typed: Record<string, string>;
  cutOffDate: string | null;
  attachments: ReportDetailDto['attachments'];
}

interface LocalCopy extends DraftContent {
  baseVersion: number;
  at: string;
}

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'conflict';

const storageKey = (obligationId: string) => `dvcq.report-draft.${obligationId}`;
const AUTOSAVE_MS = 1200;

export function contentOf(report: ReportDetailDto): DraftContent {
  const indicators = report.form?.indicators ?? [];
  return {
    sections: { ...report.sections },
    typed: Object.fromEntries(indicators.map((i) => [i.code, showTyped(i, report.values[i.code])])),
    cutOffDate: report.cutOffDate,
    attachments: report.attachments,
  };
}

const same = (a: DraftContent, b: DraftContent) => JSON.stringify(a) === JSON.stringify(b);

export function readLocal(obligationId: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(storageKey(obligationId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function useReportDraft(report: ReportDetailDto, onSaved: (r: ReportDetailDto) => void) {
  const indicators: ReportIndicatorDto[] = report.form?.indicators ?? [];
  const [content, setContent] = useState<DraftContent>(() => contentOf(report));
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(report.updatedAt);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [restored, setRestored] = useState<'same' | 'older' | null>(null);
  const version = useRef(report.version);
  const serverValues = useRef(report.values);
  const pendingSaveId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(content);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const serverContent = useRef(contentOf(report));

  // On open: bring back what was typed but not saved (same base version), or offer an older copy.
  useEffect(() => {
    const local = readLocal(report.obligationId);
    if (!local || same({ sections: local.sections, typed: local.typed, cutOffDate: local.cutOffDate, attachments: local.attachments }, contentOf(report))) return;
    if (local.baseVersion === report.version && report.can.edit) {
      const c = { sections: local.sections, typed: local.typed, cutOffDate: local.cutOffDate, attachments: local.attachments };
      latest.current = c;
      setContent(c);
      setState('dirty');
      setRestored('same');
    } else if (report.can.edit) setRestored('older');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [report.obligationId]);

  const fieldErrors: Record<string, string> = {};
  for (const ind of indicators) {
    const p = parseTyped(ind, content.typed[ind.code] ?? '');
    if (!p.ok) fieldErrors[ind.code] = p.message;
  }

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const c = latest.current;
    if (same(c, serverContent.current)) {
      setState('saved');
      return true;
    }
    const values: Record<string, number | string | null> = {};
    for (const ind of indicators) {
      const p = parseTyped(ind, c.typed[ind.code] ?? '');
      // A value still being corrected keeps its last saved value on the server; the typed text stays here.
      if (p.ok) values[ind.code] = p.value;
      else if (serverValues.current[ind.code] !== undefined) values[ind.code] = serverValues.current[ind.code]!;
    }
    pendingSaveId.current ??= newKey();
    setState('saving');
    const run = (async () => {
      try {
        const saved = await reportsApi.saveDraft(report.obligationId, {
          expectedVersion: version.current,
          saveId: pendingSaveId.current!,
          sections: c.sections,
          values,
          cutOffDate: c.cutOffDate,
          attachmentFileIds: c.attachments.map((a) => a.fileId),
        });
        pendingSaveId.current = null;
        version.current = saved.version;
        serverValues.current = saved.values;
        serverContent.current = c;
        setServerErrors({});
        setMessage(null);
        setSavedAt(saved.updatedAt);
        const dirtyAgain = !same(latest.current, c);
        setState(dirtyAgain ? 'dirty' : 'saved');
        if (!dirtyAgain) localStorage.removeItem(storageKey(report.obligationId));
        else localStorage.setItem(storageKey(report.obligationId), JSON.stringify({ ...latest.current, baseVersion: saved.version, at: new Date().toISOString() }));
        onSaved(saved);
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) {
          pendingSaveId.current = null;
          setState('conflict');
          setMessage(e.message);
        } else if (e instanceof ApiError && e.status === 400) {
          pendingSaveId.current = null;
          setState('error');
          setMessage(e.message);
          setServerErrors(e.fields);
        } else {
          // Network or server trouble: keep the same save id so the retry cannot save twice.
          setState('error');
          setMessage(e instanceof ApiError ? e.message : 'Chưa lưu được lên máy chủ; nội dung vẫn được giữ trên máy này và sẽ thử lại.');
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [report.obligationId, indicators.length]);

  const update = useCallback(
    (fn: (c: DraftContent) => DraftContent) => {
      const next = fn(latest.current);
      latest.current = next;
      setContent(next);
      setState((s) => (s === 'conflict' ? s : 'dirty'));
      localStorage.setItem(storageKey(report.obligationId), JSON.stringify({ ...next, baseVersion: version.current, at: new Date().toISOString() }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (stateRef.current !== 'conflict') void save();
      }, AUTOSAVE_MS);
    },
    [report.obligationId, save],
  );
  const stateRef = useRef(state);
  stateRef.current = state;

  // Retry a failed save every 15 s; warn before leaving with unsaved text (the local copy stays anyway).
  useEffect(() => {
    if (state !== 'error' || Object.keys(serverErrors).length) return;
    const id = setTimeout(() => void save(), 15_000);
    return () => clearTimeout(id);
  }, [state, save, serverErrors]);
  useEffect(() => {
    const handler = (e: BeforeUnloadEvent) => {
      if (stateRef.current === 'dirty' || stateRef.current === 'saving' || stateRef.current === 'error') e.preventDefault();
    };
    window.addEventListener('beforeunload', handler);
    return () => {
      window.removeEventListener('beforeunload', handler);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  /** After a conflict or a workflow step: take the server's report as the new base. */
  const reset = useCallback(
    (fresh: ReportDetailDto, keepLocal = false) => {
      version.current = fresh.version;
      serverValues.current = fresh.values;
      serverContent.current = contentOf(fresh);
      pendingSaveId.current = null;
      if (!keepLocal) {
        latest.current = contentOf(fresh);
        setContent(latest.current);
        localStorage.removeItem(storageKey(fresh.obligationId));
      }
      setState(keepLocal ? 'dirty' : 'saved');
      setMessage(null);
      setServerErrors({});
      setSavedAt(fresh.updatedAt);
    },
    [],
  );

  const restoreLocal = useCallback(() => {
    const local = readLocal(report.obligationId);
    if (!local) return;
    update(() => ({ sections: local.sections, typed: local.typed, cutOffDate: local.cutOffDate, attachments: local.attachments }));
    setRestored(null);
  }, [report.obligationId, update]);

  return {
    content,
    update,
    save,
    state,
    savedAt,
    message,
    fieldErrors,
    serverErrors,
    restored,
    dismissRestored: () => setRestored(null),
    restoreLocal,
    reset,
    version: () => version.current,
  };
}
