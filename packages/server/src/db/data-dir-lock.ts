// PGlite allows one process per data directory. The server holds a lock file there while it runs;
// CLI commands check it and refuse (with the reason) instead of opening the files a second time.
//
// A bare PID is not proof: after a reboot (or long enough) the PID of a dead server belongs to some
// other process. The lock therefore records the machine's boot id and the process's start time (Linux
// /proc), and is held only while a process with that PID, started at that time, in this boot, lives.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockInfo {
  pid: number;
  /** /proc/sys/kernel/random/boot_id when the lock was taken. */
  bootId?: string | null;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat, field 22). */
  processStart?: string | null;
  port?: number;
  command: string;
  startedAt: string;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

export const currentBootId = () => readText('/proc/sys/kernel/random/boot_id');

/** When the process started (clock ticks since boot), or null where /proc is not available. */
export function processStartOf(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

/** True when the process that wrote the lock still runs (not merely some process with its PID). */
function holderAlive(info: LockInfo): boolean {
  if (!isAlive(info.pid)) return false;
  const boot = currentBootId();
  if (info.bootId && boot && info.bootId !== boot) return false;
  const start = processStartOf(info.pid);
  if (info.processStart && start && info.processStart !== start) return false;
  return true;
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
    return info.pid !== process.pid && holderAlive(info) ? info : null;
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
  const info: LockInfo = {
    pid: process.pid,
    bootId: currentBootId(),
    processStart: processStartOf(process.pid),
    command,
    startedAt: new Date().toISOString(),
    ...(port ? { port } : {}),
  };
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
