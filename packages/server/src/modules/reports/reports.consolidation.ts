// Consolidation of a period's reports over a subtree: indicator totals over ACCEPTED reports with the
// number of units behind each figure (roll-up rules from @dvcq/domain), the units still missing, and
// every unit's narrative grouped by section; exported as a Decree 30 Word report and an Excel table.
import { like } from 'drizzle-orm';
import { formatReportValue, localDateInProvince, rollupTree, type ConsolidationNode } from '@dvcq/domain';
import { buildOfficialDocx, buildXlsxTable, type BodyBlock, type XlsxColumn, type XlsxRow } from '@dvcq/docgen';
import { REPORT_STATUS_LABELS, type ConsolidationDto, type ReportStatusId, type exportConsolidationDocxRequest } from '@dvcq/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { orgUnits } from '../../db/schema.ts';
import type { Actor } from '../../authz/actor.ts';
import { appError } from '../../http/errors.ts';
import { findUnit } from '../org/org.repository.ts';
import { escapeLike } from '../../text.ts';
import { findForm, findPlan, listReportObligations } from './reports.repository.ts';
import { assertReadReport } from './reports.policies.ts';
import { presentForm } from './reports.forms.ts';
import { onTimeOf } from './reports.usecases.ts';
import { toDomainDef } from './reports.values.ts';

export interface ConsolidationQuery {
  planId: string;
  periodKind: string;
  periodYear: number;
  unitId?: string | undefined;
}

export async function getConsolidation(db: Db, actor: Actor, q: ConsolidationQuery): Promise<ConsolidationDto> {
  const plan = await findPlan(db, q.planId);
  if (!plan) throw appError(404, 'report.plan_not_found');
  const root = await findUnit(db, q.unitId ?? plan.issuerUnitId);
  if (!root) throw appError(404, 'org.not_found');
  assertReadReport(actor, root.path);
  const form = await findForm(db, plan.id, q.periodKind, q.periodYear);
  if (!form) throw appError(404, 'report.form_not_found');

  const rows = await listReportObligations(db, { roots: [root.path], planId: plan.id, periodKind: q.periodKind, periodYear: q.periodYear });
  const units = await db.select().from(orgUnits).where(like(orgUnits.path, `${escapeLike(root.path)}%`));
  const obligated = new Set(rows.map((r) => r.unit.id));
  const valuesByUnit: Record<string, Record<string, number | string>> = {};
  for (const r of rows) if (r.report?.status === 'accepted') valuesByUnit[r.unit.id] = r.report.values;

  // The org tree under the root; a unit is expected to report when it owes this period's report.
  const childrenOf = new Map<string, typeof units>();
  for (const u of units) if (u.parentId) childrenOf.set(u.parentId, [...(childrenOf.get(u.parentId) ?? []), u]);
  const node = (u: (typeof units)[number]): ConsolidationNode => ({
    unitId: u.id,
    expectedToReport: obligated.has(u.id),
    children: (childrenOf.get(u.id) ?? []).map(node),
  });
  const indicators = form.indicators.map(toDomainDef);
  const totals = rollupTree(node(root), valuesByUnit, indicators)[root.id]!;

  const accepted = rows.filter((r) => r.report?.status === 'accepted');
  const statusOf = (r: (typeof rows)[number]) => (r.report?.status as ReportStatusId | undefined) ?? 'not_started';
  return {
    form: presentForm(plan, form),
    root: { id: root.id, code: root.code, name: root.name },
    expectedCount: rows.length,
    acceptedCount: accepted.length,
    figures: form.indicators.map((ind) => {
      const f = totals.figures[ind.code]!;
      return { code: ind.code, name: ind.name, type: ind.type, unit: ind.unit, rule: f.rule, value: f.value, reportedBy: f.reportedBy, expected: f.expected };
    }),
    units: rows.map((r) => ({
      unitId: r.unit.id,
      code: r.unit.code,
      name: r.unit.name,
      obligationId: r.obligation.id,
      status: statusOf(r),
      firstSubmittedAt: r.obligation.firstSubmittedAt?.toISOString() ?? null,
      onTime: onTimeOf(r.obligation),
      cutOffDate: r.report?.status === 'accepted' ? r.report.cutOffDate : null,
      values: r.report?.status === 'accepted' ? r.report.values : null,
    })),
    missing: rows.filter((r) => r.report?.status !== 'accepted').map((r) => ({ unitId: r.unit.id, name: r.unit.name, status: statusOf(r) })),
    sections: form.sections.map((s) => ({
      code: s.code,
      title: s.title,
      entries: accepted
        .map((r) => ({ unitId: r.unit.id, unitName: r.unit.name, text: (r.report!.sections[s.code] ?? '').trim() }))
        .filter((e) => e.text !== ''),
    })),
  };
}

const XLSX_TYPE = { integer: 'integer', money: 'money', percent: 'percent', date: 'date', text: 'text' } as const;

