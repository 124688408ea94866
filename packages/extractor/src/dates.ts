// How the importer writes a date it read from OCR'd text back into a phrase. Reading dates is the
// domain's (`findDateExpressions`, `dateRightAfter` in @dvcq/domain).
import type { DateExpression } from '@dvcq/domain';

/** Vietnamese rendering used when a phrase has to be rebuilt from OCR text. */
export function formatDateHit(h: DateExpression, source: string): string {
  if (h.form === 'numeric') {
    const raw = source.slice(h.start, h.end).replace(/^\D+/, '').replace(/\s+/g, '');
    return h.withNgay ? `ngày ${raw}` : raw;
  }
  if (h.form === 'month') return `tháng ${h.month} năm ${h.year}`;
  const dd = String(h.day ?? 1).padStart(2, '0');
  return `${h.withNgay ? 'ngày ' : ''}${dd} tháng ${h.month} năm ${h.year}`;
}
