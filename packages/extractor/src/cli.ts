// `import-doc <file> [--json]`: with --json prints only the golden JSON (2-space indent); otherwise a
// short Vietnamese summary. Errors go to stderr in Vietnamese with exit code 2.

import { extractDocument, toGoldenJson } from './extract.ts';
import { readDocumentFile } from './read-file.ts';
import { isImportError } from './errors.ts';
import type { Extraction } from './types.ts';

const KIND_VI: Record<Extraction['kind'], string> = { plan: 'Kế hoạch', report: 'Báo cáo', decision: 'Quyết định', other: 'Văn bản khác' };

function viDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function formatSummary(e: Extraction): string {
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
    const { text } = await readDocumentFile(file);
    const e = extractDocument(text);
    process.stdout.write(json ? `${JSON.stringify(toGoldenJson(e), null, 2)}\n` : formatSummary(e));
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
