// How Vietnamese administrative texts number their parts (Decree 30/2020/NĐ-CP, Phụ lục I):
// plans and reports run "I." (Phần/Mục, Roman) → "1." (khoản) → "a)" (điểm, Vietnamese alphabet) →
// "-" → "+"; decisions run "Điều 1." → "1." → "a)". Points follow the Vietnamese alphabet, so "đ)"
// comes after "d)" and there is no "f)", "j)", "w)" or "z)".

/** The letters used for points, in order: a b c d đ e g h i k l m n o p q r s t u v x y. */
export const VIETNAMESE_POINT_LETTERS: readonly string[] = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 14 → "XIV". @throws RangeError outside 1–3999. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`romanNumeral: ${n} is not in 1–3999`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** 1 → "a", 5 → "đ", 23 → "y"; past "y" the letter doubles ("aa"), as long lists in practice do. */
export function vietnamesePointLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`vietnamesePointLetter: ${n} is not a positive integer`);
  const count = VIETNAMESE_POINT_LETTERS.length;
  const letter = VIETNAMESE_POINT_LETTERS[(n - 1) % count]!;
  return letter.repeat(Math.floor((n - 1) / count) + 1);
}

/**
 * The numbering scheme of a document's parts: 'sections' for plans, reports, tờ trình and công văn
 * (I. / 1. / a) / - / +), 'articles' for decisions (Điều 1. / 1. / a) / - / +).
 */
export type NumberingScheme = 'sections' | 'articles';

/**
 * The label of the `ordinal`-th part at `depth` (1 = top level): ("sections", 1, 4) → "IV.",
 * (2, 3) → "3.", (3, 5) → "đ)", (4, _) → "-", (5+, _) → "+"; ("articles", 1, 2) → "Điều 2.".
 */
export function headingLabel(scheme: NumberingScheme, depth: number, ordinal: number): string {
  if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`headingLabel: depth ${depth} must be ≥ 1`);
  if (depth === 1) return scheme === 'articles' ? `Điều ${ordinal}.` : `${romanNumeral(ordinal)}.`;
  if (depth === 2) return `${ordinal}.`;
  if (depth === 3) return `${vietnamesePointLetter(ordinal)})`;
  return depth === 4 ? '-' : '+';
}

/** True for labels that are list markers rather than counted numbers ("-", "+"). */
export function isMarkerLabel(label: string): boolean {
  return label === '-' || label === '+';
}
