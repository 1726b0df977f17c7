import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { graphql } from './graphql-runtime.js';

const {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} = graphql;

/** The numbers the cost of an operation is computed with (values and reasoning in limits.ts). */
export interface CostOptions {
  /** Most an operation may cost. */
  readonly maxCost: number;
  /** Size assumed for every list whose size no argument states (parties, RFIs, categories, …). */
  readonly assumedListSize: number;
  /** Added per upstream GET a field may cause (a customer fetched by id, Fin.com V1 capabilities, a list's pages). */
  readonly fetchCost: number;
  /** Largest `first` the `customers` resolver accepts; a larger value is refused there, so it costs no more. */
  readonly maxPageSize: number;
  /** Most ids `nodes` accepts; more are refused by its resolver. */
  readonly maxNodes: number;
}

/** How often a field's selection counts (`size`) and how many upstream GETs it may cause (`fetches`). */
interface Pricing {
  readonly size: number;
  readonly fetches: number;
}

type Pricer = (args: Record<string, unknown>, options: CostOptions) => Pricing;

const ONE_FETCH: Pricer = () => ({ size: 1, fetches: 1 });
const PER_ITEM_FETCH = (count: (args: Record<string, unknown>, o: CostOptions) => number): Pricer => {
  return (args, o) => {
    const n = count(args, o);
    return { size: n, fetches: n };
  };
};

const PRICING: Readonly<Record<string, Pricer>> = {
  'Query.customer': ONE_FETCH,
  'Query.node': ONE_FETCH,
  // One customer (and one GET) per id asked.
  'Query.nodes': PER_ITEM_FETCH((args, o) =>
    clamp(Array.isArray(args.ids) ? args.ids.length : undefined, 0, o.maxNodes),
  ),
  // Federation: one entity (and one GET) per representation.
  'Query._entities': PER_ITEM_FETCH((args) => (Array.isArray(args.representations) ? args.representations.length : 1)),
  // `first` (schema default 20) customers from a few list pages (counted as one fetch).
  'Query.customers': (args, o) => ({ size: clamp(args.first, 1, o.maxPageSize), fetches: 1 }),
  // A connection's lists are as long as the page its parent field already paid for.
  'CustomerConnection.edges': () => ({ size: 1, fetches: 0 }),
  'CustomerConnection.nodes': () => ({ size: 1, fetches: 0 }),
  // Fin.com serves capabilities from a second endpoint (V1), one GET per customer.
  'Customer.capabilities': (_, o) => ({ size: o.assumedListSize, fetches: 1 }),
  'IndividualCustomer.capabilities': (_, o) => ({ size: o.assumedListSize, fetches: 1 }),
  'BusinessCustomer.capabilities': (_, o) => ({ size: o.assumedListSize, fetches: 1 }),
};

