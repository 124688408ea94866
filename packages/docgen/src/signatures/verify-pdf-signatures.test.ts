// Signed PDFs made in the test with keys and certificates generated here: the signer, organisation and
// signing time are read back, a changed byte is detected, appended content is reported, and the chain
// is validated only against configured trust anchors.
import * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import { signedTestPdf, testCa, testSigner } from '../test-support/test-pki.ts';
import { findSignatureFields } from './pdf-signature-fields.ts';
import { PdfSignatureError, verifyPdfSignatures } from './verify-pdf-signatures.ts';

const ca = testCa('CA phuc vu cac co quan nha nuoc (thu nghiem)');
const otherCa = testCa('Một CA khác');
const signer = testSigner(ca, { CN: 'Nguyễn Hồng Thanh', O: 'Ủy ban nhân dân tỉnh Tây Ninh', OU: 'Văn phòng', L: 'Tây Ninh' });
// Within the certificates' validity (issued relative to now); CMS times have whole seconds.
const signingTime = new Date(Math.floor((Date.now() - 86_400_000) / 1000) * 1000);
const signed = await signedTestPdf({ signer, chain: [ca], signingTime, displayName: 'Nguyễn Hồng Thanh' });

/** The same bytes with one byte replaced. */
function withByte(pdf: Buffer, at: number, value: number): Buffer {
  const copy = Buffer.from(pdf);
  copy[at] = value;
  return copy;
}

describe('reading the signature of a signed PDF', () => {
  it('shows who signed, for which organisation and when', async () => {
    const report = await verifyPdfSignatures(signed);
    expect(report.signatures).toHaveLength(1);
    const [check] = report.signatures;
    expect(check?.signer).toMatchObject({
      commonName: 'Nguyễn Hồng Thanh',
      organisation: 'Ủy ban nhân dân tỉnh Tây Ninh',
      organisationalUnit: 'Văn phòng',
      issuerCommonName: 'CA phuc vu cac co quan nha nuoc (thu nghiem)',
    });
    expect(check?.signingTime?.toISOString()).toBe(signingTime.toISOString());
    expect(check?.signingTimeSource).toBe('signed_attribute');
    expect(check?.subFilter).toBe('adbe.pkcs7.detached');
    expect(check?.nameInDictionary).toBe('Nguyễn Hồng Thanh');
    expect(check?.reason).toBe('Phê duyệt kế hoạch');
    expect(check?.location).toBe('Tây Ninh');
  });

  it('confirms the bytes are unchanged and the signature covers the whole file', async () => {
    const [check] = (await verifyPdfSignatures(signed)).signatures;
    expect(check).toMatchObject({
      digestAlgorithm: 'SHA-256',
      digestMatches: true,
      signatureValid: true,
      coversWholeFile: true,
      verdict: 'valid',
    });
    const [start1, , start2, length2] = check!.byteRange;
    expect(start1).toBe(0);
    expect(start2 + length2).toBe(signed.length);
  });

  it('says plainly that the chain was not validated when no trust anchors are configured', async () => {
    const report = await verifyPdfSignatures(signed);
    expect(report.signatures[0]?.chain).toEqual({
      status: 'not_validated',
      message: 'Chưa kiểm tra chuỗi chứng thư: chưa cấu hình chứng thư gốc tin cậy.',
      path: [],
    });
    expect(report.allValid).toBe(true);
    expect(report.summary).toBe('Tệp có 1 chữ ký số hợp lệ; tệp không thay đổi sau khi ký.');
  });

  it('validates the chain against the configured trust anchor', async () => {
    const [check] = (await verifyPdfSignatures(signed, { trustAnchors: [ca.pem] })).signatures;
    expect(check?.chain.status).toBe('valid');
    expect(check?.chain.message).toContain('CA phuc vu cac co quan nha nuoc (thu nghiem)');
    expect(check?.chain.path[0]).toContain('CN=Nguyễn Hồng Thanh');
  });

  it('rejects a chain that does not reach the configured anchors', async () => {
    const [check] = (await verifyPdfSignatures(signed, { trustAnchors: [otherCa.pem] })).signatures;
    expect(check?.chain.status).toBe('invalid');
    expect(check?.chain.message).toMatch(/^Chuỗi chứng thư không hợp lệ/);
    expect(check?.verdict).toBe('valid'); // the bytes are still those signed; trust is a separate finding
  });

  it('finds the signer when the signing software re-encoded the CA’s Vietnamese name in the signer identifier', async () => {
    const vietnameseCa = testCa('Cơ quan chứng thực số chuyên dùng (thử nghiệm)', 'Ban Cơ yếu Chính phủ');
    const person = testSigner(vietnameseCa, { CN: 'Lê Thị Mai', O: 'Ủy ban nhân dân phường Long An' });
    const pdf = await signedTestPdf({ signer: person, chain: [vietnameseCa], signingTime, displayName: 'Lê Thị Mai' });
    const [check] = (await verifyPdfSignatures(pdf, { trustAnchors: [vietnameseCa.pem] })).signatures;
    expect(check?.signer?.commonName).toBe('Lê Thị Mai');
    expect(check?.signer?.issuerCommonName).toBe('Cơ quan chứng thực số chuyên dùng (thử nghiệm)');
    expect(check).toMatchObject({ verdict: 'valid', chain: { status: 'valid' } });
  });

  it('reads ETSI.CAdES.detached signatures as well', async () => {
    const cades = await signedTestPdf({
      signer,
      chain: [ca],
      signingTime,
      subFilter: 'ETSI.CAdES.detached',
      displayName: 'Nguyễn Hồng Thanh',
    });
    const [check] = (await verifyPdfSignatures(cades, { trustAnchors: [ca.pem] })).signatures;
    expect(check).toMatchObject({ subFilter: 'ETSI.CAdES.detached', verdict: 'valid', coversWholeFile: true });
    expect(check?.chain.status).toBe('valid');
  });
});

