// Routes are registered from the shared API contract (packages/shared/src/api): the contract fixes
// method, path and schemas; the route adds its OpenAPI wording and the handler. Validation, the OpenAPI
// document and the typed test client therefore always agree.
//
//   r.route({ ...operation('saveReportDraft', { tags, summary: 'Lưu bản nháp báo cáo' }), handler: async (request) => … });
import { API, type Api, type OperationId } from '@dvcq/shared';

export interface RouteDoc {
  tags: string[];
  summary: string;
  description?: string;
}

type Field<K extends OperationId, F extends string> = Api[K] extends Record<F, infer S> ? S : undefined;
type SuccessStatus<K extends OperationId> = Api[K] extends { status: infer S extends number } ? S : 200;
type ResponseSchemas<K extends OperationId> = Api[K] extends { response: infer R } ? { [S in SuccessStatus<K>]: R } : undefined;

export function operation<K extends OperationId>(id: K, doc: RouteDoc) {
  const op = API[id] as Api[OperationId];
  const isPublic = 'public' in op && op.public === true;
  const isUpload = 'upload' in op && op.upload === true;
  const status = 'status' in op ? op.status : 200;
  return {
    method: op.method,
    url: op.path,
    ...(isPublic ? { config: { access: 'public' as const } } : {}),
    schema: {
      operationId: id,
      tags: doc.tags,
      summary: doc.summary,
      ...(doc.description ? { description: doc.description } : {}),
      ...(isPublic ? { security: [] } : {}),
      ...(isUpload ? { consumes: ['multipart/form-data'] } : {}),
      // Only the schemas the operation has: Fastify warns about a schema key set to undefined.
      ...(('params' in op ? { params: op.params } : {}) as { params: Field<K, 'params'> }),
      ...(('query' in op ? { querystring: op.query } : {}) as { querystring: Field<K, 'query'> }),
      ...(('body' in op ? { body: op.body } : {}) as { body: Field<K, 'body'> }),
      ...(('response' in op ? { response: { [status]: op.response } } : {}) as { response: ResponseSchemas<K> }),
    },
  };
}

/**
 * For large answers built field by field by a presenter (no stray columns to strip): serialise with
 * JSON.stringify instead of validating the whole answer with Zod on every request. The answer still
 * follows the contract: db tests parse these answers with the operation's response schema.
 */
export const presentedResponse = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) } as const;
