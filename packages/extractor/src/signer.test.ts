import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';

describe('signer', () => {
  it('reads KT. blocks and drops the TM. collective', () => {
    const e = extractDocument(
      'KẾ HOẠCH\nX năm 2025\n\nNội dung./.\n\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Hồng Thanh\n',
    );
    expect(e.signer).toMatchObject({ name: 'Nguyễn Hồng Thanh', title: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH' });
  });
  it('reads OCR blocks merged with the recipients column', () => {
    const e = extractDocument(
      'KE HOACH\nX nam 2023\n\nNoi dung./.\n\nNoi nhén: KT. GIAM POC\nSO0 v PHO GIAM B¢\n- BGD So;\n- Luu: VT, VP.\n\nHuynh Thanh Nam\n',
    );
    expect(e.signer).toMatchObject({ name: 'Huỳnh Thanh Nam', title: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC' });
  });
  it('keeps a name without a title, and null without a name', () => {
    expect(extractDocument('BÁO CÁO\nKết quả\n\nNội dung./.\n\nTrần Thị Huy Hoàng\n').signer).toMatchObject({
      name: 'Trần Thị Huy Hoàng',
      title: null,
    });
    expect(extractDocument('BÁO CÁO\nKết quả\n\nNội dung./.\n').signer).toBeNull();
  });
});
