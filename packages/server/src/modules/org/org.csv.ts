// Unit lists as Excel saves them: "CSV UTF-8" with a BOM, Vietnamese headers, comma or semicolon
// (Excel uses the list separator of the machine's locale), dates as dd/mm/yyyy. Pure: text in, rows
// with their problems out.
import { parse } from 'csv-parse/sync';
import { parseDateInput } from '@dvcq/domain';
import { type UnitKind, unitKindFromText, UNIT_KIND_LABELS } from '@dvcq/shared';
import { fold } from '../../text.ts';
import { OrgErrors } from './org.errors.ts';

const COLUMNS = {
  code: ['ma don vi', 'ma'],
  name: ['ten don vi', 'ten'],
  parentCode: ['ma don vi cap tren', 'ma cap tren', 'don vi cap tren'],
  kind: ['loai don vi', 'loai'],
  shortName: ['ten viet tat', 'viet tat'],
  validFrom: ['ngay hieu luc', 'hieu luc tu ngay', 'ngay bat dau'],
} as const;
type Column = keyof typeof COLUMNS;
export const CSV_TEMPLATE_HEADER = 'Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị,Tên viết tắt,Ngày hiệu lực';

export interface ParsedRow {
  row: number;
  code: string;
  name: string;
  parentCode: string;
  kindText: string;
  kind: UnitKind | null;
  shortName: string | null;
  validFrom: string | null;
  errors: string[];
}

export function parseUnitCsv(csvText: string, today: string): ParsedRow[] {
  const textNoBom = csvText.replace(/^\uFEFF/, '').normalize('NFC');
  const firstLine = textNoBom.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(textNoBom, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    throw OrgErrors.importBadHeader(CSV_TEMPLATE_HEADER);
  }
  const [header, ...data] = records;
  if (!header) throw OrgErrors.importEmpty();
  const index: Partial<Record<Column, number>> = {};
  header.forEach((h, i) => {
    const key = fold(h).replace(/\*/g, '').trim();
    for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (index[col] === undefined && names.includes(key)) index[col] = i;
    }
  });
  if (index.code === undefined || index.name === undefined || index.kind === undefined || index.parentCode === undefined) {
    throw OrgErrors.importBadHeader(CSV_TEMPLATE_HEADER);
  }
  if (!data.length) throw OrgErrors.importEmpty();
  const cell = (r: string[], c: Column) => (index[c] === undefined ? '' : (r[index[c]!] ?? '').trim());
  return data.map((r, i) => {
    const errors: string[] = [];
    const code = cell(r, 'code');
    const name = cell(r, 'name');
    const kindText = cell(r, 'kind');
    const kind = unitKindFromText(kindText);
    const dateText = cell(r, 'validFrom');
    const validFrom = dateText ? parseDateInput(dateText) : today;
    if (!code) errors.push('Thiếu mã đơn vị.');
    else if (!/^[A-Za-z0-9._-]+$/.test(code)) errors.push('Mã đơn vị chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.');
    if (name.length < 2) errors.push('Thiếu tên đơn vị.');
    if (!kind) errors.push(`Loại đơn vị "${kindText}" không hợp lệ. Dùng một trong: ${Object.values(UNIT_KIND_LABELS).join('; ')}.`);
    if (!validFrom) errors.push(`Ngày hiệu lực "${dateText}" không hợp lệ (dùng dd/mm/yyyy).`);
    return {
      row: i + 2,
      code,
      name,
      parentCode: cell(r, 'parentCode'),
      kindText,
      kind,
      shortName: cell(r, 'shortName') || null,
      validFrom,
      errors,
    };
  });
}
