// How a module tells the authorisation sweep (http/authorization-sweep.db.test.ts) what each of its
// operations needs: fixtures it prepares in the STTTT subtree, and per operation the ids and body to
// send as an outsider (users whose roles lie in the Sở Văn hóa, Thể thao và Du lịch subtree).
import type { TestApp, TestClient } from './test-app.ts';

export type Ids = Record<string, string>;

export type SweepCase =
  | { kind: 'public' }
  | { kind: 'self'; why: string }
  | { kind: 'scoped-list'; why: string; query?: (ids: Ids) => string; mustNotContain: (ids: Ids) => string }
  | { kind: 'target'; params?: (ids: Ids) => Record<string, string>; query?: (ids: Ids) => string; body?: (ids: Ids) => unknown; multipart?: boolean };

export interface SweepContext {
  t: TestApp;
  /** The province administrator, for setting up fixtures. */
  admin: TestClient;
  /** Ids shared between modules; each module adds its own under distinct names. */
  ids: Ids;
}

export interface SweepModule {
  name: string;
  prepare?(s: SweepContext): Promise<void>;
  cases: Record<string, SweepCase>;
}

/** A minimal multipart body with one small PDF, for upload routes. */
export function pdfUpload(filename = 'tai-lieu.pdf'): { payload: string; headers: Record<string, string> } {
  const boundary = '----dvcqsweep';
  const pdf = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--${boundary}--\r\n`;
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
