// Units named in the organisation section ("TỔ CHỨC THỰC HIỆN") with what each must do. A unit is
// the heading of an item ("a) Sở Nội vụ", "2. Thanh tra Sở"), a "- Unit: duties" bullet, or a
// paragraph that opens with an organisation noun and a verb ("Phòng X chủ động phối hợp …").
// Headings listing several bodies are split on ";" and on "," before an organisation noun.

import type { Assignment, Span } from './types.ts';
import type { SectionNode, Para } from './sections.ts';
import { walk } from './sections.ts';
import { clean, fold } from './text.ts';
import { restoreDiacritics } from './ocr-normalise.ts';
import { repairOcrText } from './ocr-repair.ts';

const ORG_SECTION_RE =
  /t\S{0,2}\s*ch\S{1,3}c\s+th\S{1,3}c\s+hi\S{1,3}n|tr\S{1,2}ch\s+nhi\S{1,3}m\s+(?:c\S{1,2}a|th\S{1,3}c)|ph\S{1,2}n\s+c\S{1,2}ng\s+nhi/;

const ORG_NOUN = String.raw`(?:s[oở]|ban|b\S|c\S{1,2}ng\s+an|thanh\s+tra|u\S?y\s+ban|ubnd|hdnd|ph\S{1,2}ng|v\S{1,2}n\s+ph\S{1,2}ng|trung\s+t\S{1,2}m|d\S{1,2}i|c\S{1,2}c|chi\s+c\S{1,2}c|kho\s+b\S{1,2}c|b\S{1,2}o\s+hi\S{1,2}m|li\S{1,2}n\s+do\S{1,2}n|t\S{1,2}nh\s+do\S{1,2}n|vi\S{1,2}n|b\S{1,2}nh\s+vi\S{1,2}n|ng\S{1,2}n\s+h\S{1,2}ng|h\S{1,2}i\s+d\S{1,2}ng|h\S{1,2}i)`;
const ORG_SPLIT_RE = new RegExp(String.raw`^${ORG_NOUN}(?![a-z])`);
const UNIT_START_RE = new RegExp(
  String.raw`^(?:d\S\s+ngh\S\s+)?(?:(?:c\S{1,2}c|t\S{1,2}t\s+c\S\s+c\S{1,2}c)\s+)?(?:${ORG_NOUN}|th\S\s+tr\S{1,3}ng|ch\S\s+t\S{1,2}ch|gi\S{1,2}m\s+d\S{1,2}c|d\S{1,2}n\s+v\S|c\S\s+quan)(?![a-z])`,
);
const VERB_CUT_RE =
  /\s(?:ch\S\s+tr\S|ch\S{1,2}\s+d\S?\S?ng|ph\S{1,2}i\s+h\S{1,2}p|tham\s+m\S{1,2}u|th\S{1,3}c\s+hi\S{1,3}n|tri\S{1,2}n\s+khai|d\S{1,2}y\s+m\S{1,2}nh|c\S\s+tr\S{1,2}ch\s+nhi\S{1,3}m|h\S{1,3}ng\s+d\S{1,2}n|theo\s+d\S{1,2}i|cung\s+c\S{1,2}p|t\S{1,2}ng\s+h\S{1,2}p|c\S{1,2}n\s+c\S{1,2}|theo\s+ch\S{1,3}c\s+n\S{1,2}ng|x\S{1,2}y\s+d\S{1,2}ng|ti\S{1,2}p\s+t\S{1,2}c|th\S{1,3}ng\s+xuy\S{1,2}n|m\S\s+c\S{1,2}c)(?![a-z])|:/;

export function isOrgSection(n: SectionNode): boolean {
  return n.kind === 'part' && !n.inAppendix && ORG_SECTION_RE.test(fold(n.heading));
}

/** Unit names in an item heading (empty when the heading is not a unit). */
export function unitsFromHeading(heading: string, ocr: boolean): string[] {
  let t = clean(heading);
  const f0 = fold(t);
  if (!UNIT_START_RE.test(f0)) return [];
  t = t.replace(/^(?:đề nghị|de nghi|dé nghi)\s+/i, '');
  const f = fold(t);
  const cut = VERB_CUT_RE.exec(f);
  if (cut) t = t.slice(0, cut.index);
  t = t.replace(/[\s.,;:]+$/, '');
  if (t.length === 0 || t.length > 160) return [];
  const semi = t.split(/\s*;\s*/).filter((p, i) => i === 0 || /^\p{Lu}/u.test(p));
  const out: string[] = [];
  for (const part of semi) {
    const pieces = part.split(/\s*,\s*/);
    const merged: string[] = [];
    for (const p of pieces) {
      const last = merged.length - 1;
      if (
        last >= 0 &&
        !((/^\p{Lu}/u.test(p) && ORG_SPLIT_RE.test(fold(p)) && !/^b\S\s/.test(fold(p))) || /^b\S\s+ch\S\s+huy/.test(fold(p)))
      )
        merged[last] = `${merged[last]}, ${p}`;
      else merged.push(p);
    }
    for (const m of merged) {
      const u = m.trim().replace(/[\s.,;:]+$/, '');
      if (u && UNIT_START_RE.test(fold(u))) out.push(ocr ? repairOcrText(u) : u);
    }
  }
  return out;
}

