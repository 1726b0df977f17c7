import type { ProviderName } from '../model/customer.js';
import { finSimulatorModule } from './fin/module.js';
import type { ProviderSimulator, SimulatorModule, SimulatorStartOptions } from './module.js';
import { openFxSimulatorModule } from './openfx/module.js';
import { spherePaySimulatorModule } from './spherepay/module.js';

/**
 * The simulated providers, one line each. `startSimulators`, the provider configuration and
 * environment, webhook wiring, the server's change route and the standalone process loop over this
 * list; a new provider's simulator is a folder with a `module.ts` and a line here.
 */
export const SIMULATOR_MODULES = [finSimulatorModule, spherePaySimulatorModule, openFxSimulatorModule] as const;

type Module = (typeof SIMULATOR_MODULES)[number];
type ModuleOf<K extends SimulatorKey> = Extract<Module, { readonly key: K }>;

/** `fin`, `spherepay`, `openfx`: the simulators' names, as in the server's provider configuration. */
export type SimulatorKey = Module['key'];
/** The running simulator of `K`, with its own extras (e.g. `FinSimulator.revokeAccessTokens`). */
export type SimulatorOf<K extends SimulatorKey> = Awaited<ReturnType<ModuleOf<K>['start']>>;
/** The start options of `K`. */
export type SimulatorOptionsOf<K extends SimulatorKey> = Parameters<ModuleOf<K>['start']>[0];
/** Where `K` listens and its dev credentials. */
export type AnnouncementOf<K extends SimulatorKey> = ReturnType<ModuleOf<K>['announce']>;

/** Any simulator module, through the interface every one shares. */
export type AnySimulatorModule = SimulatorModule<
  SimulatorKey,
  ProviderName,
  SimulatorStartOptions,
  ProviderSimulator,
  { readonly url: string },
  unknown
>;

/**
 * The registry as loops see it. A loop cannot tie a module to its key's own types (SIMULATOR_MODULES
 * keeps those, for the per-key types above), so it sees every module through the shared interface.
 */
export const SIMULATORS: readonly AnySimulatorModule[] = SIMULATOR_MODULES;

/** One value per simulator, by key, in registry order. */
export function perSimulator<T>(value: (module: AnySimulatorModule) => T): Record<SimulatorKey, T> {
  return Object.fromEntries(SIMULATORS.map((m) => [m.key, value(m)])) as Record<SimulatorKey, T>;
}

/** The simulator that holds `provider`'s customers. */
export function simulatorModuleFor(provider: ProviderName): AnySimulatorModule {
  const module = SIMULATORS.find((m) => m.provider === provider);
  // Unreachable while every provider has a simulator (test/simulator/registry.test.ts checks it).
  if (!module) throw new Error(`No simulator for ${provider}`);
  return module;
}
