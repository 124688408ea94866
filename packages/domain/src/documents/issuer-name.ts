// Names of issuing bodies as the header block prints them (Decree 30/2020/NĐ-CP, Phụ lục I, item 2):
// the issuing body in full, upper case, a collective's name on its own line above the territory
// ("ỦY BAN NHÂN DÂN" / "TỈNH TÂY NINH"); the parent body ("cơ quan chủ quản") above it in upper case,
// where the decree allows the usual abbreviations ("UBND TỈNH TÂY NINH").

/** Upper case with the Vietnamese locale ("ủy ban" → "ỦY BAN", "đ" → "Đ"), NFC. */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN');
}

/** Collective bodies whose name is printed on its own header line, before the territory. */
const COLLECTIVE_PREFIXES: readonly { full: RegExp; abbreviation: string }[] = [
  { full: /^(ủy|uỷ) ban nhân dân\b/iu, abbreviation: 'UBND' },
  { full: /^hội đồng nhân dân\b/iu, abbreviation: 'HĐND' },
  { full: /^(ủy|uỷ) ban mặt trận tổ quốc việt nam\b/iu, abbreviation: 'UBMTTQVN' },
];

function tidy(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Header lines of the issuing body, upper case: "Ủy ban nhân dân tỉnh Tây Ninh" → ["ỦY BAN NHÂN
 * DÂN", "TỈNH TÂY NINH"]; "Sở Nội vụ" → ["SỞ NỘI VỤ"]. Explicit "\n" in the name are kept as breaks.
 */
export function issuerHeaderLines(name: string): string[] {
  const lines = name.split('\n').map(tidy).filter(Boolean);
  if (lines.length !== 1) return lines.map(upperVi);
  const only = lines[0]!;
  for (const prefix of COLLECTIVE_PREFIXES) {
    const m = prefix.full.exec(only);
    if (m && only.length > m[0].length) return [upperVi(m[0]), upperVi(only.slice(m[0].length).trim())];
  }
  return [upperVi(only)];
}

/**
 * The parent body's line, upper case with the abbreviations the decree allows for it:
 * "Ủy ban nhân dân tỉnh Tây Ninh" → "UBND TỈNH TÂY NINH".
 */
export function parentHeaderLine(name: string): string {
  let text = tidy(name.replace(/\n/g, ' '));
  for (const prefix of COLLECTIVE_PREFIXES) text = text.replace(prefix.full, prefix.abbreviation);
  return upperVi(text);
}

/**
 * The title of a body's head, from which Decree 30's "KT." lines are derived for a deputy:
 * "Ủy ban nhân dân xã …" → "Chủ tịch", "Sở Nội vụ" → "Giám đốc", anything else "Thủ trưởng".
 */
export function headTitleOfBody(name: string): string {
  if (/^(Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s/iu.test(name.trim())) return 'Chủ tịch';
  if (/^Sở\s/u.test(name.trim())) return 'Giám đốc';
  return 'Thủ trưởng';
}
