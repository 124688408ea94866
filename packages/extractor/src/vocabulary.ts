// Vocabularies of Vietnamese administrative documents: provinces, agencies with their symbol
// abbreviations, document types (Decree 30), signature positions and frequent genre words. Shared
// by the header/signer rules and by the OCR repair lexicon (ocr-repair.ts).

/** Provinces and centrally-run cities (before and after the 2025 merger). */
export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai',
  'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình',
  'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định',
  'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh',
  'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế',
  'Tiền Giang', 'Hồ Chí Minh', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Departments and provincial agencies with the symbol abbreviations they use. */
export const AGENCIES: { name: string; abbr: string[] }[] = [
  { name: 'Sở Nội vụ', abbr: ['SNV'] },
  { name: 'Sở Tư pháp', abbr: ['STP'] },
  { name: 'Sở Kế hoạch và Đầu tư', abbr: ['SKHĐT', 'SKHDT'] },
  { name: 'Sở Tài chính', abbr: ['STC'] },
  { name: 'Sở Công Thương', abbr: ['SCT'] },
  { name: 'Sở Nông nghiệp và Phát triển nông thôn', abbr: ['SNNPTNT', 'SNN'] },
  { name: 'Sở Nông nghiệp và Môi trường', abbr: ['SNNMT'] },
  { name: 'Sở Giao thông vận tải', abbr: ['SGTVT'] },
  { name: 'Sở Xây dựng', abbr: ['SXD'] },
  { name: 'Sở Tài nguyên và Môi trường', abbr: ['STNMT'] },
  { name: 'Sở Thông tin và Truyền thông', abbr: ['STTTT', 'STTTT'] },
  { name: 'Sở Lao động - Thương binh và Xã hội', abbr: ['SLĐTBXH', 'SLDTBXH'] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', abbr: ['SVHTTDL'] },
  { name: 'Sở Văn hóa và Thể thao', abbr: ['SVHTT'] },
  { name: 'Sở Du lịch', abbr: ['SDL'] },
  { name: 'Sở Khoa học và Công nghệ', abbr: ['SKHCN'] },
  { name: 'Sở Giáo dục và Đào tạo', abbr: ['SGDĐT', 'SGDDT'] },
  { name: 'Sở Y tế', abbr: ['SYT'] },
  { name: 'Sở Ngoại vụ', abbr: ['SNGV'] },
  { name: 'Sở Dân tộc và Tôn giáo', abbr: ['SDTTG'] },
  { name: 'Thanh tra tỉnh', abbr: ['TTR'] },
  { name: 'Ban Dân tộc', abbr: ['BDT'] },
  { name: 'Văn phòng Ủy ban nhân dân tỉnh', abbr: ['VPUBND'] },
];

/** Document types (Decree 30, appendix III) with their genre. */
export const DOC_TYPES: { name: string; abbr: string; kind: 'plan' | 'report' | 'decision' | 'other' }[] = [
  { name: 'Kế hoạch', abbr: 'KH', kind: 'plan' },
  { name: 'Báo cáo', abbr: 'BC', kind: 'report' },
  { name: 'Quyết định', abbr: 'QĐ', kind: 'decision' },
  { name: 'Chỉ thị', abbr: 'CT', kind: 'other' },
  { name: 'Chương trình', abbr: 'CTr', kind: 'plan' },
  { name: 'Thông báo', abbr: 'TB', kind: 'other' },
  { name: 'Hướng dẫn', abbr: 'HD', kind: 'other' },
  { name: 'Tờ trình', abbr: 'TTr', kind: 'other' },
  { name: 'Công văn', abbr: 'CV', kind: 'other' },
  { name: 'Nghị quyết', abbr: 'NQ', kind: 'other' },
  { name: 'Kết luận', abbr: 'KL', kind: 'other' },
  { name: 'Quy định', abbr: 'QyĐ', kind: 'other' },
  { name: 'Quy chế', abbr: 'QC', kind: 'other' },
  { name: 'Đề án', abbr: 'ĐA', kind: 'plan' },
  { name: 'Phương án', abbr: 'PA', kind: 'plan' },
  { name: 'Biên bản', abbr: 'BB', kind: 'other' },
  { name: 'Thông tư', abbr: 'TT', kind: 'other' },
  { name: 'Nghị định', abbr: 'NĐ', kind: 'other' },
  { name: 'Công điện', abbr: 'CĐ', kind: 'other' },
  { name: 'Đề cương', abbr: 'ĐC', kind: 'other' },
];

/** Positions in signature blocks, longest first. */
export const POSITIONS = [
  'PHÓ CHÁNH VĂN PHÒNG', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH THANH TRA', 'CHÁNH THANH TRA', 'PHÓ CHỦ TỊCH', 'CHỦ TỊCH',
  'PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC', 'PHÓ TRƯỞNG PHÒNG', 'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG BAN', 'TRƯỞNG BAN', 'PHÓ BÍ THƯ', 'BÍ THƯ',
  'PHÓ VIỆN TRƯỞNG', 'VIỆN TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'CỤC TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'HIỆU TRƯỞNG', 'PHÓ THỦ TRƯỞNG', 'THỦ TRƯỞNG',
  'TỔNG BÍ THƯ', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM',
];

/** Collective names after "TM." */
export const COLLECTIVES = ['ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'ỦY BAN NHÂN DÂN', 'BAN THƯỜNG VỤ', 'BAN CHỈ ĐẠO', 'HỘI ĐỒNG NHÂN DÂN', 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', 'BAN GIÁM ĐỐC', 'BỘ CHÍNH TRỊ', 'BAN BÍ THƯ', 'CHÍNH PHỦ'];

/** Frequent words and phrases of the genre (and unit kinds) used to restore diacritics in OCR text. */
export const GENRE_WORDS = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'tổ chức chính trị - xã hội',
  'thành phố', 'thị xã', 'thị trấn', 'huyện', 'tỉnh', 'phường', 'xã', 'Văn phòng', 'Phòng', 'Sở', 'tình hình', 'bảo đảm', 'đảm bảo', 'Đảng', 'so với', 'Ban', 'Trung tâm',
  'Thanh tra', 'Công an', 'Bộ Chỉ huy Quân sự', 'Bộ đội Biên phòng', 'Thủ trưởng', 'Chủ tịch', 'Giám đốc', 'Đề nghị',
  'các cơ quan', 'cơ quan', 'đơn vị', 'thuộc', 'trực thuộc', 'chuyên môn', 'Nội vụ', 'Tư pháp', 'Tài chính - Kế hoạch',
  'Văn hóa', 'Thể thao', 'Truyền thanh', 'Truyền hình', 'Phát thanh', 'Thông tin', 'Truyền thông', 'Báo chí', 'Xuất bản',
  'Công nghệ thông tin', 'Bưu chính', 'Viễn thông', 'Khoa học và Công nghệ', 'Du lịch', 'và',
  'thực hiện', 'công tác', 'dân vận', 'chính quyền', 'năm', 'kết quả', 'tuyên truyền', 'cải cách hành chính', 'trên địa bàn',
  'kế hoạch', 'báo cáo', 'quý', 'tháng', 'ngày', 'trước', 'chậm nhất', 'hoàn thành', 'các nội dung', 'nội dung', 'tổng hợp',
  'gửi', 'về', 'hồ sơ', 'tự đánh giá', 'chấm điểm', 'xếp loại', 'học tập', 'quán triệt', 'cán bộ', 'công chức', 'viên chức',
  'được', 'triển khai', 'Quy chế dân chủ', 'nâng cao', 'chỉ số', 'so với', 'phối hợp', 'đăng tin', 'bài', 'đẩy mạnh',
  'ứng dụng', 'trong', 'quản lý hành chính nhà nước', 'nhà nước', 'ít nhất', 'tin', 'phóng sự', 'trở lên', 'đăng báo', 'đăng tải',
  'từ', 'có', 'mỗi', 'lượt truy cập', 'Cổng thông tin điện tử', 'của', 'Đài', 'Tây Ninh', 'Việt Nam', 'dân chủ', 'chỉ thị', 'nghị quyết',
];
