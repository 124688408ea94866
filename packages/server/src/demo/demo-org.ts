// Tây Ninh province as the seed documents name it (before the 2025 reorganisation): departments,
// district-level units, the communes of Tây Ninh city and of huyện Bến Cầu, and divisions of the
// departments whose plans are in the seeds. Codes are stable so demo plans and reports can refer to them.
// The full demo carries this tree through the 1/7/2025 reorganisation (demo-reorganisation.ts); the
// accounts of units that ceased then hold their roles until 30/6/2025 and are disabled.
import type { UnitKind } from '@dvcq/shared';

export interface DemoUnit {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parent: string | null;
}

const dept = (code: string, name: string, shortName?: string): DemoUnit => ({
  code,
  name,
  kind: 'department',
  parent: 'TN',
  ...(shortName ? { shortName } : {}),
});
const district = (code: string, name: string): DemoUnit => ({ code, name, kind: 'district', parent: 'TN' });
const commune = (code: string, name: string, parent = 'TN.TPTN'): DemoUnit => ({ code, name, kind: 'commune', parent });
const benCau = (code: string, name: string): DemoUnit => commune(`TN.BENCAU.${code}`, name, 'TN.BENCAU');
const division = (parent: string, code: string, name: string): DemoUnit => ({ code: `${parent}.${code}`, name, kind: 'division', parent });

