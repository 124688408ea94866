// Due dates. Which wording sets a deadline — "chậm nhất (là) (ngày) X", "hạn chót", "không muộn hơn",
// "đến hết ngày X", "trước hoặc trong ngày X" (inclusive) or "trước ngày X" / "trước tháng M năm Y"
// (exclusive) — is the domain's (`matchDeadlines`); cut-off dates ("tính đến ngày"), effective dates
// and citation dates are not deadlines. Here: kind and period from the sentence (who sends what: plan,
// report, self-assessment dossier, ranking decision, completion), the subject and the phrase to show.

import { matchDeadlines, type DateExpression } from '@dvcq/domain';
import type { Deadline, DeadlineKind, Period, Span } from './types.ts';
import type { Para } from './sections.ts';
import { formatDateHit } from './dates.ts';
import { capitalise, clean, ellipsize, fold } from './text.ts';
import { restoreDiacritics } from './ocr-normalise.ts';

const PERIOD_LABEL: Record<Period, string> = {
  Q1: 'quý I',
  Q2: 'quý II',
  Q3: 'quý III',
  Q4: 'quý IV',
  H1: '6 tháng',
  '9M': '9 tháng',
  Y: 'năm',
};
const KIND_NOUN: Partial<Record<DeadlineKind, string>> = {
  report: 'báo cáo',
  unit_plan: 'gửi kế hoạch',
  self_assessment: 'gửi hồ sơ tự đánh giá, chấm điểm',
};

export function classifyDeadline(scopeFolded: string): DeadlineKind {
  const s = scopeFolded;
  const hasReport = /bao\s+c\S{1,3}o/.test(s);
  const self = /(?<![a-z])t[uư]\s+(?:d\S{1,2}nh\s+gi\S|ch\S{1,2}m)|h\S\s+s\S\s+(?:t\S\s+)?ch\S{1,2}m\s+d\S{1,2}m/.test(s);
  if (self && !hasReport) return 'self_assessment';
  if (/x\S{1,2}p\s+lo\S{1,2}i|x\S{1,2}p\s+h\S{1,2}ng/.test(s) && !self && !hasReport) return 'ranking';
  if (hasReport) return 'report';
  if (/th\S{1,2}m\s+d\S{1,2}nh/.test(s)) return 'appraisal';
  if (/k\S{1,2}\s+ho\S{1,2}ch/.test(s)) return 'unit_plan';
  if (/ho\S{1,2}n\s+th\S{1,2}nh/.test(s)) return 'completion';
  return 'other';
}

interface PeriodHit {
  period: Period;
  index: number;
  length: number;
}

function periodHits(f: string): PeriodHit[] {
  const out: PeriodHit[] = [];
  const add = (re: RegExp, p: (m: RegExpExecArray) => Period | null): void => {
    for (const m of f.matchAll(re)) {
      const per = p(m as RegExpExecArray);
      if (per) out.push({ period: per, index: m.index ?? 0, length: m[0].length });
    }
  };
  add(/qu\S\s+(iv|i{1,3}|[1-4])(?![a-z0-9])/g, (m) => {
    const r = m[1] ?? '';
    const n = /\d/.test(r) ? Number(r) : r === 'iv' ? 4 : r.length;
    return `Q${n}` as Period;
  });
  add(/(?<![\d])6\s+th\S{1,3}ng|s\S{1,2}u\s+th\S{1,3}ng/g, () => 'H1');
  add(/(?<![\d])9\s+th\S{1,3}ng|ch\S{1,2}n\s+th\S{1,3}ng/g, () => '9M');
  add(/(?<![a-z])n\S{1,2}m(?![a-z])/g, () => 'Y');
  return out.sort((a, b) => a.index - b.index);
}

/** Nearest specific period (quarter, 6 or 9 months) before the end of `f`, else "year" if mentioned. */
export function detectPeriod(f: string): Period | null {
  const hits = periodHits(f);
  const specific = hits.filter((h) => h.period !== 'Y');
  const last = specific[specific.length - 1];
  if (last) return last.period;
  return hits.length > 0 ? 'Y' : null;
}

function paraAt(paras: Para[], pos: number): Para | null {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paras[mid]!;
    if (pos < p.start) hi = mid - 1;
    else if (pos > p.end) lo = mid + 1;
    else return p;
  }
  return null;
}

