// Reads the embedded digital signatures of a signed PDF (PAdES / CMS detached: adbe.pkcs7.detached
// and ETSI.CAdES.detached) with pkijs: who signed (name, organisation), when, whether the signed
// bytes are unchanged (the digest of the /ByteRange stretches against the signed messageDigest, and
// the signature over the signed attributes against the signer's key), whether the signature covers
// the whole file, and — only when trust anchors are configured — whether the signer's certificate
// chains to one of them. Revocation (CRL/OCSP) is not checked: the server works offline.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { certificateInfo, type CertificateInfo } from './certificate-info.ts';
import { findSignatureFields, signedBytes, type PdfSignatureField } from './pdf-signature-fields.ts';

export type SignatureVerdict = 'valid' | 'modified' | 'invalid' | 'unverifiable';
export type ChainStatus = 'valid' | 'invalid' | 'not_validated';

export interface ChainCheck {
  status: ChainStatus;
  /** Vietnamese, for the person reading the check. */
  message: string;
  /** Subjects from the signer up to the trust anchor, when validated. */
  path: string[];
}

export interface PdfSignatureCheck {
  /** 1 for the first (oldest) signature in the file. */
  index: number;
  subFilter: string | null;
  signer: CertificateInfo | null;
  /** Signing time from the signed attributes (signed by the signer), else the /M entry of the PDF. */
  signingTime: Date | null;
  signingTimeSource: 'signed_attribute' | 'pdf_dictionary' | null;
  reason: string | null;
  location: string | null;
  /** /Name as written by the signing application. */
  nameInDictionary: string | null;
  digestAlgorithm: string | null;
  /** The signed stretches hash to the signed messageDigest: the bytes did not change. */
  digestMatches: boolean;
  /** The signature over the signed attributes verifies with the signer certificate's key. */
  signatureValid: boolean;
  byteRange: [number, number, number, number];
  /** The signature covers the file up to its last byte (nothing was appended after signing). */
  coversWholeFile: boolean;
  /** Bytes after the signed range: later revisions (another signature, edits). */
  bytesAfterSignature: number;
  chain: ChainCheck;
  verdict: SignatureVerdict;
  /** Vietnamese sentences, the most important first. */
  findings: string[];
}

export interface PdfSignatureReport {
  signatures: PdfSignatureCheck[];
  /** Every signature verifies and the last one covers the whole file. */
  allValid: boolean;
  /** Vietnamese summary for the screen. */
  summary: string;
}

export interface VerifyPdfOptions {
  /** PEM certificates (root and, if wanted, intermediate CAs) the chain must reach; none: not validated. */
  trustAnchors?: readonly string[];
  /** When no signing time is known, the chain is checked at this instant. Default: now. */
  now?: Date;
}

/** Input that is not something DVCQ can check; `code` doubles as a translation key. */
export class PdfSignatureError extends Error {
  constructor(
    readonly code: 'signatures.not_pdf' | 'signatures.invalid_trust_anchor',
    message: string,
  ) {
    super(message);
    this.name = 'PdfSignatureError';
  }
}

const DIGESTS: Record<string, { node: string; name: string }> = {
  '1.3.14.3.2.26': { node: 'sha1', name: 'SHA-1' },
  '2.16.840.1.101.3.4.2.1': { node: 'sha256', name: 'SHA-256' },
  '2.16.840.1.101.3.4.2.2': { node: 'sha384', name: 'SHA-384' },
  '2.16.840.1.101.3.4.2.3': { node: 'sha512', name: 'SHA-512' },
};

