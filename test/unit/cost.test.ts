import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefsSource } from '../../src/generated/type-defs.js';
import { costLimitPlugin, MAX_PRICED_SELECTIONS, operationCost } from '../../src/server/cost.js';
import { COST_OPTIONS, FETCH_COST, MAX_COST } from '../../src/server/limits.js';

// How prices declared in the schema (`@cost`, `@listSize`) become costs, on the served schema plus
// fields a branch might add; test/security/cost.test.ts checks today's figures on the served schema.

const F = FETCH_COST;
const L = COST_OPTIONS.assumedListSize;

/** The served schema, plus `extra` SDL appended (fields other work adds). */
function schemaWith(extra = ''): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: parse(`${typeDefsSource}\n${extra}`) });
}

function costOf(schema: GraphQLSchema, query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return operationCost(schema, operation, fragments, variables, COST_OPTIONS);
}

const served = schemaWith();

describe('a field without a declared price', () => {
  const schema = schemaWith(`
    extend type IndividualCustomer { tags: [String!]! }
  `);

  it('costs 1, and its list assumedListSize items', () => {
    expect(costOf(schema, `{ customer(id: "x") { ... on IndividualCustomer { fetchedAt tags } } }`)).toBe(
      1 + F + 1 + 1 + L * 0,
    );
  });

  it('prices a subscription like a query: 1 for the field plus its selection', () => {
    expect(costOf(schema, `subscription { customerUpdated(provider: FIN) { id status } }`)).toBe(1 + 2);
  });
});

describe('declared prices', () => {
  it('charges @cost on a list argument once per element, and sizes the list by it', () => {
    const schema = schemaWith(`
      extend type Subscription { customersUpdated(ids: [ID!] @cost(weight: 400), provider: Provider): [Customer!]! }
    `);
    expect(costOf(schema, `subscription { customersUpdated(ids: ["a", "b"]) { id } }`)).toBe(1 + 2 * F + 2 * 1);
    // Not given: nothing charged for it, and the list is as long as any unsized list.
    expect(costOf(schema, `subscription { customersUpdated(provider: FIN) { id } }`)).toBe(1 + L * 1);
  });

  it('sizes a list by @listSize(assumedSize:) and charges a type @cost per item', () => {
    const schema = schemaWith(`
      type Audit @cost(weight: 7) { at: DateTime! }
      extend type Query { audits: [Audit!]! @listSize(assumedSize: 10) }
    `);
    expect(costOf(schema, `{ audits { at } }`)).toBe(1 + 10 * (7 + 1));
  });

  it('sizes a list by its slicing argument, falling back to assumedSize when none is given', () => {
    const schema = schemaWith(`
      extend type Query { recent(last: Int): [Capability!]! @listSize(slicingArguments: ["last"], assumedSize: 4) }
    `);
    expect(costOf(schema, `{ recent(last: 9) { kind } }`)).toBe(1 + 9);
    expect(costOf(schema, `{ recent { kind } }`)).toBe(1 + 4);
  });

  it('prices an interface field as its most costly implementation (Federation allows @cost only there)', () => {
    expect(costOf(served, `{ customer(id: "x") { capabilities { kind } } }`)).toBe(
      costOf(served, `{ customer(id: "x") { ... on IndividualCustomer { capabilities { kind } } } }`),
    );
  });
});

describe('what the library adds', () => {
  it('leaves out fields @skip and @include leave out', () => {
    const q = `query($full: Boolean!) { customer(id: "x") { id capabilities @include(if: $full) { kind } } }`;
    expect(costOf(served, q, { full: false })).toBe(1 + F + 1);
    expect(costOf(served, q, { full: true })).toBe(1 + F + 1 + 1 + F + L);
  });

  it('refuses a fragment tree that doubles at each level before walking it', () => {
    let q = '{ customer(id: "x") { ...F0 } }';
    for (let i = 0; i < 30; i++) q += ` fragment F${i} on Customer { ...F${i + 1} ...F${i + 1} }`;
    q += ' fragment F30 on Customer { id }';
    expect(costOf(served, q)).toBe(Infinity);
  });

  it(`prices up to ${MAX_PRICED_SELECTIONS} selections`, () => {
    let q = '{ customer(id: "x") { ...F0 } }';
    // 2^10 ids under 2^11 - 2 spreads: 3,070 selections expanded, 1 + 400 + 1,024 to pay.
    for (let i = 0; i < 10; i++) q += ` fragment F${i} on Customer { ...F${i + 1} ...F${i + 1} }`;
    q += ' fragment F10 on Customer { id }';
    expect(costOf(served, q)).toBe(1 + F + 2 ** 10);
  });
});

describe('costLimitPlugin', () => {
  /** What the plugin answers for one request: 'ok' or the refusal's message. */
  async function verdict(plugin: ReturnType<typeof costLimitPlugin>, document: DocumentNode, variables = {}) {
    const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<object>;
    const context = { schema: served, document, operation: document.definitions[0], request: { variables } };
    return listener.didResolveOperation!(context as unknown as GraphQLRequestContextDidResolveOperation<object>)
      .then(() => 'ok')
      .catch((e: Error) => e.message);
  }

  it('keeps one verdict per boolean as well as per size: @include(if: $x) changes the cost', async () => {
    const plugin = costLimitPlugin(COST_OPTIONS);
    const document = parse(`query($caps: Boolean!) { customers(provider: FIN, first: 512) { nodes {
      id a: capabilities @include(if: $caps) { kind } b: capabilities @include(if: $caps) { kind } } } }`);
    expect(await verdict(plugin, document, { caps: false })).toBe('ok');
    expect(await verdict(plugin, document, { caps: true })).toMatch(
      new RegExp(`^Query cost \\d+ exceeds the limit of ${MAX_COST}\\.$`),
    );
    expect(await verdict(plugin, document, { caps: false })).toBe('ok');
  });

  it('names the selection cap when a fragment tree exceeds it', async () => {
    let q = '{ customer(id: "x") { ...F0 } }';
    for (let i = 0; i < 30; i++) q += ` fragment F${i} on Customer { ...F${i + 1} ...F${i + 1} }`;
    q += ' fragment F30 on Customer { id }';
    expect(await verdict(costLimitPlugin(COST_OPTIONS), parse(q))).toBe(
      `Query cost of more than ${MAX_PRICED_SELECTIONS} selections exceeds the limit of ${MAX_COST}.`,
    );
  });
});