export const DEMO_UNITS: DemoUnit[] = [
  { code: 'TN', name: 'Ủy ban nhân dân tỉnh Tây Ninh', shortName: 'UBND tỉnh', kind: 'province', parent: null },
  dept('TN.SNV', 'Sở Nội vụ', 'SNV'),
  dept('TN.SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'),
  dept('TN.STTTT', 'Sở Thông tin và Truyền thông', 'STTTT'),
  dept('TN.TTT', 'Thanh tra tỉnh', 'TTT'),
  dept('TN.SKHCN', 'Sở Khoa học và Công nghệ', 'SKHCN'),
  dept('TN.STP', 'Sở Tư pháp', 'STP'),
  dept('TN.STC', 'Sở Tài chính', 'STC'),
  dept('TN.SGDDT', 'Sở Giáo dục và Đào tạo', 'SGDĐT'),
  dept('TN.SYT', 'Sở Y tế', 'SYT'),
  dept('TN.SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'),
  dept('TN.SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT'),
  dept('TN.SKHDT', 'Sở Kế hoạch và Đầu tư', 'SKHĐT'),
  dept('TN.VPUBND', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND'),
  { code: 'TN.BQLKKT', name: 'Ban Quản lý Khu kinh tế tỉnh', kind: 'department', parent: 'TN' },
  { code: 'TN.DPTTH', name: 'Đài Phát thanh và Truyền hình Tây Ninh', kind: 'public_service', parent: 'TN' },
  { code: 'TN.BAOTN', name: 'Báo Tây Ninh', kind: 'public_service', parent: 'TN' },
  { code: 'TN.CATINH', name: 'Công an tỉnh Tây Ninh', kind: 'central_agency', parent: 'TN' },
  { code: 'TN.BHXH', name: 'Bảo hiểm xã hội tỉnh Tây Ninh', kind: 'central_agency', parent: 'TN' },
  district('TN.TPTN', 'Ủy ban nhân dân thành phố Tây Ninh'),
  district('TN.HOATHANH', 'Ủy ban nhân dân thị xã Hòa Thành'),
  district('TN.TRANGBANG', 'Ủy ban nhân dân thị xã Trảng Bàng'),
  district('TN.CHAUTHANH', 'Ủy ban nhân dân huyện Châu Thành'),
  district('TN.DMC', 'Ủy ban nhân dân huyện Dương Minh Châu'),
  district('TN.GODAU', 'Ủy ban nhân dân huyện Gò Dầu'),
  district('TN.BENCAU', 'Ủy ban nhân dân huyện Bến Cầu'),
  district('TN.TANBIEN', 'Ủy ban nhân dân huyện Tân Biên'),
  district('TN.TANCHAU', 'Ủy ban nhân dân huyện Tân Châu'),
  commune('TN.TPTN.P1', 'Ủy ban nhân dân Phường 1'),
  commune('TN.TPTN.P2', 'Ủy ban nhân dân Phường 2'),
  commune('TN.TPTN.P3', 'Ủy ban nhân dân Phường 3'),
  commune('TN.TPTN.P4', 'Ủy ban nhân dân Phường IV'),
  commune('TN.TPTN.HIEPNINH', 'Ủy ban nhân dân phường Hiệp Ninh'),
  commune('TN.TPTN.NINHSON', 'Ủy ban nhân dân phường Ninh Sơn'),
  commune('TN.TPTN.NINHTHANH', 'Ủy ban nhân dân phường Ninh Thạnh'),
  commune('TN.TPTN.BINHMINH', 'Ủy ban nhân dân xã Bình Minh'),
  commune('TN.TPTN.THANHTAN', 'Ủy ban nhân dân xã Thạnh Tân'),
  commune('TN.TPTN.TANBINH', 'Ủy ban nhân dân xã Tân Bình'),
  benCau('TT', 'Ủy ban nhân dân thị trấn Bến Cầu'),
  benCau('ANTHANH', 'Ủy ban nhân dân xã An Thạnh'),
  benCau('LOITHUAN', 'Ủy ban nhân dân xã Lợi Thuận'),
  benCau('TIENTHUAN', 'Ủy ban nhân dân xã Tiên Thuận'),
  benCau('LONGTHUAN', 'Ủy ban nhân dân xã Long Thuận'),
  benCau('LONGGIANG', 'Ủy ban nhân dân xã Long Giang'),
  benCau('LONGKHANH', 'Ủy ban nhân dân xã Long Khánh'),
  benCau('LONGCHU', 'Ủy ban nhân dân xã Long Chữ'),
  benCau('LONGPHUOC', 'Ủy ban nhân dân xã Long Phước'),
  division('TN.TPTN', 'PNV', 'Phòng Nội vụ thành phố Tây Ninh'),
  division('TN.TPTN', 'VPHDND', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố'),
  division('TN.TPTN', 'PVHTT', 'Phòng Văn hóa và Thông tin thành phố'),
  division('TN.SVHTTDL', 'VP', 'Văn phòng Sở Văn hóa, Thể thao và Du lịch'),
  division('TN.SVHTTDL', 'PQLVH', 'Phòng Quản lý Văn hóa'),
  division('TN.SVHTTDL', 'PQLTT', 'Phòng Quản lý Thể dục thể thao'),
  division('TN.SVHTTDL', 'PQLDL', 'Phòng Quản lý Du lịch'),
  division('TN.SVHTTDL', 'THUVIEN', 'Thư viện tỉnh'),
  division('TN.SVHTTDL', 'BAOTANG', 'Bảo tàng tỉnh'),
  division('TN.STTTT', 'VP', 'Văn phòng Sở Thông tin và Truyền thông'),
  division('TN.STTTT', 'TTRA', 'Thanh tra Sở Thông tin và Truyền thông'),
  division('TN.STTTT', 'PTTBCXB', 'Phòng Thông tin, Báo chí và Xuất bản'),
  division('TN.STTTT', 'PCNTT', 'Phòng Công nghệ thông tin'),
  division('TN.STTTT', 'TTCNTT', 'Trung tâm Công nghệ thông tin và Truyền thông'),
  division('TN.SNV', 'PXDCQ', 'Phòng Xây dựng chính quyền và Công tác thanh niên'),
  division('TN.SNV', 'PTCBC', 'Phòng Tổ chức, biên chế và Tổ chức phi chính phủ'),
  division('TN.SKHCN', 'VP', 'Văn phòng Sở Khoa học và Công nghệ'),
  division('TN.SKHCN', 'PQLKH', 'Phòng Quản lý khoa học'),
  division('TN.TTT', 'VP', 'Văn phòng Thanh tra tỉnh'),
  division('TN.TTT', 'PNV1', 'Phòng Nghiệp vụ 1'),
  division('TN.TTT', 'PNV2', 'Phòng Nghiệp vụ 2'),
];

export const DEMO_PASSWORD = 'DanVan@2025';

export interface DemoAccount {
  username: string;
  fullName: string;
  email: string;
  role: 'admin' | 'coordinator' | 'officer' | 'leader' | 'appraiser' | 'viewer';
  /** Where the role applies (its subtree). */
  scope: string;
  /** Where the person works. */
  home: string;
  label: string;
  /** The unit ceased on 1/7/2025: in the full demo the role ends on 30/6/2025 and the account is disabled. */
  ceased?: true;
}

/** The last day of the units that ceased in the 2025 reorganisation. */
export const CEASED_ON = '2025-06-30';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    email: 'admin@tayninh.gov.vn',
    role: 'admin',
    scope: 'TN',
    home: 'TN.SKHCN',
    label: 'Quản trị hệ thống (toàn tỉnh)',
  },
  {
    username: 'snv.dieuphoi',
    fullName: 'Nguyễn Thị Thanh Hương',
    email: 'huongntt.snv@tayninh.gov.vn',
    role: 'coordinator',
    scope: 'TN',
    home: 'TN.SNV',
    label: 'Điều phối tại Sở Nội vụ (toàn tỉnh)',
  },
  {
    username: 'stttt.canbo',
    fullName: 'Trần Minh Khoa',
    email: 'khoatm.stttt@tayninh.gov.vn',
    role: 'officer',
    scope: 'TN.STTTT',
    home: 'TN.STTTT',
    label: 'Công chức dân vận, Sở Thông tin và Truyền thông (đến 30/6/2025)',
    ceased: true,
  },
  {
    username: 'stttt.lanhdao',
    fullName: 'Lê Văn Hải',
    email: 'hailv.stttt@tayninh.gov.vn',
    role: 'leader',
    scope: 'TN.STTTT',
    home: 'TN.STTTT',
    label: 'Giám đốc Sở Thông tin và Truyền thông (đến 30/6/2025)',
    ceased: true,
  },
  {
    username: 'tptn.canbo',
    fullName: 'Phạm Thị Ngọc Lan',
    email: 'lanptn.tptn@tayninh.gov.vn',
    role: 'officer',
    scope: 'TN.TPTN',
    home: 'TN.TPTN.PNV',
    label: 'Công chức dân vận, UBND thành phố Tây Ninh (đến 30/6/2025)',
    ceased: true,
  },
  {
    username: 'tptn.lanhdao',
    fullName: 'Võ Quốc Bảo',
    email: 'baovq.tptn@tayninh.gov.vn',
    role: 'leader',
    scope: 'TN.TPTN',
    home: 'TN.TPTN',
    label: 'Chủ tịch UBND thành phố Tây Ninh (đến 30/6/2025)',
    ceased: true,
  },
  {
    username: 'thanhtra.thamdinh',
    fullName: 'Đặng Văn Tâm',
    email: 'tamdv.ttt@tayninh.gov.vn',
    role: 'appraiser',
    scope: 'TN',
    home: 'TN.TTT',
    label: 'Thẩm định, Thanh tra tỉnh',
  },
  {
    username: 'bdv.theodoi',
    fullName: 'Huỳnh Thị Mỹ Dung',
    email: 'dunghtm.bdv@tayninh.gov.vn',
    role: 'viewer',
    scope: 'TN',
    home: 'TN',
    label: 'Theo dõi, Ban Dân vận Tỉnh ủy (chỉ xem)',
  },
];

