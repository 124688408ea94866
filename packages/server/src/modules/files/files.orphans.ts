// The timer of this instance for the orphan-file sweep. The work and its once-per-hour claim live in the
// database (sweepOrphanFiles), so every instance may run the timer and a restart loses nothing.
import type { AppDeps } from '../../app-deps.ts';
import { createFilesRepository } from './files.repository.ts';
import { sweepOrphanFiles } from './files.usecases.ts';

const TICK_MS = 10 * 60_000;

export function startOrphanFileSweep(
  deps: Pick<AppDeps, 'database' | 'storage' | 'clock'>,
  log: (message: string, err?: unknown) => void = console.error,
): () => void {
  const repo = createFilesRepository(deps.database.db);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sweepOrphanFiles(repo, deps.storage, deps.clock(), log);
    } catch (err) {
      log('Dọn tệp không dùng đến: lượt chạy bị lỗi, sẽ thử lại ở lượt sau.', err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 60_000);
  const timer = setInterval(tick, TICK_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
