import type { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  customerListResponse as finListResponse,
  customerV1Response,
  customerV2Response,
  type tokenResponse,
} from '../../src/providers/fin/dto.js';
import type {
  FinCustomerListBody,
  FinTokenResponse,
  FinV1BusinessDetail,
  FinV1IndividualDetail,
  FinV2BusinessDetail,
  FinV2IndividualDetail,
} from '../../src/providers/fin/wire.js';
import { openFxCustomer } from '../../src/providers/openfx/dto.js';
import type { OpenFxCustomerDocument } from '../../src/providers/openfx/wire.js';
import { customerResponse as spherePayCustomer } from '../../src/providers/spherepay/dto.js';
import type { SpherePayCustomerDocument } from '../../src/providers/spherepay/wire.js';
import { createFinDataset, renderV1Detail, renderV2Detail } from '../../src/simulator/fin/index.js';
import { renderSummary } from '../../src/simulator/fin/render.js';
import { createOpenFxDataset } from '../../src/simulator/openfx/index.js';
import { createSpherePayDataset } from '../../src/simulator/spherepay/dataset.js';

// Each client and its simulator share one wire module (src/providers/<name>/wire.ts). These checks
// hold the other half: whatever the simulator serves, the client's schema accepts as it is.
describe('the wire shared by each client and its simulator', () => {
  it('types every document a simulator serves as input its client accepts', () => {
    expectTypeOf<{ data: FinV2IndividualDetail | FinV2BusinessDetail }>().toExtend<
      z.input<typeof customerV2Response>
    >();
    expectTypeOf<{ data: FinV1IndividualDetail | FinV1BusinessDetail }>().toExtend<
      z.input<typeof customerV1Response>
    >();
    expectTypeOf<FinCustomerListBody>().toExtend<z.input<typeof finListResponse>>();
    expectTypeOf<FinTokenResponse>().toExtend<z.input<typeof tokenResponse>>();
    expectTypeOf<SpherePayCustomerDocument>().toExtend<z.input<typeof spherePayCustomer>>();
    expectTypeOf<OpenFxCustomerDocument>().toExtend<z.input<typeof openFxCustomer>>();
  });

  it('Fin.com: every V1 and V2 detail and list row of the dataset parses with the client schema', () => {
    const { customers } = createFinDataset();
    for (const record of customers) {
      expect(customerV2Response.safeParse({ data: renderV2Detail(record) }).success).toBe(true);
      expect(customerV1Response.safeParse({ data: renderV1Detail(record) }).success).toBe(true);
    }
    const pagination = { current_page: 1, per_page: customers.length, total_page: 1, total: customers.length };
    const rows = customers.map((record) => renderSummary(record, 'V2'));
    expect(finListResponse.safeParse({ data: { pagination, customers: rows } }).success).toBe(true);
  });

  it('SpherePay: every customer of the dataset parses with the client schema', () => {
    for (const customer of createSpherePayDataset(1).customers) {
      expect(spherePayCustomer.safeParse(customer).success).toBe(true);
    }
  });

  it('OpenFX: every customer of the dataset parses with the client schema', () => {
    for (const customer of createOpenFxDataset(1).customers) {
      expect(openFxCustomer.safeParse(customer).success).toBe(true);
    }
  });
});
