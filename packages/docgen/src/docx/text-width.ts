// Rough width of a line of Times New Roman text, used only to size the short solid rules that
// Decree 30 asks for (rule under the motto as long as the motto, ⅓–½ of the issuing body / title).
// Word has no "rule as long as this text" primitive, so we draw the rule as a paragraph border whose
// length is set with indents; for that we need the text's width up front. Widths are the Adobe
// core-font metrics for Times-Roman / Times-Bold (units per 1000 em), which match Times New Roman
// closely enough for a decorative rule.

const REGULAR_WIDTHS: Record<string, number> = {
  ' ': 250,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  '-': 333,
  '.': 250,
  ',': 250,
  ':': 278,
  '/': 278,
  ';': 278,
  '(': 333,
  ')': 333,
};

const BOLD_WIDTHS: Record<string, number> = {
  ' ': 250,
  a: 500,
  b: 556,
  c: 444,
  d: 556,
  e: 444,
  f: 333,
  g: 500,
  h: 556,
  i: 278,
  j: 333,
  k: 556,
  l: 278,
  m: 833,
  n: 556,
  o: 500,
  p: 556,
  q: 556,
  r: 444,
  s: 389,
  t: 333,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  A: 722,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 778,
  I: 389,
  J: 500,
  K: 778,
  L: 667,
  M: 944,
  N: 722,
  O: 778,
  P: 611,
  Q: 778,
  R: 722,
  S: 556,
  T: 667,
  U: 722,
  V: 722,
  W: 1000,
  X: 722,
  Y: 722,
  Z: 667,
  '-': 333,
  '.': 250,
  ',': 250,
  ':': 333,
  '/': 278,
  ';': 333,
  '(': 333,
  ')': 333,
};

/** Vietnamese letters take the width of their base Latin letter (diacritics stack vertically). */
function baseLetter(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Estimated width in points of `text` set in Times New Roman at `sizePt`. */
export function estimateTextWidthPt(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let units = 0;
  for (const ch of text) {
    // Digits are all 500; anything unknown is treated as an average lower-case letter.
    units += table[baseLetter(ch)] ?? (/[0-9]/.test(ch) ? 500 : 500);
  }
  return (units / 1000) * sizePt;
}
