// The self-assessment dossier (hồ sơ tự đánh giá, chấm điểm) as an official document: the unit's
// assessment → the docgen builder's model (Decree 30 report to Sở Nội vụ, the scoring table as
// Appendix I, the evidence list as Appendix II) → Word. Pure: the route loads the assessment through the
// use case that checks who may see it. Submitted, it carries the number, date and signer the head gave;
// before that, or while anything is missing (assessments submitted before the signer was asked for), it
// prints "DỰ THẢO" with placeholders.
import {
  buildSelfAssessmentDossier,
  documentGaps,
  renderDocx,
  type DocumentModel,
  type EvidenceItem,
  type SelfAssessedCriterion,
} from '@dvcq/docgen';
import { headTitleOfBody, isLocalDate, localDateInProvince, type AssessmentResult } from '@dvcq/domain';
import type { AssessmentDetailDto } from '@dvcq/shared';

const COLLECTIVE = /^(Ủy ban nhân dân|Uỷ ban nhân dân)\s/iu;

/** Evidence numbered "MC-01", "MC-02" … in the order of the criteria; a file or link used by several criteria is listed once. */
export function evidenceList(a: AssessmentDetailDto): { items: EvidenceItem[]; byCriterion: Map<string, string[]> } {
  const items: (EvidenceItem & { criteria: string[] })[] = [];
  const seen = new Map<string, EvidenceItem & { criteria: string[] }>();
  const byCriterion = new Map<string, string[]>();
  const add = (key: string, code: string, item: Omit<EvidenceItem, 'code' | 'criteria'>) => {
    let entry = seen.get(key);
    if (!entry) {
      entry = { ...item, code: `MC-${String(items.length + 1).padStart(2, '0')}`, criteria: [] };
      seen.set(key, entry);
      items.push(entry);
    }
    if (!entry.criteria.includes(code)) entry.criteria.push(code);
    byCriterion.set(code, [...(byCriterion.get(code) ?? []), entry.code]);
  };
  for (const s of a.scores) {
    for (const f of s.evidenceFiles) add(`file:${f.id}`, s.code, { title: f.filename.replace(/\.[^.]+$/u, ''), fileName: f.filename });
    for (const l of s.evidenceLinks) add(`link:${l.url}`, s.code, { title: l.title ?? l.url, fileName: l.url });
  }
  return { items, byCriterion };
}

/** The dossier's document model; `place`: the unit's place on the date line (`placeOfUnit`). */
export function selfAssessmentDossierModel(a: AssessmentDetailDto, place: string | null, now: Date): DocumentModel {
  const result = a.result as AssessmentResult | null;
  const { items, byCriterion } = evidenceList(a);
  const explanations = new Map(a.scores.map((s) => [s.code, s.selfExplanation]));
  const criteria: SelfAssessedCriterion[] = (result?.nodes ?? [])
    .filter((n) => n.applicable)
    .map((n) => ({
      code: n.code,
      title: n.category === 'regular' ? n.title : `${n.title} (${n.category === 'bonus' ? 'điểm thưởng' : 'điểm trừ'})`,
      maxPoints: n.maxPoints,
      selfScore: n.self,
      evidence: byCriterion.get(n.code) ?? [],
      note: explanations.get(n.code) ?? null,
    }));
  // The total the unit gives itself: regular points plus bonus, less deductions, of the top-level parts.
  const top = (result?.nodes ?? []).filter((n) => n.depth === 1 && n.applicable);
  const selfTotal = top.reduce((sum, n) => sum + (n.category === 'penalty' ? -1 : 1) * (n.self ?? 0), 0);
  const submitted = a.firstSubmittedAt !== null && a.status !== 'draft';
  const collective = COLLECTIVE.exec(a.unitName)?.[1] ?? null;
  const headTitle = headTitleOfBody(a.unitName);
  const given = submitted ? a.dossier : { number: null, date: null, signerName: null, signerTitle: null };
  // The head signs unless another title was given; a body without a known head title keeps the placeholder.
  const signerTitle = given.signerName ? (given.signerTitle ?? (headTitle === 'Thủ trưởng' ? null : headTitle)) : null;
  const sc = a.scorecard;
  const base = buildSelfAssessmentDossier({
    issuer: { name: a.unitName, place, collective, headTitle },
    signer: { name: given.signerName, title: signerTitle },
    addressees: ['Sở Nội vụ'],
    year: a.year,
    scorecard: {
      kind: 'Quyết định',
      number: sc.decisionNumber,
      date: isLocalDate(sc.decisionDate) ? sc.decisionDate : null,
      issuer: sc.issuerUnitName,
      subject: null,
    },
    scorecardTitle: sc.name.replace(/^Ví dụ minh hoạ[^—]*—\s*/u, ''),
    criteria,
    total: Math.round(selfTotal * 100) / 100,
    maxTotal: result?.unitMax ?? a.unitMax ?? 0,
    proposedLevel: result?.complete || submitted ? (a.levelName ?? null) : null,
    evidence: items,
    issuedOn:
      given.date && isLocalDate(given.date)
        ? given.date
        : a.firstSubmittedAt
          ? localDateInProvince(new Date(a.firstSubmittedAt))
          : localDateInProvince(now),
    draft: !submitted,
  });
  const numbered: DocumentModel = given.number ? { ...base, number: given.number } : base;
  // The narrative parts (strengths, shortcomings) are optional here and left out when empty: only a
  // missing registration or signature leaves a placeholder that nobody may sign.
  const unsignable = documentGaps(numbered).some((g) => g.field !== 'content');
  return unsignable ? { ...numbered, draft: true } : numbered;
}

export async function selfAssessmentDossierDocx(a: AssessmentDetailDto, place: string | null, now: Date): Promise<Buffer> {
  return renderDocx(selfAssessmentDossierModel(a, place, now));
}
