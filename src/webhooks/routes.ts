import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebhookSecrets } from '../config.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { parseProviderId } from '../providers/ids.js';
import type { EventDedupe } from './dedupe.js';
import type { WebhookProcessor } from './processor.js';
import { PROVIDER_WEBHOOKS } from './registry.js';
import { MalformedWebhookError, type ProviderWebhook, type WebhookEvent } from './types.js';

/** Largest webhook body accepted (bytes); larger ones get 413 before anything is verified. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;

export interface WebhookRouteDeps {
  readonly secrets: WebhookSecrets;
  readonly dedupe: EventDedupe;
  readonly processor: WebhookProcessor;
  readonly logger: Logger;
  readonly metrics?: Metrics;
  /** Clock for the OpenFX replay window (ms since epoch); default `Date.now`. */
  readonly now?: () => number;
}

type Outcome = 'processed' | 'duplicate' | 'ignored' | 'unauthorized' | 'malformed' | 'disabled' | 'too_large';

/**
 * `POST /webhooks/<provider>` for every provider module (registry.ts). In their own Fastify scope: the
 * body is kept as raw bytes (any content type), so signatures are checked over exactly what was sent.
 * Outcomes: secret unset → 404; missing or wrong signature, stale timestamp → 401 (one log line, no
 * body); signed but not a documented envelope, or a malformed customer id → 400; another resource's
 * or an unknown event, or an event id seen before → 200 and ignored; a customer event → 200 at once,
 * then invalidate + re-fetch + publish (processor.ts) without the provider waiting.
 */
export function installWebhookRoutes(app: FastifyInstance, deps: WebhookRouteDeps): void {
  const now = deps.now ?? Date.now;
  const count = (module: ProviderWebhook, outcome: Outcome) =>
    deps.metrics?.webhookRequests.inc({ provider: module.provider, outcome });

  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_WEBHOOK_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const module = PROVIDER_WEBHOOKS.find((w) => request.url.startsWith(`/webhooks/${w.module.path}`))?.module;
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        if (module) count(module, 'too_large');
        return reply.code(413).send({ error: `Webhook body exceeds ${MAX_WEBHOOK_BYTES} bytes.` });
      }
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status >= 500) request.log.error({ err: { code: error.code, name: error.name } }, 'webhook failed');
      return reply.code(status).send({ error: status >= 500 ? 'Internal server error.' : 'Bad request.' });
    });

    for (const { module, secret } of PROVIDER_WEBHOOKS) {
      // Public: a provider cannot send our client keys; the signature authenticates instead.
      scope.post(
        `/webhooks/${module.path}`,
        { bodyLimit: MAX_WEBHOOK_BYTES, config: { public: true } },
        async (request, reply) => {
          const key = deps.secrets[secret];
          if (!key) {
            count(module, 'disabled');
            return reply.code(404).send({ error: 'Not found.' });
          }
          return handle(module, key, request, reply);
        },
      );
    }
  });

  async function handle(module: ProviderWebhook, secret: string, request: FastifyRequest, reply: FastifyReply) {
    const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const delivery = { rawBody, headers: request.headers, receivedAt: now() };
    const failure = module.verify(delivery, secret);
    if (failure) {
      count(module, 'unauthorized');
      // One line, never the body or what was presented as a signature.
      deps.logger.warn({ provider: module.provider, reason: failure, bytes: rawBody.length }, 'webhook rejected');
      return reply.code(401).send({ error: 'Invalid webhook signature.' });
    }
    let event: WebhookEvent;
    try {
      event = module.parse(delivery);
    } catch (err) {
      if (!(err instanceof MalformedWebhookError)) throw err;
      count(module, 'malformed');
      deps.logger.warn({ provider: module.provider, reason: err.message }, 'signed webhook is malformed');
      return reply.code(400).send({ error: `Malformed webhook: ${err.message}.` });
    }
    const providerId = event.kind === 'customer' ? parseProviderId(module.provider, event.customerId) : null;
    if (event.kind === 'customer' && providerId === null) {
      count(module, 'malformed');
      deps.logger.warn({ provider: module.provider, eventId: event.eventId }, 'webhook names a malformed customer id');
      return reply.code(400).send({ error: `Malformed webhook: not a well-formed ${module.provider} customer id.` });
    }
    if (!(await deps.dedupe.firstSeen(module.provider, event.eventId))) {
      count(module, 'duplicate');
      deps.logger.info({ provider: module.provider, eventId: event.eventId }, 'webhook event seen before; ignored');
      return reply.code(200).send({ received: true, duplicate: true });
    }
    if (event.kind === 'ignored' || providerId === null) {
      count(module, 'ignored');
      deps.logger.info(
        { provider: module.provider, eventId: event.eventId, type: event.type },
        'webhook event ignored',
      );
      return reply.code(200).send({ received: true, ignored: true });
    }
    count(module, 'processed');
    deps.logger.info({ provider: module.provider, eventId: event.eventId, type: event.type }, 'webhook event received');
    // Not awaited: the provider gets its 2xx now; the re-fetch never throws (processor.ts).
    void deps.processor.customerChanged({ provider: module.provider, providerId }, event.eventId);
    return reply.code(200).send({ received: true });
  }
}
