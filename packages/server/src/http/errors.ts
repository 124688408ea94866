// Every error leaves the server as {"error":{"code","message","fields"?}} with a Vietnamese message
// and a 4xx status for anything the caller can fix. Only a real bug becomes a 500.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, messageFor } from '@dvcq/shared';

export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ErrorCode | (string & {}),
    message: string,
    public readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const appError = (
  status: number,
  code: ErrorCode,
  params?: Record<string, string | number>,
  fields?: Record<string, string>,
) => new AppError(status, code, messageFor(code, params), fields);

export const notFound = (code: ErrorCode) => appError(404, code);
export const forbidden = (code: ErrorCode = 'auth.forbidden') => appError(403, code);
export const conflict = (code: ErrorCode, params?: Record<string, string | number>) => appError(409, code, params);
export const badRequest = (code: ErrorCode, params?: Record<string, string | number>, fields?: Record<string, string>) =>
  appError(400, code, params, fields);

interface ZodLikeIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[]; message?: string } };
}

function fieldsFromValidation(issues: ZodLikeIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.params?.issue?.path?.map(String).join('.') || issue.instancePath?.replace(/^\//, '').replace(/\//g, '.') || '_';
    fields[path] ??= issue.params?.issue?.message ?? issue.message ?? 'Giá trị không hợp lệ.';
  }
  return fields;
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply.status(400).send({
        error: { code: 'request.invalid', message: messageFor('request.invalid'), fields: fieldsFromValidation(err.validation as ZodLikeIssue[]) },
      });
    }
    const status = err.statusCode ?? 500;
    const byFastifyCode: Record<string, ErrorCode> = {
      FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
      FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
      FST_ERR_CTP_BODY_TOO_LARGE: 'request.too_large',
      FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
      FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.invalid',
      FST_REQ_FILE_TOO_LARGE: 'request.too_large',
      FST_FILES_LIMIT: 'request.too_large',
      FST_INVALID_MULTIPART_CONTENT_TYPE: 'request.unsupported_media_type',
    };
    const code = byFastifyCode[err.code] ?? (err.validation ? 'request.invalid' : undefined);
    if (code) {
      const s = code === 'request.too_large' ? 413 : code === 'request.unsupported_media_type' ? 415 : 400;
      return reply.status(s).send({ error: { code, message: messageFor(code) } });
    }
    if (status >= 400 && status < 500) {
      if (err instanceof SyntaxError) return reply.status(400).send({ error: { code: 'request.malformed_json', message: messageFor('request.malformed_json') } });
      return reply.status(status).send({ error: { code: 'request.invalid', message: messageFor('request.invalid') } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: messageFor('internal') } });
  });

}
