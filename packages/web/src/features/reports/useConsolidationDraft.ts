// The coordinator's text of a consolidated report while it is being edited: it starts from the version
// saved on the server, is saved as a new version a moment after typing stops, and is kept in this
// browser until the server has it, so a closed tab or a failed save loses nothing. A save over a
// version someone else saved meanwhile is refused by the server; the edits stay here until the
// coordinator chooses between theirs and the newer version.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ConsolidationTextDto, SaveConsolidationTextRequest } from '@dvcq/shared';
import { ApiError } from '../../api/client.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useSave } from '../../lib/useSave.ts';
import { reportKeys, reportsApi, type PeriodQuery } from './reportsApi.ts';

export interface ConsolidationContent {
  sections: Record<string, string>;
  number: string | null;
  issuedOn: string | null;
  signerName: string | null;
  signerTitle: string | null;
}

interface LocalCopy {
  /** The server version the edits started from. */
  base: number;
  content: ConsolidationContent;
}

const AUTOSAVE_AFTER_MS = 1500;

const contentOf = (x: ConsolidationTextDto): ConsolidationContent => ({
  sections: x.sections,
  number: x.number,
  issuedOn: x.issuedOn,
  signerName: x.signerName,
  signerTitle: x.signerTitle,
});

const same = (a: ConsolidationContent, b: ConsolidationContent) => JSON.stringify(a) === JSON.stringify(b);

/** The copy kept in this browser; the first version of this page kept only the sections, with no base. */
function readLocal(key: string): LocalCopy | null {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
    if (!raw || typeof raw !== 'object') return null;
    if ('content' in raw && 'base' in raw) return raw as LocalCopy;
    const sections = raw as Record<string, string>;
    if (!Object.keys(sections).length) return null;
    return { base: 0, content: { sections, number: null, issuedOn: null, signerName: null, signerTitle: null } };
  } catch {
    return null;
  }
}

export type DraftStatus = 'loading' | 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict';

export function useConsolidationDraft(q: PeriodQuery, server: ConsolidationTextDto | undefined) {
  const client = useQueryClient();
  const key = `dvcq.consolidation.${q.planId}.${q.periodKind}.${q.periodYear}${q.unitId ? `.${q.unitId}` : ''}`;
  const [draft, setDraft] = useState<LocalCopy | null>(null);
  /** A copy found in this browser that differs from the server's latest version: offered, not imposed. */
  const [restorable, setRestorable] = useState<LocalCopy | null>(null);
  /** The copy last handed to a save: each copy is saved once, however often the page renders. */
  const savingRef = useRef<LocalCopy | null>(null);
  const [conflict, setConflict] = useState(false);

  useEffect(() => {
    if (!server || draft) return;
    const local = readLocal(key);
    if (local && !same(local.content, contentOf(server))) setRestorable(local);
    else localStorage.removeItem(key);
    setDraft({ base: server.version, content: contentOf(server) });
  }, [server, draft, key]);

  const dirty = !!draft && !!server && (draft.base !== server.version || !same(draft.content, contentOf(server)));

  const save = useSave<LocalCopy, ConsolidationTextDto>({
    run: (copy) =>
      reportsApi.saveConsolidationText({
        ...q,
        periodKind: q.periodKind as SaveConsolidationTextRequest['periodKind'],
        ...copy.content,
        expectedVersion: copy.base,
      }),
    errorDisplay: 'summary',
    onError: (error) => setConflict(error instanceof ApiError && error.code === 'report.consolidation_text_conflict'),
    onSuccess: (saved, copy) => {
      setConflict(false);
      client.setQueryData(reportKeys.consolidationText(q), saved);
      // Typing may have gone on while the save was on its way: keep that, on top of the new version.
      setDraft((d) =>
        d && same(d.content, copy.content) ? { base: saved.version, content: contentOf(saved) } : d && { ...d, base: saved.version },
      );
      const local = readLocal(key);
      if (local && same(local.content, copy.content)) localStorage.removeItem(key);
    },
  });

  const update = (change: Partial<ConsolidationContent>) =>
    setDraft((d) => {
      if (!d) return d;
      const next = { ...d, content: { ...d.content, ...change } };
      localStorage.setItem(key, JSON.stringify(next));
      return next;
    });

  const settled = useDebounced(draft, AUTOSAVE_AFTER_MS);
  useEffect(() => {
    if (!settled || !server?.canEdit || save.pending || conflict || restorable) return;
    if (settled !== draft || !dirty || savingRef.current === settled) return;
    savingRef.current = settled;
    void save.run(settled);
  }, [settled, draft, dirty, server?.canEdit, save, conflict, restorable]);

  const status: DraftStatus = !draft
    ? 'loading'
    : conflict
      ? 'conflict'
      : save.pending
        ? 'saving'
        : save.summary
          ? 'failed'
          : dirty
            ? 'unsaved'
            : 'saved';

  return useMemo(
    () => ({
      content: draft?.content ?? null,
      status,
      error: save.summary,
      restorable,
      update,
      /** Saves now (the button), without waiting for the pause. */
      saveNow: () => {
        if (!draft || !dirty) return Promise.resolve(undefined);
        savingRef.current = draft;
        return save.run(draft);
      },
      restore: () => {
        if (!restorable || !server) return;
        // The restored edits are saved over the latest version: the coordinator chose them.
        const next = { base: server.version, content: restorable.content };
        localStorage.setItem(key, JSON.stringify(next));
        setDraft(next);
        setRestorable(null);
      },
      discardLocal: () => {
        localStorage.removeItem(key);
        setRestorable(null);
      },
      /** After a conflict: take the newer version from the server, keeping these edits offered for restore. */
      reloadLatest: async () => {
        const latest = await client.fetchQuery({
          queryKey: reportKeys.consolidationText(q),
          queryFn: () => reportsApi.consolidationText(q),
        });
        if (draft) setRestorable({ base: latest.version, content: draft.content });
        setDraft({ base: latest.version, content: contentOf(latest) });
        setConflict(false);
        save.clear();
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft, status, save.summary, restorable, server, dirty, conflict],
  );
}
