import { type FieldError, issuesToFieldErrors, translate } from '@vssid/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error.ts';
import { DB_RETRY_AFTER_SECONDS, databaseErrorCode, databaseErrorKind } from '../lib/db-errors.ts';
import { langFromHeader } from '../lib/lang.ts';
import { errorForLog, scrubText } from '../lib/log-scrub.ts';

/**
 * Every failure leaves as `{ error: { code, message, fields?, requestId } }` in the client's
 * language. Stack traces and SQL stay in the log.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const lang = langFromHeader(req.headers['accept-language']);

    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: v.instancePath.split('/').filter(Boolean),
        message: v.message ?? 'FIELD_INVALID',
      }));
      // biome-ignore lint/suspicious/noExplicitAny: the minimal issue shape issuesToFieldErrors reads
      const fields = issuesToFieldErrors(issues as any, lang);
      return send(req, reply, 400, 'VALIDATION_FAILED', fields);
    }
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      const fields = err.fields?.map((f) => ({ ...f, message: translate(f.code, lang) }));
      return send(req, reply, err.status, err.code, fields, err.details);
    }
    const db = databaseErrorKind(err);
    if (db) {
      // The SQLSTATE and the scrubbed statement are logged; the client gets a code, never SQL.
      const logged = { err: scrubText(err.message), sqlstate: databaseErrorCode(err) };
      if (db === 'unavailable') {
        req.log.warn(logged, 'database unavailable');
        reply.header('retry-after', String(DB_RETRY_AFTER_SECONDS));
        return send(req, reply, 503, 'DB_UNAVAILABLE');
      }
      // A value the contracts let through and the database refused (a NUL byte, an impossible
      // date, a taken key in a race): the request's fault, not a crash. Field-less, since the
      // database does not say which field.
      req.log.warn(logged, 'database refused a value');
      return db === 'conflict'
        ? send(req, reply, 409, 'DATA_CONFLICT')
        : send(req, reply, 400, 'DATA_INVALID');
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return send(req, reply, 413, 'PAYLOAD_TOO_LARGE');
    if (err.statusCode === 429) return send(req, reply, 429, 'RATE_LIMITED');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(req, reply, err.statusCode, 'BAD_REQUEST');
    }
    req.log.error({ err: errorForLog(err) }, 'unhandled error');
    return send(req, reply, 500, 'INTERNAL');
  });
}

function send(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  fields?: FieldError[],
  details?: AppError['details'],
) {
  const lang = langFromHeader(req.headers['accept-language']);
  return reply.status(status).send({
    error: {
      code,
      message: translate(code, lang),
      ...(fields && fields.length > 0 ? { fields } : {}),
      ...details,
      requestId: req.id,
    },
  });
}
