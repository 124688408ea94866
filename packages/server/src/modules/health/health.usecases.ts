// Health for load balancers and people: the database answers (and how far it is migrated) or it does not.
import { messageFor, type healthResponse, type healthUnavailable } from '@dvcq/shared';
import type { z } from 'zod';
import type { HealthRepository } from './health.repository.ts';

export const VERSION = '0.1.0';

export type Health = { ok: true; body: z.output<typeof healthResponse> } | { ok: false; body: z.output<typeof healthUnavailable> };

export async function checkHealth(repo: HealthRepository, now: Date): Promise<Health> {
  try {
    const migrations = await repo.appliedMigrations();
    return { ok: true, body: { status: 'ok', database: repo.kind, version: VERSION, migrations, time: now.toISOString() } };
  } catch {
    const message = messageFor('service.unavailable');
    return { ok: false, body: { status: 'degraded', database: repo.kind, message, error: { code: 'service.unavailable', message } } };
  }
}
