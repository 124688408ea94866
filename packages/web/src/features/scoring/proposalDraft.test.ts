import { describe, expect, it } from 'vitest';
import type { CommendationProposalDto } from '@dvcq/shared';
import { draftOf, followsServer, missingReason, saveRequest, setReason, toggle } from './proposalDraft.ts';

const U1 = '00000000-0000-4000-8000-000000000001';
const P1 = '00000000-0000-4000-8000-0000000000a1';
const saved = (version: number): CommendationProposalDto => ({
  id: '00000000-0000-4000-8000-0000000000ff',
  scorecardId: '00000000-0000-4000-8000-0000000000ee',
  year: 2028,
  status: 'draft',
  award: 'Bằng khen',
  rankingDecisionNumber: '28/QĐ-UBND',
  items: [{ unitId: U1, unitName: 'Xã A', quotaName: 'Xã, phường', levelName: 'Hoàn thành xuất sắc', total: 100, reason: 'Xuất sắc.' }],
  individuals: [],
  number: null,
  proposalDate: null,
  signerName: null,
  signerTitle: null,
  updatedAt: '2028-12-31T00:00:00.000Z',
  submittedAt: null,
  version,
});

describe('the proposal edited on screen', () => {
  it('starts from the saved proposal and sends back the version it started from', () => {
    const d = toggle(draftOf(saved(3)), 'people', P1, true, 'Vận động hiến đất.');
    expect(saveRequest(d, 'sc', 2028)).toEqual({
      scorecardId: 'sc',
      year: 2028,
      expectedVersion: 3,
      items: [{ unitId: U1, reason: 'Xuất sắc.' }],
      individuals: [{ personId: P1, reason: 'Vận động hiến đất.' }],
    });
    // writing over a newer version is a deliberate choice
    expect(saveRequest(d, 'sc', 2028, 5).expectedVersion).toBe(5);
    expect(draftOf(null)).toMatchObject({ version: 0, dirty: false });
  });

  it('a refetch shows another save only while nothing is changed here', () => {
    const clean = draftOf(saved(1));
    expect(followsServer(clean, saved(1))).toBe(false);
    expect(followsServer(clean, saved(2))).toBe(true);
    const edited = toggle(clean, 'units', U1, false);
    expect(edited.dirty).toBe(true);
    expect(followsServer(edited, saved(2))).toBe(false);
  });

  it('every ticked unit and person needs a reason', () => {
    const d = toggle(draftOf(saved(1)), 'units', 'u2', true);
    expect(missingReason(d)).toBe(true);
    expect(missingReason(setReason(d, 'units', 'u2', 'Có mô hình được công nhận.'))).toBe(false);
    expect(missingReason(setReason(toggle(d, 'units', 'u2', false), 'people', P1, '  '))).toBe(true);
  });
});
