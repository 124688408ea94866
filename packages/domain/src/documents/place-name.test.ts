// The place on the date line (Decree 30/2020/NĐ-CP, Phụ lục I, II.4), for the issuers DVCQ's documents
// actually have: the provincial committee, its departments and boards, communes and wards after the
// 2025 reorganisation, district-level bodies before it, and units of centrally-run cities.
import { describe, expect, it } from 'vitest';
import { placeOfIssuer, territoryOfName } from './place-name.ts';

const PROVINCE = 'Ủy ban nhân dân tỉnh Tây Ninh';

describe('place on the date line', () => {
  it('the provincial committee and the city committee: the province or city', () => {
    expect(placeOfIssuer([PROVINCE])).toBe('Tây Ninh');
    expect(placeOfIssuer(['UBND tỉnh Tây Ninh'])).toBe('Tây Ninh');
    expect(placeOfIssuer(['Ủy ban nhân dân thành phố Cần Thơ'])).toBe('Cần Thơ');
    expect(placeOfIssuer(['Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'])).toBe('Bà Rịa - Vũng Tàu');
    // the decree's own example keeps the kind for the city named after a person
    expect(placeOfIssuer(['Ủy ban nhân dân Thành phố Hồ Chí Minh'])).toBe('Thành phố Hồ Chí Minh');
  });

  it('a department or board: the province of the committee above it, unless its own name says', () => {
    expect(placeOfIssuer(['Sở Nội vụ', PROVINCE])).toBe('Tây Ninh');
    expect(placeOfIssuer(['Sở Khoa học và Công nghệ', PROVINCE])).toBe('Tây Ninh');
    // "tỉnh" with no name after it names no territory
    expect(placeOfIssuer(['Ban Quản lý Khu kinh tế tỉnh', PROVINCE])).toBe('Tây Ninh');
    expect(placeOfIssuer(['Sở Xây dựng thành phố Cần Thơ'])).toBe('Cần Thơ');
    expect(placeOfIssuer(['Ban Dân vận Tỉnh ủy', PROVINCE])).toBe('Tây Ninh');
    // a division inside a department goes up two levels
    expect(placeOfIssuer(['Phòng Cải cách hành chính', 'Sở Nội vụ', PROVINCE])).toBe('Tây Ninh');
  });

  it('a commune, ward or special zone: its own name, not the province', () => {
    expect(placeOfIssuer(['Ủy ban nhân dân phường Tân Ninh', PROVINCE])).toBe('Tân Ninh');
    expect(placeOfIssuer(['UBND xã Bến Cầu', PROVINCE])).toBe('Bến Cầu');
    expect(placeOfIssuer(['Ủy ban nhân dân đặc khu Phú Quốc', 'Ủy ban nhân dân tỉnh An Giang'])).toBe('Phú Quốc');
    expect(placeOfIssuer(['Ủy ban nhân dân xã Ea H’leo', 'Ủy ban nhân dân tỉnh Đắk Lắk'])).toBe('Ea H’leo');
    // a body of the commune, and a commune whose name starts like a kind
    expect(placeOfIssuer(['Công an xã Long Thuận', PROVINCE])).toBe('Long Thuận');
    expect(placeOfIssuer(['Ủy ban nhân dân xã Thạnh Đức', PROVINCE])).toBe('Thạnh Đức');
  });

  it('district-level bodies before 1/7/2025, and units named by a number keep their kind', () => {
    expect(placeOfIssuer(['Ủy ban nhân dân thị xã Trảng Bàng', PROVINCE])).toBe('Trảng Bàng');
    expect(placeOfIssuer(['Ủy ban nhân dân huyện Châu Thành', PROVINCE])).toBe('Châu Thành');
    expect(placeOfIssuer(['Ủy ban nhân dân thành phố Tây Ninh', PROVINCE])).toBe('Tây Ninh');
    expect(placeOfIssuer(['Ủy ban nhân dân thị trấn Hòa Thành', PROVINCE])).toBe('Hòa Thành');
    expect(placeOfIssuer(['UBND Quận 1', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'])).toBe('Quận 1');
    expect(territoryOfName('Ủy ban nhân dân phường 5')).toBe('Phường 5');
  });

  it('stops at the first name of the chain that names a place; none: null', () => {
    expect(territoryOfName('Sở Nội vụ')).toBeNull();
    expect(territoryOfName('Thanh tra tỉnh')).toBeNull();
    expect(placeOfIssuer(['Sở Nội vụ', 'Thanh tra tỉnh'])).toBeNull();
    expect(placeOfIssuer([])).toBeNull();
    // extra spaces and decomposed marks as pasted from other documents
    expect(placeOfIssuer(['  Ủy ban nhân dân   xã  Bến Cầu '.normalize('NFD')])).toBe('Bến Cầu');
  });
});
