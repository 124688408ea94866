// Every error leaves the server as {"error":{"code","message","fields"?}} with a Vietnamese message and
// the status the catalogue gives its code: 4xx for anything the caller can fix, 503 with Retry-After
// when the database cannot be reached, and 500 only for a real bug.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorStatus, messageFor, type ErrorCode } from '@dvcq/shared';
import { AppError, type FieldErrors } from '../errors.ts';

interface ZodLikeIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[]; message?: string } };
}

function fieldsFromValidation(issues: ZodLikeIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.params?.issue?.path?.map(String).join('.') || issue.instancePath?.replace(/^\//, '').replace(/\//g, '.') || '_';
    fields[path] ??= issue.params?.issue?.message ?? issue.message ?? 'Giá trị không hợp lệ.';
  }
  return fields;
}

/** Fastify's own errors about the request, by their code. */
const BY_FASTIFY_CODE: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.invalid',
  FST_REQ_FILE_TOO_LARGE: 'request.too_large',
  FST_FILES_LIMIT: 'request.too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'request.unsupported_media_type',
};

/**
 * The database is out of reach (server down or restarting, network cut, too many connections): the
 * request may well succeed in a moment, so the client is told to retry rather than shown a bug.
 * Codes: node's socket errors, and PostgreSQL classes 08 (connection) and 57P (operator intervention).
 */
export function isDatabaseOutage(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const { code, message, cause } = err as { code?: unknown; message?: unknown; cause?: unknown };
  if (
    typeof code === 'string' &&
    (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', '53300'].includes(code) ||
      code.startsWith('08') ||
      code.startsWith('57P'))
  )
    return true;
  // node-postgres reports a connection lost mid-use, and a pool that could not connect in time, by message only.
  if (typeof message === 'string' && PG_CONNECTION_MESSAGES.some((m) => message.includes(m))) return true;
  // Drizzle wraps driver errors ("Failed query: …") with the driver's error as the cause.
  return isDatabaseOutage(cause, depth + 1);
}

const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

export const RETRY_AFTER_SECONDS = 30;

function send(reply: FastifyReply, code: ErrorCode, fields?: FieldErrors, message = messageFor(code)) {
  return reply.status(errorStatus(code)).send({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** The contract's error body as raw bytes, for answers written before Fastify has a reply (never echoes the URL). */
export function rawErrorBody(code: ErrorCode): string {
  return JSON.stringify({ error: { code, message: messageFor(code) } });
}

/**
 * Router errors Fastify would answer in English with the URL in the message: a malformed
 * percent-encoding (400) and a path parameter over the length limit (414).
 */
export function frameworkErrors(err: FastifyError, _request: unknown, reply: FastifyReply) {
  const code: ErrorCode =
    err.code === 'FST_ERR_BAD_URL'
      ? 'request.bad_url'
      : err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'request.uri_too_long'
        : 'request.invalid';
  return send(reply, code);
}

/**
 * Errors of the HTTP parser, before there is a request: headers (or a request line) over the size
 * limit get 431, anything else unparseable 400, both in the contract's body. Copied from Fastify's
 * own handler otherwise (nothing is written on a reset or destroyed socket).
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode = err.code === 'HPE_HEADER_OVERFLOW' ? 'request.headers_too_large' : 'request.invalid';
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : errorStatus(code);
  const body = rawErrorBody(code);
  if ((socket as { writable?: boolean }).writable) {
    socket.write(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      // A dependency is down (the database, the file store): the client is told when to try again.
      if (err.status === 503) {
        request.log.warn({ err: err.cause ?? err }, err.code);
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      }
      return send(reply, err.code, err.fields, err.message);
    }
    if (hasZodFastifySchemaValidationErrors(err))
      return send(reply, 'request.invalid', fieldsFromValidation(err.validation as ZodLikeIssue[]));
    const code = BY_FASTIFY_CODE[err.code] ?? (err.validation ? 'request.invalid' : undefined);
    if (code) return send(reply, code);
    if (isDatabaseOutage(err)) {
      request.log.warn({ err }, 'database unavailable');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return send(reply, 'service.unavailable');
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Any other client error Fastify raises is answered as an invalid request (one code, one status).
      return send(reply, err instanceof SyntaxError ? 'request.malformed_json' : 'request.invalid');
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, 'internal');
  });
}
