// The embedded database's lock file must not trust a bare PID: a stale lock whose PID now belongs to
// another process (after a reboot, or PID reuse) must not block the start.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, currentBootId, DataDirBusyError, processStartOf } from './data-dir-lock.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'dvcq-lock-'));
const writeLock = (d: string, info: object) =>
  writeFileSync(join(d, 'dvcq.lock'), JSON.stringify({ command: 'start', startedAt: '2026-01-01T00:00:00Z', ...info }));

describe('embedded data directory lock', () => {
  it('a live process with the recorded PID but another start time (PID reused) does not hold the lock', () => {
    const d = dir();
    // PID 1 is always alive, but it is not the server that wrote this lock.
    writeLock(d, { pid: 1, port: 3000, bootId: currentBootId(), processStart: '1' });
    const release = acquireDataDirLock(d, 'start', 3000);
    release();
  });

  it('a lock written in another boot is stale whatever runs under its PID now', () => {
    const d = dir();
    writeLock(d, { pid: 1, port: 3000, bootId: '00000000-0000-0000-0000-000000000000', processStart: processStartOf(1) });
    acquireDataDirLock(d, 'start')();
  });

  it('the process that wrote the lock, still running, holds it', async () => {
    const d = dir();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await new Promise((r) => child.once('spawn', r));
      writeLock(d, { pid: child.pid, port: 3000, bootId: currentBootId(), processStart: processStartOf(child.pid!) });
      expect(() => acquireDataDirLock(d, 'migrate')).toThrow(DataDirBusyError);
    } finally {
      child.kill();
    }
  });
});
