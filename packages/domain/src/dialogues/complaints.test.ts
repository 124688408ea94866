import { describe, expect, it } from 'vitest';
import { complaintProblems, shareResolvedOnTime, sumComplaintFigures, type ComplaintFigures } from './complaints.ts';

const f = (received: number, inCompetence: number, resolved: number, resolvedOnTime: number, pending: number): ComplaintFigures => ({
  received,
  inCompetence,
  resolved,
  resolvedOnTime,
  pending,
});

describe('complaint statistics', () => {
  it('accepts consistent figures', () => {
    expect(complaintProblems('complaint', f(10, 8, 6, 5, 2))).toEqual([]);
    expect(complaintProblems('reception', f(0, 0, 0, 0, 0))).toEqual([]);
  });

  it('names each broken rule with a stable code and the figure to correct', () => {
    expect(complaintProblems('complaint', f(5, 5, 6, 6, 0)).map((p) => [p.code, p.field])).toEqual([
      ['complaints.resolved_exceeds_received', 'resolved'],
    ]);
    expect(complaintProblems('petition', f(5, 6, 1, 1, 0)).map((p) => p.code)).toEqual(['complaints.competence_exceeds_received']);
    expect(complaintProblems('petition', f(5, 3, 4, 1, 0)).map((p) => p.code)).toEqual(['complaints.resolved_exceeds_competence']);
    expect(complaintProblems('denunciation', f(5, 5, 3, 4, 0)).map((p) => p.code)).toEqual(['complaints.on_time_exceeds_resolved']);
    expect(complaintProblems('denunciation', f(5, 5, 3, 3, 3)).map((p) => p.code)).toEqual(['complaints.pending_exceeds']);
    expect(complaintProblems('complaint', f(-1, 0, 0, 0, 0)).map((p) => [p.code, p.field])).toEqual([['complaints.negative', 'received']]);
    expect(complaintProblems('complaint', f(1.5, 0, 0, 0, 0)).map((p) => p.code)).toEqual(['complaints.negative']);
  });

  it('sums figures and gives the share resolved on time without citizen reception', () => {
    expect(sumComplaintFigures([f(1, 1, 1, 1, 0), f(2, 2, 1, 0, 1)])).toEqual(f(3, 3, 2, 1, 1));
    expect(
      shareResolvedOnTime([
        { kind: 'reception', ...f(20, 20, 20, 0, 0) },
        { kind: 'complaint', ...f(10, 8, 6, 3, 2) },
        { kind: 'petition', ...f(4, 4, 2, 2, 0) },
      ]),
    ).toBe(62.5);
    expect(shareResolvedOnTime([{ kind: 'complaint', ...f(1, 1, 0, 0, 1) }])).toBeNull();
  });
});
