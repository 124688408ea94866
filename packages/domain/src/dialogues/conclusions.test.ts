import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text/fold.ts';
import {
  conclusionState,
  conclusionTransitionProblem,
  daysOverdue,
  questionsByTopic,
  shareConclusionsDoneOnTime,
  tallyConclusions,
  type ConclusionFacts,
} from './conclusions.ts';

const c = (status: ConclusionFacts['status'], dueDate: string, closedOn: string | null = null): ConclusionFacts => ({
  status,
  dueDate,
  closedOn,
});

describe('dialogue conclusions', () => {
  it('is overdue from the day after its due date (inclusive), judged on the province day', () => {
    expect(conclusionState(c('open', '2026-11-30'), '2026-11-30')).toBe('open');
    expect(conclusionState(c('in_progress', '2026-11-30'), '2026-12-01')).toBe('overdue');
    expect(daysOverdue(c('open', '2026-11-30'), '2026-12-02')).toBe(2);
    expect(daysOverdue(c('open', '2026-12-30'), '2026-12-02')).toBe(0);
  });

  it('tells done on time from done late, and explained apart', () => {
    expect(conclusionState(c('done', '2026-11-30', '2026-11-30'), '2026-12-02')).toBe('done_on_time');
    expect(conclusionState(c('done', '2026-11-30', '2026-12-01'), '2026-12-02')).toBe('done_late');
    expect(conclusionState(c('explained', '2026-11-30', '2026-12-01'), '2026-12-02')).toBe('explained');
  });

  it('refuses to reopen a closed conclusion, an explanation without words, and closing days out of range', () => {
    const today = '2026-12-02';
    expect(conclusionTransitionProblem('done', { status: 'in_progress', note: 'x', on: today }, '2026-10-01', today)).toBe(
      'already_closed',
    );
    expect(conclusionTransitionProblem('open', { status: 'explained', note: '  ', on: today }, '2026-10-01', today)).toBe(
      'explanation_required',
    );
    expect(conclusionTransitionProblem('open', { status: 'done', note: null, on: '2026-09-30' }, '2026-10-01', today)).toBe(
      'closed_before_dialogue',
    );
    expect(conclusionTransitionProblem('open', { status: 'done', note: null, on: '2026-12-03' }, '2026-10-01', today)).toBe(
      'closed_in_future',
    );
    expect(conclusionTransitionProblem('in_progress', { status: 'done', note: null, on: today }, '2026-10-01', today)).toBeNull();
  });

  it('counts states and the share done on time among those due', () => {
    const cs = [
      c('done', '2026-11-30', '2026-11-20'),
      c('open', '2026-11-01'),
      c('explained', '2026-12-20', '2026-11-25'),
      c('open', '2026-12-31'),
    ];
    expect(tallyConclusions(cs, '2026-12-02')).toEqual({ total: 4, open: 1, overdue: 1, doneOnTime: 1, doneLate: 0, explained: 1 });
    // due or closed: the done one, the overdue one, the explained one → 1 of 3
    expect(shareConclusionsDoneOnTime(cs, '2026-12-02')).toBe(33.3);
    expect(shareConclusionsDoneOnTime([c('open', '2026-12-31')], '2026-12-02')).toBeNull();
  });

  it('counts questions by topic, folding diacritics and case', () => {
    expect(
      questionsByTopic(
        [
          { topic: 'Đất đai', count: 3 },
          { topic: 'Môi trường', count: 2 },
          { topic: 'đất đai ', count: 4 },
        ],
        foldVietnamese,
      ),
    ).toEqual([
      { topic: 'Đất đai', count: 7 },
      { topic: 'Môi trường', count: 2 },
    ]);
  });
});
