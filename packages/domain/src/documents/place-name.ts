// The place on the date line of an official document (Decree 30/2020/NĐ-CP, Phụ lục I, II.4): the
// territory where the issuing body sits — the province or centrally-run city for a provincial body and
// for its departments and boards, the commune, ward or special zone for a commune-level body. A
// department's name rarely names its province ("Sở Nội vụ", "Ban Quản lý Khu kinh tế tỉnh"), so the
// place is read from the nearest body of the org tree that names one.

/** Territorial units a body's name can end with, lower case, longest first so "thị trấn" beats "thị". */
const TERRITORY_KINDS = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'] as const;

// A proper name: words starting with a capital letter or numbers, joined by spaces or hyphens
// ("Tây Ninh", "Bà Rịa - Vũng Tàu", "Ea H'leo", "5"). A lower-case word ends it, so "Tỉnh ủy" and
// "Ban Quản lý Khu kinh tế tỉnh" name no territory.
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’]*|\d+)`;
const PROPER_NAME = String.raw`${WORD}(?:\s*-\s*${WORD}|\s+${WORD})*`;
// Each word of a kind may start with either case ("Thị xã", "thị xã"); no `i` flag, which would let
// \p{Lu} match lower-case letters too.
const anyCaseStart = (word: string) => `[${word[0]}${word[0]!.toLocaleUpperCase('vi-VN')}]${word.slice(1)}`;
const KIND = TERRITORY_KINDS.map((k) => k.split(' ').map(anyCaseStart).join(' ')).join('|');
const TERRITORY = new RegExp(String.raw`(?:^|[\s,(])(${KIND})\s+(${PROPER_NAME})`, 'u');

/** Places written in full with their kind (Decree 30's own example: "Thành phố Hồ Chí Minh"). */
const WRITTEN_WITH_KIND = new Set(['hồ chí minh']);

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

/**
 * The territory one body's name names, or null: "Ủy ban nhân dân xã Bến Cầu" → "Bến Cầu", "Sở Xây dựng
 * thành phố Cần Thơ" → "Cần Thơ", "UBND Phường 5" → "Phường 5" (a number is written with its kind).
 */
export function territoryOfName(name: string): string | null {
  const m = TERRITORY.exec(name.normalize('NFC').replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const kind = m[1]!.toLocaleLowerCase('vi-VN');
  const place = m[2]!.trim();
  if (/^\d+$/u.test(place) || WRITTEN_WITH_KIND.has(place.toLocaleLowerCase('vi-VN'))) return `${capitalise(kind)} ${place}`;
  return place;
}

/**
 * The place on the date line of a document issued by a body, from its name and the names of the bodies
 * above it, nearest first: ["Sở Nội vụ", "Ủy ban nhân dân tỉnh Tây Ninh"] → "Tây Ninh";
 * ["Ủy ban nhân dân phường Tân Ninh", "Ủy ban nhân dân tỉnh Tây Ninh"] → "Tân Ninh". Null when no name
 * in the chain names a territory (the document then prints a placeholder).
 */
export function placeOfIssuer(namesNearestFirst: readonly string[]): string | null {
  for (const name of namesNearestFirst) {
    const place = territoryOfName(name);
    if (place) return place;
  }
  return null;
}
