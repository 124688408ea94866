// A bounded, schema-driven fuzz over every operation in the OpenAPI document: malformed path
// parameters, queries and bodies (wrong types, missing and extra fields, NULs, huge numbers, deep
// nesting, broken JSON), sent as the province administrator. Fails on any 5xx and on any error body
// outside {"error":{"code","message"[,"fields"]}}. Deterministic (seeded), a few thousand requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';

/** Requests per operation (about 100 operations). */
const PER_OPERATION = 20;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY: unknown[] = [
  null,
  '',
  ' ',
  'x'.repeat(5000),
  '\u0000',
  'a\u0000b',
  '0000-01-01',
  '9999-99-99',
  '2026-02-30',
  -1,
  0,
  1e308,
  -1e308,
  2 ** 53 + 1,
  1.5,
  true,
  [],
  {},
  [null],
  { $gt: '' },
  '00000000-0000-4000-8000-000000000000',
  'not-a-uuid',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '%00',
  'javascript:alert(1)',
  '\ud800',
  'Ủy ban nhân dân',
];

/** Percent-encodes a path segment; a lone surrogate becomes an invalid UTF-8 sequence (fuzz material too). */
function encodeSegment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
}

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

function fuzzValue(schema: JsonSchema | undefined, r: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  if (r() < 0.35 || !schema || depth > 3) return pick(NASTY);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fuzzValue(pick(variants), r, depth);
  if (schema.enum) return r() < 0.5 ? pick(schema.enum) : 'khong-co-trong-danh-sach';
  const type = Array.isArray(schema.type) ? pick(schema.type) : schema.type;
  if (type === 'object' || schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema.properties ?? {})) if (r() < 0.8) out[k] = fuzzValue(v, r, depth + 1);
    if (r() < 0.2) out['truong_la'] = pick(NASTY);
    return out;
  }
  if (type === 'array') return Array.from({ length: Math.floor(r() * 4) }, () => fuzzValue(schema.items, r, depth + 1));
  if (type === 'integer' || type === 'number') return pick([0, 1, -5, 2026, 3.7, 1e12, -1e12]);
  if (type === 'boolean') return r() < 0.5;
  return pick(['a', '2026-12-02', 'abc-xyz', 'Báo cáo', '00000000-0000-4000-8000-000000000000', 'x'.repeat(300)]);
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('answers a few thousand malformed requests without a 5xx, always in the error contract', async () => {
    const doc = (await t.anonymous.get('/api/openapi.json')).json() as {
      paths: Record<
        string,
        Record<
          string,
          {
            operationId?: string;
            parameters?: { in: string; name: string; schema?: JsonSchema }[];
            requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
          }
        >
      >;
    };
    // Signing out or changing the password would end the fuzzing session itself.
    const skip = new Set(['logout', 'changePassword']);
    const r = rng(17);
    const failures: string[] = [];
    let sent = 0;
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    expect(ops.length).toBeGreaterThan(50);
    for (const { path, method, op } of ops) {
      if (skip.has(op.operationId ?? '')) continue;
      for (let i = 0; i < PER_OPERATION; i++) {
        const url = path.replace(/\{(\w+)\}/g, () => encodeSegment(String(fuzzValue({ type: 'string' }, r))));
        const query = new URLSearchParams();
        for (const p of op.parameters ?? []) if (p.in === 'query' && r() < 0.7) query.append(p.name, String(fuzzValue(p.schema, r)));
        const bodySchema = op.requestBody?.content?.['application/json']?.schema;
        const multipart = !!op.requestBody?.content?.['multipart/form-data'];
        let payload: string | undefined;
        const headers: Record<string, string> = {};
        if (method !== 'get' && method !== 'delete') {
          if (multipart) {
            headers['content-type'] = r() < 0.5 ? 'multipart/form-data' : 'multipart/form-data; boundary=xyz';
            payload = r() < 0.5 ? '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.pdf"\r\n\r\n%PDF' : 'garbage';
          } else {
            headers['content-type'] = 'application/json';
            const roll = r();
            payload =
              roll < 0.1
                ? '{"a":'
                : roll < 0.15
                  ? JSON.stringify(JSON.parse('['.repeat(200) + ']'.repeat(200)))
                  : JSON.stringify(fuzzValue(bodySchema, r));
          }
        }
        const qs = query.toString();
        const res = await admin.request({ method: method.toUpperCase() as 'GET', url: qs ? `${url}?${qs}` : url, payload, headers });
        sent++;
        const where = `${method.toUpperCase()} ${url.slice(0, 120)}${qs ? `?${qs.slice(0, 120)}` : ''} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (res.statusCode >= 500) failures.push(where);
        else if (res.statusCode >= 400) {
          try {
            const body = res.json() as { error?: { code?: unknown; message?: unknown } };
            const keys = Object.keys(body);
            if (keys.length !== 1 || typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string') failures.push(where);
          } catch {
            failures.push(where);
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(1500);
    expect(failures, failures.slice(0, 20).join('\n')).toEqual([]);
  }, 300_000);
});