const SENTENCE_END_RE = /[.!?](?=\s+[\p{Lu}"“*(-])|\.\/\./gu;

export function extractDeadlines(
  text: string,
  folded: string,
  dates: DateExpression[],
  paras: Para[],
  ocr: boolean,
  unitAt: (pos: number) => string | null,
): Deadline[] {
  const out: Deadline[] = [];
  let lastDateEndInPara = -1;
  let lastPara: Para | null = null;
  for (const m of matchDeadlines(folded, { dates })) {
    const mStart = m.start;
    const para = paraAt(paras, mStart);
    if (!para) continue;
    const d = m.date;
    const { due, inclusive } = m;
    if (para !== lastPara) {
      lastPara = para;
      lastDateEndInPara = -1;
    }
    const pStart = para.marker ? para.marker.textStart : para.start;
    // sentence bounds
    const paraText = text.slice(pStart, para.end);
    let sentStart = pStart;
    let sentEnd = para.end;
    for (const b of paraText.matchAll(SENTENCE_END_RE)) {
      const at = pStart + (b.index ?? 0) + b[0].length;
      if (at <= mStart) sentStart = at;
      else if (at > d.end) {
        sentEnd = at;
        break;
      }
    }
    let clauseStart = sentStart;
    const semi = text.lastIndexOf(';', mStart);
    if (semi >= sentStart) clauseStart = semi + 1;
    if (lastDateEndInPara > clauseStart && lastDateEndInPara <= mStart) clauseStart = lastDateEndInPara;
    lastDateEndInPara = d.end;

    const sentenceFold = folded.slice(sentStart, sentEnd);
    const clauseFold = folded.slice(clauseStart, mStart);
    let kind = classifyDeadline(folded.slice(clauseStart, sentEnd));
    if (kind === 'other' || kind === 'unit_plan') {
      const k2 = classifyDeadline(sentenceFold);
      if (k2 !== 'other') kind = k2;
    }
    let period: Period | null = null;
    if (kind === 'report') period = detectPeriod(clauseFold) ?? detectPeriod(folded.slice(sentStart, mStart));

    // Subject: the clause before the marker, without "Thời gian/Thời hạn" and labels.
    let subject = clean(text.slice(clauseStart, mStart))
      .replace(/^[-–~•\s]+/, '')
      .replace(/[\s,:;(]+$/, '');
    subject = subject.replace(/^(?:thời\s+(?:gian|hạn)|thoi\s+(?:gian|han)|th\S{1,2}i\s+h\S{1,2}n)\s+/i, '').replace(/^(?:và|va)\s+/i, '');
    const label = /(?:^|\s)(qu\S\s+(?:iv|i{1,3}|[1-4])|[69]\s+th\S{1,3}ng|n\S{1,2}m)\s*(,?)\s*$/.exec(clauseFold);
    const subjWords = fold(subject)
      .replace(/(?:dinh\s+ky\s+)?(qu\S\s+(?:iv|i{1,3}|[1-4])|[69]\s+th\S{1,3}ng|n\S{1,2}m)\s*,?$/, '')
      .trim();
    if (subjWords.split(/\s+/).filter(Boolean).length <= 2 && period) {
      subject = `${KIND_NOUN[kind] ?? 'báo cáo'} ${PERIOD_LABEL[period]}`;
    }
    if (ocr) subject = restoreDiacritics(subject);
    const unit = unitAt(mStart);
    if (unit && !fold(subject).startsWith(fold(unit))) subject = `${unit}: ${subject}`;
    subject = ellipsize(subject, 220);

    // Phrase: [period label] + marker + date, rebuilt from parsed parts for OCR text.
    let phraseStart = mStart;
    let prefix = '';
    if (label) {
      phraseStart = clauseStart + label.index + (label[0].length - label[0].trimStart().length);
      const per = detectPeriod(label[1] ?? '');
      prefix = `${per ? PERIOD_LABEL[per] : clean(text.slice(phraseStart, phraseStart + (label[1] ?? '').length))}${label[2] ? ',' : ''} `;
    } else if (kind === 'completion') {
      const h = /ho\S{1,2}n\s+th\S{1,2}nh/.exec(clauseFold);
      if (h) {
        phraseStart = clauseStart + h.index;
        prefix = `${clean(text.slice(phraseStart, mStart))} `;
      }
    }
    const srcMarker = text.slice(mStart, m.markerEnd);
    const marker = /^\p{Lu}/u.test(srcMarker) && !label && kind !== 'completion' ? capitalise(m.marker.words) : m.marker.words;
    let phrase: string;
    if (ocr) phrase = restoreDiacritics(`${prefix}${marker} ${formatDateHit(d, text)}`);
    else phrase = clean(text.slice(phraseStart, d.end));
    const span: Span = { start: phraseStart, end: d.end };
    out.push({ due, inclusive, phrase, subject, kind, period, span, subjectSpan: { start: clauseStart, end: mStart } });
  }
  return out;
}
