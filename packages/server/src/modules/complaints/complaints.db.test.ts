// Complaint statistics as a ward officer and the city see them: figures entered once by kind and
// corrected in place, inconsistent figures refused with a Vietnamese message beside the figure and
// nothing saved (not even the kinds that were right), the city's totals with how many units reported.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SaveComplaintStatisticsRequest } from '@dvcq/shared';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const NOW = new Date('2026-12-02T03:00:00Z');

describe('complaint statistics', () => {
  let t: TestApp;
  let wardOfficer: TestClient;
  let otherWardOfficer: TestClient;
  let cityOfficer: TestClient;
  let wardId: string;
  let otherWardId: string;
  let cityId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login('admin');
    wardId = await t.unitId('TN.TPTN.P3');
    otherWardId = await t.unitId('TN.TPTN.P4');
    cityId = await t.unitId('TN.TPTN');
    for (const [username, unitId] of [
      ['kn.p3.canbo', wardId],
      ['kn.p4.canbo', otherWardId],
    ] as const) {
      await admin.call('createUser', {
        body: { username, fullName: 'Cán bộ tiếp dân', password: 'TiepCongDan2026!', roles: [{ role: 'officer', unitId }] },
      });
    }
    wardOfficer = await t.loginChanging('kn.p3.canbo', 'TiepCongDan2026!');
    otherWardOfficer = await t.loginChanging('kn.p4.canbo', 'TiepCongDan2026!');
    cityOfficer = await t.login('tptn.canbo');
  });
  beforeEach(() => t.setNow(NOW));
  afterAll(() => t.close());

  const body = (
    unitId: string,
    periodKind: SaveComplaintStatisticsRequest['periodKind'],
    rows: SaveComplaintStatisticsRequest['rows'],
  ) => ({
    body: { unitId, year: 2026, periodKind, rows },
  });

  it('enters figures once by kind, corrects them in place, and sums the city with how many units reported', async () => {
    const saved = (
      await wardOfficer.call(
        'saveComplaintStatistics',
        body(wardId, 'Q3', [
          { kind: 'reception', received: 24, inCompetence: 24, resolved: 24, resolvedOnTime: 24, pending: 0 },
          { kind: 'complaint', received: 6, inCompetence: 5, resolved: 4, resolvedOnTime: 3, pending: 1 },
          { kind: 'petition', received: 10, inCompetence: 8, resolved: 8, resolvedOnTime: 8, pending: 0 },
        ]),
      )
    ).data;
    expect(saved.own.find((r) => r.kind === 'complaint')!.figures).toEqual({
      received: 6,
      inCompetence: 5,
      resolved: 4,
      resolvedOnTime: 3,
      pending: 1,
    });
    expect(saved.own.find((r) => r.kind === 'denunciation')!.figures).toBeNull();
    expect(saved.canEdit).toBe(true);

    // corrected: one row per kind stays
    await wardOfficer.call(
      'saveComplaintStatistics',
      body(wardId, 'Q3', [{ kind: 'complaint', received: 6, inCompetence: 5, resolved: 5, resolvedOnTime: 4, pending: 0 }]),
    );
    await otherWardOfficer.call(
      'saveComplaintStatistics',
      body(otherWardId, 'Q3', [{ kind: 'complaint', received: 2, inCompetence: 2, resolved: 2, resolvedOnTime: 2, pending: 0 }]),
    );

    const city = (await cityOfficer.call('getComplaintStatistics', { query: { unitId: cityId, year: 2026, periodKind: 'Q3' } })).data;
    expect(city.totals.find((r) => r.kind === 'complaint')!.figures).toEqual({
      received: 8,
      inCompetence: 7,
      resolved: 7,
      resolvedOnTime: 6,
      pending: 0,
    });
    expect(city.unitsReported).toBe(2);
    expect(city.unitsInScope).toBeGreaterThan(2);
    // (4 + 2 + 8) of (5 + 2 + 8) complaints and petitions resolved on time; reception left out
    expect(city.resolvedOnTimeShare).toBe(93.3);

    // the other ward may neither read nor write this ward's figures
    expect(
      (await otherWardOfficer.call('getComplaintStatistics', { query: { unitId: wardId, year: 2026, periodKind: 'Q3' } })).statusCode,
    ).toBe(403);
    expect(
      (
        await otherWardOfficer.call(
          'saveComplaintStatistics',
          body(wardId, 'Q3', [{ kind: 'petition', received: 1, inCompetence: 1, resolved: 1, resolvedOnTime: 1, pending: 0 }]),
        )
      ).statusCode,
    ).toBe(403);
  });

  it('refuses resolved > received with a message beside the figure, and saves nothing of the request', async () => {
    const res = await wardOfficer.call(
      'saveComplaintStatistics',
      body(wardId, 'Q4', [
        { kind: 'petition', received: 3, inCompetence: 3, resolved: 2, resolvedOnTime: 2, pending: 1 },
        { kind: 'denunciation', received: 2, inCompetence: 2, resolved: 3, resolvedOnTime: 1, pending: 0 },
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.error.code).toBe('complaints.resolved_exceeds_received');
    expect(res.error.message).toBe('Tố cáo: số đã giải quyết (3) không được lớn hơn số tiếp nhận (2).');
    expect(res.error.fields?.['rows.denunciation.resolved']).toBe(res.error.message);
    const after = (await wardOfficer.call('getComplaintStatistics', { query: { unitId: wardId, year: 2026, periodKind: 'Q4' } })).data;
    expect(after.own.every((r) => r.figures === null)).toBe(true);

    const onTime = await wardOfficer.call(
      'saveComplaintStatistics',
      body(wardId, 'Q4', [{ kind: 'complaint', received: 3, inCompetence: 3, resolved: 1, resolvedOnTime: 2, pending: 0 }]),
    );
    expect(onTime.error.code).toBe('complaints.on_time_exceeds_resolved');
    const twice = await wardOfficer.call(
      'saveComplaintStatistics',
      body(wardId, 'Q4', [
        { kind: 'complaint', received: 1, inCompetence: 1, resolved: 1, resolvedOnTime: 1, pending: 0 },
        { kind: 'complaint', received: 2, inCompetence: 2, resolved: 1, resolvedOnTime: 1, pending: 1 },
      ]),
    );
    expect(twice.error.code).toBe('complaints.kind_twice');
    const negative = await wardOfficer.call(
      'saveComplaintStatistics',
      body(wardId, 'Q4', [{ kind: 'complaint', received: -1, inCompetence: 0, resolved: 0, resolvedOnTime: 0, pending: 0 }]),
    );
    expect(negative.statusCode).toBe(400);
    expect(
      (await wardOfficer.call('getComplaintStatistics', { query: { unitId: wardId, year: 2026, periodKind: 'Q4' } })).data.own.every(
        (r) => r.figures === null,
      ),
    ).toBe(true);
  });
});
