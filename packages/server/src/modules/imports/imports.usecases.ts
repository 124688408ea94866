// Reading a signed plan or report file into a draft: the same extractor as `dvcq import-doc`. The
// result is a proposal only: nothing is written; a person corrects it on the review screen and creates
// the draft.
import { extractDocument, readDocumentFile, type Extraction } from '@dvcq/extractor';
import { planInput, type ExtractResponseDto, type UnitKind } from '@dvcq/shared';
import type { RequestContext } from '../../authz/actor.ts';
import { localToday } from '../../clock.ts';
import type { Upload } from '../files/files.upload.ts';
import { OrgErrors } from '../org/org.errors.ts';
import type { OrgRepository } from '../org/org.repository.ts';
import { assertCanDraftPlan } from '../plans/plans.policies.ts';
import { extractionToPlan } from './imports.mapping.ts';
import { fromImportError } from './imports.errors.ts';
import { AppError } from '../../errors.ts';

/** Checked before the file is read, so an outsider's upload is never parsed. */
export async function assertCanImportFor(repo: OrgRepository, ctx: RequestContext, issuerUnitId: string) {
  const issuer = await repo.findUnit(issuerUnitId);
  if (!issuer) throw OrgErrors.notFound();
  assertCanDraftPlan(ctx.actor, issuer.path);
  return issuer;
}

export async function extractPlanProposal(
  repo: OrgRepository,
  ctx: RequestContext,
  issuerUnitId: string,
  upload: Upload,
  maxBytes: number,
): Promise<ExtractResponseDto> {
  const issuer = await assertCanImportFor(repo, ctx, issuerUnitId);
  let read;
  try {
    read = await readDocumentFile({ buffer: upload.data, filename: upload.filename }, { maxBytes });
  } catch (err) {
    throw fromImportError(err) ?? err;
  }
  return planProposalFrom(repo, issuer.id, ctx.now, upload.filename, read.format, read.text, extractDocument(read.text));
}

/** The plan proposal of a document already read: header, spans, and the PlanInput with units matched. */
export async function planProposalFrom(
  repo: OrgRepository,
  issuerUnitId: string,
  now: Date,
  filename: string,
  format: ExtractResponseDto['format'],
  rawText: string,
  extraction: Extraction,
): Promise<ExtractResponseDto> {
  const text = rawText.normalize('NFC');
  const units = (await repo.openUnits()).map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, kind: u.kind as UnitKind }));
  const { input, unmatchedUnits } = extractionToPlan(text, extraction, {
    issuerUnitId,
    units,
    fallbackYear: Number(localToday(now).slice(0, 4)),
  });
  // A text too thin to be a plan (one short line) yields a proposal the plan schema refuses: the
  // caller is told so, with the fields, instead of a 500.
  const proposal = planInput.safeParse(input);
  if (!proposal.success) {
    const fields = Object.fromEntries(proposal.error.issues.map((i) => [i.path.join('.') || '_', i.message]));
    throw new AppError('import.unrecognised', undefined, fields);
  }
  return {
    filename,
    format,
    ocr: extraction.ocr,
    text,
    extraction: { ...extraction, spans: extraction.spans as unknown as Record<string, { start: number; end: number }[]> },
    proposal: proposal.data,
    unmatchedUnits,
  };
}
