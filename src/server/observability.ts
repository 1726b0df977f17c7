import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import {
  getOperationAST,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
} from 'graphql';
import type { Logger } from '../logger.js';
import type { ProviderName } from '../model/customer.js';
import type { Metrics } from '../observability/metrics.js';
import { PROVIDER_NAMES, type Providers } from '../providers/registry.js';
import type { CallContext } from '../providers/types.js';
import type { GraphQLContext } from './context.js';

/** How a GraphQL operation ended: no errors / some fields answered beside errors / nothing answered. */
export type OperationOutcome = 'ok' | 'partial' | 'error';

/** One provider's readiness as `/readyz` reports it. */
export type ProviderReadiness = 'ready' | 'not_configured' | 'circuit_open' | 'unavailable';

export interface Readiness {
  /** `ready` when at least one configured provider is usable (see `installOpsRoutes`). */
  readonly status: 'ready' | 'not_ready';
  readonly providers: Record<ProviderName, ProviderReadiness>;
}

// Labels must have bounded cardinality: names come from clients, so only well-formed ones count,
// and only the first MAX_OPERATION_NAMES distinct ones per process; later ones share `other`.
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;
const MAX_LOGGED_CODES = 10;

/**
 * Turns a client-given operation name into a metric label: the name when it is a well-formed
 * GraphQL name of at most 64 characters, `anonymous` otherwise, `other` once `seen` is full.
 */
export function operationLabel(name: string | null | undefined, seen: Set<string>): string {
  if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_NAMES) return 'other';
  seen.add(name);
  return name;
}

/**
 * `ok` without errors; `partial` when errors sit beside at least one answered root field; `error`
 * when nothing was answered (request errors, or every root field null).
 */
export function operationOutcome(result: Pick<FormattedExecutionResult, 'data' | 'errors'>): OperationOutcome {
  if (!result.errors?.length) return 'ok';
  const data = result.data;
  if (!data) return 'error';
  return Object.values(data).some((value) => value !== null && value !== undefined) ? 'partial' : 'error';
}

// The document's own name once it parsed (also when validation failed; null when anonymous), else
// the name the client claimed.
function operationName(rc: {
  operation?: OperationDefinitionNode;
  operationName?: string | null;
  document?: DocumentNode;
  request: { operationName?: string };
}): string | null | undefined {
  if (rc.operation) return rc.operationName;
  if (rc.document) return getOperationAST(rc.document, rc.request.operationName)?.name?.value ?? null;
  return rc.request.operationName;
}

function errorCodes(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  const codes = new Set<string>();
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    codes.add(typeof code === 'string' ? code : 'UNKNOWN');
  }
  return [...codes].slice(0, MAX_LOGGED_CODES);
}

/**
 * Per-operation log line and metrics: operation label, outcome, duration and the distinct error
 * codes. Never logs variables, the query text or error messages (they may carry customer data).
 */
