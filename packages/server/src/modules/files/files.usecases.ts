// Attachments: a file is checked by its content (not its name), its bytes go to storage and its
// metadata to the database with an audit row; it is read back by whoever reads the unit.
import { createHash, randomUUID } from 'node:crypto';
import type { FileSignatureCheckDto, StoredFileDto } from '@dvcq/shared';
import type { RequestContext } from '../../authz/actor.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { StorageObjectMissingError, StorageUnavailableError, type FileStorage } from '../../storage/storage.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { ACCEPTED_LABEL, checkFile, type AcceptedKind } from './files.types.ts';
import { checkPdfSignatures } from './files.signatures.ts';
import type { FileRow, FilesRepository } from './files.repository.ts';
import { FileErrors } from './files.errors.ts';
import { canAttachTo, canReadFilesOf } from './files.policies.ts';
import { presentFile } from './files.presenter.ts';
import type { Upload } from './files.upload.ts';

const ALLOWED: AcceptedKind[] = ['pdf', 'docx', 'xlsx', 'doc', 'xls', 'png', 'jpeg'];

/** Who may attach to the unit is checked before the body is read, so an outsider's upload is never stored. */
export async function assertCanAttach(repo: FilesRepository, ctx: RequestContext, unitId: string) {
  const unit = await repo.org.findUnit(unitId);
  if (!unit) throw OrgErrors.notFound();
  if (!canAttachTo(ctx.actor, unit.path)) throw AuthzErrors.outOfScope();
  return unit;
}

export async function storeUpload(
  repo: FilesRepository,
  storage: FileStorage,
  ctx: RequestContext,
  unitId: string,
  upload: Upload,
): Promise<StoredFileDto> {
  const unit = await assertCanAttach(repo, ctx, unitId);
  const { filename, data } = upload;
  const check = checkFile(filename, data, ALLOWED);
  if (!check.ok) {
    if (check.reason === 'type') throw FileErrors.typeNotAllowed(filename, ACCEPTED_LABEL);
    throw check.reason === 'empty' ? FileErrors.empty(filename) : FileErrors.contentMismatch(filename);
  }
  const id = randomUUID();
  const sha256 = createHash('sha256').update(data).digest('hex');
  const key = `${ctx.now.toISOString().slice(0, 7)}/${id}`;
  // Bytes first, then the row: a failure in between leaves an unreferenced object, never a row without bytes.
  await storage.put(key, data, check.contentType).catch(storageFailure(filename));
  const row = {
    id,
    storageKey: key,
    filename,
    contentType: check.contentType,
    sizeBytes: data.length,
    sha256,
    unitId: unit.id,
    uploadedBy: ctx.actor.userId,
    createdAt: ctx.now,
  };
  try {
    await repo.transaction(async (tx) => {
      await tx.insertFile(row);
      await recordAudit(tx, ctx, {
        action: 'file.uploaded',
        entityType: 'file',
        entityId: id,
        unitId: unit.id,
        after: { filename, sizeBytes: data.length, sha256 },
      });
    });
  } catch (err) {
    // No row, so no one will ever ask for these bytes: remove them (best effort; the error that matters is the first).
    await storage.delete(key).catch(() => undefined);
    throw err;
  }
  return presentFile(row);
}

export async function openFile(
  repo: FilesRepository,
  storage: FileStorage,
  ctx: RequestContext,
  id: string,
): Promise<{ file: FileRow; data: Buffer }> {
  const file = await repo.findFile(id);
  if (!file) throw FileErrors.notFound();
  const unit = file.unitId ? await repo.org.findUnit(file.unitId) : null;
  if (!unit || !canReadFilesOf(ctx.actor, unit.path)) throw AuthzErrors.outOfScope();
  return { file, data: await storage.get(file.storageKey).catch(storageFailure(file.filename)) };
}

/** The store down → 503 with Retry-After (the request may succeed in a moment); an object gone → 404 naming the file. */
function storageFailure(filename: string) {
  return (err: unknown): never => {
    if (err instanceof StorageUnavailableError) throw Object.assign(FileErrors.storageUnavailable(), { cause: err });
    if (err instanceof StorageObjectMissingError) throw FileErrors.contentMissing(filename);
    throw err;
  };
}

/** The embedded digital signatures of a stored PDF, checked (who may read the file may check it). */
export async function checkFileSignatures(
  repo: FilesRepository,
  storage: FileStorage,
  ctx: RequestContext,
  id: string,
  trustAnchors: readonly string[],
): Promise<FileSignatureCheckDto> {
  const { file, data } = await openFile(repo, storage, ctx, id);
  return checkPdfSignatures(file, data, trustAnchors, ctx.now);
}

/** A file nothing refers to for this long was abandoned (an upload whose form was never saved). */
export const ORPHAN_FILE_HOURS = 48;
/** At most one sweep per hour across all instances. */
export const ORPHAN_SWEEP_EVERY_MS = 3_600_000;
const ORPHAN_BATCH = 500;

/**
 * Removes files that no record refers to, uploaded more than ORPHAN_FILE_HOURS ago: the rows and their
 * audit entries in one transaction, then the bytes. One instance per hour does it (a claim in the
 * database), and concurrent sweeps never take the same row. Bytes whose delete fails stay in the store
 * without a row (harmless, logged); a row is never left without its bytes.
 */
export async function sweepOrphanFiles(
  repo: FilesRepository,
  storage: FileStorage,
  now: Date,
  log: (message: string, err?: unknown) => void = () => undefined,
): Promise<{ claimed: boolean; removed: number }> {
  if (!(await repo.claimPeriodicJob('orphan_files', now, ORPHAN_SWEEP_EVERY_MS))) return { claimed: false, removed: 0 };
  const before = new Date(now.getTime() - ORPHAN_FILE_HOURS * 3_600_000);
  const ctx: SystemContext = { label: 'Dọn tệp không được dùng đến', now };
  const removed = await repo.transaction(async (tx) => {
    const rows = await tx.deleteOrphanFiles(before, ORPHAN_BATCH);
    for (const row of rows) {
      const { filename, contentType, sizeBytes, uploadedBy, createdAt } = row;
      await recordAudit(tx, ctx, {
        action: 'file.orphan_removed',
        entityType: 'file',
        entityId: row.id,
        unitId: row.unitId,
        before: { filename, contentType, sizeBytes, uploadedBy, createdAt },
      });
    }
    return rows;
  });
  for (const row of removed) {
    await storage.delete(row.storageKey).catch((err: unknown) => log(`orphan file ${row.id}: bytes not removed`, err));
  }
  return { claimed: true, removed: removed.length };
}