describe('signing times and certificate validity', () => {
  it('reports a signing time outside the certificate’s validity and does not accept the chain then', async () => {
    const early = await signedTestPdf({
      signer,
      chain: [ca],
      signingTime: new Date('2020-01-02T03:04:05Z'),
      displayName: 'Nguyễn Hồng Thanh',
    });
    const [check] = (await verifyPdfSignatures(early, { trustAnchors: [ca.pem] })).signatures;
    expect(check?.findings).toContain('Thời điểm ký nằm ngoài thời hạn hiệu lực của chứng thư người ký.');
    expect(check?.chain.status).toBe('invalid');
  });
});

describe('detecting changes after signing', () => {
  it('detects one byte changed inside the signed content', async () => {
    // The title "Ke hoach 696/KH-UBND" is stored as UTF-16 hex: change its "6" (0036) into "7" (0037).
    const title = signed.indexOf('/Title <');
    const six = signed.indexOf('0036', title);
    expect(title).toBeGreaterThan(0);
    expect(six - title).toBeLessThan(80);
    const tampered = withByte(signed, six + 3, '7'.charCodeAt(0));
    const report = await verifyPdfSignatures(tampered);
    const [check] = report.signatures;
    expect(check).toMatchObject({ digestMatches: false, verdict: 'modified' });
    expect(check?.findings[0]).toBe('Nội dung tệp đã bị thay đổi sau khi ký: giá trị băm của phần được ký không khớp với giá trị đã ký.');
    expect(report.allValid).toBe(false);
    expect(report.summary).toBe('Có 1/1 chữ ký số không hợp lệ hoặc nội dung đã bị thay đổi sau khi ký.');
  });

  it('detects a forged signature value', async () => {
    const [field] = findSignatureFields(signed);
    const derLength = asn1js.fromBER(field!.contents.slice().buffer).offset;
    // A hex digit inside the RSA signature, the last element of the CMS structure.
    const at = field!.byteRange[1] + 1 + 2 * (derLength - 20);
    const original = String.fromCharCode(signed[at]!);
    const forged = withByte(signed, at, (original === '0' ? '1' : '0').charCodeAt(0));
    const [check] = (await verifyPdfSignatures(forged)).signatures;
    expect(check).toMatchObject({ digestMatches: true, signatureValid: false, verdict: 'invalid' });
  });

  it('reports content appended after signing as not covered by the signature', async () => {
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n<< /Title (Đã sửa) >>\nendobj\n%%EOF\n', 'latin1')]);
    const report = await verifyPdfSignatures(appended);
    const [check] = report.signatures;
    expect(check).toMatchObject({ verdict: 'valid', coversWholeFile: false });
    expect(check?.bytesAfterSignature).toBe(appended.length - signed.length);
    expect(check?.findings.join(' ')).toContain('sau vùng được ký');
    expect(report.allValid).toBe(false);
    expect(report.summary).toBe('Các chữ ký số hợp lệ nhưng tệp đã được bổ sung nội dung sau chữ ký cuối cùng.');
  });
});

describe('files that are not signed PDFs', () => {
  it('finds no signature in an unsigned PDF', async () => {
    const unsigned = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1');
    expect(await verifyPdfSignatures(unsigned)).toEqual({ signatures: [], allValid: false, summary: 'Tệp không có chữ ký số.' });
  });

  it('refuses a file that is not a PDF, and a trust anchor that is not PEM, with stable codes', async () => {
    await expect(verifyPdfSignatures(Buffer.from('PK\u0003\u0004 a docx'))).rejects.toMatchObject({
      code: 'signatures.not_pdf',
      message: 'Tệp không phải là PDF.',
    });
    await expect(verifyPdfSignatures(signed, { trustAnchors: ['không phải PEM'] })).rejects.toBeInstanceOf(PdfSignatureError);
  });
});
