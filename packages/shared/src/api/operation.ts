// One HTTP operation of the API as both sides see it: method, path and the Zod schemas of what goes in
// and comes out. The server registers its routes from these (validation and the OpenAPI document), and
// typed clients (the tests' client, and any other) infer bodies and responses from them. Paths use
// Fastify's ':param' form.
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface OperationSpec {
  method: HttpMethod;
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Status of a success (200 unless said). */
  status?: 200 | 201;
  /** JSON answer; absent for files (Word, Excel, calendars, downloads). */
  response?: z.ZodType;
  /** The request is multipart/form-data with one file. */
  upload?: true;
  /** Needs no signed-in caller. */
  public?: true;
}

export const defineOperations = <const T extends Record<string, OperationSpec>>(ops: T): T => ops;

type InputOf<S> = S extends z.ZodType ? z.input<S> : undefined;
type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a caller sends: path parameters, query and body, as typed before validation. */
export interface RequestOf<Op extends OperationSpec> {
  params: InputOf<Op['params']>;
  query: InputOf<Op['query']>;
  body: InputOf<Op['body']>;
}

/** What a successful call answers (JSON), or undefined for a file. */
export type ResponseOf<Op extends OperationSpec> = OutputOf<Op['response']>;
