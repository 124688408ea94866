import { describe, expect, it } from 'vitest';
import { headTitleOfBody, issuerHeaderLines, parentHeaderLine } from './issuer-name.ts';
import { signatureAuthorityLines, signingCapacity } from './signature-block.ts';

describe('signature authority lines (Decree 30 TM./KT./Q./TL./TUQ.)', () => {
  it('a deputy signs for the head: KT.', () => {
    expect(signatureAuthorityLines({ headTitle: 'Chủ tịch', signerTitle: 'Phó Chủ tịch' })).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureAuthorityLines({ headTitle: 'Giám đốc', signerTitle: 'Phó Giám đốc Sở Nội vụ' })).toEqual([
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC SỞ NỘI VỤ',
    ]);
  });

  it('on behalf of the People’s Committee: TM. above KT.', () => {
    expect(signatureAuthorityLines({ headTitle: 'Chủ tịch', signerTitle: 'Phó Chủ tịch', collective: 'Ủy ban nhân dân' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signatureAuthorityLines({ headTitle: 'Chủ tịch', signerTitle: 'Chủ tịch', collective: 'Ủy ban nhân dân' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
  });

  it('the head signs alone, an acting head with Q.', () => {
    expect(signatureAuthorityLines({ headTitle: 'Giám đốc', signerTitle: 'giám đốc' })).toEqual(['GIÁM ĐỐC']);
    expect(signatureAuthorityLines({ headTitle: 'Giám đốc', signerTitle: 'Quyền Giám đốc' })).toEqual(['Q. GIÁM ĐỐC']);
  });

  it('anyone else signs by order (TL.), or by authorisation (TUQ.) when so stated', () => {
    expect(signingCapacity({ headTitle: 'Chủ tịch', signerTitle: 'Chánh Văn phòng' })).toBe('by_order');
    expect(signatureAuthorityLines({ headTitle: 'Chủ tịch', signerTitle: 'Chánh Văn phòng' })).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
    expect(signatureAuthorityLines({ headTitle: 'Chủ tịch', signerTitle: 'Giám đốc Sở Nội vụ', delegated: 'TUQ' })).toEqual([
      'TUQ. CHỦ TỊCH',
      'GIÁM ĐỐC SỞ NỘI VỤ',
    ]);
    expect(
      signatureAuthorityLines({
        headTitle: 'Chủ tịch',
        signerTitle: 'Phó Chánh Văn phòng',
        delegated: 'TL',
        signerUnitHeadTitle: 'Chánh Văn phòng',
      }),
    ).toEqual(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
  });
});

describe('issuer header lines', () => {
  it('puts a collective on its own line above the territory, in upper case', () => {
    expect(issuerHeaderLines('Ủy ban nhân dân tỉnh Tây Ninh')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH']);
    expect(issuerHeaderLines('Uỷ ban nhân dân phường Long An')).toEqual(['UỶ BAN NHÂN DÂN', 'PHƯỜNG LONG AN']);
    expect(issuerHeaderLines('Sở Nội vụ')).toEqual(['SỞ NỘI VỤ']);
    expect(issuerHeaderLines('Sở Văn hóa,\nThể thao và Du lịch')).toEqual(['SỞ VĂN HÓA,', 'THỂ THAO VÀ DU LỊCH']);
  });

  it('abbreviates the parent body the way the decree allows', () => {
    expect(parentHeaderLine('Ủy ban nhân dân tỉnh Tây Ninh')).toBe('UBND TỈNH TÂY NINH');
    expect(parentHeaderLine('Sở Nội vụ')).toBe('SỞ NỘI VỤ');
  });

  it("names the head's title from the body, for the KT. lines of a deputy", () => {
    expect(headTitleOfBody('Ủy ban nhân dân xã Bến Cầu')).toBe('Chủ tịch');
    expect(headTitleOfBody('Uỷ ban nhân dân phường Long An')).toBe('Chủ tịch');
    expect(headTitleOfBody('Sở Nội vụ')).toBe('Giám đốc');
    expect(headTitleOfBody('Thanh tra tỉnh')).toBe('Thủ trưởng');
  });
});
