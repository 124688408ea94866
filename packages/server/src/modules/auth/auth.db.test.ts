// Signing in, sessions, CSRF, lockouts and API tokens through the HTTP API. Tests that change an
// account (its password, disabling it) work on an account they create.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, clientFor, type TestApp } from '../../testing/test-app.ts';
import { DEMO_PASSWORD } from '../../demo/demo-org.ts';

describe('signing in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.setNow(null));
  afterAll(() => t.close());

  /** A viewer of the city's subtree, created by the administrator (who must change the password at first sign-in). */
  async function newAccount(username: string, password = 'MatKhauManh2025') {
    const admin = await t.login('admin');
    const created = await admin.call('createUser', {
      body: { username, fullName: 'Người dùng kiểm thử', password, roles: [{ role: 'viewer', unitId: await t.unitId('TN.TPTN') }] },
    });
    return { admin, id: created.data.id, password };
  }

  it('every demo account signs in with the shared demo password', async () => {
    for (const username of [
      'admin',
      'snv.dieuphoi',
      'stttt.canbo',
      'stttt.lanhdao',
      'tptn.canbo',
      'tptn.lanhdao',
      'thanhtra.thamdinh',
      'bdv.theodoi',
    ]) {
      const me = (await (await t.login(username)).call('getCurrentUser')).data;
      expect(me.user.username).toBe(username);
      expect(me.user.roles.length).toBeGreaterThan(0);
    }
  });

  it('sets an httpOnly, SameSite session cookie and returns the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dvcq_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(res.json().user.fullName).toBe('Quản trị hệ thống');
  });

  it('answers a wrong password in Vietnamese without saying whether the user exists', async () => {
    const wrong = await t.anonymous.post('/api/auth/login', { username: 'admin', password: 'sai-mat-khau' });
    const unknown = await t.anonymous.post('/api/auth/login', { username: 'khong.ton.tai', password: 'sai-mat-khau' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({ code: 'auth.invalid_credentials', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
  });

  it('locks an account for 15 minutes after 5 wrong passwords, then lets it in again', async () => {
    const start = new Date('2025-05-02T02:00:00Z');
    t.setNow(start);
    for (let i = 0; i < 4; i++)
      expect((await t.anonymous.post('/api/auth/login', { username: 'tptn.canbo', password: 'x' })).statusCode).toBe(401);
    const fifth = await t.anonymous.post('/api/auth/login', { username: 'tptn.canbo', password: 'x' });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('auth.locked');
    expect(fifth.json().error.message).toContain('15 phút');
    // Even the right password is refused while locked.
    expect((await t.anonymous.post('/api/auth/login', { username: 'tptn.canbo', password: DEMO_PASSWORD })).statusCode).toBe(429);
    t.setNow(new Date(start.getTime() + 16 * 60_000));
    expect((await t.anonymous.post('/api/auth/login', { username: 'tptn.canbo', password: DEMO_PASSWORD })).statusCode).toBe(200);
  });

  it('requires the CSRF token on every state-changing request made with the cookie', async () => {
    const c = await t.login('admin');
    const noToken = clientFor(t.app, c.cookie, null);
    const res = await noToken.post('/api/auth/logout');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.csrf_invalid');
    const forged = clientFor(t.app, c.cookie, 'forged-token-value-000000');
    expect((await forged.post('/api/auth/logout')).statusCode).toBe(403);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('ends a session after the idle time and says so', async () => {
    const now = new Date('2025-06-01T01:00:00Z');
    t.setNow(now);
    const c = await t.login('stttt.canbo');
    t.setNow(new Date(now.getTime() + 30 * 60_000));
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    t.setNow(new Date(now.getTime() + (30 + 61) * 60_000));
    const res = await c.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'auth.session_expired', message: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.' });
  });

  it('changes a password: weak ones are refused with a field message, the old one stops working', async () => {
    const { password } = await newAccount('doi.matkhau');
    const c = await t.login('doi.matkhau', password);
    const change = (currentPassword: string, newPassword: string) => c.call('changePassword', { body: { currentPassword, newPassword } });
    const weak = await change(password, 'abc');
    expect(weak.statusCode).toBe(400);
    expect(weak.error.code).toBe('auth.weak_password');
    expect(weak.error.fields!.newPassword).toBeTruthy();
    expect((await change('nope', 'MatKhauMoi2025')).error.code).toBe('auth.wrong_password');
    expect((await change(password, 'MatKhauMoi2025')).statusCode).toBe(200);
    expect((await t.anonymous.call('login', { body: { username: 'doi.matkhau', password } })).statusCode).toBe(401);
    expect((await t.login('doi.matkhau', 'MatKhauMoi2025')).cookie).toBeTruthy();
  });

  it('API tokens act for their user without a cookie or CSRF token, and stop when revoked or the user is disabled', async () => {
    const admin = await t.login('admin');
    const users = (await admin.call('listUsers', { query: { q: 'stttt.lanhdao' } })).data;
    const leader = users.find((u) => u.username === 'stttt.lanhdao')!;
    const created = await admin.call('createApiToken', { params: { id: leader.id }, body: { name: 'Tích hợp hệ thống báo cáo' } });
    expect(created.statusCode).toBe(201);
    const { token, id: tokenId } = created.data;
    expect(token).toMatch(/^dvcq_/);
    const bearer = clientFor(t.app, null, null, { authorization: `Bearer ${token}` });
    const me = await bearer.get('/api/auth/me');
    expect(me.json().user.username).toBe('stttt.lanhdao');
    // Scoped like the user: the leader of one department cannot manage users.
    expect((await bearer.get('/api/users')).statusCode).toBe(403);
    // The token itself is never listed again, only its prefix.
    const listed = (await admin.call('listApiTokens', { params: { id: leader.id } })).raw.body;
    expect(listed).not.toContain(token);
    expect((await admin.call('revokeApiToken', { params: { id: leader.id, tokenId } })).statusCode).toBe(200);
    const after = await bearer.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('auth.token_invalid');
  });

  it('a disabled user cannot sign in and their open sessions end', async () => {
    const { admin, id, password } = await newAccount('bi.vo.hieu');
    const viewer = await t.login('bi.vo.hieu', password);
    expect((await admin.call('disableUser', { params: { id } })).statusCode).toBe(200);
    expect((await viewer.call('getCurrentUser')).statusCode).toBe(401);
    const res = await t.anonymous.call('login', { body: { username: 'bi.vo.hieu', password } });
    expect(res.statusCode).toBe(403);
    expect(res.error.message).toContain('vô hiệu hoá');
    expect((await admin.call('disableUser', { params: { id } })).statusCode).toBe(200);
    expect((await admin.call('enableUser', { params: { id } })).statusCode).toBe(200);
    expect((await t.login('bi.vo.hieu', password)).cookie).toBeTruthy();
  });
});