const SUPPORTED_SUBFILTERS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached']);

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Certificates from PEM text (several may be concatenated). */
export function certificatesFromPem(pem: string): pkijs.Certificate[] {
  const blocks = [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (blocks.length === 0)
    throw new PdfSignatureError('signatures.invalid_trust_anchor', 'Chứng thư gốc tin cậy không đúng định dạng PEM.');
  return blocks.map((block) => {
    try {
      return pkijs.Certificate.fromBER(toArrayBuffer(Buffer.from(block[1]!.replace(/\s+/g, ''), 'base64')));
    } catch {
      throw new PdfSignatureError('signatures.invalid_trust_anchor', 'Không đọc được chứng thư gốc tin cậy (PEM).');
    }
  });
}

async function findSignerCertificate(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): Promise<pkijs.Certificate | null> {
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  if (signerInfo.sid instanceof pkijs.IssuerAndSerialNumber) {
    const sid = signerInfo.sid;
    const exact = certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
    if (exact) return exact;
    // Some signing software re-encodes a non-ASCII issuer name in the signer identifier (node-forge,
    // behind @signpdf, does). A serial number that only one enclosed certificate carries still
    // identifies it; the signature check with that certificate's key then decides.
    const bySerial = certificates.filter((c) => c.serialNumber.isEqual(sid.serialNumber));
    return bySerial.length === 1 ? bySerial[0]! : null;
  }
  // SubjectKeyIdentifier: the SHA-1 of the subject public key.
  const sid = signerInfo.sid as asn1js.Constructed & asn1js.OctetString;
  const keyId = new Uint8Array(
    sid.idBlock.isConstructed ? (sid.valueBlock.value[0] as asn1js.OctetString).valueBlock.valueHexView : sid.valueBlock.valueHexView,
  );
  for (const certificate of certificates) {
    const digest = createHash('sha1').update(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest();
    if (equalBytes(new Uint8Array(digest), keyId)) return certificate;
  }
  return null;
}

function attribute(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType | null {
  return signerInfo.signedAttrs?.attributes.find((a) => a.type === type)?.values[0] ?? null;
}

async function validateChain(
  signer: pkijs.Certificate,
  signedData: pkijs.SignedData,
  anchors: readonly pkijs.Certificate[],
  checkDate: Date,
): Promise<ChainCheck> {
  if (anchors.length === 0) {
    return { status: 'not_validated', message: 'Chưa kiểm tra chuỗi chứng thư: chưa cấu hình chứng thư gốc tin cậy.', path: [] };
  }
  const others = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate && c !== signer);
  const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts: [...anchors], certs: [...others, signer], checkDate });
  try {
    const result = await engine.verify({ passedWhenNotRevValues: true });
    const path = (result.certificatePath ?? []).map((c) => certificateInfo(c).subject);
    if (result.result) {
      const root = result.certificatePath?.at(-1);
      const rootName = root ? (certificateInfo(root).commonName ?? certificateInfo(root).subject) : '';
      return {
        status: 'valid',
        message: `Chuỗi chứng thư hợp lệ đến chứng thư gốc tin cậy “${rootName}” (chưa kiểm tra thu hồi chứng thư).`,
        path,
      };
    }
    return {
      status: 'invalid',
      message: `Chuỗi chứng thư không hợp lệ: ${result.resultMessage || 'không dẫn tới chứng thư gốc tin cậy'}.`,
      path,
    };
  } catch (error) {
    const detail =
      error instanceof Object && 'resultMessage' in error
        ? String(error.resultMessage)
        : error instanceof Error
          ? error.message
          : String(error);
    return { status: 'invalid', message: `Chuỗi chứng thư không hợp lệ: ${detail || 'không dẫn tới chứng thư gốc tin cậy'}.`, path: [] };
  }
}

function unverifiable(field: PdfSignatureField, index: number, fileLength: number, findings: string[]): PdfSignatureCheck {
  const end = field.byteRange[2] + field.byteRange[3];
  return {
    index,
    subFilter: field.subFilter,
    signer: null,
    signingTime: field.claimedTime,
    signingTimeSource: field.claimedTime ? 'pdf_dictionary' : null,
    reason: field.reason,
    location: field.location,
    nameInDictionary: field.name,
    digestAlgorithm: null,
    digestMatches: false,
    signatureValid: false,
    byteRange: field.byteRange,
    coversWholeFile: end === fileLength,
    bytesAfterSignature: Math.max(0, fileLength - end),
    chain: { status: 'not_validated', message: 'Không kiểm tra được chuỗi chứng thư.', path: [] },
    verdict: 'unverifiable',
    findings,
  };
}

