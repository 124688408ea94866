// extractDocument: text in, structured result out. Pure: no I/O, no clock, no randomness.

import type { Extraction, GoldenJson, Span } from './types.ts';
import { splitLines } from './lines.ts';
import { diacriticRatio, fold } from './text.ts';
import { findDateExpressions } from '@dvcq/domain';
import { extractReferences, findNumbers, findOwnNumber } from './references.ts';
import { findIssuer, findPlaceDate, findTitle, findTypeLine } from './header.ts';
import { detectKind, detectYear } from './genre.ts';
import { buildOutline, buildParas, toPublicSections } from './sections.ts';
import { extractTargets } from './targets.ts';
import { extractAssignments } from './assignments.ts';
import { extractDeadlines } from './deadlines.ts';
import { findSigner } from './signer.ts';

/** Below this share of accented letters the text is treated as OCR without diacritics. */
export const OCR_DIACRITIC_THRESHOLD = 0.12;

export function extractDocument(input: string): Extraction {
  const text = input.normalize('NFC').replace(/^\uFEFF/, ' ');
  const folded = fold(text);
  const ocr = diacriticRatio(text) < OCR_DIACRITIC_THRESHOLD;
  const lines = splitLines(text, folded);
  const dates = findDateExpressions(folded);
  const numbers = findNumbers(text);
  const own = findOwnNumber(text, folded);

  const typeLine = findTypeLine(lines);
  const title = findTitle(lines, typeLine, ocr);
  const headerLimit = typeLine ? typeLine.lineIndex : title.startLine >= 0 ? title.startLine : 0;
  const pd = findPlaceDate(text, lines, dates, own, headerLimit);
  const issuer = findIssuer(text, folded, lines, headerLimit, own, pd.place);
  const bodyLine = Math.max(title.endLine, typeLine ? typeLine.lineIndex + 1 : 0, 0);
  const bodyStart = lines[bodyLine]?.start ?? 0;
  const kind = detectKind(folded, typeLine, own, title.title, title.spans);
  const year = detectYear(text, folded, title.title, title.spans, pd.issuedOn, bodyStart);

  const outline = buildOutline(text, lines, bodyLine);
  const closingLine = outline.closingLine;
  const bodyEndLine = closingLine >= 0 ? closingLine : outline.appendixLine >= 0 ? outline.appendixLine : lines.length;
  const bodyParas = buildParas(lines, bodyLine, bodyEndLine, text);

  const references = extractReferences(text, folded, dates, own, numbers);
  const { assignments, unitAt } = kind.kind === 'report' ? { assignments: [], unitAt: () => null } : extractAssignments(outline.body, ocr);
  const deadlines = extractDeadlines(text, folded, dates, bodyParas, ocr, unitAt);
  const targets = kind.kind === 'report' ? [] : extractTargets(outline.all, text, ocr);

  // Closing zone: from "Nơi nhận:" (or the last "./." of the body) to the appendix.
  let signFrom = closingLine;
  if (signFrom < 0) {
    for (let i = lines.length - 1; i >= bodyLine; i--) {
      if (/\.\/\.\s*$/.test(lines[i]!.text)) { signFrom = i + 1; break; }
    }
  }
  if (signFrom < 0) signFrom = Math.max(bodyLine, lines.length - 15);
  const signTo = outline.appendixLine >= 0 && outline.appendixLine > signFrom ? outline.appendixLine : lines.length;
  const signer = findSigner(text, lines, signFrom, signTo, ocr);

  const spans: Extraction['spans'] = {
    kind: kind.spans,
    number: own ? [{ start: own.start, end: own.end }] : [],
    issuedOn: pd.dateSpan ? [pd.dateSpan] : [],
    place: pd.placeSpan ? [pd.placeSpan] : [],
    issuer: issuer.spans,
    title: title.spans,
    year: year.spans,
  };
  return {
    kind: kind.kind,
    number: own?.number ?? null,
    issuedOn: pd.issuedOn,
    place: pd.place,
    issuer: issuer.issuer,
    title: title.title,
    year: year.year,
    references,
    deadlines,
    targets,
    assignments,
    signer,
    spans,
    sections: toPublicSections(outline.all),
    ocr,
  };
}

/** Exactly the golden/CLI JSON shape: golden keys in golden order, no spans. */
export function toGoldenJson(e: Extraction): GoldenJson {
  return {
    kind: e.kind,
    number: e.number,
    issuedOn: e.issuedOn,
    place: e.place,
    issuer: e.issuer,
    title: e.title,
    year: e.year,
    references: e.references.map((r) => ({ number: r.number, date: r.date })),
    deadlines: e.deadlines.map((d) => ({ due: d.due, inclusive: d.inclusive, phrase: d.phrase, subject: d.subject, kind: d.kind, period: d.period })),
    targets: e.targets.map((t) => ({ text: t.text, value: t.value, unit: t.unit })),
    assignments: e.assignments.map((a) => ({ unit: a.unit, duties: [...a.duties] })),
    signer: e.signer ? { name: e.signer.name, title: e.signer.title } : null,
  };
}

export type { Span };
