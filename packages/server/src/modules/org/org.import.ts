// Unit lists as Excel saves them: "CSV UTF-8" with a BOM, Vietnamese headers, comma or semicolon
// (Excel uses the list separator of the machine's locale), dates as dd/mm/yyyy. A preview lists every
// row's problems before anything is written; applying writes all rows or none.
import { parse } from 'csv-parse/sync';
import { parseDateInput } from '@dvcq/domain';
import { type ImportPreviewDto, type UnitKind, unitKindFromText, UNIT_KIND_LABELS } from '@dvcq/shared';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../authz/actor.ts';
import type { SystemContext } from '../audit/audit.recorder.ts';
import { canOn } from '../../authz/permissions.ts';
import { appError, forbidden } from '../../http/errors.ts';
import { fold } from '../../text.ts';
import { localToday } from '../../clock.ts';
import { findRoot, findUnitByCode, type OrgUnitRow } from './org.repository.ts';
import { insertUnit, updateUnit } from './org.usecases.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { orgUnits } from '../../db/schema.ts';
import { eq } from 'drizzle-orm';

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

interface ParsedRow {
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
    throw appError(400, 'org.import_bad_header', { columns: CSV_TEMPLATE_HEADER });
  }
  const [header, ...data] = records;
  if (!header) throw appError(400, 'org.import_empty');
  const index: Partial<Record<Column, number>> = {};
  header.forEach((h, i) => {
    const key = fold(h).replace(/\*/g, '').trim();
    for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (index[col] === undefined && names.includes(key)) index[col] = i;
    }
  });
  if (index.code === undefined || index.name === undefined || index.kind === undefined || index.parentCode === undefined) {
    throw appError(400, 'org.import_bad_header', { columns: CSV_TEMPLATE_HEADER });
  }
  if (!data.length) throw appError(400, 'org.import_empty');
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
    return { row: i + 2, code, name, parentCode: cell(r, 'parentCode'), kindText, kind, shortName: cell(r, 'shortName') || null, validFrom, errors };
  });
}

interface Plan {
  rows: (ParsedRow & { action: 'create' | 'update' | 'unchanged'; existing: OrgUnitRow | null; outOfScope: boolean })[];
}

async function planImport(db: Db, rows: ParsedRow[], canManage: (parentPath: string) => boolean): Promise<Plan> {
  const inFile = new Map<string, ParsedRow>();
  for (const r of rows) {
    const key = r.code.toLowerCase();
    if (!r.code) continue;
    if (inFile.has(key)) r.errors.push(`Mã đơn vị ${r.code} bị lặp (đã có ở dòng ${inFile.get(key)!.row}).`);
    else inFile.set(key, r);
  }
  const existingRoot = await findRoot(db);
  const planned: Plan['rows'] = [];
  for (const r of rows) {
    const existing = r.code ? await findUnitByCode(db, r.code) : null;
    let action: 'create' | 'update' | 'unchanged' = 'create';
    // Resolve the chain of parents to the first one already in the database, to check scope and cycles.
    let parentPath: string | null = null;
    if (!r.parentCode) {
      if (!existing && existingRoot) r.errors.push('Thiếu mã đơn vị cấp trên (hệ thống đã có đơn vị gốc cấp tỉnh).');
    } else {
      const seen = new Set<string>([r.code.toLowerCase()]);
      let cursor = r.parentCode;
      for (;;) {
        const key = cursor.toLowerCase();
        if (seen.has(key)) {
          r.errors.push('Quan hệ cấp trên tạo thành vòng lặp.');
          break;
        }
        seen.add(key);
        const dbParent = await findUnitByCode(db, cursor);
        if (dbParent) {
          parentPath = dbParent.path;
          if (dbParent.validTo) r.errors.push(`Đơn vị cấp trên ${dbParent.code} đã ngừng hoạt động.`);
          break;
        }
        const fileParent = inFile.get(key);
        if (!fileParent) {
          r.errors.push(`Không tìm thấy đơn vị cấp trên có mã "${cursor}" trong hệ thống hoặc trong tệp.`);
          break;
        }
        if (!fileParent.parentCode) break;
        cursor = fileParent.parentCode;
      }
    }
    let outOfScope = false;
    if ((parentPath !== null && !canManage(parentPath)) || (existing && !canManage(existing.path))) {
      outOfScope = true;
      r.errors.push('Đơn vị nằm ngoài phạm vi quản lý của bạn.');
    }
    if (parentPath === null && !r.parentCode && !existing && !canManage('/')) {
      outOfScope = true;
      r.errors.push('Bạn không có quyền tạo đơn vị gốc.');
    }
    if (existing) {
      const existingParent = existing.parentId ? (await db.select().from(orgUnits).where(eq(orgUnits.id, existing.parentId)))[0] : null;
      if ((existingParent?.code.toLowerCase() ?? '') !== r.parentCode.toLowerCase()) {
        r.errors.push('Đơn vị đã có trong hệ thống dưới đơn vị cấp trên khác; hãy dùng chức năng "Chuyển đơn vị".');
      }
      const same = existing.name === r.name && existing.kind === r.kind && (existing.shortName ?? null) === r.shortName;
      action = same ? 'unchanged' : 'update';
    }
    planned.push({ ...r, action, existing, outOfScope });
  }
  return { rows: planned };
}

