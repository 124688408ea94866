// `import-doc <file> [--json]`: with --json prints only the golden JSON (2-space indent); otherwise a
// short Vietnamese summary. Errors go to stderr in Vietnamese with exit code 2.

import { toGoldenJson } from './extract.ts';
import { readDocument } from './read-document.ts';
import { isImportError } from './errors.ts';
import type { Extraction } from './types.ts';

const KIND_VI: Record<Extraction['kind'], string> = { plan: 'Kế hoạch', report: 'Báo cáo', decision: 'Quyết định', other: 'Văn bản khác' };

function viDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function formatSummary(e: Extraction, ocrConfidence: number | null = null): string {
  const lines: string[] = [];
  lines.push(`Loại văn bản: ${KIND_VI[e.kind]}`);
  lines.push(`Số ký hiệu: ${e.number ?? '—'}`);
  lines.push(`Ngày ban hành: ${viDate(e.issuedOn)}${e.place ? ` (${e.place})` : ''}`);
  lines.push(`Cơ quan ban hành: ${e.issuer ?? '—'}`);
  lines.push(`Trích yếu: ${e.title || '—'}`);
  lines.push(`Năm: ${e.year ?? '—'}`);
  lines.push(`Văn bản được viện dẫn: ${e.references.length}`);
  lines.push(`Thời hạn: ${e.deadlines.length}`);
  for (const d of e.deadlines) lines.push(`  - ${viDate(d.due)} (${d.inclusive ? 'chậm nhất' : 'trước'}): ${d.subject}`);
  lines.push(`Chỉ tiêu: ${e.targets.length}`);
  for (const t of e.targets) lines.push(`  - ${t.value === null ? '' : `${t.value}${t.unit === 'percent' ? '%' : ''}: `}${t.text}`);
  lines.push(`Đơn vị được phân công: ${e.assignments.length}`);
  for (const a of e.assignments) lines.push(`  - ${a.unit}`);
  lines.push(`Người ký: ${e.signer ? `${e.signer.name}${e.signer.title ? ` (${e.signer.title})` : ''}` : '—'}`);
  if (e.restructuring.length > 0) lines.push(`Đơn vị hành chính hình thành sau sắp xếp: ${e.restructuring.length}`);
  if (e.kpiRows.length > 0) lines.push(`Chỉ tiêu tuyên truyền (phụ lục): ${e.kpiRows.length}`);
  if (e.report) lines.push(`Báo cáo: ${e.report.areas.length} lĩnh vực, ${e.report.indicators.length} số liệu`);
  if (ocrConfidence !== null) lines.push(`Đã nhận dạng ký tự (OCR) từ bản quét, độ tin cậy trung bình ${ocrConfidence}%.`);
  if (e.restoration) lines.push(`Đã khôi phục dấu cho ${e.restoration.words.length} từ; vui lòng rà soát.`);
  if (e.ocr) lines.push('Lưu ý: văn bản nhận dạng ký tự (OCR) không dấu; vui lòng kiểm tra lại các trường trích xuất.');
  return `${lines.join('\n')}\n`;
}

export async function runImportDoc(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json' && a !== 'import-doc');
  const file = files[0];
  if (!file || files.length > 1 || files.some((f) => f.startsWith('--'))) {
    process.stderr.write('Cách dùng: import-doc <tệp> [--json]\n');
    return 2;
  }
  try {
    // Scanned files go through OCR, which takes a while: progress on stderr for a person at a terminal.
    const tty = process.stderr.isTTY === true;
    let last = -1;
    const r = await readDocument(file, {
      onProgress: (p) => {
        const pct = Math.floor(p.fraction * 100);
        if (tty && p.stage === 'ocr' && pct !== last) {
          last = pct;
          process.stderr.write(`\rĐang nhận dạng ký tự: ${pct}% (trang ${(p.page ?? 0) + 1}/${p.pages ?? 1})`);
        }
      },
    });
    if (tty && last >= 0) process.stderr.write('\n');
    const e = r.extraction;
    process.stdout.write(
      json
        ? `${JSON.stringify(toGoldenJson(e), null, 2)}\n`
        : formatSummary(e, r.source === 'ocr' ? (r.ocr?.meanConfidence ?? null) : null),
    );
    return 0;
  } catch (err) {
    if (isImportError(err)) {
      process.stderr.write(`${err.message} (${err.code})\n`);
      return 2;
    }
    process.stderr.write(`Không đọc được văn bản: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
