// Builds the HTTP application. Routes are thin: validate (Zod) → authorise (policies) → use case →
// presenter. Nothing here keeps state between requests; any number of instances can run side by side.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import multipart from '@fastify/multipart';
import { createJsonSchemaTransformObject, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { messageFor, vietnameseValidationMessage } from '@dvcq/shared';
import type { AppDeps } from './app-deps.ts';
import { clientErrorHandler, frameworkErrors, installErrorHandling, RETRY_AFTER_SECONDS } from './http/errors.ts';
import { AppError } from './errors.ts';
import { installAuthHooks } from './http/auth-hooks.ts';
import { installInputGuards } from './http/input-guards.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { installCompression } from './http/compression.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { orgRoutes } from './modules/org/org.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { fileRoutes } from './modules/files/files.routes.ts';
import { plansRoutes } from './modules/plans/plans.routes.ts';
import { obligationRoutes } from './modules/obligations/obligations.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { calendarRoutes } from './modules/plans/calendar.routes.ts';
import { assignmentRoutes } from './modules/plans/assignments.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { scorecardRoutes } from './modules/scoring/scorecards.routes.ts';
import { assessmentRoutes } from './modules/scoring/assessments.routes.ts';
import { appraisalRoutes } from './modules/scoring/appraisal.routes.ts';
import { rankingRoutes } from './modules/scoring/ranking.routes.ts';
import { commendationRoutes } from './modules/scoring/commendation.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { remindersRoutes } from './modules/reminders/reminders.routes.ts';
import { dashboardRoutes } from './modules/dashboards/dashboards.routes.ts';
import { kpiRoutes } from './modules/kpi/kpi.routes.ts';
import { dialoguesRoutes } from './modules/dialogues/dialogues.routes.ts';
import { complaintsRoutes } from './modules/complaints/complaints.routes.ts';
import { movementRoutes } from './modules/movement/movement.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';

// Validation messages in Vietnamese for every schema, server and client alike.
z.config({ localeError: vietnameseValidationMessage });

/** A build output named by its content hash (Vite writes assets/<name>-<hash>.<ext>). */
export const isHashedAsset = (path: string): boolean => /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9.]+$/.test(path);

export interface AppOptions {
  logger?: boolean;
}

export async function buildApp(deps: AppDeps, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: deps.config.logLevel } : false,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    // While closing (SIGTERM), requests already in flight finish; new ones get our own 503 (below).
    return503OnClosing: false,
    // Answers in the contract's body for what fails before routing (see http/errors.ts).
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installSecurityHeaders(app, { https: deps.config.publicUrl.startsWith('https://') });
  installCompression(app);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      reply.header('connection', 'close').header('retry-after', String(RETRY_AFTER_SECONDS));
      throw new AppError('service.shutting_down');
    }
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 5, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'DVCQ API',
        description:
          'API của Hệ thống quản lý công tác dân vận chính quyền. Lỗi có dạng {"error":{"code","message","fields"}}; `code` ổn định, `message` bằng tiếng Việt.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'dvcq_sid' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id (the recursive section and scorecard trees) go to components.schemas,
    // in the OpenAPI 3.0 dialect the operations use; openapi.db.test.ts validates the whole document.
    transformObject: createJsonSchemaTransformObject({ zodToJsonConfig: { target: 'openapi-3.0' } }),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  installAuthHooks(app, deps);
  installInputGuards(app);

  await app.register(async (api) => {
    healthRoutes(api, deps);
    authRoutes(api, deps);
    orgRoutes(api, deps);
    userRoutes(api, deps);
    auditRoutes(api, deps);
    fileRoutes(api, deps);
    searchRoutes(api, deps);
    plansRoutes(api, deps);
    obligationRoutes(api, deps);
    importRoutes(api, deps);
    calendarRoutes(api, deps);
    assignmentRoutes(api, deps);
    reportsRoutes(api, deps);
    scorecardRoutes(api, deps);
    assessmentRoutes(api, deps);
    appraisalRoutes(api, deps);
    rankingRoutes(api, deps);
    commendationRoutes(api, deps);
    notificationRoutes(api, deps);
    remindersRoutes(api, deps);
    dashboardRoutes(api, deps);
    kpiRoutes(api, deps);
    dialoguesRoutes(api, deps);
    complaintsRoutes(api, deps);
    movementRoutes(api, deps);
  });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const dist = deps.config.webDistDir;
  // wildcard: files are looked up per request, so a rebuilt client is served without a restart
  // (and a client built after the server started is served too).
  // Hashed build files (assets/name-hash.js) never change under their name: cached for a year, immutable.
  // index.html and other unhashed files are revalidated each time. The build writes .br/.gz copies next to
  // each text file, served to browsers that accept them (no compression work per request).
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', isHashedAsset(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Client-side routes (/ke-hoach/…, /don-vi/…) all load the single-page app; unknown API paths get a JSON 404.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && existsSync(join(dist, 'index.html'))) {
      return reply.sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'request.not_found', message: messageFor('request.not_found') } });
  });
  return app;
}
