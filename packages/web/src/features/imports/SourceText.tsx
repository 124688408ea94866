// The document text with every extracted span marked; the active item's spans are emphasised and
// scrolled into view.
import { memo, useEffect, useMemo, useRef } from 'react';
import type { Span } from './importApi.ts';

interface Segment {
  start: number;
  end: number;
  marked: boolean;
  active: boolean;
  first: boolean;
}

function segments(length: number, all: Span[], active: Span[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of [...all, ...active]) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const within = (list: Span[], a: number, b: number) => list.some((s) => s.start <= a && s.end >= b);
  const firstActive = active.length ? Math.min(...active.map((s) => s.start)) : -1;
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    out.push({ start: a, end: b, marked: within(all, a, b), active: within(active, a, b), first: a === firstActive });
  }
  return out;
}

export const SourceText = memo(function SourceText({ text, spans, active }: { text: string; spans: Span[]; active: Span[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const segs = useMemo(() => segments(text.length, spans, active), [text, spans, active]);
  useEffect(() => {
    if (!active.length) return;
    // Scroll only the text pane (scrollIntoView would also move the page and the form beside it).
    const box = ref.current;
    const el = box?.querySelector<HTMLElement>('[data-first-active]');
    if (box && el) box.scrollTo({ top: Math.max(0, el.offsetTop - box.clientHeight / 3), behavior: 'smooth' });
  }, [active]);
  return (
    <div className="source-text" ref={ref} data-testid="source-text">
      {segs.map((s) =>
        s.marked || s.active ? (
          <mark key={s.start} className={s.active ? 'src-active' : 'src-mark'} {...(s.first ? { 'data-first-active': '' } : {})}>
            {text.slice(s.start, s.end)}
          </mark>
        ) : (
          <span key={s.start}>{text.slice(s.start, s.end)}</span>
        ),
      )}
    </div>
  );
});
