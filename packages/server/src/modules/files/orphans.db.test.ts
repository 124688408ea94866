// Orphan files: an upload nothing refers to (the form was abandoned) is removed after 48 hours — row, bytes
// and an audit entry — while attached and recent files stay; one sweep per hour across instances, and two
// sweeps at once remove each file once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryFileStorage } from '../../storage/storage.ts';
import { TINY_PDF } from '../../testing/multipart.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createFilesRepository, FILE_REFERENCES } from './files.repository.ts';
import { sweepOrphanFiles } from './files.usecases.ts';

const T0 = new Date('2026-11-20T02:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

describe('orphan-file sweep', () => {
  let t: TestApp;
  let officer: TestClient;
  let unitId: string;
  const storage = new MemoryFileStorage();
  beforeAll(async () => {
    t = await createTestApp({ storage });
    officer = await t.login('stttt.canbo');
    unitId = await t.unitId('TN.STTTT');
  });
  afterAll(() => t.close());

  it('knows every column that refers to a file (the foreign keys of the database)', async () => {
    const fks = await t.db.database.query<{ tbl: string; col: string }>(
      `select cl.relname as tbl, a.attname as col from pg_constraint k
         join pg_class cl on cl.oid = k.conrelid
         join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
        where k.contype = 'f' and k.confrelid = 'files'::regclass`,
    );
    expect(fks.map((r) => `${r.tbl}.${r.col}`).sort()).toEqual(FILE_REFERENCES.columns.map(([tbl, col]) => `${tbl}.${col}`).sort());
  });

  it('removes an abandoned upload after 48 hours with its bytes, audited; keeps attached and recent files', async () => {
    const upload = async (filename: string) => {
      const res = await officer.call('uploadFile', {
        query: { unitId },
        file: { filename, content: TINY_PDF, contentType: 'application/pdf' },
      });
      expect(res.statusCode).toBe(201);
      return res.data;
    };
    const keyOf = async (id: string) =>
      (await t.db.database.query<{ k: string }>('select storage_key as k from files where id = $1', [id]))[0]?.k ?? null;
    t.setNow(T0);
    const abandoned = await upload('ban-nhap-bo-do.pdf');
    const abandonedKey = (await keyOf(abandoned.id))!;
    const attached = await upload('minh-chung-mo-hinh.pdf');
    const model = await officer.call('saveModel', {
      body: {
        unitId,
        registeredOn: '2026-02-15',
        name: 'Mô hình "Chuyển đổi số cùng người dân" có minh chứng',
        field: 'environment',
        problem: 'Người dân chưa quen dịch vụ công trực tuyến',
        goals: 'Mỗi khu phố một tổ hỗ trợ',
        activities: 'Tổ công nghệ số cộng đồng hướng dẫn tại nhà văn hoá',
        fileIds: [attached.id],
      },
    });
    expect(model.statusCode).toBe(200);
    t.setNow(hours(47));
    const recent = await upload('vua-tai-len.pdf');

    const repo = createFilesRepository(t.db.database.db);
    const sweep = (at: Date) => sweepOrphanFiles(repo, storage, at);
    // 47 hours: nothing is old enough; within the same hour no instance sweeps again.
    expect(await sweep(hours(47))).toEqual({ claimed: true, removed: 0 });
    expect(await sweep(hours(47.5))).toEqual({ claimed: false, removed: 0 });
    // 49 hours, two instances at once: one sweeps, the abandoned file goes once.
    const both = await Promise.all([sweep(hours(49)), sweep(hours(49))]);
    expect(both.filter((r) => r.claimed)).toHaveLength(1);
    expect(both.reduce((n, r) => n + r.removed, 0)).toBe(1);

    expect((await officer.call('downloadFile', { params: { id: abandoned.id } })).statusCode).toBe(404);
    expect(await storage.exists(abandonedKey)).toBe(false);
    expect((await officer.call('downloadFile', { params: { id: attached.id } })).statusCode).toBe(200);
    expect((await officer.call('downloadFile', { params: { id: recent.id } })).statusCode).toBe(200);
    const audit = await t.db.database.query<{ entity_id: string; actor_name: string; unit_id: string; before: { filename: string } }>(
      `select entity_id, actor_name, unit_id, before from audit_log where action = 'file.orphan_removed'`,
    );
    expect(audit).toEqual([
      {
        entity_id: abandoned.id,
        actor_name: 'Dọn tệp không được dùng đến',
        unit_id: unitId,
        before: expect.objectContaining({ filename: 'ban-nhap-bo-do.pdf' }),
      },
    ]);
    // The next hour: the recent file is still referenced by nothing but younger than 48 hours.
    expect(await sweep(hours(50.5))).toEqual({ claimed: true, removed: 0 });
    t.setNow(null);
  });
});
