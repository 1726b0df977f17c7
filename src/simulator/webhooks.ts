import { request } from 'undici';
import type { Route, SimResponse } from './http.js';

/** Where a simulated provider sends its webhooks, and the secret it signs them with. */
export interface WebhookTarget {
  readonly url: string;
  readonly secret: string;
}

/** One outgoing delivery: the exact body bytes and the provider's headers for them. */
export interface OutgoingWebhook {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** A provider's webhook sender: deliveries are fire-and-forget, retried, and counted. */
export interface WebhookOutbox {
  target: WebhookTarget | null;
  /** Sends (when a target is set) the delivery `build` makes for it; never throws. */
  send(build: (target: WebhookTarget) => OutgoingWebhook): void;
  /** Deliveries answered 2xx, and those that failed after every attempt. */
  readonly stats: { delivered: number; failed: number };
  /** Resolves when every delivery started so far has settled. */
  idle(): Promise<void>;
}

/**
 * Attempts per delivery (the providers document retries with exponential backoff;
 * https://docs.staging.spherepay.co/get-started/webhooks,
 * https://openfx-api-docs-example.pages.dev/mvp/guides/webhooks/overview).
 */
const ATTEMPTS = 3;
const TIMEOUT_MS = 5_000;

/** Creates an outbox; `target` may be set later (`npm start` learns the server's port after listening). */
export function createWebhookOutbox(target: WebhookTarget | null = null): WebhookOutbox {
  const inFlight = new Set<Promise<void>>();
  const stats = { delivered: 0, failed: 0 };
  async function deliver(url: string, webhook: OutgoingWebhook): Promise<void> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const res = await request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...webhook.headers },
          body: webhook.body,
          headersTimeout: TIMEOUT_MS,
          bodyTimeout: TIMEOUT_MS,
        });
        await res.body.dump();
        // 4xx is the receiver's final word (a bad signature stays bad); 5xx and network errors are retried.
        if (res.statusCode < 500) {
          if (res.statusCode < 300) stats.delivered++;
          else stats.failed++;
          return;
        }
      } catch {
        // retried below
      }
      if (attempt < ATTEMPTS) await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
    stats.failed++;
  }
  const outbox: WebhookOutbox = {
    target,
    stats,
    send(build) {
      const current = outbox.target;
      if (!current) return;
      const task = deliver(current.url, build(current)).finally(() => inFlight.delete(task));
      inFlight.add(task);
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
  return outbox;
}

/** The requested change to one customer (`POST /__simulator/customers/{id}/changes`). */
export interface CustomerChange {
  /** A new status in the provider's own vocabulary. */
  readonly status?: string;
  /** `requested`: compliance asks for something new; `resolved`: every open request is satisfied. */
  readonly rfi?: 'requested' | 'resolved';
}

/** What a provider does with a change: `null` for an unknown customer, a message for an invalid change. */
export type ApplyChange = (id: string, change: CustomerChange) => { document: unknown } | { invalid: string } | null;

/** A change whose `status`, when given, is one of the provider's words. */
export interface ValidChange<Status extends string> extends CustomerChange {
  readonly status?: Status;
}

/**
 * What every simulator's change handler does first: an unknown customer is `null` (a 404), a status
 * outside the provider's vocabulary is refused naming its words (a 422). `apply` gets the customer and
 * a change whose status is one of `statuses`.
 */
export function changeHandler<Doc, Status extends string>(
  dataset: { get(id: string): Doc | undefined },
  statuses: readonly Status[],
  apply: (doc: Doc, change: ValidChange<Status>) => ReturnType<ApplyChange>,
): ApplyChange {
  const known: ReadonlySet<string> = new Set(statuses);
  return (id, change) => {
    const doc = dataset.get(id);
    if (!doc) return null;
    if (change.status !== undefined && !known.has(change.status)) {
      return { invalid: `status must be one of ${statuses.join(', ')}.` };
    }
    return apply(doc, change as ValidChange<Status>);
  };
}

/** Reads a change request body; a message (for a 422) when it is not one. */
export function parseChange(text: string): CustomerChange | string {
  let change: unknown;
  try {
    change = JSON.parse(text || '{}');
  } catch {
    return 'Body is not JSON.';
  }
  if (!change || typeof change !== 'object') return 'Body must be an object.';
  const { status, rfi } = change as Record<string, unknown>;
  if (status !== undefined && typeof status !== 'string') return '`status` must be a string.';
  if (rfi !== undefined && rfi !== 'requested' && rfi !== 'resolved') return '`rfi` must be "requested" or "resolved".';
  if (status === undefined && rfi === undefined) return 'Give `status` and/or `rfi`.';
  return { status, rfi } as CustomerChange;
}

/**
 * Control routes (not part of any provider's API, never counted): `POST /__simulator/customers/:id/changes`
 * with `{"status"?: "<provider word>", "rfi"?: "requested" | "resolved"}` changes a customer (the GET
 * then shows it) and sends the provider's signed webhook; `PUT /__simulator/webhook` with
 * `{"url", "secret"}` (or `{}` to stop) sets where webhooks go (any other JSON value is a 400); `GET /__simulator/webhook` shows the
 * URL and delivery counts (never the secret).
 */
export function webhookControlRoutes(outbox: WebhookOutbox, apply: ApplyChange): Route[] {
  const bad = (message: string): SimResponse => ({ status: 422, body: { error: message } });
  return [
    {
      method: 'POST',
      path: '/__simulator/customers/:id/changes',
      handler(req) {
        const change = parseChange(req.body);
        if (typeof change === 'string') return bad(change);
        const result = apply(req.params.id ?? '', change);
        if (!result) return { status: 404, body: { error: 'No such customer.' } };
        if ('invalid' in result) return bad(result.invalid);
        return { status: 200, body: { customer: result.document, webhook: outbox.target ? 'sent' : 'no target' } };
      },
    },
    {
      method: 'GET',
      path: '/__simulator/webhook',
      handler: () => ({ status: 200, body: { url: outbox.target?.url ?? null, ...outbox.stats } }),
    },
    {
      method: 'PUT',
      path: '/__simulator/webhook',
      handler(req) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(req.body || '{}');
        } catch {
          return bad('Body is not JSON.');
        }
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
          return { status: 400, body: { error: 'Body must be a JSON object: `{"url", "secret"}`, or `{}` to stop.' } };
        }
        const body = parsed as Record<string, unknown>;
        if (body.url === undefined) {
          outbox.target = null;
          return { status: 204 };
        }
        if (
          typeof body.url !== 'string' ||
          !/^https?:\/\//.test(body.url) ||
          typeof body.secret !== 'string' ||
          !body.secret
        ) {
          return bad('Give `url` (http or https) and `secret`.');
        }
        outbox.target = { url: body.url, secret: body.secret };
        return { status: 204 };
      },
    },
  ];
}
