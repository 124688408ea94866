import { z } from 'zod';
import { uuid } from './common.ts';

/** A stored attachment as the API returns it after an upload. */
export const storedFile = z.object({
  id: uuid,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type StoredFileDto = z.infer<typeof storedFile>;

export const uploadFileQuery = z.object({ unitId: uuid });

/** One embedded digital signature of a signed PDF, as checked by the server. */
export const fileSignature = z.object({
  index: z.number().int(),
  /** Signer's name (CN), organisation (O) and division (OU) from the certificate. */
  signerName: z.string().nullable(),
  organisation: z.string().nullable(),
  organisationalUnit: z.string().nullable(),
  /** Who issued the signer's certificate (the CA). */
  certificateIssuer: z.string().nullable(),
  certificateValidFrom: z.string().nullable(),
  certificateValidTo: z.string().nullable(),
  signingTime: z.string().nullable(),
  /** 'signed_attribute': stated inside the signature; 'pdf_dictionary': only what the signing application wrote. */
  signingTimeSource: z.enum(['signed_attribute', 'pdf_dictionary']).nullable(),
  reason: z.string().nullable(),
  location: z.string().nullable(),
  /** The signed bytes are unchanged and the signature verifies with the signer's key. */
  intact: z.boolean(),
  /** Content was added after this signature (a later signature or edits). */
  changedAfterSigning: z.boolean(),
  verdict: z.enum(['valid', 'modified', 'invalid', 'unverifiable']),
  /** 'not_validated' when no trust anchors are configured (TRUST_ANCHORS_FILE). */
  chainStatus: z.enum(['valid', 'invalid', 'not_validated']),
  chainMessage: z.string(),
  /** Vietnamese sentences, the most important first. */
  findings: z.array(z.string()),
});

export const fileSignatureCheck = z.object({
  fileId: uuid,
  filename: z.string(),
  /** Trust anchors are configured: the chain of each signer was validated against them. */
  chainValidated: z.boolean(),
  signatures: z.array(fileSignature),
  /** Every signature is intact and the last one covers the whole file. */
  allValid: z.boolean(),
  /** Vietnamese summary for the screen ("Không có chữ ký số", "Tệp đã bị thay đổi sau khi ký", …). */
  summary: z.string(),
});
export type FileSignatureCheckDto = z.infer<typeof fileSignatureCheck>;