/**
 * Accounts of units as they are since 1/7/2025 (full demo only: the units come from the reorganisation).
 * `scope` and `home` are codes after the reorganisation (see demo-reorganisation.ts).
 */
export const CURRENT_ACCOUNTS: DemoAccount[] = [
  {
    username: 'skhcn.canbo',
    fullName: 'Trần Minh Khoa',
    email: 'khoatm.skhcn@tayninh.gov.vn',
    role: 'officer',
    scope: 'TN.SKHCN',
    home: 'TN.SKHCN',
    label: 'Công chức dân vận, Sở Khoa học và Công nghệ',
  },
  {
    username: 'skhcn.lanhdao',
    fullName: 'Lê Văn Hải',
    email: 'hailv.skhcn@tayninh.gov.vn',
    role: 'leader',
    scope: 'TN.SKHCN',
    home: 'TN.SKHCN',
    label: 'Giám đốc Sở Khoa học và Công nghệ',
  },
  {
    username: 'tanninh.canbo',
    fullName: 'Phạm Thị Ngọc Lan',
    email: 'lanptn.tanninh@tayninh.gov.vn',
    role: 'officer',
    scope: 'TN.CX.TANNINH',
    home: 'TN.CX.TANNINH',
    label: 'Công chức dân vận, UBND phường Tân Ninh',
  },
  {
    username: 'tanninh.lanhdao',
    fullName: 'Võ Quốc Bảo',
    email: 'baovq.tanninh@tayninh.gov.vn',
    role: 'leader',
    scope: 'TN.CX.TANNINH',
    home: 'TN.CX.TANNINH',
    label: 'Chủ tịch UBND phường Tân Ninh',
  },
  {
    username: 'bencau.canbo',
    fullName: 'Nguyễn Văn Phúc',
    email: 'phucnv.bencau@tayninh.gov.vn',
    role: 'officer',
    scope: 'TN.CX.BENCAU',
    home: 'TN.CX.BENCAU',
    label: 'Công chức dân vận, UBND xã Bến Cầu',
  },
];