function toPreview(plan: Plan, applied: boolean): ImportPreviewDto {
  return {
    rows: plan.rows.map((r) => ({ row: r.row, code: r.code, name: r.name, parentCode: r.parentCode, kind: r.kind ?? r.kindText, action: r.action, errors: r.errors })),
    errorCount: plan.rows.reduce((n, r) => n + r.errors.length, 0),
    createCount: plan.rows.filter((r) => r.action === 'create').length,
    updateCount: plan.rows.filter((r) => r.action === 'update').length,
    applied,
  };
}

/** Parents before children, so each insert finds its parent. */
function topological(rows: Plan['rows']): Plan['rows'] {
  const byCode = new Map(rows.map((r) => [r.code.toLowerCase(), r]));
  const out: Plan['rows'] = [];
  const done = new Set<string>();
  const visit = (r: Plan['rows'][number]) => {
    const key = r.code.toLowerCase();
    if (done.has(key)) return;
    done.add(key);
    const parent = byCode.get(r.parentCode.toLowerCase());
    if (parent) visit(parent);
    out.push(r);
  };
  rows.forEach(visit);
  return out;
}

export async function importUnits(
  db: Db,
  ctx: RequestContext | SystemContext,
  csvText: string,
  apply: boolean,
): Promise<ImportPreviewDto> {
  const today = localToday(ctx.now);
  const rows = parseUnitCsv(csvText, today);
  const canManage = (path: string) => !('actor' in ctx) || (path === '/' ? false : canOn(ctx.actor, 'org.manage', path));
  const plan = await planImport(db, rows, canManage);
  const preview = toPreview(plan, false);
  if (!apply) return preview;
  if (plan.rows.some((r) => r.outOfScope)) throw forbidden('auth.out_of_scope');
  if (preview.errorCount > 0) throw appError(400, 'org.import_has_errors');
  await db.transaction(async (tx) => {
    const created = new Map<string, OrgUnitRow>();
    for (const r of topological(plan.rows)) {
      if (r.action === 'create') {
        const parent = r.parentCode ? (created.get(r.parentCode.toLowerCase()) ?? (await findUnitByCode(tx, r.parentCode))) : null;
        const row = await insertUnit(tx, { parentId: parent?.id ?? null, kind: r.kind!, code: r.code, name: r.name, shortName: r.shortName, validFrom: r.validFrom! }, ctx);
        created.set(r.code.toLowerCase(), row);
      } else if (r.action === 'update' && 'actor' in ctx) {
        await updateUnit(tx as unknown as Db, ctx, r.existing!.id, { name: r.name, kind: r.kind!, shortName: r.shortName });
      } else if (r.action === 'update') {
        const changes = { name: r.name, kind: r.kind!, shortName: r.shortName, searchText: fold(`${r.name} ${r.shortName ?? ''} ${r.code}`) };
        await tx.update(orgUnits).set(changes).where(eq(orgUnits.id, r.existing!.id));
        await recordAudit(tx, ctx, { action: 'org.unit_updated', entityType: 'org_unit', entityId: r.existing!.id, unitId: r.existing!.id, before: r.existing, after: { ...r.existing, ...changes } });
      }
    }
    await recordAudit(tx, ctx, { action: 'org.units_imported', entityType: 'org_unit', after: { created: preview.createCount, updated: preview.updateCount } });
  });
  return { ...preview, applied: true };
}
