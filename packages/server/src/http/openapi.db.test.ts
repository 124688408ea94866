// The OpenAPI document at /api/openapi.json is valid: every $ref resolves into components.schemas,
// two independent validators accept it (swagger-parser and @seriousme/openapi-schema-validator), and
// openapi-typescript generates from it a typed client that compiles under strict TypeScript.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Doc = { openapi: string; paths: Record<string, unknown>; components?: { schemas?: Record<string, unknown> } };

function refsIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.add(v);
      else refsIn(v, out);
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
    doc = (await t.anonymous.get('/api/openapi.json')).json() as Doc;
  });
  afterAll(() => t.close());

  it('defines in components.schemas every schema it references', () => {
    const refs = [...refsIn(doc)];
    expect(refs.length).toBeGreaterThan(0);
    const schemas = doc.components?.schemas ?? {};
    const missing = refs.filter(
      (ref) => !(ref.startsWith('#/components/schemas/') && ref.slice('#/components/schemas/'.length) in schemas),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['PlanSection', 'ScorecardNode']));
  });

  it('is accepted by swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('is accepted by @seriousme/openapi-schema-validator', async () => {
    const result = await new Validator().validate(structuredClone(doc) as never);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('gives openapi-typescript a typed client that compiles', async () => {
    const types = astToString(await openapiTS(structuredClone(doc) as never));
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-openapi-'));
    try {
      writeFileSync(join(dir, 'api.ts'), types);
      // A client call typed by the generated paths: a wrong field name or type does not compile.
      writeFileSync(
        join(dir, 'use.ts'),
        [
          "import type { paths, components } from './api';",
          "type Plan = paths['/api/plans/{id}']['get']['responses'][200]['content']['application/json'];",
          'export const title = (p: Plan): string => p.title;',
          "export const tree = (p: Plan): components['schemas']['PlanSection'][] => p.sections;",
          "type Login = paths['/api/auth/login']['post']['requestBody'];",
          'export const login = (b: NonNullable<Login>["content"]["application/json"]) => b.username;',
        ].join('\n'),
      );
      const program = ts.createProgram([join(dir, 'use.ts')], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        // The generated file is checked in full; only TypeScript's own lib files are skipped.
        skipLibCheck: true,
        types: [],
      });
      const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(diagnostics).toEqual([]);
      expect(types).toContain('"/api/plans/{id}"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
