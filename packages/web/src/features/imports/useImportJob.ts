// Running one import job from a screen: start (upload + job), follow its progress, cancel it, and keep
// its error as the server words it.
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { importApi, type ImportJob, type ImportJobProgress, type ImportJobQuery } from './importApi.ts';

export function useImportJob() {
  const [progress, setProgress] = useState<ImportJobProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const run = async (file: File, q: ImportJobQuery): Promise<ImportJob | null> => {
    setError(null);
    setCancelling(false);
    abort.current = new AbortController();
    setProgress({ phase: 'upload', uploadPercent: 0, job: null });
    try {
      return await importApi.runJob(file, q, setProgress, abort.current.signal);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(errorMessage(e));
      return null;
    } finally {
      setProgress(null);
      setCancelling(false);
    }
  };
  const cancel = () => {
    setCancelling(true);
    abort.current?.abort();
  };
  return { run, cancel, progress, error, setError, cancelling, busy: progress !== null };
}
