import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isObligationOpen, isOpenComplianceStatus } from './open.ts';
import { complianceStatus } from '../compliance/status.ts';
import { makeDeadline } from '../deadlines/deadline.ts';

describe('isObligationOpen', () => {
  it('is open only while nothing is submitted, exempted or cancelled', () => {
    expect(isObligationOpen({ cancelledAt: null, exemptReason: null, firstSubmittedAt: null })).toBe(true);
    expect(isObligationOpen({ firstSubmittedAt: new Date('2025-03-20T02:00:00Z') })).toBe(false);
    expect(isObligationOpen({ exemptReason: 'Đơn vị mới thành lập sau ngày ban hành kế hoạch' })).toBe(false);
    expect(isObligationOpen({ cancelledAt: new Date('2025-04-01T02:00:00Z') })).toBe(false);
  });

  it('agrees with the compliance status of a live obligation at any moment (property)', () => {
    const deadline = makeDeadline('2025-03-28', true, 'chậm nhất 28/3/2025');
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
        (submitted, exempt, asOf) => {
          const firstSubmittedAt = submitted ? new Date(asOf.getTime() - 3_600_000) : null;
          const exemptReason = exempt ? 'Miễn theo văn bản của Sở Nội vụ' : null;
          const status = complianceStatus(
            { deadline, firstSubmittedAt, exemption: exemptReason ? { reason: exemptReason } : null },
            asOf,
          ).status;
          expect(isOpenComplianceStatus(status)).toBe(isObligationOpen({ cancelledAt: null, exemptReason, firstSubmittedAt }));
        },
      ),
    );
  });
});
