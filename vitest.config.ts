import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Four projects: pure unit tests, database tests run twice (embedded PGlite and a real PostgreSQL
// server), and browser tests driving Debian's Chromium against a real server.
const dbTests = ['packages/server/src/**/*.db.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    // Vitest's default on two cores is one worker, which left a core idle while a file waited on
    // PostgreSQL, PGlite's startup or LibreOffice. Two workers for unit and database files; browser files
    // (fileParallelism: false) still run one at a time, after the others, with the machine to themselves.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/scripts/**/*.test.ts'],
          exclude: [...dbTests, '**/node_modules/**'],
          environment: 'node',
          // A ceiling, not a wait: parsers in worker threads and LibreOffice conversions start slowly
          // while the database and browser projects load both cores.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db-pglite',
          include: dbTests,
          env: { DVCQ_TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'db-postgres',
          include: dbTests,
          env: { DVCQ_TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.e2e.test.ts'],
          // Generous ceilings, not waits: every step waits for a state (see e2e/harness.ts), and on a
          // machine shared with other work a build, a demo province and Chromium take their time.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 60_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
