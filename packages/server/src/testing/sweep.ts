// How a module tells the authorisation sweep (http/authorization-sweep.db.test.ts) what each of its
// operations needs: fixtures it prepares in the STTTT subtree, and per operation the ids and body to
// send as an outsider (users whose roles lie in the Sở Văn hóa, Thể thao và Du lịch subtree).
import type { TestApp, TestClient } from './test-app.ts';
import { multipartFile, TINY_PDF } from './multipart.ts';

export type Ids = Record<string, string>;

export type SweepCase =
  | { kind: 'public' }
  | { kind: 'self'; why: string }
  | { kind: 'scoped-list'; why: string; query?: (ids: Ids) => string; mustNotContain: (ids: Ids) => string }
  | {
      kind: 'target';
      params?: (ids: Ids) => Record<string, string>;
      query?: (ids: Ids) => string;
      body?: (ids: Ids) => unknown;
      multipart?: boolean;
    };

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
export const pdfUpload = (filename = 'tai-lieu.pdf') => multipartFile(filename, TINY_PDF, 'application/pdf');