async function checkSignature(
  pdf: Uint8Array,
  field: PdfSignatureField,
  index: number,
  anchors: readonly pkijs.Certificate[],
  now: Date,
): Promise<PdfSignatureCheck> {
  if (field.problems.length > 0) return unverifiable(field, index, pdf.length, field.problems);
  if (field.subFilter && !SUPPORTED_SUBFILTERS.has(field.subFilter)) {
    return unverifiable(field, index, pdf.length, [
      `Định dạng chữ ký “${field.subFilter}” chưa được hỗ trợ (chỉ đọc adbe.pkcs7.detached và ETSI.CAdES.detached).`,
    ]);
  }
  let signedData: pkijs.SignedData;
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(field.contents));
    if (asn1.offset === -1) throw new Error(asn1.result.error);
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== OID.signedData) throw new Error(contentInfo.contentType);
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return unverifiable(field, index, pdf.length, ['Không đọc được dữ liệu chữ ký (CMS) trong tệp.']);
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return unverifiable(field, index, pdf.length, ['Dữ liệu chữ ký không có thông tin người ký.']);
  const signer = await findSignerCertificate(signedData, signerInfo);
  if (!signer) return unverifiable(field, index, pdf.length, ['Chữ ký không kèm chứng thư của người ký.']);

  const digest = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  const data = signedBytes(pdf, field.byteRange);
  const findings: string[] = [];
  let digestMatches = false;
  let signatureValid = false;
  if (!digest) {
    findings.push(`Thuật toán băm ${signerInfo.digestAlgorithm.algorithmId} chưa được hỗ trợ.`);
  } else {
    const actual = new Uint8Array(createHash(digest.node).update(data).digest());
    const messageDigest = attribute(signerInfo, OID.messageDigest) as asn1js.OctetString | null;
    // Without signed attributes the signature is over the digest of the data itself.
    digestMatches = messageDigest ? equalBytes(actual, new Uint8Array(messageDigest.valueBlock.valueHexView)) : true;
    const signedPart = signerInfo.signedAttrs ? signerInfo.signedAttrs.encodedValue : toArrayBuffer(data);
    try {
      const crypto = pkijs.getCrypto(true);
      signatureValid =
        signerInfo.signatureAlgorithm.algorithmId === OID.rsaEncryption
          ? await crypto.verifyWithPublicKey(
              signedPart,
              signerInfo.signature,
              signer.subjectPublicKeyInfo,
              signerInfo.signatureAlgorithm,
              digest.name,
            )
          : await crypto.verifyWithPublicKey(signedPart, signerInfo.signature, signer.subjectPublicKeyInfo, signerInfo.signatureAlgorithm);
    } catch {
      signatureValid = false;
    }
  }

  const signedTime = attribute(signerInfo, OID.signingTime) as asn1js.UTCTime | asn1js.GeneralizedTime | null;
  const signingTime = signedTime ? signedTime.toDate() : field.claimedTime;
  const info = certificateInfo(signer);
  const end = field.byteRange[2] + field.byteRange[3];
  const coversWholeFile = end === pdf.length;
  const verdict: SignatureVerdict = !digest ? 'unverifiable' : !digestMatches ? 'modified' : !signatureValid ? 'invalid' : 'valid';

  if (verdict === 'valid') findings.push('Chữ ký số hợp lệ: nội dung được ký không thay đổi kể từ khi ký.');
  if (verdict === 'modified')
    findings.push('Nội dung tệp đã bị thay đổi sau khi ký: giá trị băm của phần được ký không khớp với giá trị đã ký.');
  if (verdict === 'invalid') findings.push('Chữ ký số không hợp lệ: không xác thực được bằng khóa công khai trong chứng thư của người ký.');
  if (!coversWholeFile) {
    findings.push(
      `Tệp có thêm ${pdf.length - end} byte sau vùng được ký (chỉnh sửa hoặc chữ ký khác được bổ sung sau khi ký); phần bổ sung không được chữ ký này bảo vệ.`,
    );
  }
  if (signingTime && (signingTime < info.validFrom || signingTime > info.validTo)) {
    findings.push('Thời điểm ký nằm ngoài thời hạn hiệu lực của chứng thư người ký.');
  }
  if (!signedTime && field.claimedTime) findings.push('Thời điểm ký lấy từ tệp PDF (do phần mềm ký ghi), không nằm trong phần được ký.');
  const chain = await validateChain(signer, signedData, anchors, signingTime ?? now);
  findings.push(chain.message);

  return {
    index,
    subFilter: field.subFilter,
    signer: info,
    signingTime,
    signingTimeSource: signedTime ? 'signed_attribute' : field.claimedTime ? 'pdf_dictionary' : null,
    reason: field.reason,
    location: field.location,
    nameInDictionary: field.name,
    digestAlgorithm: digest?.name ?? null,
    digestMatches,
    signatureValid,
    byteRange: field.byteRange,
    coversWholeFile,
    bytesAfterSignature: Math.max(0, pdf.length - end),
    chain,
    verdict,
    findings,
  };
}

function summarise(signatures: readonly PdfSignatureCheck[]): { allValid: boolean; summary: string } {
  if (signatures.length === 0) return { allValid: false, summary: 'Tệp không có chữ ký số.' };
  const last = signatures[signatures.length - 1]!;
  const allValid = signatures.every((s) => s.verdict === 'valid') && last.coversWholeFile;
  if (allValid) {
    return {
      allValid,
      summary:
        signatures.length === 1
          ? 'Tệp có 1 chữ ký số hợp lệ; tệp không thay đổi sau khi ký.'
          : `Tệp có ${signatures.length} chữ ký số hợp lệ; tệp không thay đổi sau chữ ký cuối.`,
    };
  }
  const broken = signatures.filter((s) => s.verdict !== 'valid').length;
  if (broken > 0)
    return { allValid, summary: `Có ${broken}/${signatures.length} chữ ký số không hợp lệ hoặc nội dung đã bị thay đổi sau khi ký.` };
  return { allValid, summary: 'Các chữ ký số hợp lệ nhưng tệp đã được bổ sung nội dung sau chữ ký cuối cùng.' };
}

/** Reads and checks every embedded signature of a PDF. @throws PdfSignatureError for a non-PDF or bad trust anchors. */
export async function verifyPdfSignatures(pdf: Uint8Array, options: VerifyPdfOptions = {}): Promise<PdfSignatureReport> {
  if (pdf.length < 8 || new TextDecoder('latin1').decode(pdf.subarray(0, 1024)).indexOf('%PDF-') < 0) {
    throw new PdfSignatureError('signatures.not_pdf', 'Tệp không phải là PDF.');
  }
  const anchors = (options.trustAnchors ?? []).flatMap(certificatesFromPem);
  const now = options.now ?? new Date();
  const fields = findSignatureFields(pdf);
  const signatures: PdfSignatureCheck[] = [];
  for (const [i, field] of fields.entries()) signatures.push(await checkSignature(pdf, field, i + 1, anchors, now));
  return { signatures, ...summarise(signatures) };
}