export function operationMetricsPlugin(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  const seen = new Set<string>();
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(rc) {
          const body = rc.response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const operation = operationLabel(operationName(rc), seen);
          const outcome = operationOutcome(result);
          const seconds = (performance.now() - started) / 1000;
          metrics.graphqlOperations.inc({ operation, outcome });
          metrics.graphqlDuration.observe({ operation }, seconds);
          // The context's logger carries the request id. Built only when it will be written.
          const logger = rc.contextValue.logger;
          if (!logger.isLevelEnabled('info')) return;
          logger.info(
            {
              graphql: {
                operation,
                type: rc.operation?.operation ?? null,
                outcome,
                durationMs: Math.round(seconds * 10_000) / 10,
                errorCount: result.errors?.length ?? 0,
                errorCodes: errorCodes(result.errors),
              },
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

/** Budget of one readiness check. Kubernetes' default probe timeout is 1 s: answer before it gives up. */
const READY_CHECK_TIMEOUT_MS = 800;

/**
 * Judges every provider: `not_configured` without config, `circuit_open` while its breaker is open
 * (half-open lets trial traffic through, so it counts as usable), `unavailable` when its own
 * `ready()` says no, throws or overruns the budget, else `ready`.
 */
async function checkReadiness(
  providers: Providers,
  deps: { logger: Logger; metrics?: Metrics; timeoutMs?: number },
): Promise<Readiness> {
  const timeoutMs = deps.timeoutMs ?? READY_CHECK_TIMEOUT_MS;
  const entries = await Promise.all(
    PROVIDER_NAMES.map(async (name): Promise<[ProviderName, ProviderReadiness]> => {
      const provider = providers[name];
      if (!provider) return [name, 'not_configured'];
      if (provider.health?.().circuit === 'open') return [name, 'circuit_open'];
      const ready = provider.ready?.bind(provider);
      if (!ready) return [name, 'ready'];
      return [name, (await probe(ready, name, deps.logger, deps.metrics, timeoutMs)) ? 'ready' : 'unavailable'];
    }),
  );
  const byProvider = Object.fromEntries(entries) as Record<ProviderName, ProviderReadiness>;
  return { status: entries.some(([, r]) => r === 'ready') ? 'ready' : 'not_ready', providers: byProvider };
}

async function probe(
  ready: (call: CallContext) => Promise<boolean>,
  name: ProviderName,
  logger: Logger,
  metrics: Metrics | undefined,
  timeoutMs: number,
): Promise<boolean> {
  const requestId = `readyz-${randomUUID()}`;
  const signal = AbortSignal.timeout(timeoutMs);
  const call: CallContext = {
    requestId,
    logger: logger.child({ requestId }),
    signal,
    deadline: Date.now() + timeoutMs,
    metrics,
  };
  const timedOut = new Promise<false>((resolve) => signal.addEventListener('abort', () => resolve(false)));
  try {
    return (await Promise.race([ready(call), timedOut])) === true;
  } catch (err) {
    // Code and name only: a provider error's detail is already safe, but a foreign error's message may not be.
    logger.warn({ provider: name, code: (err as { code?: unknown }).code ?? null }, 'readiness check failed');
    return false;
  }
}

// metrics.ts: 0 closed, 1 half-open, 2 open.
const CIRCUIT_GAUGE = { closed: 0, half_open: 1, open: 2 } as const;

/**
 * `/healthz` (liveness), `/readyz` (readiness), `/metrics` (Prometheus text format).
 *
 * `/healthz` answers 200 while the event loop runs and touches no upstream: restarting a replica
 * never fixes a provider outage.
 *
 * `/readyz` answers 200 `{status:'ready', providers}` when at least one configured provider is
 * usable and 503 `{status:'not_ready', providers}` when none is. Why not 503 when any one is down:
 * providers are shared by every replica, so a provider outage fails the probe on all replicas at
 * once, and Kubernetes would pull the whole Service out of rotation, turning one provider's outage
 * into a total one. A replica that can still serve two providers stays in rotation; the failing
 * provider's fields answer PROVIDER_UNAVAILABLE (fast, from the open circuit). Concurrent probes
 * share one check.
 */
export function installOpsRoutes(
  app: FastifyInstance,
  deps: { providers: Providers; metrics: Metrics; metricsText?: () => Promise<string>; readyTimeoutMs?: number },
): void {
  const logger = app.log as Logger;
  const metricsText = deps.metricsText ?? (() => deps.metrics.registry.metrics());
  let inFlight: Promise<Readiness> | null = null;

  app.get('/healthz', (_, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (_, reply) => {
    inFlight ??= checkReadiness(deps.providers, {
      logger,
      metrics: deps.metrics,
      timeoutMs: deps.readyTimeoutMs,
    }).finally(() => {
      inFlight = null;
    });
    const readiness = await inFlight;
    return reply
      .code(readiness.status === 'ready' ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(readiness);
  });

  app.get('/metrics', async (_, reply) => {
    // The gauge is read off the breakers at scrape time, so it is exact whoever else updates it.
    for (const name of PROVIDER_NAMES) {
      const circuit = deps.providers[name]?.health?.().circuit;
      if (circuit) deps.metrics.circuitState.set({ provider: name }, CIRCUIT_GAUGE[circuit]);
    }
    const text = await metricsText();
    return reply
      .header('content-type', deps.metrics.registry.contentType)
      .header('cache-control', 'no-store')
      .send(text);
  });
}
