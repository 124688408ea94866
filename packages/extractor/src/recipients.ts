// The "Nơi nhận:" list under the body: one recipient per "- …;" line, closed by "Lưu: …" (Decree 30/2020,
// Appendix I). Scanned documents flatten the two-column closing table, so a line can carry the
// signature column after the recipient ("- TT. Thành ủy; PHÓ CHỦ TỊCH") and a recipient can wrap onto
// a line of its own ("… CT-XH" / "TP;").
import type { Line } from './lines.ts';
import { fold } from './text.ts';

const BULLET_RE = /^[-–—•+]\s*/;
const CLOSING_HEAD_RE = /^\s*\S{3,4}\s+\S{3,4}\s*:\s*/;
const ARCHIVE_RE = /^l\S{1,2}u\s*:/;
const SIGNATURE_WORDS_RE = /\b(?:chu tich|giam doc|truong|uy ban|nhan dan|bi thu|tm|kt|tl|tuq)\b/;

/** Recipient lines as written, without bullet and closing punctuation; empty when there is no list. */
export function extractRecipients(lines: Line[], closingLine: number, endLine: number, text: string): string[] {
  if (closingLine < 0) return [];
  const out: string[] = [];
  let open = false;
  let strayLines = 0;
  for (let i = closingLine; i < Math.min(endLine, lines.length, closingLine + 60); i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    let t = text.slice(line.start, line.end).replace(/\*+/g, '').trim();
    if (i === closingLine) t = t.replace(CLOSING_HEAD_RE, '');
    if (!t) continue;
    const bullet = BULLET_RE.exec(t);
    if (bullet) {
      const entry = clean(t.slice(bullet[0].length));
      if (!entry) continue;
      out.push(entry);
      open = !/[;.]\s*(?:\d+)?$/.test(withoutSignatureTail(t));
      if (ARCHIVE_RE.test(fold(entry))) break;
      continue;
    }
    if (open && out.length && /^[\p{Ll}A-ZĐ(]/u.test(t) && t.length < 80 && !/^(?:TM|KT|TL|TUQ)\./.test(t)) {
      out[out.length - 1] = clean(`${out[out.length - 1]} ${t}`);
      open = !/[;.]$/.test(t);
      continue;
    }
    // Signature lines interleaved with the list; more than a few means the list is over.
    if (out.length && ++strayLines > 6) break;
  }
  return out;
}

/** "- TT. Thành ủy; PHÓ CHỦ TỊCH" → "- TT. Thành ủy;": an upper-case tail naming a signing title. */
function withoutSignatureTail(s: string): string {
  const cut = Math.max(s.lastIndexOf(';'), s.lastIndexOf(','));
  if (cut < 0) return s;
  const tail = s.slice(cut + 1).trim();
  const isTitle = tail.length >= 4 && tail === tail.toUpperCase() && /\p{L}{2}/u.test(tail) && SIGNATURE_WORDS_RE.test(fold(tail));
  return isTitle ? s.slice(0, cut + 1) : s;
}

function clean(s: string): string {
  return withoutSignatureTail(s)
    .replace(/\s+/g, ' ')
    .replace(/(\.)\s*\d{1,3}$/, '$1') // the number of copies typed after "Lưu: VT, …."
    .replace(/[\s;,.]+$/, '')
    .trim();
}
