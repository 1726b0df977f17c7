import { getIntrospectionQuery, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/server/create-server.js';
import { operationCost } from '../../src/server/cost.js';
import { COST_OPTIONS, FETCH_COST, MAX_COST } from '../../src/server/limits.js';
import { CAPABILITIES, CUSTOMER_FIELDS } from '../helpers/queries.js';

// The cost formula (cost.ts), checked on small operations whose cost is worked out by hand.

const schema = createSchema();
const F = FETCH_COST;
const L = COST_OPTIONS.assumedListSize;

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return operationCost(schema, operation, fragments, variables, COST_OPTIONS);
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `customer_${i}`);

describe('operationCost', () => {
  it('charges 1 per field plus one fetch for a customer by id', () => {
    expect(cost(`{ customer(id: "x") { id status } }`)).toBe(1 + F + 2);
  });

  it('multiplies a list page by first', () => {
    // customers + fetch + 10 × (edges + node + id)
    expect(cost(`{ customers(provider: FIN, first: 10) { edges { node { id } } } }`)).toBe(1 + F + 10 * 3);
  });

  it('uses the schema default of 20 when first is absent', () => {
    expect(cost(`{ customers(provider: FIN) { nodes { id } } }`)).toBe(1 + F + 20 * 2);
  });

  it('reads first from the variables, so a size cannot hide behind $first', () => {
    const q = `query($n: Int) { customers(provider: FIN, first: $n) { nodes { id } } }`;
    expect(cost(q, { n: 7 })).toBe(1 + F + 7 * 2);
    expect(cost(q, { n: 512 })).toBe(1 + F + 512 * 2);
  });

  it('prices first beyond the page maximum at the maximum (the resolver refuses it anyway)', () => {
    expect(cost(`{ customers(provider: FIN, first: 100000) { nodes { id } } }`)).toBe(1 + F + 512 * 2);
  });

  it('charges nodes once per id, literal or variable, with a fetch each', () => {
    expect(cost(`{ nodes(ids: ["a", "b", "c"]) { id } }`)).toBe(1 + 3 * F + 3 * 1);
    expect(cost(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids(100) })).toBe(1 + 100 * F + 100);
  });

  it('charges _entities once per representation, with a fetch each', () => {
    const representations = ids(4).map((id) => ({ __typename: 'Customer', id }));
    expect(cost(`query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, { r: representations })).toBe(
      1 + 4 * F + 4,
    );
  });

  it('assumes a fixed size for nested lists', () => {
    // customer + fetch + id + requestForInformation × L × (section + categories × L × documentType)
    expect(cost(`{ customer(id: "x") { id requestForInformation { section categories { documentType } } } }`)).toBe(
      1 + F + 1 + 1 + L * (1 + 1 + L * 1),
    );
  });

  it('charges capabilities a fetch per customer (Fin.com V1)', () => {
    expect(cost(`{ customer(id: "x") { capabilities { kind } } }`)).toBe(1 + F + 1 + F + L * 1);
  });

  it('counts a fragment at every spread, and both branches of type conditions', () => {
    const q = `{
      customer(id: "x") { ...A ...A ... on IndividualCustomer { firstName } ... on BusinessCustomer { legalName } }
    }
    fragment A on Customer { id status }`;
    expect(cost(q)).toBe(1 + F + 2 + 2 + 1 + 1);
  });

  it('follows fragments through variables and nesting', () => {
    const q = `query($n: Int) { customers(provider: OPENFX, first: $n) { nodes { ...P } } }
      fragment P on Customer { ...Q } fragment Q on Customer { id }`;
    expect(cost(q, { n: 50 })).toBe(1 + F + 50 * 2);
  });

  it('terminates on fragment cycles (graphql-js rejects them separately)', () => {
    const q = `{ customer(id: "x") { ...A } } fragment A on Customer { id ...B } fragment B on Customer { ...A }`;
    expect(cost(q)).toBe(1 + F + 1);
  });

  it('lets a page of 512 customers with every field through, but not with capabilities', () => {
    const page = (fields: string) =>
      `{ customers(provider: FIN, first: 512) { edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } totalCount } }`;
    expect(cost(page(CUSTOMER_FIELDS))).toBeLessThanOrEqual(MAX_COST);
    expect(cost(page(`${CUSTOMER_FIELDS} ${CAPABILITIES}`))).toBeGreaterThan(MAX_COST);
  });

  it('lets 512 customers by id through with a small selection, but not twice over', () => {
    const small = `... on Customer { provider providerId status }`;
    expect(cost(`query($ids: [ID!]!) { nodes(ids: $ids) { ${small} } }`, { ids: ids(512) })).toBeLessThanOrEqual(
      MAX_COST,
    );
    expect(
      cost(`query($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } }`, { ids: ids(512) }),
    ).toBeGreaterThan(MAX_COST);
  });

  it('lets the full introspection query through', () => {
    const q = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(cost(q)).toBeLessThan(MAX_COST / 10);
  });
});
