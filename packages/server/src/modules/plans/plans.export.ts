// A plan as an official document (Decree 30/2020): the model the Word builder lays out.
import { buildOfficialDocx, type BodyBlock, type OfficialDocument } from '@dvcq/docgen';
import { describeDeadline, formatDateVi } from '@dvcq/domain';
import type { PlanDetailDto, PlanSectionDto } from '@dvcq/shared';
import type { OrgUnitRow } from '../org/org.repository.ts';

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi-VN');

/** "Ủy ban nhân dân tỉnh Tây Ninh" → two header lines; a department gets its parent body above it. */
export function issuerBlock(issuer: OrgUnitRow, ancestors: OrgUnitRow[]): OfficialDocument['issuer'] {
  const m = /^(Ủy ban nhân dân|Hội đồng nhân dân)\s+(.+)$/i.exec(issuer.name);
  if (m) return { name: `${upper(m[1]!)}\n${upper(m[2]!)}` };
  const parent = [...ancestors].reverse().find((a) => ['province', 'district', 'department'].includes(a.kind));
  const parentName = parent ? upper(parent.name.replace(/^Ủy ban nhân dân/i, 'UBND')) : undefined;
  return { ...(parentName ? { parent: parentName } : {}), name: upper(issuer.name) };
}

function sectionBlocks(sections: PlanSectionDto[], depth = 1): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (const s of sections) {
    const isBullet = s.label === '-' || s.label === '+' || s.label === '•';
    if (isBullet) {
      out.push({ kind: 'bullet', text: [s.heading, s.text].filter(Boolean).join(' ') });
    } else if (s.heading) {
      out.push({ kind: 'heading', level: Math.min(depth, 3) as 1 | 2 | 3, text: s.heading, label: s.label });
      for (const para of s.text.split(/\n+/).filter((p) => p.trim())) out.push({ kind: 'paragraph', text: para.trim() });
    } else {
      for (const para of s.text.split(/\n+/).filter((p) => p.trim())) out.push({ kind: 'paragraph', text: para.trim() });
    }
    out.push(...sectionBlocks(s.children, depth + 1));
  }
  return out;
}

/** Without a section tree (a plan typed into the forms), the body is built from the structured items. */
function structuredBlocks(plan: PlanDetailDto): BodyBlock[] {
  const out: BodyBlock[] = [];
  if (plan.summary) out.push({ kind: 'paragraph', text: plan.summary });
  if (plan.contentAreas.length) {
    out.push({ kind: 'heading', level: 1, text: 'Nội dung thực hiện' });
    for (const c of plan.contentAreas) {
      out.push({ kind: 'heading', level: 2, text: c.title });
      if (c.description) out.push({ kind: 'paragraph', text: c.description });
    }
  }
  if (plan.targets.length) {
    out.push({ kind: 'heading', level: 1, text: 'Một số chỉ tiêu cụ thể' });
    plan.targets.forEach((t) => out.push({ kind: 'bullet', text: t.text }));
  }
  if (plan.activities.length) {
    out.push({ kind: 'heading', level: 1, text: 'Tổ chức thực hiện' });
    out.push({
      kind: 'table',
      columns: [
        { header: 'TT', width: 1, align: 'center' },
        { header: 'Nội dung', width: 6 },
        { header: 'Cơ quan chủ trì', width: 3 },
        { header: 'Cơ quan phối hợp', width: 3 },
        { header: 'Thời gian', width: 2, align: 'center' },
      ],
      rows: plan.activities.map((a, i) => [
        i + 1,
        a.content,
        a.leadUnitName ?? a.leadText ?? '',
        a.coordinatingText ?? '',
        a.dueDate ? formatDateVi(a.dueDate) : '',
      ]),
      fontSizePt: 12,
    });
  }
  const milestones = plan.milestones.filter((m) => !m.cancelled);
  if (milestones.length) {
    out.push({ kind: 'heading', level: 1, text: 'Chế độ thông tin, báo cáo' });
    milestones.forEach((m) =>
      out.push({ kind: 'bullet', text: `${m.title}: ${m.phrase || describeDeadline({ due: m.dueDate, inclusive: m.inclusive })}.` }),
    );
  }
  return out;
}

export function planDocument(plan: PlanDetailDto, issuer: OrgUnitRow, ancestors: OrgUnitRow[]): OfficialDocument {
  const signerLines = (plan.signerTitle ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const title = signerLines.pop() ?? '';
  const bases = plan.legalBases.map((b) => `Căn cứ ${b.summary ? `${b.number} ${b.summary}` : b.number}`.replace(/\s+/g, ' ').trim());
  return {
    issuer: issuerBlock(issuer, ancestors),
    number: plan.number ?? '',
    place: plan.place ?? 'Tây Ninh',
    issuedOn: plan.issuedOn ?? plan.updatedAt.slice(0, 10),
    docType: 'KẾ HOẠCH',
    title: plan.title,
    legalBases: bases,
    body: plan.sections.length ? sectionBlocks(plan.sections) : structuredBlocks(plan),
    recipients: plan.recipients.length ? plan.recipients : ['Như mục IV'],
    archive: 'VT',
    signature: { authority: signerLines, title, name: plan.signerName ?? '' },
  };
}

export const exportPlanDocx = (plan: PlanDetailDto, issuer: OrgUnitRow, ancestors: OrgUnitRow[]) =>
  buildOfficialDocx(planDocument(plan, issuer, ancestors));
