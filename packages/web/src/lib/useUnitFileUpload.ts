// The state of a dialog's evidence upload: the files stored for a unit through POST /api/files (the one
// upload mechanism), whether one is on its way, and the server's Vietnamese message when it was refused.
// One file replaces the previous unless `multiple`. EvidenceUploadField shows it.
import { useCallback, useState } from 'react';
import { errorMessage } from '../api/client.ts';
import { uploadUnitFile, type StoredFile } from '../api/files.ts';

export interface UnitFileUpload {
  files: StoredFile[];
  /** The file of a single-file field (the last one stored). */
  file: StoredFile | null;
  uploading: boolean;
  error: string | null;
  /** Whether a file can be stored now (a unit is chosen). */
  ready: boolean;
  upload: (file: File) => Promise<void>;
  reset: (files?: StoredFile[]) => void;
}

export function useUnitFileUpload(unitId: string | null | undefined, opts: { multiple?: boolean } = {}): UnitFileUpload {
  const [files, setFiles] = useState<StoredFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const multiple = opts.multiple ?? false;
  const upload = useCallback(
    async (f: File) => {
      if (!unitId) return;
      setError(null);
      setUploading(true);
      try {
        const stored = await uploadUnitFile(unitId, f);
        setFiles((all) => (multiple ? [...all, stored] : [stored]));
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setUploading(false);
      }
    },
    [unitId, multiple],
  );
  const reset = useCallback((initial: StoredFile[] = []) => {
    setFiles(initial);
    setError(null);
  }, []);
  return { files, file: files.at(-1) ?? null, uploading, error, ready: !!unitId, upload, reset };
}
