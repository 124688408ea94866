// Input no route should ever see. PostgreSQL cannot store U+0000 in text, so a NUL anywhere in a JSON
// body, the query string or a path parameter would reach the database and fail there as a 500; it is
// refused here, before validation, with one stable code.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/** True when a string anywhere inside `value` (keys included) holds U+0000. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (!value || typeof value !== 'object' || depth > 64) return false;
  if (Buffer.isBuffer(value)) return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  for (const [k, v] of Object.entries(value)) if (k.includes('\u0000') || containsNul(v, depth + 1)) return true;
  return false;
}

export function installInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.params) || containsNul(request.query) || containsNul(request.body)) throw new AppError('request.nul_character');
  });
}