function duty(text: string, ocr: boolean): string {
  // Every word of the duty is kept (a plan item holds up to 20 000 characters).
  const t = clean(text)
    .replace(/^[-–~•\s]+/, '')
    .slice(0, 20_000);
  return ocr ? restoreDiacritics(t) : t;
}

function unitKey(u: string): string {
  return fold(u)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface AssignmentResult {
  assignments: Assignment[];
  /** Deepest unit item containing an offset. */
  unitAt: (pos: number) => string | null;
}

export function extractAssignments(outline: SectionNode[], ocr: boolean): AssignmentResult {
  const out: Assignment[] = [];
  const byKey = new Map<string, Assignment>();
  const unitNodes: { node: SectionNode; unit: string }[] = [];
  const add = (unit: string, span: Span, duties: { text: string; span: Span }[]): Assignment => {
    const key = unitKey(unit);
    const prev = byKey.get(key);
    if (prev) {
      for (const d of duties) {
        prev.duties.push(duty(d.text, ocr));
        prev.dutySpans.push(d.span);
      }
      return prev;
    }
    const a: Assignment = { unit, duties: duties.map((d) => duty(d.text, ocr)), span, dutySpans: duties.map((d) => d.span) };
    byKey.set(key, a);
    out.push(a);
    return a;
  };
  const paraDuty = (p: Para): { text: string; span: Span } => ({ text: p.text, span: { start: p.start, end: p.end } });

  for (const section of outline) {
    if (!isOrgSection(section)) continue;
    for (const node of walk(section.children)) {
      if (node.kind === 'bullet') {
        // "- Sở X: duties"
        const colon = node.heading.indexOf(':');
        if (colon > 0 && colon < 100 && !(node.parent && unitsFromHeading(node.parent.heading, ocr).length > 0)) {
          const units = unitsFromHeading(node.heading.slice(0, colon), ocr);
          if (units.length === 1 && units[0])
            add(units[0], { ...node.headingSpan }, [{ text: node.heading.slice(colon + 1), span: { ...node.headingSpan } }]);
        }
        continue;
      }
      const units = unitsFromHeading(node.heading, ocr);
      if (units.length > 0) {
        const duties = [
          ...node.children.filter((c) => c.kind === 'bullet').map((c) => ({ text: c.heading, span: { ...c.headingSpan } })),
          ...node.paras.filter((p) => unitsFromParagraph(p.text, ocr) === null).map(paraDuty),
        ];
        for (const u of units) {
          const named = (d: { text: string }): string | undefined => units.find((x) => fold(d.text).startsWith(fold(x)));
          const own = units.length > 1 ? duties.filter((d) => named(d) === u || named(d) === undefined) : duties;
          add(u, { ...node.headingSpan }, own);
        }
        unitNodes.push({ node, unit: units[0] ?? '' });
      }
      for (const p of node.paras) {
        const pu = unitsFromParagraph(p.text, ocr);
        if (pu) add(pu.unit, { start: p.start, end: p.end }, [{ text: pu.rest, span: { start: p.start, end: p.end } }]);
      }
    }
  }
  const unitAt = (pos: number): string | null => {
    let best: { node: SectionNode; unit: string } | null = null;
    for (const u of unitNodes) {
      if (pos >= u.node.span.start && pos <= u.node.span.end && (!best || u.node.span.start >= best.node.span.start)) best = u;
    }
    return best?.unit ?? null;
  };
  return { assignments: out, unitAt };
}

/** "Phòng X chủ động phối hợp …" → unit "Phòng X"; null when the paragraph does not open with a unit. */
export function unitsFromParagraph(text: string, ocr: boolean): { unit: string; rest: string } | null {
  const t = clean(text);
  if (!/^\p{Lu}/u.test(t)) return null;
  const f = fold(t);
  if (
    !ORG_SPLIT_RE.test(f) ||
    /^c\S{1,2}c\s/.test(f) ||
    /^b\S{1,2}o\s+c\S{1,2}o/.test(f) ||
    (/^b\S\s/.test(f) && !/^b\S\s+ch\S\s+huy/.test(f))
  )
    return null;
  const cut = VERB_CUT_RE.exec(f);
  if (!cut || cut.index > 100 || cut.index < 4) return null;
  const unit = t.slice(0, cut.index).replace(/[\s.,;:]+$/, '');
  if (unit.split(/\s+/).length < 2) return null;
  return { unit: ocr ? repairOcrText(unit) : unit, rest: t.slice(cut.index).trim() };
}
