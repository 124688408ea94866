// OCR repair and diacritic restoration of KNOWN names: provinces, unit kinds, departments,
// document types, positions and frequent words of the genre. Restoration is dictionary-driven
// (folded form → written form), so it never invents text: unknown words are left as they are.

import { fold, clean } from './text.ts';

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
];

/** Positions in signature blocks, longest first. */
export const POSITIONS = [
  'PHÓ CHÁNH VĂN PHÒNG', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH THANH TRA', 'CHÁNH THANH TRA', 'PHÓ CHỦ TỊCH', 'CHỦ TỊCH',
  'PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC', 'PHÓ TRƯỞNG PHÒNG', 'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG BAN', 'TRƯỞNG BAN', 'PHÓ BÍ THƯ', 'BÍ THƯ',
  'PHÓ VIỆN TRƯỞNG', 'VIỆN TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'CỤC TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'HIỆU TRƯỞNG', 'PHÓ THỦ TRƯỞNG', 'THỦ TRƯỞNG',
];

/** Collective names after "TM." */
export const COLLECTIVES = ['ỦY BAN NHÂN DÂN', 'BAN THƯỜNG VỤ', 'BAN CHỈ ĐẠO', 'HỘI ĐỒNG NHÂN DÂN', 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', 'BAN GIÁM ĐỐC'];

/** Frequent words and phrases of the genre (and unit kinds) used to restore diacritics in OCR text. */
const LEXICON = [
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

interface LexEntry { words: string[]; text: string }

/** Frequent OCR misreadings of genre words (folded, as read) → written form. */
const OCR_ALIASES: [string, string][] = [
  ['thanh phe', 'thành phố'], ['thanh phd', 'thành phố'], ['thanh phs', 'thành phố'], ['nei vu', 'Nội vụ'], ['noi vu', 'Nội vụ'],
  ['vin phong', 'Văn phòng'], ['hpnd', 'HĐND'], ['mit tran', 'Mặt trận'], ['mat tran', 'Mặt trận'], ['t6 qudc', 'Tổ quốc'],
  ['to quoc', 'Tổ quốc'], ['trung tdm', 'Trung tâm'], ['trung tam', 'Trung tâm'], ['vin hea', 'Văn hóa'], ['van hoa', 'Văn hóa'],
  ['bao cedo', 'báo cáo'], ['bao ceo', 'báo cáo'], ['thu trweng', 'Thủ trưởng'], ['thu truong', 'Thủ trưởng'], ['uy ban', 'Ủy ban'],
  ['tai chinh', 'Tài chính'], ['thue hien', 'thực hiện'], ['thyc hien', 'thực hiện'], ['thuec hien', 'thực hiện'], ['cong tic', 'công tác'], ['congtac', 'công tác'], ['nim', 'năm'], ['ndm', 'năm'], ['ket qua', 'Kết quả'], ['chinh tri', 'chính trị'], ['xa hoi', 'xã hội'], ['ke hoach', 'Kế hoạch'],
];

const LEX_BY_FIRST = new Map<string, LexEntry[]>();
for (const [t, words] of [
  ...[...LEXICON, ...PROVINCES, ...AGENCIES.map((a) => a.name)].map((x) => [x, foldWords(x)] as const),
  ...OCR_ALIASES.map(([k, v]) => [v, k.split(' ')] as const),
]) {
  const first = words[0];
  if (!first) continue;
  const list = LEX_BY_FIRST.get(first) ?? [];
  list.push({ words: [...words], text: t });
  list.sort((a, b) => b.words.length - a.words.length);
  LEX_BY_FIRST.set(first, list);
}

function foldWords(s: string): string[] {
  return fold(s).split(/[^a-z0-9]+/).filter(Boolean);
}

/** OCR confusions inside one folded word (accent letters read as digits/symbols). */
function ocrWord(w: string): string {
  return w
    .replace(/^s[&e€¢]$/, 'so')
    .replace(/[€¢]/g, 'e')
    .replace(/([aeiouy])\1+/g, '$1');
}

/**
 * Restores diacritics of known words and names in OCR text. Words not in the lexicon are kept.
 * The case of the first letter of each restored word follows the source when the source is not
 * all upper case.
 */
export function restoreDiacritics(s: string): string {
  const parts = s.split(/(\s+)/);
  const words: { raw: string; key: string; idx: number }[] = [];
  parts.forEach((p, i) => {
    if (i % 2 === 0 && p.length > 0) {
      const core = p.replace(/[^\p{L}\p{N}&€¢-]+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
      words.push({ raw: p, key: ocrWord(fold(core)).replace(/[^a-z0-9-]/g, ''), idx: i });
    }
  });
  const out = [...parts];
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    const cands = LEX_BY_FIRST.get(w.key) ?? [];
    let matched = 0;
    for (const c of cands) {
      const keys = c.words;
      let ok = true;
      let wi = i;
      for (const k of keys) {
        const cur = words[wi];
        if (!cur) { ok = false; break; }
        const curKey = cur.key.replace(/-/g, '');
        if (curKey === '' && keys.length > 0) { ok = false; break; }
        if (curKey !== k) { ok = false; break; }
        wi++;
      }
      if (ok) {
        const targetWords = c.text.split(/\s+/).filter((x) => x !== '-');
        // Only rewrite word by word when the counts line up; keep punctuation of the source.
        if (targetWords.length === keys.length) {
          for (let k = 0; k < keys.length; k++) {
            const src = words[i + k]!;
            const tw = targetWords[k]!;
            const leadPunct = /^[^\p{L}\p{N}&€¢]*/u.exec(src.raw)?.[0] ?? '';
            const trailPunct = /[^\p{L}\p{N}&€¢]*$/u.exec(src.raw)?.[0] ?? '';
            const srcCore = src.raw.slice(leadPunct.length, src.raw.length - trailPunct.length);
            let word = tw;
            const letters = srcCore.replace(/[^\p{L}]/gu, '');
            if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) word = tw.toUpperCase();
            else if (srcCore.charAt(0) === srcCore.charAt(0).toUpperCase() && /\p{L}/u.test(srcCore.charAt(0))) word = tw.charAt(0).toUpperCase() + tw.slice(1);
            else if (k === 0) word = tw.charAt(0).toLowerCase() + tw.slice(1);
            out[src.idx] = leadPunct + word + trailPunct;
          }
          matched = keys.length;
          break;
        }
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return out.join('');
}

/** Known province whose folded name equals the folded input (OCR-tolerant), or null. */
export function knownProvince(s: string): string | null {
  const key = foldWords(s).map(ocrWord).join(' ');
  for (const p of PROVINCES) if (foldWords(p).join(' ') === key) return p;
  return null;
}

/** Restores a place of the place-and-date line: "TP. Tay Ninh" → "TP. Tây Ninh". */
export function restorePlace(raw: string): string {
  const s = clean(raw).replace(/\s+,/g, ',');
  const m = /^((?:TP|Tp|tp)\s*\.\s*|Thành phố\s+|Thanh pho\s+|TX\s*\.\s*)?(.+)$/u.exec(s);
  if (!m) return s;
  const prefix = m[1] ? (/^t[px]/i.test(m[1]) ? `${m[1].replace(/\s+/g, '').toUpperCase()} ` : 'Thành phố ') : '';
  const name = knownProvince(m[2] ?? '') ?? restoreDiacritics(m[2] ?? '');
  return `${prefix}${name}`;
}

/** Locality words that follow a unit kind ("tỉnh Tây Ninh", "thành phố Tây Ninh"). */
export const LOCALITY_RE = /^(tinh|thanh pho|tp\.?|huyen|thi xa|quan|xa|phuong|thi tran)\s+(.+)$/;

const LOCALITY_WORD: Record<string, string> = {
  tinh: 'tỉnh', 'thanh pho': 'thành phố', tp: 'thành phố', 'tp.': 'thành phố', huyen: 'huyện', 'thi xa': 'thị xã', quan: 'quận',
  xa: 'xã', phuong: 'phường', 'thi tran': 'thị trấn',
};

/** "THANH PHO TAY NINH" → "thành phố Tây Ninh"; null when the text does not start with a locality word. */
export function restoreLocality(raw: string): string | null {
  const f = fold(clean(raw)).replace(/\s+/g, ' ').trim();
  const m = LOCALITY_RE.exec(f);
  if (!m) return null;
  const word = LOCALITY_WORD[m[1] ?? ''] ?? m[1] ?? '';
  const rawName = clean(raw).split(/\s+/).slice(word.split(' ').length).join(' ');
  const name = knownProvince(rawName) ?? titleCase(restoreDiacritics(rawName));
  return `${word} ${name}`;
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w.length ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** "UBND", "UY BAN NHAN DAN", "Ủy ban nhân dân" → "Ủy ban nhân dân"; agencies by folded name. */
export function restoreUnitName(raw: string): string | null {
  const f = foldWords(clean(raw)).map(ocrWord).join(' ');
  if (f === 'ubnd' || f === 'uy ban nhan dan') return 'Ủy ban nhân dân';
  if (f === 'hdnd' || f === 'hoi dong nhan dan') return 'Hội đồng nhân dân';
  for (const a of AGENCIES) {
    const af = foldWords(a.name).join(' ');
    if (f === af) return a.name;
    // "SO THONG TIN ..." where "Sở" was read as "So"/"S6"/"Se"
    if (af.startsWith('so ') && f.replace(/^s\w\b/, 'so') === af) return a.name;
  }
  return null;
}

/** Agency for an issuer abbreviation of a number symbol ("STTTT"), or null. */
export function agencyForAbbr(abbr: string): string | null {
  const key = fold(abbr).toUpperCase();
  for (const a of AGENCIES) if (a.abbr.some((x) => fold(x).toUpperCase() === key)) return a.name;
  return null;
}

/** Canonical document-number part (OCR repair + Decree 30 spelling). */
export function canonicalSymbolPart(part: string): string {
  const p = part.trim();
  const up = fold(p).toUpperCase();
  if (/^Q[DBPĐ]$/.test(up) || up === 'QD') return 'QĐ';
  if (/^N[DBP]$/.test(up)) return 'NĐ';
  if (up === 'TTG') return 'TTg';
  if (up === 'CTR') return 'CTr';
  if (up === 'QYD' || up === 'QYB') return 'QyĐ';
  if (up === 'TTR') return 'TTr';
  if (/^BCS[DBP]/.test(up)) return `BCSĐ${up.slice(4)}`;
  if (/QH[IL]\d{2}$/.test(up)) return up.replace(/QH[IL](\d{2})$/, 'QH$1');
  if (/^[A-Z0-9Đ&]+$/.test(p.toUpperCase()) && /[ĐđÐ]/.test(p)) return p.toUpperCase();
  return up.replace(/[^A-Z0-9&]/g, '');
}
