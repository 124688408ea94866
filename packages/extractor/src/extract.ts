// extractDocument: text in, structured result out. Pure: no I/O, no clock, no randomness.

import { extractRecipients } from './recipients.ts';
import type { Extraction, GoldenJson, Span } from './types.ts';
import { splitLines } from './lines.ts';
import { diacriticRatio, fold, isUpperText } from './text.ts';
import { findDateExpressions } from '@dvcq/domain';
import { extractReferences, findNumbers, findOwnNumber } from './references.ts';
import { findAuthorityLine, findHeadline, findIssuer, findPlaceDate, findTitle, findTypeLine } from './header.ts';
import { findLetterSubject } from './letter-subject.ts';
import { normaliseLayout } from './layout.ts';
import { detectKind, detectYear } from './genre.ts';
import { buildOutline, buildParas, looseSections, toPublicSections } from './sections.ts';
import { readReport } from './report.ts';
import { restoreText } from './diacritics.ts';
import { extractTargets } from './targets.ts';
import { extractAssignments } from './assignments.ts';
import { extractDeadlines } from './deadlines.ts';
import { findSigner } from './signer.ts';
import { extractRestructuring } from './restructuring.ts';
import { extractKpiRows } from './kpi.ts';
import { repairOcrText } from './ocr-repair.ts';

/** Below this share of accented letters the text is treated as OCR without diacritics. */
export const OCR_DIACRITIC_THRESHOLD = 0.12;

export interface ExtractOptions {
  /** The text was read from page images by OCR (its words may hold glyph confusions). */
  scanned?: boolean;
}

