// Backup and restore with attachments: N files uploaded through the API into an S3-compatible bucket
// (s3rver), then `writeBackup` to a file and `restoreBackup` into a new embedded database and a new local
// directory. Prints sizes and timings. Run: npx tsx bench/backup-files.ts [files=200] [kilobytes=100]
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { restoreBackup, writeBackup } from '../packages/server/src/ops/backup.ts';
import { LocalFileStorage } from '../packages/server/src/storage/storage.ts';
import { startS3Server } from '../packages/server/src/testing/s3-server.ts';
import { createTestApp } from '../packages/server/src/testing/test-app.ts';

async function main() {
  const count = Number(process.argv[2] ?? 200);
  const kb = Number(process.argv[3] ?? 100);
  const s3 = await startS3Server('bench');
  const work = mkdtempSync(join(tmpdir(), 'dvcq-bench-backup-'));
  const t = await createTestApp({ storage: s3.storage() });
  try {
    const officer = await t.login('stttt.canbo');
    const unitId = await t.unitId('TN.STTTT');
    let started = performance.now();
    for (let i = 0; i < count; i++) {
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(kb * 1024), Buffer.from('\n%%EOF\n')]);
      const res = await officer.call('uploadFile', { query: { unitId }, file: { filename: `tep-${i}.pdf`, content } });
      if (res.statusCode !== 201) throw new Error(`upload ${i}: ${res.statusCode}`);
    }
    const uploadMs = performance.now() - started;
    const file = join(work, 'backup.json.gz');
    started = performance.now();
    const summary = await writeBackup(t.db.database, s3.storage(), createWriteStream(file));
    const backupMs = performance.now() - started;
    const target = await openDatabase({ dataDir: 'memory://' });
    await migrate(target);
    started = performance.now();
    const restored = await restoreBackup(target, new LocalFileStorage(join(work, 'files')), createReadStream(file));
    const restoreMs = performance.now() - started;
    await target.close();
    const mb = (count * kb) / 1024;
    console.log(
      `${count} attachments of ${kb} KB (${mb.toFixed(1)} MB) uploaded through the API into s3rver in ${(uploadMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `backup: ${summary.rows} rows, ${summary.files} files, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB written in ${(backupMs / 1000).toFixed(1)} s (${(mb / (backupMs / 1000)).toFixed(1)} MB/s of attachments)`,
    );
    console.log(
      `restore into a new embedded database and a local directory: ${restored.rows} rows, ${restored.files} files in ${(restoreMs / 1000).toFixed(1)} s; missing: ${restored.missingFiles.length}`,
    );
    console.log(`peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await t.close();
    await s3.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
