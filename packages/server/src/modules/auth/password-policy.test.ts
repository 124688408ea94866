import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('password policy', () => {
  it('needs 12 characters with upper and lower case and a digit', () => {
    expect(passwordProblem('MatKhau2025')).toBe('weak');
    expect(passwordProblem('matkhaumanh2025')).toBe('weak');
    expect(passwordProblem('Sông Vàm Cỏ 2026')).toBeNull();
    expect(passwordProblem('BienGioiTayNinh9')).toBeNull();
  });

  it('refuses breached and common passwords, also dressed up with capitals, years and symbols', () => {
    for (const pw of ['Password2025!', 'Iloveyou12345', 'Qwertyuiop123', '1234Football5678', 'PasswordPassword1', 'Superman20252026']) {
      expect(passwordProblem(pw), pw).toBe('common');
    }
  });

  it('refuses the system’s own words and the account name', () => {
    expect(passwordProblem('DanVan@2025!!')).toBe('common');
    expect(passwordProblem('Dvcq12345678')).toBe('common');
    expect(passwordProblem('Nguyenvana2026', { username: 'nguyenvana' })).toBe('common');
    expect(passwordProblem('Nguyenvana2026', { username: 'tptn.canbo' })).toBeNull();
  });
});
