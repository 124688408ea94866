// Communication-KPI appendix → KpiRow[] (types.ts). The appendix is an outline: a part names who
// (a unit, or a kind of unit: "Các cơ quan chuyên môn thành phố", "UBND phường, xã"), its points each
// set one target ("Có ít nhất 02 phóng sự … trên Đài Phát thanh và Truyền hình tỉnh"), and bullets
// under "… chuyên mục … gồm:" are sections that must be present. All matching runs on folded text so
// that OCR output ("C6 tir 12 tin CCHC tré 1én") reads like the clean text.

import type { KpiRow } from './types.ts';
import type { SectionNode } from './sections.ts';
import { walk } from './sections.ts';
import { clean, fold } from './text.ts';
import { repairOcrText } from './ocr-repair.ts';

const ZONE_RE = /ch\S{0,2}\s+ti\S{1,2}u|nhi\S{1,2}m\s+v\S\s+tuy\S{1,2}n\s+truy\S{1,2}n/;
const AT_LEAST_RE =
  /\b(?:[il1]t\s+nh\S{1,2}t|t\S{1,2}i\s+thi\S{1,2}u|tr\S{1,2}\s+[l1]\S{1,2}n|kh\S{1,2}ng\s+[il1]t\s+h\S{1,2}n|t\S{1,2}\s+\d[\d.]*\s+\S+.*tr\S{1,2}\s+[l1]\S{1,2}n)\b/;
const NUMBER_RE = /(?<![\p{L}\d/.,])(\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\p{L}\d/]|[.,]\d)/u;

function restored(s: string, ocr: boolean): string {
  const t = clean(s)
    .replace(/^[-–~•\s]+/, '')
    .replace(/[;:\s]+$/, '');
  return ocr ? repairOcrText(t) : t;
}

function channelOf(f: string): KpiRow['channel'] {
  if (/zalo/.test(f)) return 'zalo_oa';
  if (/fanpage|facebook|m\S{1,2}ng\s+x\S\s+h\S{1,2}i|youtube|tiktok/.test(f)) return 'social_media';
  if (/c\S{1,2}ng\s+d\S{1,2}ch\s+v\S\s+c\S{1,2}ng/.test(f)) return 'public_service_portal';
  if (/ph\S{1,2}t\s+thanh|truy\S{1,2}n\s+h\S{1,2}nh|\bdai\b/.test(f)) return 'provincial_radio_tv';
  const portal = /c\S{1,2}ng\s+th\S{1,2}ng\s+tin(?:\s+\S{1,3}i\S{1,2}n\s+t\S{1,2})?\s*(?:c\S{1,2}a\s+)?(\S+(?:\s+\S+)?)/.exec(f);
  if (portal) {
    const owner = portal[1] ?? '';
    if (/^t[i1l]nh\b/.test(owner)) return 'provincial_portal';
    return 'local_portal';
  }
  if (/\bb[a4]o\s+(?!c\S{1,2}o\b)\S/.test(f) || /\bt\S{1,2}\s+b[a4]o\b/.test(f)) return 'provincial_newspaper';
  return 'other';
}

function measureOf(f: string): KpiRow['measure'] | null {
  if (/ph\S{1,2}ng\s+s\S/.test(f)) return 'reportages';
  if (/l\S{1,2}\S?t\s+truy\s+c\S{1,2}p/.test(f)) return 'visits';
  if (/\btin\b|\bb\S{1,2}i\b/.test(f)) return 'items';
  return null;
}

