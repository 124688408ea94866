// Every audit action and object type the server writes, and every field of a snapshot, has a Vietnamese
// label (or is an internal field never shown): read from the server's source so a new action cannot
// reach the audit log as a raw code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORG_EVENT_KINDS } from '@dvcq/domain';
import { AUDIT_ACTION_LABELS_VI, AUDIT_ENTITY_LABELS_VI, AUDIT_FIELD_LABELS_VI, AUDIT_HIDDEN_FIELDS } from '../../i18n/vi/audit.ts';

const SERVER = join(import.meta.dirname, '../../../../server/src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes(`${join('src', 'testing')}`) ? [p] : [];
  });
}

const code = sources(SERVER).map((p) => readFileSync(p, 'utf8'));
const all = (re: RegExp) => [...new Set(code.flatMap((c) => [...c.matchAll(re)].map((m) => m[1]!)))];

describe('audit log labels', () => {
  it('names every action the server records, including the ones built from a kind or a decision', () => {
    // Literal actions, also both sides of `action: cond ? 'a.x' : 'a.y'`.
    const written = [
      ...new Set(
        code.flatMap((c) =>
          [...c.matchAll(/^\s*action: (.*)$/gm)].flatMap((m) => [...m[1]!.matchAll(/'([a-z_]+\.[a-z_]+)'/g)].map((x) => x[1]!)),
        ),
      ),
    ];
    const built = [
      ...ORG_EVENT_KINDS.map((k) => `org.event_${k}`),
      ...['returned', 'accepted', 'reopened'].map((d) => `report.${d}`),
      ...['running', 'done', 'failed', 'cancelled'].map((s) => `import_job.${s}`),
    ];
    expect(written.length).toBeGreaterThan(40);
    expect([...written, ...built].filter((a) => !AUDIT_ACTION_LABELS_VI[a])).toEqual([]);
  });

  it('names every object type', () => {
    const types = all(/entityType: '([a-z_]+)'/g);
    expect(types.length).toBeGreaterThan(15);
    expect(types.filter((e) => !AUDIT_ENTITY_LABELS_VI[e])).toEqual([]);
  });

  it('names every stored field (snapshots are rows), or keeps it out of sight', () => {
    const schema = join(SERVER, 'db/schema');
    const columns = [
      ...new Set(
        readdirSync(schema).flatMap((f) =>
          [...readFileSync(join(schema, f), 'utf8').matchAll(/^\s+([a-zA-Z0-9]+): [a-zA-Z]+\('[a-z_0-9]+'/gm)].map((m) => m[1]!),
        ),
      ),
    ];
    expect(columns.length).toBeGreaterThan(100);
    expect(columns.filter((c) => !AUDIT_FIELD_LABELS_VI[c] && !AUDIT_HIDDEN_FIELDS.has(c))).toEqual([]);
  });
});
