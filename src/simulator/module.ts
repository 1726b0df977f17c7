import type { ProviderName } from '../model/customer.js';
import type { SimServer } from './http.js';
import type { ApplyChange, WebhookOutbox } from './webhooks.js';

/** What every simulated provider offers besides its own extras: a server, its webhooks, its changes. */
export interface ProviderSimulator extends SimServer {
  /** Outgoing signed webhooks: set `target`, read delivery counts. */
  readonly webhooks: WebhookOutbox;
  /** Changes a customer (as `POST /__simulator/customers/{id}/changes` does) and sends its webhooks. */
  readonly changeCustomer: ApplyChange;
}

/** Start options every simulator takes; each adds its own. */
export interface SimulatorStartOptions {
  /** Listen host (default 127.0.0.1). */
  host?: string;
  /** Listen port (default 0: ephemeral). */
  port?: number;
  /** Clock, ms since epoch (default `Date.now`). */
  now?: () => number;
}

/**
 * One simulated provider as the simulator registry (registry.ts) sees it. `Announcement` is where it
 * listens and its dev credentials, JSON-safe, so a process started apart (the standalone simulator)
 * can hand it to another; the provider configuration and environment are built from it.
 */
export interface SimulatorModule<
  Key extends string,
  Provider extends ProviderName,
  Options extends SimulatorStartOptions,
  Simulator extends ProviderSimulator,
  Announcement extends { readonly url: string },
  ProviderConfig,
> {
  /** Its name in `Simulators`, in the server's provider configuration, and in `--<key>-port` / `SIM_<KEY>_PORT`. */
  readonly key: Key;
  /** The provider whose customer ids it holds. */
  readonly provider: Provider;
  /** Where the server receives this provider's webhooks, relative to the server's origin. */
  readonly webhookPath: string;
  start(options: Options): Promise<Simulator>;
  /** Its address and dev credentials, as the standalone simulator prints them. */
  announce(simulator: Simulator): Announcement;
  /** The server's configuration for this provider, pointing at the simulator. */
  providerConfig(announcement: Announcement): ProviderConfig;
  /** The same as environment variables (the contract's names), for a server in another process. */
  env(announcement: Announcement): Record<string, string>;
}
