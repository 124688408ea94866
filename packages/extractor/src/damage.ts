// A deterministic imitation of what an OCR engine without Vietnamese does to a clean text, used by
// the evaluation (scripts/eval-import.ts) to measure the extractor on damaged input: every
// diacritic is lost (đ → d), and a small share of words get the glyph confusions seen in the OCR
// seeds (ư → w/ir, ô → 6, ơ → d, ê → €/¢, "rn" ↔ "m", l → 1, a missing space between two words).
// Same input and seed, same output: results are comparable from run to run.

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Accent-specific misreadings, applied (sometimes) before the accents are stripped. */
const GLYPH: [RegExp, string[]][] = [
  [/[ưừứửữự]/, ['w', 'ir', 'u']],
  [/[ôồốổỗộ]/, ['6', 'o', 'd']],
  [/[ơờớởỡợ]/, ['d', 'o', '&']],
  [/[êềếểễệ]/, ['€', 'é', 'e']],
  [/[âầấẩẫậăằắẳẵặ]/, ['i', 'a', 'á']],
  [/[đĐ]/, ['P', 'd', 'b']],
];

function stripMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export interface DamageOptions {
  /** Share of words that get a glyph confusion on top of the lost accents (default 0.06). */
  confusionRate?: number;
  /** Share of word gaps that disappear (default 0.01). */
  joinRate?: number;
  seed?: number;
}

/** OCR-like damage: diacritics stripped, a few typical glyph confusions, deterministic. */
export function damageText(text: string, opts: DamageOptions = {}): string {
  const rand = rng(opts.seed ?? seedOf(text.slice(0, 200)));
  const rate = opts.confusionRate ?? 0.06;
  const join = opts.joinRate ?? 0.01;
  return text.normalize('NFC').replace(/(\p{L}+)(\s?)/gu, (_m, word: string, space: string) => {
    let w = word;
    if (rand() < rate) {
      const rule = GLYPH.find(([re]) => re.test(w));
      if (rule) {
        const opt = rule[1][Math.floor(rand() * rule[1].length)] ?? '';
        w = w.replace(rule[0], opt);
      } else if (/rn/.test(w)) w = w.replace('rn', 'm');
      else if (/m/.test(w)) w = w.replace('m', 'rn');
      else if (/l/.test(w)) w = w.replace('l', '1');
    }
    w = stripMarks(w);
    const sp = space === ' ' && rand() < join ? '' : space;
    return w + sp;
  });
}
