// Sign-in throttling under attack: parallel guesses, a rotating X-Forwarded-For behind a trusted proxy,
// and account names probed for existence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO_PASSWORD } from '../../demo/demo-org.ts';

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string, ip?: string) =>
    t.anonymous.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      ...(ip ? { headers: { 'x-forwarded-for': ip } } : {}),
    });

  it('40 parallel guesses check at most 5 passwords', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt('stttt.canbo', `doan-sai-${i}`)));
    const checked = answers.filter((r) => r.statusCode === 401).length;
    const locked = answers.filter((r) => r.statusCode === 429);
    // Four wrong answers, then the fifth guess locks the account; everything else is refused unchecked.
    expect(checked).toBeLessThanOrEqual(4);
    expect(checked + locked.length).toBe(40);
    for (const r of locked) expect(r.json().error.code).toBe('auth.locked');
    // Even the right password is refused now.
    expect((await attempt('stttt.canbo', DEMO_PASSWORD)).statusCode).toBe(429);
  });

  it('a rotating X-Forwarded-For does not escape the per-account limit', async () => {
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push((await attempt('tptn.lanhdao', 'sai-mat-khau', `203.0.113.${i + 1}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 429, 429, 429]);
    expect((await attempt('tptn.lanhdao', DEMO_PASSWORD, '198.51.100.7')).statusCode).toBe(429);
  });

  it('unknown account names answer exactly like existing ones, lock included', async () => {
    const existing = [];
    const unknown = [];
    for (let i = 0; i < 6; i++) {
      existing.push(await attempt('thanhtra.thamdinh', 'sai', `192.0.2.${i + 1}`));
      unknown.push(await attempt('khong.ton.tai', 'sai', `192.0.2.${i + 101}`));
    }
    for (let i = 0; i < 6; i++) {
      expect(unknown[i]!.statusCode).toBe(existing[i]!.statusCode);
      expect(unknown[i]!.json()).toEqual(existing[i]!.json());
    }
    expect(existing.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('the lock runs out after 15 minutes', async () => {
    const start = new Date(Date.now() + 3_600_000);
    t.setNow(start);
    for (let i = 0; i < 5; i++) await attempt('bdv.theodoi', 'sai');
    expect((await attempt('bdv.theodoi', DEMO_PASSWORD)).statusCode).toBe(429);
    t.setNow(new Date(start.getTime() + 16 * 60_000));
    expect((await attempt('bdv.theodoi', DEMO_PASSWORD)).statusCode).toBe(200);
    // One wrong answer after the lock ran out does not lock again at once.
    expect((await attempt('bdv.theodoi', 'sai')).statusCode).toBe(401);
    t.setNow(null);
  });
});