function periodOf(f: string, year: number | null): KpiRow['period'] {
  const until =
    /t\S{1,2}nh\s+\S{1,2}\S?n\s+(?:th\S{1,2}i\s+\S{1,2}i\S{1,2}m\s+)?(?:ng\S{0,2}y\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/.exec(
      f,
    );
  if (until) {
    const y = until[3] ? Number(until[3]) : year;
    const iso = y ? `${y}-${until[2]!.padStart(2, '0')}-${until[1]!.padStart(2, '0')}` : null;
    return { kind: 'custom', until: iso };
  }
  if (/\/\s*qu\S\b|m\S{1,2}i\s+qu\S|h\S{1,2}ng\s+qu\S/.test(f)) return { kind: 'quarter', until: null };
  if (/6\s+th\S{1,2}ng|s\S{1,2}u\s+th\S{1,2}ng/.test(f)) return { kind: 'half_year', until: null };
  return { kind: 'year', until: null };
}

function whoOf(subject: string, ocr: boolean): KpiRow['who'] {
  // Names are compared exactly later on: the approximate OCR repair, not only the accents.
  const text = (ocr ? repairOcrText(clean(subject)) : clean(subject)).replace(/\s+(?:c\S\s*|c[o6]\s*)$/i, '');
  const f = fold(text);
  const cut = /\s+ch\S\s+tr\S(?:\s|,|$)/.exec(f);
  const lead = cut !== null;
  const name = (cut ? text.slice(0, cut.index) : text).trim();
  const nf = fold(name);
  let unitKind: KpiRow['who']['unitKind'] = null;
  if (/^(?:c\S{1,2}c\s+)?(?:c\S\s+quan\s+chuy\S{1,2}n\s+m\S{1,2}n|ph\S{1,2}ng\s+chuy\S{1,2}n\s+m\S{1,2}n|ph\S{1,2}ng,\s*ban)/.test(nf))
    unitKind = 'division';
  else if (
    /(?:ubnd|u\S?y\s+ban\s+nh\S{1,2}n\s+d\S{1,2}n)?\s*(?:c\S{1,2}c\s+)?(?:ph\S{1,2}\S?ng|x\S)\s*,\s*(?:ph\S{1,2}\S?ng|x\S)\b/.test(nf) ||
    /^(?:ubnd\s+)?c\S{1,2}c\s+(?:x\S|ph\S{1,2}\S?ng)\b/.test(nf)
  )
    unitKind = 'commune';
  else if (/^(?:c\S{1,2}c\s+)?s\S\s*,\s*ban\s*,\s*ng\S{1,2}nh|^c\S{1,2}c\s+s\S\b/.test(nf)) unitKind = 'department';
  else if (/^(?:c\S{1,2}c\s+)?(?:ubnd\s+)?(?:c\S{1,2}c\s+)?huy\S{1,2}n\s*,/.test(nf)) unitKind = 'district';
  else if (/^c\S{1,2}c\s+\S*\s*\S{1,2}n\s+v\S\s+s\S\s+nghi\S{1,2}p/.test(nf)) unitKind = 'public_service';
  return { unit: unitKind ? null : name, unitKind, text: name, lead };
}

/** The subject of a sentence that states its own target ("Các cơ quan chuyên môn thành phố có ít nhất …"). */
function subjectBefore(text: string): { subject: string; rest: string } | null {
  const m = /\s(c[oó6ọ]|ph\S{1,2}i)\s+(?=[il1]t\s|t\S{1,2}\s|\d|it\b)/.exec(fold(text));
  if (!m || m.index < 3) return null;
  return { subject: text.slice(0, m.index), rest: text.slice(m.index) };
}

/** KPI rows of the plan's communication-target appendices (empty when there are none). */
export function extractKpiRows(appendices: SectionNode[], ocr: boolean, year: number | null): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const app of appendices) {
    if (app.kind !== 'appendix') continue;
    const head = fold([app.heading, ...app.paras.slice(0, 3).map((p) => p.text)].join(' '));
    if (!ZONE_RE.test(head)) continue;
    for (const part of app.children) {
      // Who: the part's subject (or, for a part that is one sentence, the words before "có").
      const own = subjectBefore(part.heading);
      const who = whoOf(own ? own.subject : part.heading.replace(/\s+th\S{1,2}c\s+hi\S{1,2}n\s*:?$/i, ''), ocr);
      const leaves =
        part.children.length === 0
          ? [part]
          : [...walk(part.children)].filter((n) => n.children.length === 0 || measureOf(fold(n.heading)) !== null);
      for (const n of leaves) {
        const text = n === part && own ? own.rest : n.heading;
        const f = fold(text);
        const parentF = n.parent ? fold(n.parent.heading) : '';
        const num = NUMBER_RE.exec(f.replace(/\b\d{1,2}\/\d{1,2}(?:\/\d{4})?\b/g, (x) => ' '.repeat(x.length)));
        let measure = measureOf(f);
        const sectionBullet = n.kind === 'bullet' && /chuy\S{1,3}n\s+m\S{1,3}c/.test(parentF);
        if (!num && !sectionBullet) continue;
        if (num && measure === 'visits') {
          // visits are counted on the unit's own portal
        } else if (sectionBullet && !(num && measure)) measure = 'sections_present';
        if (!measure) continue;
        const target = measure === 'sections_present' && !num ? 1 : Number((num?.[1] ?? '1').replace(/\./g, ''));
        const channel =
          measure === 'sections_present' || measure === 'visits'
            ? channelOf(`${f} ${parentF}`) === 'other'
              ? 'local_portal'
              : channelOf(`${f} ${parentF}`)
            : channelOf(f);
        rows.push({
          target,
          comparator: measure === 'sections_present' || AT_LEAST_RE.test(f) ? 'at_least' : 'exactly',
          measure,
          channel,
          who,
          period: periodOf(f, year),
          line: restored(n === part ? part.heading : n.heading, ocr),
          span: { ...n.headingSpan },
        });
      }
    }
  }
  return rows;
}
