// PGlite allows one process per data directory. The server holds a lock file there while it runs;
// CLI commands check it and refuse (with the reason) instead of opening the files a second time.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockInfo {
  pid: number;
  port?: number;
  command: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirBusyError extends Error {
  constructor(public readonly holder: LockInfo) {
    super(
      holder.port
        ? `Máy chủ DVCQ đang chạy (PID ${holder.pid}, cổng ${holder.port}) và đang dùng cơ sở dữ liệu nhúng này. ` +
            'Hãy dừng máy chủ trước khi chạy lệnh quản trị, hoặc dùng giao diện web / API.'
        : `Một tiến trình DVCQ khác (PID ${holder.pid}, lệnh "${holder.command}") đang dùng cơ sở dữ liệu nhúng này. Hãy đợi nó kết thúc.`,
    );
  }
}

export function readLock(dataDir: string): LockInfo | null {
  const file = join(dataDir, 'dvcq.lock');
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    return isAlive(info.pid) && info.pid !== process.pid ? info : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataDirBusyError; returns a release function. */
export function acquireDataDirLock(dataDir: string, command: string, port?: number): () => void {
  mkdirSync(dataDir, { recursive: true });
  const holder = readLock(dataDir);
  if (holder) throw new DataDirBusyError(holder);
  const file = join(dataDir, 'dvcq.lock');
  const info: LockInfo = { pid: process.pid, command, startedAt: new Date().toISOString(), ...(port ? { port } : {}) };
  writeFileSync(file, JSON.stringify(info));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      const current = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
      if (current.pid === process.pid) rmSync(file, { force: true });
    } catch {
      /* already gone */
    }
  };
  process.once('exit', release);
  return release;
}
