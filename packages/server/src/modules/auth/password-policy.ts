// What a new password must be (ASVS 2.1): at least 12 characters with upper case, lower case and a
// digit (isStrongPassword, shared with the web form), and not one of the 10,000 most common breached
// passwords, nor one of them dressed up with capitals and a year or a symbol ("Password2025!"), nor the
// account name or the system's own name. Checked wherever a password is set: creating a user, an
// administrator's reset, one's own change, the command line.
import { readFileSync } from 'node:fs';
import { isStrongPassword } from '@dvcq/shared';

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#')),
  );
  return common;
}

/** Words of this system that make a guessable password whatever is added to them. */
const CONTEXT_WORDS = ['dvcq', 'danvan', 'danvanchinhquyen', 'matkhau', 'tayninh'];

/** Lower case, Vietnamese marks removed, digits and symbols at either end stripped: 'Mật@khau2025!' → 'matkhau'. */
function core(password: string): string {
  return password
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/^[^a-z]+|[^a-z]+$/g, '')
    .replace(/[^a-z0-9]/g, '');
}

export type PasswordProblem = 'weak' | 'common';

export function passwordProblem(password: string, opts: { username?: string | undefined } = {}): PasswordProblem | null {
  if (!isStrongPassword(password)) return 'weak';
  const list = commonPasswords();
  const lower = password.normalize('NFC').toLowerCase();
  const c = core(password);
  if (list.has(lower) || list.has(c) || c.length < 4) return 'common';
  // Repetitions of a common word ('passwordpassword') and the system's own words.
  const half = c.slice(0, c.length / 2);
  if (c.length % 2 === 0 && half + half === c && list.has(half)) return 'common';
  if (CONTEXT_WORDS.includes(c)) return 'common';
  const name = opts.username ? core(opts.username) : '';
  if (name.length >= 3 && c.includes(name)) return 'common';
  return null;
}
