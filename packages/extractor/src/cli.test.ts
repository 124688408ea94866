import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImportDoc } from './cli.ts';

function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err.push(String(s));
    return true;
  });
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

const seed = fileURLToPath(new URL('../../../fixtures/seeds/2025-KH-696-UBND-province-plan.txt', import.meta.url));

describe('import-doc CLI', () => {
  it('prints only golden JSON with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-cli-'));
    const p = existsSync(seed) ? seed : join(dir, 'kh.txt');
    if (!existsSync(seed)) writeFileSync(p, 'Số: 1/KH-UBND\n\nTây Ninh, ngày 06 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện năm 2025\n');
    const io = capture();
    const code = await runImportDoc([p, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(io.out.join('')) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'kind',
      'number',
      'issuedOn',
      'place',
      'issuer',
      'title',
      'year',
      'references',
      'deadlines',
      'targets',
      'assignments',
      'signer',
    ]);
    expect(io.out.join('')).toContain('\n  "kind"');
    expect(io.err).toEqual([]);
  });
  it('prints a Vietnamese summary without --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-cli-'));
    const p = join(dir, 'kh.txt');
    writeFileSync(p, 'Số: 1/KH-UBND\n\nTây Ninh, ngày 06 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện năm 2025\n');
    const io = capture();
    expect(await runImportDoc([p])).toBe(0);
    expect(io.out.join('')).toContain('Số ký hiệu: 1/KH-UBND');
    expect(io.out.join('')).toContain('Ngày ban hành: 06/03/2025');
  });
  it('reports errors in Vietnamese on stderr with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-cli-'));
    const p = join(dir, 'x.bin');
    writeFileSync(
      p,
      new Uint8Array(64).map((_, i) => (i * 31 + 7) % 256),
    );
    const io = capture();
    expect(await runImportDoc([p, '--json'])).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toContain('Định dạng tệp không được hỗ trợ');
    expect(io.err.join('')).toContain('import.unsupported_type');
    expect(await runImportDoc([])).toBe(2);
  });
});
