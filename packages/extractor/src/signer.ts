// Signature block (Decree 30 cells 7a–7c): authority prefix (TM./KT./Q./TL./TUQ.), position lines in
// capitals, then the signer's full name. OCR merges it with the "Nơi nhận:" column, so positions are
// found anywhere in the closing zone, in capitals. When a deputy signs for the head (KT.), the
// collective line (TM. ỦY BAN NHÂN DÂN) is not part of the title.

import type { Signer, Span } from './types.ts';
import type { Line } from './lines.ts';
import { COLLECTIVES, POSITIONS } from './ocr-normalise.ts';
import { fold, isUpperText } from './text.ts';
import { repairOcrText } from './ocr-repair.ts';
import { SURNAMES } from './surnames.ts';

const NAME_RE = /^(\p{Lu}[\p{Ll}€¢'’]*)(\s+\p{Lu}[\p{Ll}€¢'’]*){1,4}$/u;

function wordPattern(w: string): string {
  const cls = (c: string): string => (c === 'd' ? '[dpb]' : c);
  const first = cls(w.charAt(0));
  const rest = w.slice(1);
  if (rest.length === 0) return first;
  return `${first}(?:${rest}|[a-z0-9€¢&]{${Math.max(rest.length - 1, 1)},${rest.length + 1}})`;
}

function phrasePattern(p: string): RegExp {
  const words = fold(p).split(/\s+/);
  return new RegExp(`(?<![a-z])${words.map(wordPattern).join('\\s+')}(?![a-z])`, 'g');
}

const POSITION_RES = POSITIONS.map((p) => ({ name: p, re: phrasePattern(p) }));
const COLLECTIVE_RES = COLLECTIVES.map((p) => ({ name: p, re: phrasePattern(p) }));
const PREFIX_RE = /(?<![A-Za-z])(TM|KT|Q|TL|TUQ|T\/M|K\/T|T\/L)\s*[.\s]\s*/g;

function restoreName(name: string): string {
  const parts = name.split(/\s+/);
  const first = parts[0];
  if (first) {
    const s = SURNAMES.find((x) => fold(x) === fold(first));
    if (s) parts[0] = s;
  }
  return parts.map((p) => (fold(p) === 'thi' ? 'Thị' : p)).join(' ');
}

interface Item {
  start: number;
  end: number;
  text: string;
  prefix: string | null;
}

/** Signer in the closing zone [fromLine, toLine). */
export function findSigner(text: string, lines: Line[], fromLine: number, toLine: number, ocr: boolean): Signer | null {
  let nameLine = -1;
  for (let i = Math.min(toLine, lines.length) - 1; i >= fromLine && i >= 0; i--) {
    const l = lines[i]!;
    if (l.blank) continue;
    const t = l.text.replace(/\*+/g, '').trim();
    if (
      NAME_RE.test(t) &&
      !isUpperText(t) &&
      !/^(n\S{1,2}i\s+nh\S{1,2}n|l\S{1,2}u|ch\S{1,3}ng|m\S{1,2}c|ph\S{1,2}n|\S{1,2}i\S{1,2}u)\b/.test(fold(t)) &&
      !/\s[IVXL]+$/.test(t)
    ) {
      nameLine = i;
      break;
    }
  }
  if (nameLine < 0) return null;
  const nl = lines[nameLine]!;
  const rawName = nl.text.replace(/\*+/g, '').trim();
  const nameStart = nl.start + nl.text.indexOf(rawName);
  const name = ocr ? restoreName(rawName.replace(/[€¢]/g, 'ê')) : rawName;

  const items: Item[] = [];
  const covered: Span[] = [];
  for (let i = Math.max(fromLine, 0); i < nameLine; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const lineText = l.text;
    for (const m of lineText.matchAll(PREFIX_RE)) {
      let after = lineText.slice((m.index ?? 0) + m[0].length).split(/[;*]/)[0] ?? '';
      // "TM. ỦY BAN NHÂN" / "DÂN": a collective name wrapped onto the next line.
      let next = i + 1;
      while (next < nameLine && lines[next]!.blank) next++;
      const nl = next < nameLine ? lines[next]! : null;
      if (
        nl &&
        isUpperText(nl.text) &&
        COLLECTIVE_RES.some((c) => {
          c.re.lastIndex = 0;
          const x = c.re.exec(fold(`${after.trim()} ${nl.text}`));
          return x !== null && x.index === 0 && x[0].length > fold(after.trim()).length;
        })
      ) {
        after = `${after.trim()} ${nl.text}`;
      }
      const af = fold(after);
      let found: { name: string; len: number } | null = null;
      for (const p of [...POSITION_RES, ...COLLECTIVE_RES]) {
        p.re.lastIndex = 0;
        const pm = p.re.exec(af);
        if (pm && pm.index === 0) {
          found = { name: p.name, len: pm[0].length };
          break;
        }
      }
      const start = l.start + (m.index ?? 0);
      const len = found ? found.len : after.trimEnd().length;
      if (!found && !isUpperText(after)) continue;
      const end = l.start + (m.index ?? 0) + m[0].length + len;
      items.push({
        start,
        end,
        text: found ? found.name : (ocr ? repairOcrText(after.trim()) : after.trim()).toUpperCase(),
        prefix: (m[1] ?? '').includes('/') ? (m[1] ?? '') : `${m[1]}.`,
      });
      covered.push({ start, end });
    }
    const f = l.folded;
    for (const p of POSITION_RES) {
      p.re.lastIndex = 0;
      for (const pm of f.matchAll(p.re)) {
        const start = l.start + (pm.index ?? 0);
        const end = start + pm[0].length;
        if (covered.some((c) => start < c.end && end > c.start)) continue;
        if (!isUpperText(text.slice(start, end))) continue;
        items.push({ start, end, text: p.name, prefix: null });
        covered.push({ start, end });
      }
    }
  }
  items.sort((a, b) => a.start - b.start);
  const hasDelegation = items.some((i) => i.prefix && i.prefix !== 'TM.' && i.prefix !== 'T/M');
  const kept = items.filter((i) => !(hasDelegation && (i.prefix === 'TM.' || i.prefix === 'T/M')));
  const title = kept.length > 0 ? kept.map((i) => (i.prefix ? `${i.prefix} ${i.text}` : i.text)).join(' ') : null;
  return {
    name,
    title,
    nameSpan: { start: nameStart, end: nameStart + rawName.length },
    titleSpans: kept.map((i) => ({ start: i.start, end: i.end })),
  };
}
