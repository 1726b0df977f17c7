import { describe, expect, expectTypeOf, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Provider } from '../../src/generated/enums.js';
import type { Provider as ProviderType } from '../../src/generated/resolvers.js';
import { UserInputError } from '../../src/model/errors.js';
import { parseCustomerId } from '../../src/providers/ids.js';
import { PROVIDER_MODULES, PROVIDER_NAMES, type RegisteredModule } from '../../src/providers/registry.js';
import { PROVIDER_WEBHOOKS } from '../../src/webhooks/registry.js';

describe('provider registry', () => {
  it('holds one module per SDL Provider value', () => {
    expectTypeOf<RegisteredModule['name']>().toEqualTypeOf<ProviderType>();
    expect([...PROVIDER_NAMES].sort()).toEqual(Object.values(Provider).sort());
    expect(new Set(PROVIDER_MODULES.map((m) => m.key)).size).toBe(PROVIDER_MODULES.length);
  });

  it('lists providers in the order the API always has', () => {
    expect(PROVIDER_NAMES).toEqual(['FIN', 'SPHEREPAY', 'OPENFX']);
  });

  it('gives each module its own webhook, served under its key', () => {
    expect(PROVIDER_MODULES.map((m) => [m.webhook.provider, m.webhook.path])).toEqual(
      PROVIDER_MODULES.map((m) => [m.name, m.key]),
    );
    expect(PROVIDER_WEBHOOKS.map((w) => w.secret)).toEqual(PROVIDER_MODULES.map((m) => m.key));
  });

  it('reads each provider from its own <PREFIX>_* variables, keyed by module', () => {
    for (const { config } of PROVIDER_MODULES) {
      const prefix = config.urlVariable.replace(/_API_URL$/, '_');
      expect([config.webhookSecretVariable, ...config.dependents].every((name) => name.startsWith(prefix))).toBe(true);
    }
    const config = loadConfig({});
    expect(Object.keys(config.providers)).toEqual(PROVIDER_MODULES.map((m) => m.key));
    expect(Object.keys(config.webhookSecrets)).toEqual(PROVIDER_MODULES.map((m) => m.key));
  });
});

describe('raw id routing', () => {
  const prefixed = PROVIDER_MODULES.flatMap((m) =>
    m.ids.claim === 'pattern' ? [] : [[m, m.ids.claim.prefix] as const],
  );

  it('is derived from the modules: every prefix claims its ids for its provider', () => {
    expect(prefixed.map(([m, prefix]) => [m.name, prefix])).toEqual([
      ['SPHEREPAY', 'customer_'],
      ['OPENFX', 'cus_'],
    ]);
    for (const [m, prefix] of prefixed) {
      expect(parseCustomerId(`${prefix}abc123`)).toEqual({ provider: m.name, providerId: `${prefix}abc123` });
    }
  });

  it('refuses a claimed prefix with a malformed rest, naming the provider', () => {
    for (const [m, prefix] of prefixed) {
      let error: unknown;
      try {
        parseCustomerId(`${prefix}!`);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(UserInputError);
      expect((error as Error).message).toBe(`Invalid customer id: not a well-formed ${m.name} customer id.`);
    }
  });

  it('matches whole prefixes only, so no prefix claims another provider’s ids', () => {
    for (const [a, prefixA] of prefixed)
      for (const [b, prefixB] of prefixed) if (a !== b) expect(prefixA.startsWith(prefixB)).toBe(false);
  });

  it('leaves ids without a prefix to the pattern-only providers', () => {
    const patternOnly = PROVIDER_MODULES.filter((m) => m.ids.claim === 'pattern').map((m) => m.name);
    expect(patternOnly).toEqual(['FIN']);
    expect(parseCustomerId('56c41b8e-e650-4f55-94f6-26a888a9b64d').provider).toBe('FIN');
  });

  it('lists every module’s id shape when nothing matches', () => {
    expect(() => parseCustomerId('nope')).toThrow(
      `Invalid customer id: expected a global id, ${PROVIDER_MODULES.slice(0, -1)
        .map((m) => m.ids.description)
        .join(', ')} or ${PROVIDER_MODULES.at(-1)?.ids.description}.`,
    );
  });
});
