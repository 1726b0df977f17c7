import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CustomerCapabilitiesDocument,
  CustomerListDocument,
  CustomerOnboardingDocument,
} from '../../src/generated/client/graphql.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { fin, openfx } from '../fixtures/index.js';

// The operations in examples/operations/, through the codegen client preset's typed documents:
// what a team generating a typed client gets, run against the real server.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function run<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  return h.data<R>(print(doc), variables);
}

describe('typed client operations', () => {
  it('CustomerOnboarding returns a typed business with its parties and requests', async () => {
    const { customer } = await run(CustomerOnboardingDocument, { id: fin.actionRequiredBusiness.id });
    if (customer && 'legalName' in customer) {
      expect(customer.legalName).toBe('Fin.com');
      expect(customer.associatedParties.map((p) => p.ownershipPercent)).toEqual([60, 40]);
    } else {
      throw new Error('expected a BusinessCustomer');
    }
    expect(customer.requestForInformation[0]?.associatedParty?.id).toBe('2e719a54-cdef-43f9-a5ac-f6ef679ea1dc');
  });

  it('CustomerList pages with typed cursors', async () => {
    const first = await run(CustomerListDocument, { provider: 'SPHEREPAY', type: 'BUSINESS', first: 3 });
    expect(first.customers.edges).toHaveLength(3);
    expect(first.customers.edges.every((e) => e.node.type === 'BUSINESS')).toBe(true);
    const next = await run(CustomerListDocument, {
      provider: 'SPHEREPAY',
      type: 'BUSINESS',
      first: 3,
      after: first.customers.pageInfo.endCursor,
    });
    expect(next.customers.edges[0]?.node.id).not.toBe(first.customers.edges[0]?.node.id);
  });

  it('CustomerCapabilities reads capabilities across providers in the order asked', async () => {
    const { nodes } = await run(CustomerCapabilitiesDocument, {
      ids: [openfx.activeBusiness.id, fin.approvedBusiness.id],
    });
    const [openfxNode, finNode] = nodes;
    expect(openfxNode && 'capabilities' in openfxNode ? openfxNode.capabilities.map((c) => c.kind) : null).toEqual([
      'ACCOUNTS',
      'PAYMENTS',
      'FX',
      'CRYPTO',
    ]);
    expect(finNode && 'capabilities' in finNode ? finNode.capabilities.filter((c) => c.enabled).length : null).toBe(11);
  });
});