/**
 * The cost of one operation. Every field costs 1, plus `fetchCost` per upstream GET it may cause, plus
 * its selection's cost times its size: `customers(first: N)` → N (default 20), `nodes(ids)` → the
 * number of ids, `_entities` → the number of representations, a connection's `edges`/`nodes` → 1
 * (the page is already paid for), any other list → `assumedListSize`, anything else → 1. Both
 * branches of type conditions count (an upper bound); each fragment spread counts its fragment again;
 * a fragment cycle adds nothing (graphql-js rejects cycles anyway). Arguments come from the request's
 * coerced variables, so a size cannot hide behind `$first`.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>>,
  options: CostOptions,
): number {
  const fragmentCosts = new Map<string, number>();
  const visiting = new Set<string>();

  function selectionSetCost(selectionSet: SelectionSetNode, parent: GraphQLCompositeType | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          const field = parent ? fieldDef(schema, parent, selection.name.value) : undefined;
          const { size, fetches } =
            field && parent ? pricing(parent, field, selection, variables, options) : { size: 1, fetches: 0 };
          total += 1 + fetches * options.fetchCost;
          if (selection.selectionSet) {
            const child = field ? getNamedType(field.type) : undefined;
            total += size * selectionSetCost(selection.selectionSet, isCompositeType(child) ? child : undefined);
          }
          break;
        }
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          total += selectionSetCost(selection.selectionSet, isCompositeType(type) ? type : undefined);
          break;
        }
        case Kind.FRAGMENT_SPREAD:
          total += fragmentCost(selection.name.value);
          break;
      }
    }
    return total;
  }

  function fragmentCost(name: string): number {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A cycle (or an unknown fragment) is a validation error of its own; it must not loop here.
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const type = schema.getType(fragment.typeCondition.name.value);
    const cost = selectionSetCost(fragment.selectionSet, isCompositeType(type) ? type : undefined);
    visiting.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  }

  const root = schema.getRootType(operation.operation);
  return selectionSetCost(operation.selectionSet, root ?? undefined);
}

function pricing(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
  options: CostOptions,
): Pricing {
  const pricer = PRICING[`${parent.name}.${field.name}`];
  if (pricer) {
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, node, variables as Record<string, unknown>);
    } catch {
      // Invalid arguments fail execution before any resolver runs; an unknown size is priced at the cap.
    }
    return pricer(args, options);
  }
  return { size: isListType(getNullableType(field.type)) ? options.assumedListSize : 1, fetches: 0 };
}

function fieldDef(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

/** `value` within [min, max]; anything not a number is priced at `max`. */
function clamp(value: unknown, min: number, max: number): number {
  const n = typeof value === 'number' && !Number.isNaN(value) ? Math.ceil(value) : max;
  return Math.min(Math.max(n, min), max);
}

/** The error a too costly operation gets; the message names the limit. */
function costLimitError(cost: number, maxCost: number): GraphQLError {
  return new graphql.GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', max: maxCost, http: { status: 400 } },
  });
}

/**
 * Refuses an operation costing more than `maxCost` (see `operationCost`) once the operation and its
 * coerced variables are known, before anything executes: it is answered with HTTP 400 and nothing is
 * sent upstream. Arguments are read from the variables, which plain validation rules never have.
 */
export function costLimitPlugin<TContext extends object>(options: CostOptions): ApolloServerPlugin<TContext> {
  // Apollo reuses one DocumentNode per distinct query text (its document store), and an
  // operation's cost depends on its variables only through numbers and list lengths, so the cost
  // is cached per document and variable shape: a repeated operation is priced once, not per request.
  const costs = new WeakMap<object, Map<string, number>>();
  // Holds no per-request state, so every request shares it.
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return;
      const key = `${request.operationName ?? ''}|${variableShape(request.variables)}`;
      let byShape = costs.get(document);
      let cost = byShape?.get(key);
      if (cost === undefined) {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
        // Bad variables fail execution before any resolver runs; graphql-js reports them there.
        if (coerced.errors) return;
        cost = operationCost(schema, operation, fragmentsOf(document), coerced.coerced, options);
        if (!byShape) costs.set(document, (byShape = new Map()));
        if (byShape.size < MAX_SHAPES_PER_DOCUMENT) byShape.set(key, cost);
      }
      // A fresh error per request: Apollo may annotate the one it is given.
      if (cost > options.maxCost) throw costLimitError(cost, options.maxCost);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Distinct variable shapes remembered per document; beyond it, new shapes are priced every time. */
const MAX_SHAPES_PER_DOCUMENT = 64;

/** What of the variables can change a cost: numbers and list lengths (ids, `first`), nothing else. */
function variableShape(variables: Record<string, unknown> | undefined): string {
  if (!variables) return '';
  let shape = '';
  for (const name of Object.keys(variables).sort()) {
    const value = variables[name];
    shape += `${name}:${Array.isArray(value) ? `[${value.length}]` : typeof value === 'number' ? value : typeof value};`;
  }
  return shape;
}
