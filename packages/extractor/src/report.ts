// A unit's periodic report → a draft report: the narrative of each content area (the numbered items
// of the results part: "1. Công tác lãnh đạo của cấp ủy…", "2. Công tác chỉ đạo…"), and the figures
// it states with their cut-off date ("Tính đến ngày 28/10/2024, Sở … có 55 công chức, viên chức,
// người lao động; trong đó: 25 công chức, 19 viên chức …" → 55, 25, 19 as of 2024-10-28). The
// officer reviews both before anything is saved; a figure without a stated cut-off keeps asOf null.

import type { ReportArea, ReportIndicator, ReportReading } from './types.ts';
import type { SectionNode } from './sections.ts';
import { clean, fold } from './text.ts';
import { findDateExpressions, type DateExpression } from '@dvcq/domain';
import { restoreDiacritics } from './ocr-normalise.ts';
import { repairOcrText } from './ocr-repair.ts';

// "Tính đến (thời điểm) (ngày)", also as OCR reads it ("Tinh ¢én ngay").
const CUTOFF_RE = /t\S{1,2}nh\s+\S{1,3}n\s*(?:th\S{1,2}i\s+\S{1,2}i\S{1,2}m\s+)?(?:ng\S{0,2}y\s*)?$/;
const FIGURE_RE = /(?<![\p{L}\d/.,-])(\d{1,3}(?:\.\d{3})+|\d{1,5}(?:,\d+)?)(\s*%)?(?![\d/\p{L}]|[.,]\d|\s*[-/]\s*\d)/gu;

function sectionText(n: SectionNode): string {
  const parts = [n.heading, ...n.paras.map((p) => p.text), ...n.children.map(sectionText)];
  return parts.filter(Boolean).join('\n');
}

/** The label after a figure: up to six words, stopping at punctuation or another figure. */
function labelAfter(s: string): string {
  const m = /^\s*((?:[\p{L}][\p{L}'’]*\s*){1,6})/u.exec(s.split(/[,;:.()\n]|\s\d/)[0] ?? '');
  return (m?.[1] ?? '').trim();
}

const NOT_A_LABEL = /^(?:th\S{1,3}ng|n\S{1,2}m|ng\S{0,2}y|gi\S{1,2}|ph\S{1,2}t|qu\S|l\S{1,2}n\s+th\S)\b/;

export function readReport(outline: SectionNode[], text: string, ocr: boolean): ReportReading {
  // Content areas: the items of the results part (its children), or the parts themselves.
  const resultsPart = outline.find((n) => n.kind === 'part' && /k\S{1,2}t\s+qu\S|t\S{1,2}nh\s+h\S{1,2}nh/.test(fold(n.heading))) ?? null;
  const nodes =
    resultsPart && resultsPart.children.length > 0 ? resultsPart.children : outline.filter((n) => n.kind === 'part' || n.kind === 'clause');
  const fix = (s: string): string => (ocr ? restoreDiacritics(s) : s);
  const name = (s: string): string => (ocr ? repairOcrText(s) : s);
  const areas: ReportArea[] = nodes.map((n) => ({
    heading: name(clean(n.heading)),
    narrative: fix(sectionText(n).split('\n').slice(1).map(clean).filter(Boolean).join('\n')),
    span: { ...n.span },
  }));

  // Figures with their cut-off date, paragraph by paragraph in the results part.
  const indicators: ReportIndicator[] = [];
  const zone = resultsPart
    ? resultsPart.span
    : nodes.length
      ? { start: nodes[0]!.span.start, end: nodes[nodes.length - 1]!.span.end }
      : { start: 0, end: 0 };
  const folded = fold(text);
  const dates: DateExpression[] = findDateExpressions(folded).filter((d) => d.start >= zone.start && d.end <= zone.end);
  const paragraphs = text.slice(zone.start, zone.end).split(/\n\s*\n/);
  let offset = zone.start;
  for (const para of paragraphs) {
    const pStart = text.indexOf(para, offset);
    offset = pStart + para.length;
    let asOf: string | null = null;
    let asOfEnd = -1;
    for (const d of dates) {
      if (d.start < pStart || d.end > pStart + para.length || d.day === null) continue;
      const before = folded.slice(Math.max(pStart, d.start - 40), d.start);
      if (CUTOFF_RE.test(before)) {
        asOf = d.iso;
        asOfEnd = d.end;
        break;
      }
    }
    if (!asOf) continue;
    const tail = text.slice(asOfEnd, pStart + para.length);
    for (const m of tail.matchAll(FIGURE_RE)) {
      const at = asOfEnd + (m.index ?? 0);
      if (dates.some((d) => at >= d.start && at < d.end)) continue;
      const raw = m[1] ?? '';
      const value = Number(raw.replace(/\./g, '').replace(',', '.'));
      const after = text.slice(at + m[0].length, at + m[0].length + 80);
      const label = labelAfter(after);
      if (!label || !/^\p{L}{2,}/u.test(label) || NOT_A_LABEL.test(fold(label))) continue;
      indicators.push({
        label: name(label),
        value,
        unit: m[2] ? 'percent' : 'count',
        asOf,
        text: fix(clean(text.slice(at, Math.min(at + m[0].length + label.length + 1, pStart + para.length)))),
        span: { start: at, end: at + m[0].length },
      });
    }
  }
  return { areas, indicators };
}
