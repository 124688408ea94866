import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PDF } from '../../testing/multipart.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const PDF = TINY_PDF;

describe('attachments', () => {
  let t: TestApp;
  let officer: TestClient;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp({ config: { maxUploadBytes: 1024 * 1024 } });
    officer = await t.login('stttt.canbo');
    unitId = await t.unitId('TN.STTTT');
  });
  afterAll(() => t.close());

  const upload = (filename: string, content: Buffer) => officer.call('uploadFile', { query: { unitId }, file: { filename, content } });

  it('stores a real PDF with its Vietnamese name and gives it back byte for byte', async () => {
    const res = await upload('Báo cáo 6 tháng.pdf', PDF);
    expect(res.statusCode).toBe(201);
    const file = res.data;
    expect(file).toMatchObject({ filename: 'Báo cáo 6 tháng.pdf', sizeBytes: PDF.length, contentType: 'application/pdf' });
    const back = await officer.call('downloadFile', { params: { id: file.id } });
    expect(back.statusCode).toBe(200);
    expect(back.raw.rawPayload.equals(PDF)).toBe(true);
    expect(back.headers['content-disposition']).toContain(encodeURIComponent('Báo cáo 6 tháng.pdf'));
    expect(back.headers['content-disposition']).toContain('filename="Bao cao 6 thang.pdf"');
    // Coordinators above the unit can read it; a unit beside it cannot.
    expect((await (await t.login('snv.dieuphoi')).call('downloadFile', { params: { id: file.id } })).statusCode).toBe(200);
    expect((await (await t.login('tptn.canbo')).call('downloadFile', { params: { id: file.id } })).statusCode).toBe(403);
  });

  it('refuses a file that claims to be a PDF but is not, naming the file', async () => {
    const res = await upload('bao-cao.pdf', Buffer.from('MZ\x90\x00 this is an executable'));
    expect(res.statusCode).toBe(400);
    expect(res.error.code).toBe('file.content_mismatch');
    expect(res.error.message).toContain('bao-cao.pdf');
  });

  it('refuses types that are not documents or images, and empty files', async () => {
    const exe = await upload('setup.exe', Buffer.from('MZ'));
    expect(exe.error.code).toBe('file.type_not_allowed');
    expect(exe.error.message).toContain('PDF, Word');
    expect((await upload('trong.pdf', Buffer.alloc(0))).error.code).toBe('file.empty');
  });

  it('says a file cut off on the way was not received in full (not that it is too large)', async () => {
    const boundary = '----dvcqtest';
    const cut = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bao-cao.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      PDF,
      // the connection drops here: no closing boundary
    ]);
    const res = await officer.request({
      method: 'POST',
      url: `/api/files?unitId=${unitId}`,
      payload: cut,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('file.upload_incomplete');
    expect(res.json().error.message).toContain('bao-cao.pdf');
  });

  it('refuses a file over the size limit with the limit in the message', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024, 32)]);
    const res = await upload('lon.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.error.code).toBe('file.too_large');
    expect(res.error.message).toContain('1 MB');
  });
});
