// The ranking decision (quyết định công bố kết quả đánh giá, xếp loại) as an official document: the
// ranking → the docgen builder's document model (Decree 30 layout, appendix per unit group) → Word.
// Pure: the use case loads the ranking, the scorecard and its issuer. Before the decision is issued the
// document is a draft ("DỰ THẢO", blank number, placeholders), dated on the day it is in Vietnam.
import { buildRankingDecision, documentGaps, renderDocx, type DocumentModel, type RankedGroup } from '@dvcq/docgen';
import { isLocalDate, localDateInProvince, type LegalReference, type RankingResult } from '@dvcq/domain';
import type { RankingResponseDto } from '@dvcq/shared';
import type { ScorecardRow, UnitRow } from './scoring.repository.ts';
import { changeText, noteFor } from './scoring.export.ts';

/** "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" as stored → printed lines, "TM. ỦY BAN NHÂN DÂN" first when the committee decides. */
function signatureLines(stored: string | null | undefined): string[] | null {
  const lines = (stored ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return null;
  return /^TM\./u.test(lines[0]!) ? lines : ['TM. ỦY BAN NHÂN DÂN', ...lines];
}

/**
 * The decision's document model; issued, it carries its number, date and signer; otherwise a draft.
 * `place`: the issuer's place on the date line (`placeOfUnit`).
 */
export function rankingDecisionModel(
  r: RankingResponseDto,
  issuer: UnitRow,
  place: string | null,
  sc: ScorecardRow,
  now: Date,
): DocumentModel {
  const ranking = r.ranking as RankingResult;
  const decision = r.decision;
  const groups: RankedGroup[] = ranking.groups.map((g) => ({
    name: g.groupName,
    units: g.units.map((u) => ({
      rank: u.rank,
      unit: u.unitName,
      total: u.total,
      level: u.level.name,
      note: [noteFor(r, u), changeText(u)].filter(Boolean).join('; ') || null,
    })),
  }));
  const scorecardBasis: LegalReference = {
    kind: 'Quyết định',
    number: sc.decisionNumber,
    date: isLocalDate(sc.decisionDate) ? sc.decisionDate : null,
    issuer: null,
    subject: `ban hành ${sc.name.replace(/^Ví dụ minh hoạ[^—]*—\s*/u, '')}`,
  };
  const base = buildRankingDecision({
    issuer: { name: issuer.name, place, abbreviation: 'UBND', headTitle: 'Chủ tịch', collective: 'Ủy ban nhân dân' },
    signer: { name: decision?.signerName ?? null, title: 'Phó Chủ tịch', onBehalfOfCollective: true },
    year: r.year,
    authority: issuer.name.replace(/^ủy ban nhân dân/iu, 'Ủy ban nhân dân'),
    issuedOn: decision?.decisionDate && isLocalDate(decision.decisionDate) ? decision.decisionDate : localDateInProvince(now),
    draft: !decision,
    draftingUnit: 'NC',
    legalBases: [{ kind: 'Luật', subject: 'Tổ chức chính quyền địa phương' }, scorecardBasis],
    proposedBy: 'Theo đề nghị của Giám đốc Sở Nội vụ',
    groups,
    executors: 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị, địa phương có liên quan',
  });
  const lines = signatureLines(decision?.signerTitle);
  const model: DocumentModel = {
    ...base,
    ...(decision?.number ? { number: decision.number } : {}),
    ...(lines ? { signature: { name: decision?.signerName ?? null, title: lines[lines.length - 1]!, lines } } : {}),
  };
  return documentGaps(model).length ? { ...model, draft: true } : model;
}

export async function rankingDocx(
  r: RankingResponseDto,
  issuer: UnitRow,
  place: string | null,
  sc: ScorecardRow,
  now: Date,
): Promise<Buffer> {
  return renderDocx(rankingDecisionModel(r, issuer, place, sc, now));
}
