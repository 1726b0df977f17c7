import { describe, expect, it } from 'vitest';
import { parseCustomerId } from '../../src/providers/ids.js';
import { createFinDataset } from '../../src/simulator/fin/dataset.js';
import { createOpenFxDataset } from '../../src/simulator/openfx/dataset.js';
import { createSpherePayDataset } from '../../src/simulator/spherepay/dataset.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// The fixtures are what every other test trusts to name a subject: prove each one means what it says
// against the datasets the simulators serve by default.

describe('test fixtures', () => {
  const datasets = { fin: createFinDataset(), spherepay: createSpherePayDataset(1), openfx: createOpenFxDataset() };

  it('name customers the default datasets serve', () => {
    const finIds = [
      fin.onHoldIndividual,
      fin.approvedBusiness,
      fin.actionRequiredIndividual,
      fin.actionRequiredBusiness,
      fin.inComplianceBusiness,
    ].map((s) => s.id);
    for (const id of finIds) expect(datasets.fin.get(id)?.id, id).toBe(id);
    for (const s of [spherepay.individual, spherepay.business]) expect(datasets.spherepay.get(s.id)).toEqual(s.doc);
    expect(datasets.openfx.get(openfx.activeBusiness.id)).toEqual(openfx.activeBusiness.doc);
  });

  it('have well-formed unknown ids that no dataset serves', () => {
    expect(parseCustomerId(fin.unknownId).provider).toBe('FIN');
    expect(parseCustomerId(spherepay.unknownId).provider).toBe('SPHEREPAY');
    expect(parseCustomerId(openfx.unknownId).provider).toBe('OPENFX');
    expect(datasets.fin.get(fin.unknownId)).toBeUndefined();
    expect(datasets.spherepay.get(spherepay.unknownId)).toBeUndefined();
    expect(datasets.openfx.get(openfx.unknownId)).toBeUndefined();
  });

  it('have a malformed Fin.com id that no provider accepts', () => {
    expect(() => parseCustomerId(fin.malformedId)).toThrow();
  });
});
