// The check of a signed PDF (a plan, report or decision as the leader signed it): the embedded
// PAdES/CMS signatures read by @dvcq/docgen — signer, organisation, signing time, whether the file
// changed after signing — and the signer's chain validated only against the configured trust anchors
// (TRUST_ANCHORS_FILE); without them the answer says plainly that the chain was not validated.
import { PdfSignatureError, verifyPdfSignatures, type PdfSignatureCheck } from '@dvcq/docgen';
import type { FileSignatureCheckDto } from '@dvcq/shared';
import { FileErrors } from './files.errors.ts';

const NOT_VALIDATED =
  'Chưa kiểm tra chuỗi chứng thư: máy chủ chưa được cấu hình chứng thư gốc của tổ chức cung cấp dịch vụ chứng thực (TRUST_ANCHORS_FILE).';

function presentSignature(c: PdfSignatureCheck, anchors: boolean): FileSignatureCheckDto['signatures'][number] {
  return {
    index: c.index,
    signerName: c.signer?.commonName ?? null,
    organisation: c.signer?.organisation ?? null,
    organisationalUnit: c.signer?.organisationalUnit ?? null,
    certificateIssuer: c.signer?.issuerCommonName ?? c.signer?.issuer ?? null,
    certificateValidFrom: c.signer?.validFrom.toISOString() ?? null,
    certificateValidTo: c.signer?.validTo.toISOString() ?? null,
    signingTime: c.signingTime?.toISOString() ?? null,
    signingTimeSource: c.signingTimeSource,
    reason: c.reason,
    location: c.location,
    intact: c.digestMatches && c.signatureValid,
    changedAfterSigning: !c.coversWholeFile,
    verdict: c.verdict,
    chainStatus: c.chain.status,
    chainMessage: anchors || c.chain.status !== 'not_validated' ? c.chain.message : NOT_VALIDATED,
    findings: c.findings,
  };
}

export async function checkPdfSignatures(
  file: { id: string; filename: string },
  data: Buffer,
  trustAnchors: readonly string[],
  now: Date,
): Promise<FileSignatureCheckDto> {
  try {
    const report = await verifyPdfSignatures(data, { trustAnchors, now });
    const anchors = trustAnchors.length > 0;
    return {
      fileId: file.id,
      filename: file.filename,
      chainValidated: anchors,
      signatures: report.signatures.map((c) => presentSignature(c, anchors)),
      allValid: report.allValid,
      summary: anchors || report.signatures.length === 0 ? report.summary : `${report.summary} ${NOT_VALIDATED}`,
    };
  } catch (err) {
    if (err instanceof PdfSignatureError && err.code === 'signatures.not_pdf') throw FileErrors.notPdf(file.filename);
    throw err;
  }
}
