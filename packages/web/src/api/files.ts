// The one way the client moves files: multipart uploads (XMLHttpRequest, so the page can show progress)
// and downloads of server-built files (fetch, so a refusal shows the server's Vietnamese message instead
// of a JSON page). Both send the session cookie and the CSRF header like the JSON client.
import { t } from '../i18n/index.ts';
import { ApiError, getCsrfToken } from './client.ts';

export interface UploadOptions {
  /** 0–100 while the bytes go up. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** A file stored for a unit (POST /api/files): attachments, evidence, signed documents. */
export interface StoredFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

function errorFromBody(status: number, body: unknown, fallback: () => ApiError): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    const fields = err.fields && typeof err.fields === 'object' ? (err.fields as Record<string, string>) : {};
    return new ApiError(status, err.code, err.message, fields);
  }
  return fallback();
}

/** POSTs one file as multipart field `file`; resolves with the JSON answer, rejects with an ApiError. */
export function uploadMultipart<T>(url: string, file: File, { onProgress, signal }: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('aborted', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else
        reject(
          errorFromBody(xhr.status, body, () =>
            xhr.status === 413
              ? new ApiError(413, 'file.too_large', t('files.tooLarge'))
              : new ApiError(xhr.status, 'request.failed', t('files.uploadFailed')),
          ),
        );
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', t('files.networkError')));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}

/** Stores a file for a unit (attachments, evidence, signed documents). */
export function uploadUnitFile(unitId: string, file: File, options?: UploadOptions): Promise<StoredFile> {
  return uploadMultipart<StoredFile>(`/api/files?unitId=${encodeURIComponent(unitId)}`, file, options);
}

export interface DownloadOptions {
  method?: 'GET' | 'POST';
  /** JSON body of a POST. */
  body?: unknown;
  /** Name to save under when the server does not send one. */
  fallbackName: string;
}

/** The file name from `Content-Disposition` (RFC 5987 `filename*` first, then a plain `filename`). */
export function fileNameFromDisposition(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      return star.trim();
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return plain ? plain.trim() : null;
}

/** Fetches a file the server builds (Word, Excel, …) and saves it under the server's file name. */
export async function downloadFile(url: string, { method = 'GET', body, fallbackName }: DownloadOptions): Promise<void> {
  const headers: Record<string, string> = {};
  if (method === 'POST') {
    headers['content-type'] = 'application/json';
    const csrf = getCsrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let res: Response;
  try {
    res = await fetch(url, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch {
    throw new ApiError(0, 'network', t('common.networkError'));
  }
  if (!res.ok) {
    const errBody: unknown = await res.json().catch(() => null);
    throw errorFromBody(res.status, errBody, () => new ApiError(res.status, 'request.failed', t('files.downloadFailed')));
  }
  saveBlob(await res.blob(), fileNameFromDisposition(res.headers.get('content-disposition')) ?? fallbackName);
}

/** Saves a URL (object URL, data URL) under a file name through a temporary link. */
export function saveUrl(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Saves bytes built in the browser or fetched from the server. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  saveUrl(href, filename);
  // Some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
