// From what the extractor read in a document to a draft plan a person checks before publishing:
// deadlines become milestones with their audience, targets and duties become plan items, and unit
// names are matched against the org tree (ignoring case and diacritics). What cannot be matched is
// kept as text and listed, never silently dropped.
import { isPeriodKind, periodLabelInText } from '@dvcq/domain';
import type { Extraction, Section } from '@dvcq/extractor';
import type { PlanInput, PlanSectionDto, UnitKind } from '@dvcq/shared';
import { fold } from '../../text.ts';

export interface UnitForMatching {
  id: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
}

export interface PlanDraftFromDocument {
  input: PlanInput;
  unmatchedUnits: string[];
}

/** Unit kinds addressed by collective phrases in the genre ("các sở, ban, ngành", "UBND các huyện…"). */
function kindsNamedIn(text: string): UnitKind[] {
  const t = fold(text);
  const kinds = new Set<UnitKind>();
  if (/\bcac so\b|so, ban, nganh|\bcac co quan\b/.test(t)) kinds.add('department');
  if (/cac huyen|thi xa, thanh pho|cap huyen/.test(t)) kinds.add('district');
  if (/cac xa|xa, phuong|cap xa/.test(t)) kinds.add('commune');
  if (/don vi su nghiep/.test(t)) kinds.add('public_service');
  if (/trung uong/.test(t)) kinds.add('central_agency');
  if (/cac phong|phong chuyen mon|don vi thuoc/.test(t)) kinds.add('division');
  return [...kinds];
}

export function matchUnit(name: string, units: UnitForMatching[]): UnitForMatching | null {
  const target = fold(name).replace(/[.;:,]+$/, '');
  if (!target) return null;
  const exact = units.find((u) => fold(u.name) === target || (u.shortName && fold(u.shortName) === target));
  if (exact) return exact;
  // "Sở Văn hoá…" vs "Sở Văn hóa…": folding already equates the two spellings; then try the unit
  // name with its administrative prefix dropped ("Ủy ban nhân dân thành phố Tây Ninh" ↔ "thành phố Tây Ninh").
  return units.find((u) => fold(u.name).replace(/^uy ban nhan dan /, '') === target.replace(/^uy ban nhan dan /, '')) ?? null;
}

/**
 * The extractor gives each section's heading paragraph in full and every paragraph under it; a plan
 * section keeps a heading of at most 1000 characters, so a longer first paragraph is split after a
 * sentence and the rest goes to the section text, where the paragraphs follow — every word kept.
 */
function toSections(sections: Section[]): PlanSectionDto[] {
  return sections.map((s) => {
    let heading = s.heading;
    let rest = s.text.startsWith(s.heading) ? s.text.slice(s.heading.length).replace(/^\n/, '') : s.text;
    if (heading.length > 1000) {
      const cut = Math.max(heading.lastIndexOf('. ', 1000), heading.lastIndexOf('; ', 1000), heading.lastIndexOf(' ', 999));
      rest = [heading.slice(cut + 1).trim(), rest].filter(Boolean).join('\n');
      heading = heading.slice(0, cut + 1).trim();
    }
    return { label: s.marker, heading, text: rest.slice(0, 100_000), children: toSections(s.children) };
  });
}

const DEFAULT_AUDIENCE: UnitKind[] = ['department', 'district', 'public_service', 'central_agency'];

function milestoneTitle(kind: string, period: string | null, year: number, subject: string): string {
  switch (kind) {
    case 'unit_plan':
      return `Kế hoạch công tác dân vận chính quyền năm ${year} của đơn vị`;
    case 'self_assessment':
      return `Hồ sơ tự đánh giá, chấm điểm công tác dân vận chính quyền năm ${year}`;
    case 'report': {
      return `Báo cáo ${periodLabelInText(year, isPeriodKind(period) ? period : 'Y')}`;
    }
    default:
      return subject.charAt(0).toUpperCase() + subject.slice(1);
  }
}

/** Signer title lines as printed ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), from the extractor's spans. */
function signerTitleLines(text: string, e: Extraction): string | null {
  if (!e.signer) return null;
  if (e.signer.titleSpans.length) return e.signer.titleSpans.map((s) => text.slice(s.start, s.end).trim()).join('\n');
  return e.signer.title;
}

export function extractionToPlan(
  text: string,
  e: Extraction,
  ctx: { issuerUnitId: string; units: UnitForMatching[]; fallbackYear: number },
): PlanDraftFromDocument {
  const year = e.year ?? ctx.fallbackYear;
  const unmatched = new Set<string>();
  const contentSection = e.sections.find((s) => /noi dung/.test(fold(s.heading)));
  const milestones: PlanInput['milestones'] = e.deadlines.map((d) => {
    const owner = d.subject.includes(':') ? matchUnit(d.subject.split(':')[0]!, ctx.units) : null;
    const isCoordinatorTask = d.kind === 'ranking' || d.kind === 'appraisal';
    const deliverableKind =
      d.kind === 'unit_plan'
        ? 'unit_plan'
        : d.kind === 'report'
          ? 'period_report'
          : d.kind === 'self_assessment'
            ? 'self_assessment'
            : 'other';
    return {
      title: milestoneTitle(d.kind, d.period, year, d.subject),
      dueDate: d.due,
      inclusive: d.inclusive,
      phrase: d.phrase,
      deliverableKind,
      periodKind: deliverableKind === 'period_report' ? (d.period ?? 'Y') : null,
      periodYear: deliverableKind === 'period_report' ? year : null,
      audience: owner && (isCoordinatorTask || deliverableKind === 'other') ? { unitIds: [owner.id] } : { unitKinds: DEFAULT_AUDIENCE },
    };
  });
  const activities: PlanInput['activities'] = [];
  for (const a of e.assignments) {
    const unit = matchUnit(a.unit, ctx.units);
    const kinds = unit ? [] : kindsNamedIn(a.unit);
    if (!unit && !kinds.length) unmatched.add(a.unit);
    const duties = a.duties.length ? a.duties : [a.unit];
    for (const duty of duties) {
      activities.push({
        content: duty,
        leadUnitId: unit?.id ?? null,
        leadText: unit ? null : a.unit,
        appliesToKinds: kinds,
      });
    }
  }
  const input: PlanInput = {
    issuerUnitId: ctx.issuerUnitId,
    year,
    number: e.number,
    issuedOn: e.issuedOn,
    place: e.place,
    title: e.title,
    signerName: e.signer?.name ?? null,
    signerTitle: signerTitleLines(text, e),
    // Everything before part I. as written (the legal bases in full and the lead-in) and the "Nơi nhận"
    // list: an imported plan exports with the words it was issued with.
    preamble: e.preamble
      .map((p) => p.text.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean)
      .slice(0, 20)
      .map((p) => p.slice(0, 20_000)),
    recipients: e.recipients.slice(0, 100).map((r) => r.slice(0, 300)),
    legalBases: e.references.slice(0, 100).map((r) => ({ number: r.number, date: r.date, issuer: null, summary: null })),
    sections: toSections(e.sections),
    contentAreas: (contentSection?.children ?? []).map((c, i) => ({ code: String(i + 1), title: c.heading.slice(0, 1000) })),
    targets: e.targets.map((t) => ({
      text: t.text,
      value: t.value,
      unit: t.unit,
      comparator: t.value === null ? null : /(tren|hon|vuot)\s*\d/.test(fold(t.text)) ? '>' : t.value === 100 ? '=' : '>=',
      unitKinds: [],
    })),
    activities,
    milestones,
  };
  return { input, unmatchedUnits: [...unmatched] };
}
