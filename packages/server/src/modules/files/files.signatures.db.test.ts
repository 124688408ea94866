// Signed copies through the API: a leader uploads the signed PDF of a plan (signed in the test with a
// key and a CA generated here) and DVCQ shows the signer, organisation and signing time; a changed
// byte and appended content are detected; the chain is validated only when trust anchors are
// configured, and otherwise the answer says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedTestPdf, testCa, testSigner } from '@dvcq/docgen/src/test-support/test-pki.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const ca = testCa('CA phuc vu cac co quan nha nuoc (thu nghiem)');
const otherCa = testCa('Mot CA khac (thu nghiem)');
const signer = testSigner(ca, { CN: 'Lê Văn Hải', O: 'Sở Thông tin và Truyền thông tỉnh Tây Ninh', OU: 'Ban Giám đốc', L: 'Tây Ninh' });
const signingTime = new Date(Math.floor((Date.now() - 3_600_000) / 1000) * 1000);
const signed = await signedTestPdf({ signer, chain: [ca], signingTime, displayName: 'Lê Văn Hải' });

describe('checking the signature of a signed copy', () => {
  let t: TestApp;
  let leader: TestClient;
  let unitId: string;
  const upload = async (filename: string, content: Buffer) =>
    (await leader.call('uploadFile', { query: { unitId }, file: { filename, content, contentType: 'application/pdf' } })).data.id;
  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login('stttt.lanhdao');
    unitId = await t.unitId('TN.STTTT');
  });
  afterAll(() => t.close());

  it('shows signer, organisation and signing time, and says plainly that the chain was not validated', async () => {
    t.deps.config.trustAnchors = [];
    const id = await upload('45-KH-STTTT-da-ky.pdf', signed);
    const check = (await leader.call('checkFileSignatures', { params: { id } })).data;
    expect(check.chainValidated).toBe(false);
    expect(check.signatures).toHaveLength(1);
    expect(check.signatures[0]).toMatchObject({
      signerName: 'Lê Văn Hải',
      organisation: 'Sở Thông tin và Truyền thông tỉnh Tây Ninh',
      organisationalUnit: 'Ban Giám đốc',
      certificateIssuer: 'CA phuc vu cac co quan nha nuoc (thu nghiem)',
      signingTime: signingTime.toISOString(),
      signingTimeSource: 'signed_attribute',
      intact: true,
      changedAfterSigning: false,
      chainStatus: 'not_validated',
    });
    expect(check.signatures[0]!.chainMessage).toContain('TRUST_ANCHORS_FILE');
    expect(check.summary).toContain('Chưa kiểm tra chuỗi chứng thư');
    expect(check.allValid).toBe(true);
  });

  it('detects a byte changed after signing', async () => {
    t.deps.config.trustAnchors = [];
    // The title "Ke hoach 696/KH-UBND" is stored as UTF-16 hex: its "6" (0036) becomes "7" (0037).
    const title = signed.indexOf('/Title <');
    const six = signed.indexOf('0036', title);
    expect(title).toBeGreaterThan(0);
    const changed = Buffer.from(signed);
    changed[six + 3] = '7'.charCodeAt(0);
    const id = await upload('45-KH-STTTT-sua.pdf', changed);
    const check = (await leader.call('checkFileSignatures', { params: { id } })).data;
    expect(check.signatures[0]).toMatchObject({ intact: false, verdict: 'modified' });
    expect(check.allValid).toBe(false);
  });

  it('reports content appended after signing', async () => {
    t.deps.config.trustAnchors = [];
    const appended = Buffer.concat([signed, Buffer.from('\n% them noi dung sau khi ky\n')]);
    const id = await upload('45-KH-STTTT-them.pdf', appended);
    const check = (await leader.call('checkFileSignatures', { params: { id } })).data;
    expect(check.signatures[0]).toMatchObject({ intact: true, changedAfterSigning: true });
    expect(check.allValid).toBe(false);
  });

  it('validates the chain against configured trust anchors: valid for its CA, invalid for another', async () => {
    const id = await upload('45-KH-STTTT-da-ky-2.pdf', signed);
    t.deps.config.trustAnchors = [ca.pem];
    const trusted = (await leader.call('checkFileSignatures', { params: { id } })).data;
    expect(trusted.chainValidated).toBe(true);
    expect(trusted.signatures[0]!.chainStatus).toBe('valid');
    t.deps.config.trustAnchors = [otherCa.pem];
    const untrusted = (await leader.call('checkFileSignatures', { params: { id } })).data;
    expect(untrusted.signatures[0]!.chainStatus).toBe('invalid');
    t.deps.config.trustAnchors = [];
  });

  it('refuses a file that is not a PDF with a Vietnamese message', async () => {
    const id = (
      await leader.call('uploadFile', {
        query: { unitId },
        file: { filename: 'anh.png', content: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex') },
      })
    ).data.id;
    const res = await leader.call('checkFileSignatures', { params: { id } });
    expect(res.statusCode).toBe(400);
    expect(res.error.code).toBe('file.not_pdf');
    expect(res.error.message).toContain('anh.png');
  });
});