export async function exportConsolidationXlsx(db: Db, actor: Actor, q: ConsolidationQuery): Promise<{ filename: string; data: Buffer }> {
  const c = await getConsolidation(db, actor, q);
  const columns: XlsxColumn[] = [
    { key: 'unit', header: 'Tên cơ quan, đơn vị', type: 'text', width: 42 },
    { key: 'status', header: 'Tình trạng báo cáo', type: 'text', width: 20, total: { value: `${c.acceptedCount}/${c.expectedCount} đã tiếp nhận` } },
    { key: 'cutOff', header: 'Ngày chốt số liệu', type: 'date', total: 'none' },
    ...c.figures.map((f): XlsxColumn => ({
      key: `v_${f.code}`,
      header: f.unit ? `${f.name} (${f.unit})` : f.name,
      type: XLSX_TYPE[f.type],
      total: f.rule === 'sum' ? 'sum' : f.rule === 'none' || f.value === null ? 'none' : { value: f.value },
    })),
  ];
  const rows: XlsxRow[] = c.units.map((u) => ({
    unit: u.name,
    status: REPORT_STATUS_LABELS[u.status],
    cutOff: u.cutOffDate,
    ...Object.fromEntries(c.figures.map((f) => [`v_${f.code}`, u.values?.[f.code] ?? null])),
  }));
  const data = await buildXlsxTable({
    sheets: [
      {
        name: 'Tổng hợp số liệu',
        title: `TỔNG HỢP SỐ LIỆU ${c.form.title.toUpperCase()}`,
        subtitles: [
          `Kế hoạch: ${c.form.planNumber ? `${c.form.planNumber} – ` : ''}${c.form.planTitle}`,
          `Kỳ báo cáo: ${c.form.periodLabel}; phạm vi: ${c.root.name}`,
          `Số đơn vị đã được tiếp nhận báo cáo: ${c.acceptedCount}/${c.expectedCount} (chỉ số liệu của báo cáo đã tiếp nhận được tổng hợp)`,
        ],
        columns,
        rows,
        totals: { label: 'Tổng cộng' },
        landscape: true,
      },
    ],
  });
  return { filename: `Tong-hop-so-lieu-${q.periodKind}-${q.periodYear}.xlsx`, data };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function formatFigure(f: ConsolidationDto['figures'][number]): string {
  return formatReportValue(f.type, f.value);
}

export async function exportConsolidationDocx(
  db: Db,
  actor: Actor,
  input: z.output<typeof exportConsolidationDocxRequest>,
  now: Date,
): Promise<{ filename: string; data: Buffer }> {
  const c = await getConsolidation(db, actor, input);
  const root = (await findUnit(db, c.root.id))!;
  const isProvince = root.kind === 'province';
  const closing = new Set(['NHIEM_VU', 'KIEN_NGHI']);
  const sectionText = (s: ConsolidationDto['sections'][number]): BodyBlock[] => {
    const edited = input.sections[s.code];
    if (edited !== undefined) return paragraphs(edited).map((p) => ({ kind: 'paragraph', text: p }));
    return s.entries.flatMap((e): BodyBlock[] =>
      paragraphs(e.text).map((p, i) => ({ kind: 'paragraph', text: i === 0 ? [{ text: `${e.unitName}: `, bold: true }, { text: p }] : p })),
    );
  };
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${c.form.planNumber ? `Kế hoạch số ${c.form.planNumber}` : 'kế hoạch'} về ${c.form.planTitle.replace(/^Kế hoạch\s*/i, '').toLowerCase()}, trên cơ sở báo cáo của ${c.acceptedCount}/${c.expectedCount} cơ quan, đơn vị, ${root.name} báo cáo kết quả ${c.form.periodLabel.toLowerCase()} như sau:`,
    },
    { kind: 'heading', level: 1, text: 'Kết quả thực hiện' },
  ];
  for (const s of c.sections.filter((x) => !closing.has(x.code))) body.push({ kind: 'heading', level: 2, text: s.title }, ...sectionText(s));
  if (c.figures.length) {
    body.push({ kind: 'heading', level: 2, text: 'Số liệu tổng hợp' });
    body.push({
      kind: 'table',
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: 'Chỉ tiêu', width: 6 },
        { header: 'Đơn vị tính', width: 2, align: 'center' },
        { header: 'Tổng hợp', width: 3, align: 'right' },
        { header: 'Số đơn vị báo cáo', width: 2, align: 'center' },
      ],
      rows: c.figures.map((f, i) => [String(i + 1), f.name, f.unit ?? (f.type === 'money' ? 'đồng' : f.type === 'percent' ? '%' : ''), formatFigure(f), `${f.reportedBy}/${f.expected}`]),
      fontSizePt: 12,
    });
  }
  if (c.missing.length) {
    body.push({ kind: 'paragraph', italic: true, text: `Các cơ quan, đơn vị chưa có báo cáo được tiếp nhận: ${c.missing.map((m) => m.name).join('; ')}.` });
  }
  for (const s of c.sections.filter((x) => closing.has(x.code))) body.push({ kind: 'heading', level: 1, text: s.title }, ...sectionText(s));
  const data = await buildOfficialDocx({
    issuer: { name: root.name.toUpperCase(), nameInText: root.name },
    number: input.number ?? `     /BC-${isProvince ? 'UBND' : (root.shortName ?? root.code.split('.').pop() ?? '')}`,
    place: 'Tây Ninh',
    issuedOn: input.issuedOn ?? localDateInProvince(now),
    docType: 'BÁO CÁO',
    title: c.form.title,
    legalBases: [],
    body,
    recipients: isProvince ? ['Ban Dân vận Trung ương', 'Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'Ban Dân vận Tỉnh ủy'] : ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ'],
    archive: 'VT',
    signature: {
      authority: isProvince ? ['TM. ỦY BAN NHÂN DÂN'] : [],
      title: input.signerTitle ?? (isProvince ? 'CHỦ TỊCH' : 'THỦ TRƯỞNG CƠ QUAN'),
      // A draft for the signer: the dotted line is filled in by hand when no name is given.
      name: input.signerName ?? '……………………',
    },
  });
  return { filename: `Bao-cao-tong-hop-${input.periodKind}-${input.periodYear}.docx`, data };
}

