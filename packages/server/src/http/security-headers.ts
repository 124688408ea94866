// Security headers on every response (API, web client, files, errors alike).
//
// The web client is a Vite build: scripts and styles are files under /assets, so scripts need no
// 'unsafe-inline'. Ant Design writes its styles at run time (CSS-in-JS <style> tags and style
// attributes), hence 'unsafe-inline' for styles only. ECharts draws on <canvas>; exports are downloaded
// as blobs (img/blob:). Nothing may frame the application (clickjacking): frame-ancestors 'none' and,
// for older browsers, X-Frame-Options. The API reference (/api/docs, Swagger UI) runs an inline
// initialiser and gets its own, slightly wider, script policy.
import type { FastifyInstance } from 'fastify';

const BASE = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = [...BASE, "script-src 'self'"].join('; ');
export const DOCS_CONTENT_SECURITY_POLICY = [...BASE, "script-src 'self' 'unsafe-inline'"].join('; ');

export function installSecurityHeaders(app: FastifyInstance, opts: { https: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', request.url.startsWith('/api/docs') ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    // Only meaningful (and only honoured) over HTTPS; behind a TLS proxy PUBLIC_URL says https://.
    if (opts.https) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // API answers hold personal and unpublished data: never kept by a shared cache or the browser's disk.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
