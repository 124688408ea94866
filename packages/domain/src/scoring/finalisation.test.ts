// Finalisation, ranking-decision and version-in-force checks, on the shapes of Cần Thơ 2579 (city and
// commune groups) and of the older Tây Ninh 1563 version.
import { describe, expect, it } from 'vitest';
import { exampleScorecard1563, exampleScorecard2579 } from './examples.ts';
import { applicableLeavesOf, checkFinalisation, checkRankingIssue, listCodesVi, unappraisedMessage, versionClash } from './finalisation.ts';

const v2579 = exampleScorecard2579();
const v1563 = exampleScorecard1563();

describe('closing the appraisal of a unit', () => {
  it('lists every applicable criterion no agency appraised, in the scorecard order', () => {
    const all = applicableLeavesOf(v2579.nodes, 'commune').map((n) => n.code);
    expect(all.length).toBeGreaterThan(5);
    const c = checkFinalisation(v2579.nodes, 'commune', all.slice(2));
    expect(c.open).toEqual(all.slice(0, 2));
    expect(c.missingReasons).toEqual(all.slice(0, 2));
    expect(c.ok).toBe(false);
  });

  it('is allowed once each open criterion has the coordinator’s reason; a blank reason does not count', () => {
    const all = applicableLeavesOf(v2579.nodes, 'commune').map((n) => n.code);
    const [a, b] = all;
    const done = all.slice(2);
    expect(checkFinalisation(v2579.nodes, 'commune', done, { [a!]: 'Thống nhất điểm tự chấm', [b!]: '   ' })).toMatchObject({
      missingReasons: [b],
      ok: false,
    });
    const ok = checkFinalisation(v2579.nodes, 'commune', done, { [a!]: 'Thống nhất', [b!]: 'Thống nhất', [done[0]!]: 'thừa' });
    expect(ok).toMatchObject({ ok: true, needless: [done[0]] });
  });

  it('counts only the criteria of the unit’s group (1563: criteria for the district chain only are not open for a department)', () => {
    const dept = applicableLeavesOf(v1563.nodes, 'provincial').map((n) => n.code);
    const chain = applicableLeavesOf(v1563.nodes, 'district_chain').map((n) => n.code);
    expect(checkFinalisation(v1563.nodes, 'provincial', dept).ok).toBe(true);
    const onlyChain = chain.filter((c) => !dept.includes(c));
    for (const c of onlyChain) expect(checkFinalisation(v1563.nodes, 'provincial', dept).open).not.toContain(c);
  });

  it('words the refusal with the open codes, shortened after eight', () => {
    expect(unappraisedMessage(['1.1', '2.3'])).toBe(
      'còn 2 tiêu chí chưa được thẩm định (1.1, 2.3). Hãy thẩm định hoặc ghi lý do kết thúc thẩm định cho từng tiêu chí còn lại.',
    );
    const many = Array.from({ length: 16 }, (_, i) => `${i + 1}.1`);
    expect(listCodesVi(many)).toBe('1.1, 2.1, 3.1, 4.1, 5.1, 6.1, 7.1, 8.1 và 8 tiêu chí khác');
  });
});

describe('issuing the ranking decision', () => {
  const pending = [
    { assessmentId: 'a', unitName: 'UBND xã Alpha' },
    { assessmentId: 'b', unitName: 'UBND phường Beta' },
  ];
  it('needs every unit finalised or excluded with a reason', () => {
    expect(checkRankingIssue([], [])).toEqual({ pending: [], badExclusions: [], ok: true });
    expect(checkRankingIssue(pending, [{ assessmentId: 'a', reason: 'Không nộp hồ sơ' }])).toMatchObject({
      pending: [{ unitName: 'UBND phường Beta' }],
      ok: false,
    });
    expect(
      checkRankingIssue(pending, [
        { assessmentId: 'a', reason: 'x' },
        { assessmentId: 'b', reason: ' ' },
      ]).pending,
    ).toHaveLength(1);
    expect(
      checkRankingIssue(pending, [
        { assessmentId: 'a', reason: 'Không nộp hồ sơ' },
        { assessmentId: 'b', reason: 'Đơn vị giải thể 1/7/2025' },
      ]).ok,
    ).toBe(true);
  });
  it('refuses an exclusion of a dossier that is finalised or not in the ranking', () => {
    expect(
      checkRankingIssue(pending.slice(0, 1), [
        { assessmentId: 'a', reason: 'x' },
        { assessmentId: 'z', reason: 'y' },
      ]),
    ).toMatchObject({
      badExclusions: ['z'],
      ok: false,
    });
  });
});

describe('one version in force per year and unit group', () => {
  const base = {
    issuerUnitId: 'TP',
    fromYear: 2026,
    unitGroups: v2579.unitGroups,
    decisionNumber: '2579/QĐ-UBND',
    name: v2579.name,
  };
  it('clashes with an active version of the same issuer from the same year scoring the same group', () => {
    const clash = versionClash({ ...base, id: 'new', decisionNumber: '100/QĐ-UBND' }, [{ ...base, id: 'old' }]);
    expect(clash!.other.decisionNumber).toBe('2579/QĐ-UBND');
    expect(clash!.groups).toEqual(v2579.unitGroups.map((g) => g.name));
  });
  it('lets versions follow each other by year, other issuers, other groups, and itself', () => {
    expect(versionClash({ ...base, id: 'new', fromYear: 2027 }, [{ ...base, id: 'old' }])).toBeNull();
    expect(versionClash({ ...base, id: 'new', issuerUnitId: 'XA' }, [{ ...base, id: 'old' }])).toBeNull();
    expect(versionClash({ ...base, id: 'new', unitGroups: v1563.unitGroups }, [{ ...base, id: 'old' }])).toBeNull();
    expect(versionClash({ ...base, id: 'old' }, [{ ...base, id: 'old' }])).toBeNull();
  });
});
