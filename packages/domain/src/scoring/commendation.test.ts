// Classification gates commendation, from Cần Thơ 2579 Art. 7–8: Bằng khen for units classified Hoàn
// thành xuất sắc, by points from the highest, at most 2 central agencies, 3 city departments/agencies,
// 15 communes and wards; equal points at the edge go to the deciding body.
import { describe, expect, it } from 'vitest';
import {
  checkCommendationProposal,
  commendationCandidates,
  eligibleLevelCodes,
  type CommendationPerson,
  type CommendationUnit,
} from './commendation.ts';
import { exampleScorecard1563, exampleScorecard2579 } from './examples.ts';
import { validateScorecard } from './validate-scorecard.ts';

const v = exampleScorecard2579();
const unit = (id: string, unitKind: string, levelCode: string, total: number): CommendationUnit => ({
  unitId: id,
  unitName: `Đơn vị ${id}`,
  unitKind,
  levelCode,
  total,
});

describe('commendation from the classification (2579)', () => {
  it('is data of the version, checked like the rest of it', () => {
    expect(v.commendation).toMatchObject({ minLevel: 'xuat_sac', award: 'Bằng khen Chủ tịch Ủy ban nhân dân thành phố' });
    expect(v.commendation!.quotas.map((q) => q.collectives)).toEqual([2, 3, 15]);
    expect(validateScorecard(v).filter((p) => p.severity === 'error')).toEqual([]);
    const broken = { ...v, commendation: { ...v.commendation!, minLevel: 'gioi' } };
    expect(validateScorecard(broken).map((p) => p.code)).toContain('scorecard.commendation.unknown_level');
    // the older version names none: no candidates at all
    expect(commendationCandidates(exampleScorecard1563(), [unit('a', 'department', 'tot', 99)])).toBeNull();
  });

  it('takes units at or above the named level only', () => {
    expect([...eligibleLevelCodes(v, 'tot')]).toEqual(['xuat_sac', 'tot']);
    expect([...eligibleLevelCodes(v, 'xuat_sac')]).toEqual(['xuat_sac']);
    const c = commendationCandidates(v, [
      unit('a', 'commune', 'xuat_sac', 97),
      unit('b', 'commune', 'tot', 99),
      unit('c', 'commune', 'xuat_sac', 98.5),
    ])!;
    const communes = c.quotas.find((q) => q.quota.unitKinds.includes('commune'))!;
    expect(communes.candidates.map((u) => u.unitId)).toEqual(['c', 'a']);
    expect(c.minLevel.name).toBe('Hoàn thành xuất sắc');
  });

  it('fills each quota by points from the highest: central agencies 2 of 4', () => {
    const c = commendationCandidates(v, [
      unit('tw1', 'central_agency', 'xuat_sac', 96),
      unit('tw2', 'central_agency', 'xuat_sac', 99),
      unit('tw3', 'central_agency', 'xuat_sac', 95.5),
      unit('tw4', 'central_agency', 'xuat_sac', 97),
    ])!;
    const central = c.quotas[0]!;
    expect(central.candidates.map((u) => [u.unitId, u.withinQuota])).toEqual([
      ['tw2', true],
      ['tw4', true],
      ['tw1', false],
      ['tw3', false],
    ]);
  });

  it('marks equal points across the edge of a quota for the deciding body', () => {
    const c = commendationCandidates(v, [
      unit('a', 'department', 'xuat_sac', 99),
      unit('b', 'department', 'xuat_sac', 98),
      unit('c', 'public_service', 'xuat_sac', 97),
      unit('d', 'department', 'xuat_sac', 97),
    ])!;
    const dept = c.quotas[1]!;
    expect(dept.candidates.map((u) => [u.unitId, u.withinQuota, u.tieAtEdge])).toEqual([
      ['a', true, false],
      ['b', true, false],
      ['c', true, true],
      ['d', true, true],
    ]);
  });

  it('refuses a proposal over the quota or naming a unit not eligible', () => {
    const c = commendationCandidates(v, [
      unit('tw1', 'central_agency', 'xuat_sac', 96),
      unit('tw2', 'central_agency', 'xuat_sac', 99),
      unit('tw3', 'central_agency', 'xuat_sac', 95.5),
      unit('x', 'commune', 'tot', 99),
    ])!;
    expect(checkCommendationProposal(c, ['tw1', 'tw2'])).toEqual([]);
    expect(checkCommendationProposal(c, ['tw1', 'tw2', 'tw3']).map((p) => p.message)).toEqual([
      'Cơ quan Trung ương trên địa bàn thành phố: đề nghị 3 tập thể, vượt chỉ tiêu tối đa 2 tập thể.',
    ]);
    expect(checkCommendationProposal(c, ['tw1', 'tw2', 'tw3'])[0]).toMatchObject({
      kind: 'over_quota',
      quota: 'Cơ quan Trung ương trên địa bàn thành phố',
      proposed: 3,
      max: 2,
    });
    expect(checkCommendationProposal(c, ['x'])[0]).toEqual({
      kind: 'not_eligible',
      unitId: 'x',
      message:
        'Đơn vị không đủ điều kiện đề nghị Bằng khen Chủ tịch Ủy ban nhân dân thành phố (cần xếp loại từ Hoàn thành xuất sắc trở lên).',
    });
  });

  it('individuals: exemplary people of the eligible units of a quota, within its individuals quota', () => {
    const person = (personId: string, unitId: string, fullName: string): CommendationPerson => ({
      personId,
      fullName,
      position: 'Công chức văn hóa - xã hội',
      achievements: 'Vận động hiến đất làm đường.',
      ownUnitName: `Đơn vị ${unitId}`,
      unitId,
    });
    const people = [
      person('p1', 'a', 'Trần Văn Bình'),
      person('p2', 'c', 'Lê Thị An'),
      person('p3', 'a', 'Nguyễn Thị Cúc'),
      person('p4', 'x', 'Phạm Văn Dũng'), // unit classified below the level
    ];
    const units = [unit('a', 'commune', 'xuat_sac', 97), unit('c', 'commune', 'xuat_sac', 98.5), unit('x', 'commune', 'tot', 99)];
    const communes = (version = v) =>
      commendationCandidates(version, units, people)!.quotas.find((q) => q.quota.unitKinds.includes('commune'))!;
    // by the unit's points, then by name; the unit below the level brings nobody
    expect(communes().individuals.map((p) => p.personId)).toEqual(['p2', 'p3', 'p1']);
    // a quota without individuals lists none
    const noIndividuals = {
      ...v,
      commendation: { ...v.commendation!, quotas: v.commendation!.quotas.map((q) => ({ ...q, individuals: 0 })) },
    };
    expect(communes(noIndividuals).individuals).toEqual([]);

    const twoOnly = {
      ...v,
      commendation: {
        ...v.commendation!,
        quotas: v.commendation!.quotas.map((q) => (q.unitKinds.includes('commune') ? { ...q, individuals: 2 } : q)),
      },
    };
    const c = commendationCandidates(twoOnly, units, people)!;
    expect(checkCommendationProposal(c, ['c'], ['p1', 'p2'])).toEqual([]);
    const problems = checkCommendationProposal(c, ['c'], ['p1', 'p2', 'p3', 'p4']);
    expect(problems.map((p) => p.kind)).toEqual(['person_not_eligible', 'over_quota']);
    expect(problems[0]).toMatchObject({ personId: 'p4' });
    expect(problems[1]).toMatchObject({ of: 'individuals', proposed: 3, max: 2 });
    expect(problems[1]!.message).toBe('Ủy ban nhân dân xã, phường: đề nghị 3 cá nhân, vượt chỉ tiêu tối đa 2 cá nhân.');
  });
});
