// The built client is served with hashed assets cached for a year (immutable) and index.html revalidated,
// and compressed (brotli or gzip) when the browser accepts it, from the copies the build writes; API
// answers are compressed too (a commune's line is slow).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

describe('serving the built client', () => {
  let t: TestApp;
  let dist: string;
  const js = `export const x = ${JSON.stringify('Kế hoạch '.repeat(400))};\n`;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'dvcq-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>DVCQ</title><script type="module" src="/assets/index-AbC123xy.js"></script>',
    );
    writeFileSync(join(dist, 'assets/index-AbC123xy.js'), js);
    writeFileSync(join(dist, 'assets/index-AbC123xy.js.gz'), gzipSync(js));
    writeFileSync(join(dist, 'assets/index-AbC123xy.js.br'), brotliCompressSync(js));
    t = await createTestApp({ demo: false, config: { webDistDir: dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('caches hashed assets immutably and sends them compressed; index.html is revalidated', async () => {
    const br = await t.app.inject({ method: 'GET', url: '/assets/index-AbC123xy.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(js) / 5);
    const gz = await t.app.inject({ method: 'GET', url: '/assets/index-AbC123xy.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await t.app.inject({ method: 'GET', url: '/assets/index-AbC123xy.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
    for (const url of ['/', '/ke-hoach/abc']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('compresses API answers the browser accepts compressed, and only those', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    // Short answers go as they are.
    const short = await t.app.inject({ method: 'GET', url: '/api/no-such-thing', headers: { 'accept-encoding': 'br' } });
    expect(short.rawPayload.length).toBeLessThan(1024);
    expect(short.headers['content-encoding']).toBeUndefined();
  });
});
