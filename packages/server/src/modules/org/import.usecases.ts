// Importing a unit list: a preview lists every row's problems (scope, parents, cycles, duplicates)
// before anything is written; applying writes all rows or none, through the same use cases as a
// person adding units one by one.
import type { ImportPreviewDto } from '@dvcq/shared';
import type { RequestContext } from '../../authz/actor.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { localToday } from '../../clock.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import type { OrgRepository, OrgUnitRow } from './org.repository.ts';
import { OrgErrors } from './org.errors.ts';
import { canManageFromImport } from './org.policies.ts';
import { parseUnitCsv, type ParsedRow } from './org.csv.ts';
import { insertUnit, updateUnit } from './org.usecases.ts';

interface Plan {
  rows: (ParsedRow & { action: 'create' | 'update' | 'unchanged'; existing: OrgUnitRow | null; outOfScope: boolean })[];
}

async function planImport(repo: OrgRepository, rows: ParsedRow[], canManage: (parentPath: string) => boolean): Promise<Plan> {
  const inFile = new Map<string, ParsedRow>();
  for (const r of rows) {
    const key = r.code.toLowerCase();
    if (!r.code) continue;
    if (inFile.has(key)) r.errors.push(`Mã đơn vị ${r.code} bị lặp (đã có ở dòng ${inFile.get(key)!.row}).`);
    else inFile.set(key, r);
  }
  const existingRoot = await repo.findRoot();
  const planned: Plan['rows'] = [];
  for (const r of rows) {
    const existing = r.code ? await repo.findUnitByCode(r.code) : null;
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
        const dbParent = await repo.findUnitByCode(cursor);
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
      const existingParent = existing.parentId ? await repo.findUnit(existing.parentId) : null;
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
    rows: plan.rows.map((r) => ({
      row: r.row,
      code: r.code,
      name: r.name,
      parentCode: r.parentCode,
      kind: r.kind ?? r.kindText,
      action: r.action,
      errors: r.errors,
    })),
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
  repo: OrgRepository,
  ctx: RequestContext | SystemContext,
  csvText: string,
  apply: boolean,
): Promise<ImportPreviewDto> {
  const rows = parseUnitCsv(csvText, localToday(ctx.now));
  const actor = 'actor' in ctx ? ctx.actor : null;
  const plan = await planImport(repo, rows, (path) => canManageFromImport(actor, path));
  const preview = toPreview(plan, false);
  if (!apply) return preview;
  if (plan.rows.some((r) => r.outOfScope)) throw AuthzErrors.outOfScope();
  if (preview.errorCount > 0) throw OrgErrors.importHasErrors();
  await repo.transaction(async (tx) => {
    const created = new Map<string, OrgUnitRow>();
    for (const r of topological(plan.rows)) {
      if (r.action === 'create') {
        const parent = r.parentCode ? (created.get(r.parentCode.toLowerCase()) ?? (await tx.findUnitByCode(r.parentCode))) : null;
        const row = await insertUnit(
          tx,
          { parentId: parent?.id ?? null, kind: r.kind!, code: r.code, name: r.name, shortName: r.shortName, validFrom: r.validFrom! },
          ctx,
        );
        created.set(r.code.toLowerCase(), row);
      } else if (r.action === 'update') {
        await updateUnit(tx, ctx, r.existing!.id, { name: r.name, kind: r.kind!, shortName: r.shortName });
      }
    }
    await recordAudit(tx, ctx, {
      action: 'org.units_imported',
      entityType: 'org_unit',
      after: { created: preview.createCount, updated: preview.updateCount },
    });
  });
  return { ...preview, applied: true };
}
