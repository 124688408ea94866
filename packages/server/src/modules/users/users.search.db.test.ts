// The users list finds people the way they are typed on any keyboard: without diacritics, in any case,
// words in any order, by name or username ("huong" finds "Hường"; "DANG huong" too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('searching the users list', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    const unitId = await t.unitId('TN');
    for (const [username, fullName] of [
      ['tk.huong', 'Đặng Thị Hường'],
      ['tk.hung', 'Võ Văn Hùng'],
      ['tk.duc', 'ĐOÀN MINH ĐỨC'],
    ]) {
      const res = await admin.call('createUser', {
        body: { username: username!, fullName: fullName!, password: 'TimKiemNguoi#2026', roles: [{ role: 'viewer', unitId }] },
      });
      expect(res.statusCode, res.raw.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  const found = async (q: string) =>
    (await admin.call('listUsers', { query: { q } })).data.map((u) => u.username).filter((u) => u.startsWith('tk.'));

  it('ignores diacritics, case and word order, and matches name or username', async () => {
    expect(await found('huong')).toEqual(['tk.huong']);
    expect(await found('HƯỜNG')).toEqual(['tk.huong']);
    expect(await found('huong dang')).toEqual(['tk.huong']);
    expect(await found('hung')).toEqual(['tk.hung']);
    expect(await found('duc doan')).toEqual(['tk.duc']);
    expect(await found('đức')).toEqual(['tk.duc']);
    expect(await found('tk.')).toEqual(['tk.duc', 'tk.hung', 'tk.huong']);
    expect(await found('thi')).toEqual(['tk.huong']);
    // LIKE wildcards typed by a person are plain characters
    expect(await found('h%g')).toEqual([]);
  });
});