export function extractDocument(input: string, opts: ExtractOptions = {}): Extraction {
  const source = input.normalize('NFC').replace(/^\uFEFF/, ' ');
  // Every rule reads the layout view (same length as the source, so spans stay valid for it).
  const text = normaliseLayout(source);
  const folded = fold(text);
  const ocr = diacriticRatio(text) < OCR_DIACRITIC_THRESHOLD;
  const lines = splitLines(text, folded);
  const dates = findDateExpressions(folded);
  const numbers = findNumbers(text);
  const headline = findHeadline(text, lines);
  const own = findOwnNumber(text, folded) ?? headline?.number ?? null;

  const typeLine = findTypeLine(lines);
  // End of the header proper: the line holding the own number or the place-and-date line.
  const pd0 = findPlaceDate(text, lines, dates, own, typeLine ? typeLine.lineIndex : 40);
  const numberLine = own ? lines.findIndex((l) => own.start >= l.start && own.start <= l.end) : -1;
  const pdLine = pd0.dateSpan ? lines.findIndex((l) => pd0.dateSpan!.end >= l.start && pd0.dateSpan!.end <= l.end + 1) : -1;
  const headerEnd = headline && !findOwnNumber(text, folded) ? -1 : Math.max(numberLine, pdLine);
  const authority = findAuthorityLine(lines, Math.max(headerEnd + 1, typeLine ? typeLine.lineIndex + 1 : 0));
  let title = findTitle(lines, typeLine, ocr, typeLine ? -1 : headerEnd, authority);
  // A công văn: no type line, its summary is the "V/v …" under the number.
  const letter = typeLine ? null : findLetterSubject(lines, ocr);
  if (letter) title = { title: letter.title, startLine: letter.startLine, spans: letter.spans, endLine: letter.endLine };
  if (!typeLine && title.title === '' && headline?.title)
    title = { title: headline.title, startLine: headline.lineIndex, spans: headline.titleSpans, endLine: headline.lineIndex + 1 };
  const headerLimit = typeLine ? typeLine.lineIndex : title.startLine >= 0 ? title.startLine : 0;
  const pd = typeLine || headerEnd >= 0 ? pd0 : findPlaceDate(text, lines, dates, own, headerLimit);
  const issuerZone = [numberLine, pdLine, typeLine ? typeLine.lineIndex : -1].filter((x) => x >= 0);
  const issuerLimit =
    issuerZone.length > 0 ? Math.min(...issuerZone) + (numberLine >= 0 && numberLine === Math.min(...issuerZone) ? 1 : 0) : headerLimit;
  let issuer = findIssuer(text, folded, lines, issuerLimit, own, pd.place, authority);
  if (!issuer.issuer && headline?.issuer) issuer = { issuer: headline.issuer, spans: headline.issuerSpans };
  const bodyLine = Math.max(
    title.endLine,
    typeLine ? typeLine.lineIndex + 1 : 0,
    authority ? authority.lineIndex + 1 : 0,
    headerEnd + 1,
    0,
  );
  const bodyStart = lines[bodyLine]?.start ?? 0;
  const kind = letter
    ? { kind: 'other' as const, spans: [letter.prefixSpan] }
    : headline && !typeLine && !findOwnNumber(text, folded)
      ? { kind: headline.kind, spans: headline.kindSpans }
      : detectKind(folded, typeLine, own, title.title, title.spans);
  const year = detectYear(text, folded, title.title, title.spans, pd.issuedOn ?? headline?.date ?? null, bodyStart);

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
      if (/\.\/\.\s*$/.test(lines[i]!.text)) {
        signFrom = i + 1;
        break;
      }
    }
  }
  if (signFrom < 0) signFrom = Math.max(bodyLine, lines.length - 15);
  // The signature column may come before "Nơi nhận:" when a two-column table was flattened.
  for (let k = signFrom - 1, seen = 0; k > bodyLine && seen < 4; k--) {
    const l = lines[k]!;
    if (l.blank) continue;
    seen++;
    if (/^(?:TM|KT|TL|TUQ|Q|T\/M)\s*[.\s]/.test(l.text) || (isUpperText(l.text) && l.text.length < 60)) signFrom = k;
    else break;
  }
  // An attached document (regulation, appendix) after the signature is not part of it.
  let signTo = outline.appendixLine >= 0 && outline.appendixLine > signFrom ? outline.appendixLine : lines.length;
  for (let k = signFrom + 1; k < signTo; k++) {
    const f = lines[k]!.folded.replace(/[^a-z ]/g, '').trim();
    if (/^(quy dinh|quy che|ke hoach|huong dan|de an|chuong trinh|danh muc|danh sach|chuong i)$/.test(f) && isUpperText(lines[k]!.text)) {
      signTo = k;
      break;
    }
  }
  const signer = findSigner(text, lines, signFrom, signTo, ocr);

  const restructuring = extractRestructuring(bodyParas);
  const report = kind.kind === 'report' ? readReport(outline.body, text, ocr) : null;
  // OCR text without diacritics: a restored twin of the same length for the section texts.
  const restoration = ocr ? restoreText(text, { reconsiderMarked: true }) : null;
  const kpiRows = extractKpiRows(outline.appendices, ocr, year.year);
  // Recipients of a scan are unit names: OCR glyph junk in them ("Vin phòng") is repaired against the
  // lexicon (real words are never changed, unknown ones are left).
  const recipients = extractRecipients(
    lines,
    closingLine,
    outline.appendixLine >= 0 ? outline.appendixLine : lines.length,
    restoration?.text ?? text,
  ).map((r) => (ocr || opts.scanned ? repairOcrText(r) : r));

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
    preamble: looseSections(outline.loose, restoration?.text),
    sections: toPublicSections(outline.all, restoration?.text),
    ocr,
    restructuring,
    kpiRows,
    recipients,
    report,
    restoration,
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
    deadlines: e.deadlines.map((d) => ({
      due: d.due,
      inclusive: d.inclusive,
      phrase: d.phrase,
      subject: d.subject,
      kind: d.kind,
      period: d.period,
    })),
    targets: e.targets.map((t) => ({ text: t.text, value: t.value, unit: t.unit })),
    assignments: e.assignments.map((a) => ({ unit: a.unit, duties: [...a.duties] })),
    signer: e.signer ? { name: e.signer.name, title: e.signer.title } : null,
    ...(e.restructuring.length > 0 ? { restructuring: e.restructuring.map(({ span: _s, ...r }) => r) } : {}),
    ...(e.kpiRows.length > 0 ? { kpiRows: e.kpiRows.map(({ span: _s, ...r }) => r) } : {}),
  };
}

export type { Span };
