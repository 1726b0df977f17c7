import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Config } from '../../src/config.js';
import type { ProviderName } from '../../src/model/customer.js';
import { simulatorEnv, simulatorWebhookSecrets } from '../../src/simulator/index.js';
import { SIMULATOR_MODULES, simulatorModuleFor, type SimulatorKey } from '../../src/simulator/registry.js';

describe('simulator registry', () => {
  it('has one simulator per provider, keyed as the server configuration is', () => {
    expectTypeOf<(typeof SIMULATOR_MODULES)[number]['provider']>().toEqualTypeOf<ProviderName>();
    expectTypeOf<SimulatorKey>().toEqualTypeOf<keyof Config['providers']>();
    for (const module of SIMULATOR_MODULES) expect(simulatorModuleFor(module.provider)).toBe(module);
  });

  it('hands a server process the contract variable names', () => {
    const env = simulatorEnv({
      fin: { url: 'http://127.0.0.1:1', clientId: 'id', clientSecret: 'secret' },
      spherepay: { url: 'http://127.0.0.1:2', apiKey: 'sp-key' },
      openfx: { url: 'http://127.0.0.1:3', apiKey: 'ofx-key', privateKeyPem: 'pem' },
    });
    expect(env).toEqual({
      FIN_API_URL: 'http://127.0.0.1:1',
      FIN_CLIENT_ID: 'id',
      FIN_CLIENT_SECRET: 'secret',
      SPHEREPAY_API_URL: 'http://127.0.0.1:2',
      SPHEREPAY_API_KEY: 'sp-key',
      OPENFX_API_URL: 'http://127.0.0.1:3',
      OPENFX_API_KEY: 'ofx-key',
      OPENFX_PRIVATE_KEY: 'pem',
    });
  });

  it('keeps configured webhook secrets and makes one for each provider without', () => {
    const secrets = simulatorWebhookSecrets({ fin: 'configured', spherepay: null, openfx: null });
    expect(secrets.fin).toBe('configured');
    expect(secrets.spherepay).toMatch(/^[0-9a-f]{48}$/);
    expect(secrets.openfx).toMatch(/^[0-9a-f]{48}$/);
    expect(secrets.openfx).not.toBe(secrets.spherepay);
  });
});
