import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API tokens look like `dvcq_<random>` so leaked ones are easy to recognise in logs and scanners. */
export const TOKEN_PREFIX = 'dvcq_';
export const newApiToken = () => TOKEN_PREFIX + newSecret(32);
