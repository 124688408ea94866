import { describe, it, expect, afterEach } from 'vitest';
import { complianceStatus, COMPLIANCE_STATUS_LABELS, COMPLIANCE_STATUSES } from './status.ts';
import { makeDeadline } from '../deadlines/deadline.ts';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

// "Trước ngày 20/5/2025": last allowed day 19/05, i.e. until 2025-05-19T16:59:59Z.
const h1 = { deadline: makeDeadline('2025-05-20', false, 'Trước ngày 20/5/2025') };
const at = (iso: string) => new Date(iso);

describe('complianceStatus', () => {
  it('is not due more than 7 days ahead, due soon within 7 days, overdue after the last allowed day', () => {
    expect(complianceStatus(h1, at('2025-05-11T16:59:59Z')).status).toBe('not_due'); // 11/05 local, 8 days
    expect(complianceStatus(h1, at('2025-05-11T17:00:00Z')).status).toBe('due_soon'); // 12/05 local, 7 days
    expect(complianceStatus(h1, at('2025-05-19T16:59:59Z'))).toEqual({ status: 'due_soon', daysUntilDue: 0, exemptionReason: null });
    expect(complianceStatus(h1, at('2025-05-19T17:00:00Z'))).toEqual({ status: 'overdue', daysUntilDue: -1, exemptionReason: null });
  });

  it('lets the "due soon" window be configured', () => {
    expect(complianceStatus(h1, at('2025-05-05T03:00:00Z'), { dueSoonDays: 14 }).status).toBe('due_soon');
    expect(complianceStatus(h1, at('2025-05-18T03:00:00Z'), { dueSoonDays: 0 }).status).toBe('not_due');
    expect(complianceStatus(h1, at('2025-05-19T03:00:00Z'), { dueSoonDays: 0 }).status).toBe('due_soon');
  });

  it('judges a submission on the first one, by the province calendar', () => {
    const onTime = { ...h1, firstSubmittedAt: at('2025-05-19T16:59:59Z') };
    const late = { ...h1, firstSubmittedAt: at('2025-05-19T17:00:00Z') };
    expect(complianceStatus(onTime, at('2025-12-31T00:00:00Z')).status).toBe('submitted_on_time');
    expect(complianceStatus(late, at('2025-12-31T00:00:00Z')).status).toBe('submitted_late');
  });

  it('ignores submissions after asOf, so a past date can be replayed', () => {
    const o = { ...h1, firstSubmittedAt: at('2025-06-02T02:00:00Z') };
    expect(complianceStatus(o, at('2025-05-15T00:00:00Z')).status).toBe('due_soon');
    expect(complianceStatus(o, at('2025-06-01T00:00:00Z')).status).toBe('overdue');
    expect(complianceStatus(o, at('2025-06-02T01:59:59Z')).status).toBe('overdue');
    expect(complianceStatus(o, at('2025-06-02T02:00:00Z')).status).toBe('submitted_late');
  });

  it('counts an early submission as on time even before the deadline arrives', () => {
    const o = { ...h1, firstSubmittedAt: at('2025-03-01T02:00:00Z') };
    expect(complianceStatus(o, at('2025-03-02T00:00:00Z')).status).toBe('submitted_on_time');
  });

  it('reports exempt with its reason, but only from when the exemption was granted', () => {
    const o = { ...h1, exemption: { reason: 'Đơn vị sáp nhập', grantedAt: at('2025-05-25T00:00:00Z') } };
    expect(complianceStatus(o, at('2025-05-22T00:00:00Z')).status).toBe('overdue');
    expect(complianceStatus(o, at('2025-05-26T00:00:00Z'))).toMatchObject({ status: 'exempt', exemptionReason: 'Đơn vị sáp nhập' });
    const always = { ...h1, exemption: { reason: 'Không thuộc đối tượng' }, firstSubmittedAt: at('2025-05-01T00:00:00Z') };
    expect(complianceStatus(always, at('2025-05-02T00:00:00Z')).status).toBe('exempt');
  });

  it('is unaffected by the server time zone', () => {
    const o = { ...h1, firstSubmittedAt: at('2025-05-19T16:59:59Z') };
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(complianceStatus(o, at('2025-06-01T00:00:00Z')).status).toBe('submitted_on_time');
      expect(complianceStatus(h1, at('2025-05-19T17:00:00Z')).status).toBe('overdue');
    }
  });

  it('has a Vietnamese label for every status', () => {
    expect(COMPLIANCE_STATUSES.map((s) => COMPLIANCE_STATUS_LABELS[s])).toEqual([
      'Chưa đến hạn',
      'Sắp đến hạn',
      'Nộp đúng hạn',
      'Nộp muộn',
      'Quá hạn',
      'Miễn',
    ]);
  });
});
