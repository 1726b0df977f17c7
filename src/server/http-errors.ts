import type { FastifyError, FastifyInstance } from 'fastify';
import { MAX_BODY_BYTES } from './limits.js';

/**
 * Errors Fastify raises before Apollo sees the request (body too large, unsupported content type,
 * unparsable JSON) answered in the GraphQL error shape clients already parse, with our own
 * messages. Anything else is masked: its message is not ours to show.
 */
export function installHttpErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    let message: string;
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        message = `Request body exceeds the limit of ${MAX_BODY_BYTES} bytes.`;
        break;
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        message = 'Unsupported content type: send application/json.';
        break;
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        message = 'Request body is not valid JSON.';
        break;
      default:
        message = status < 500 ? 'Bad request.' : 'Internal server error.';
    }
    if (status >= 500) request.log.error({ err: { code: error.code, name: error.name } }, 'request failed');
    const code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
  });
}
