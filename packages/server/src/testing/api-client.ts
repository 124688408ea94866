// A test client typed by the shared API contract: `call('saveReportDraft', { params, body })` checks the
// body against the operation's request schema at compile time and types the answer as its response
// DTO. Requests go through Fastify's inject with the browser's credentials (cookie + x-csrf-token).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import { API, type Api, type ApiErrorBody, type OperationId, type ResponseOf } from '@dvcq/shared';
import { multipartFile } from './multipart.ts';

type Op<K extends OperationId> = Api[K];
type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

/** What a call sends: path parameters and body when the operation has them, a query when it takes one, a file for uploads. */
export type CallInput<K extends OperationId> = (Op<K> extends { params: z.ZodType }
  ? { params: InputOf<Op<K>['params']> }
  : { params?: undefined }) &
  (Op<K> extends { query: z.ZodType } ? { query?: InputOf<Op<K>['query']> } : { query?: undefined }) &
  (Op<K> extends { body: z.ZodType } ? { body: InputOf<Op<K>['body']> } : { body?: undefined }) &
  (Op<K> extends { upload: true }
    ? { file: { filename: string; content: Buffer | string; contentType?: string } }
    : { file?: undefined }) & {
    headers?: Record<string, string>;
  };

type OptionalInput<K extends OperationId> =
  Op<K> extends { params: z.ZodType } | { body: z.ZodType } | { upload: true } ? [input: CallInput<K>] : [input?: CallInput<K>];

export interface ApiResult<K extends OperationId> {
  statusCode: number;
  headers: LightMyRequestResponse['headers'];
  /** The answer of a successful call, typed by the contract. Throws, showing the answer, when the call failed. */
  readonly data: ResponseOf<Op<K>>;
  /** The error of a failed call ({ code, message, fields? }). Throws when the call succeeded. */
  readonly error: ApiErrorBody['error'];
  /** The raw answer (files: `raw.rawPayload`). */
  raw: LightMyRequestResponse;
}

export interface TestClient {
  call<K extends OperationId>(id: K, ...input: OptionalInput<K>): Promise<ApiResult<K>>;
  /** A raw request, for what the contract does not describe: malformed bodies, unknown paths, hand-made multipart. */
  request(opts: InjectOptions & { method: NonNullable<InjectOptions['method']> }): Promise<LightMyRequestResponse>;
  /** Raw shorthands (the browser tests use them). */
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  csrfToken: string | null;
  cookie: string | null;
}

/** Fills ':param' segments and appends the query (undefined values left out). */
export function urlOf(path: string, params: Record<string, unknown> = {}, query: Record<string, unknown> = {}): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) qs.append(k, String(v));
  const s = qs.toString();
  return s ? `${filled}?${s}` : filled;
}

function result<K extends OperationId>(id: K, res: LightMyRequestResponse): ApiResult<K> {
  const ok = res.statusCode >= 200 && res.statusCode < 300;
  const describe = () => `${id} answered ${res.statusCode}: ${res.body.slice(0, 2000)}`;
  return {
    statusCode: res.statusCode,
    headers: res.headers,
    raw: res,
    get data() {
      if (!ok) throw new Error(describe());
      return (res.headers['content-type']?.toString().includes('json') ? res.json() : undefined) as ResponseOf<Op<K>>;
    },
    get error() {
      if (ok) throw new Error(`${id} succeeded (${res.statusCode}) where a refusal was expected`);
      return (res.json() as ApiErrorBody).error;
    },
  };
}

export function clientFor(
  app: FastifyInstance,
  cookie: string | null,
  csrfToken: string | null,
  headers: Record<string, string> = {},
): TestClient {
  const request: TestClient['request'] = (opts) =>
    app.inject({
      ...opts,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...headers,
        ...(opts.headers as Record<string, string> | undefined),
      },
    });
  return {
    async call(id, ...[input]) {
      const op = API[id] as Api[OperationId];
      const i = (input ?? {}) as {
        params?: Record<string, unknown>;
        query?: Record<string, unknown>;
        body?: unknown;
        file?: { filename: string; content: Buffer | string; contentType?: string };
        headers?: Record<string, string>;
      };
      const url = urlOf(op.path, i.params, i.query);
      if (i.file) {
        const upload = multipartFile(i.file.filename, i.file.content, i.file.contentType);
        return result(id, await request({ method: op.method, url, payload: upload.payload, headers: { ...upload.headers, ...i.headers } }));
      }
      const body = i.body === undefined && op.method !== 'GET' && op.method !== 'DELETE' ? {} : i.body;
      return result(
        id,
        await request({
          method: op.method,
          url,
          ...(body === undefined ? {} : { payload: body as object }),
          ...(i.headers ? { headers: i.headers } : {}),
        }),
      );
    },
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) => request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as object }),
    delete: (url) => request({ method: 'DELETE', url }),
    csrfToken,
    cookie,
  };
}
