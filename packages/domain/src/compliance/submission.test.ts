import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recordSubmissionAt, submissionTimeliness } from './submission.ts';
import { complianceStatus } from './status.ts';
import { makeDeadline } from '../deadlines/deadline.ts';

// "trước ngày 15/11/2025" (plan 696): last allowed day 14/11, until 2025-11-14T16:59:59Z.
const dossier = makeDeadline('2025-11-15', false, 'trước ngày 15/11/2025');
const at = (iso: string) => new Date(iso);

describe('recordSubmissionAt', () => {
  it('keeps the first submission and moves the last one', () => {
    const first = recordSubmissionAt({ firstSubmittedAt: null }, at('2025-11-10T02:00:00Z'));
    expect(first).toEqual({ firstSubmittedAt: at('2025-11-10T02:00:00Z'), lastSubmittedAt: at('2025-11-10T02:00:00Z') });
    const again = recordSubmissionAt(first, at('2025-11-20T02:00:00Z'));
    expect(again).toEqual({ firstSubmittedAt: at('2025-11-10T02:00:00Z'), lastSubmittedAt: at('2025-11-20T02:00:00Z') });
  });

  it('never lets a resubmission change timeliness (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.date({ min: at('2025-10-01T00:00:00Z'), max: at('2025-12-31T00:00:00Z'), noInvalidDate: true }), {
          minLength: 1,
          maxLength: 6,
        }),
        (times) => {
          let state: { firstSubmittedAt?: Date | null } = {};
          for (const t of times) state = recordSubmissionAt(state, t);
          expect(submissionTimeliness(dossier, state.firstSubmittedAt)).toBe(submissionTimeliness(dossier, times[0]));
        },
      ),
    );
  });
});

describe('submissionTimeliness', () => {
  it('judges the first submission by the province calendar', () => {
    expect(submissionTimeliness(dossier, at('2025-11-14T16:59:59Z'))).toBe('on_time');
    expect(submissionTimeliness(dossier, at('2025-11-14T17:00:00Z'))).toBe('late');
    expect(submissionTimeliness(dossier, null)).toBeNull();
  });

  it('ignores a submission made after the moment asked about', () => {
    expect(submissionTimeliness(dossier, at('2025-11-10T00:00:00Z'), { asOf: at('2025-11-01T00:00:00Z') })).toBeNull();
  });

  it('is what compliance reports for a submitted obligation', () => {
    const asOf = at('2025-12-01T00:00:00Z');
    for (const first of [at('2025-11-14T16:59:59Z'), at('2025-11-14T17:00:00Z')]) {
      const status = complianceStatus({ deadline: dossier, firstSubmittedAt: first }, asOf).status;
      expect(status).toBe(submissionTimeliness(dossier, first) === 'on_time' ? 'submitted_on_time' : 'submitted_late');
    }
  });
});
