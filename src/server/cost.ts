import { createRequire } from 'node:module';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type {
  ASTVisitor,
  DefinitionNode,
  DocumentNode,
  FragmentDefinitionNode,
  FragmentSpreadNode,
  GraphQLError,
  GraphQLSchema,
  InlineFragmentNode,
  OperationDefinitionNode,
  SelectionNode,
} from 'graphql';
import type * as QueryComplexityModule from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { schemaCostEstimator } from './cost-directives.js';
import { graphql } from './graphql-runtime.js';

const { getVariableValues, Kind, TypeInfo, ValidationContext, visit, visitWithTypeInfo } = graphql;

// Its CommonJS build, which requires the same graphql-js as Apollo (see graphql-runtime.ts); its ESM
// build imports graphql's ESM build, whose `instanceof` checks fail against our schema.
const { createComplexityRule } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexityModule;

/** The numbers the cost of an operation is computed with (values and reasoning in limits.ts). */
export interface CostOptions {
  /** Most an operation may cost. */
  readonly maxCost: number;
  /** Size of a list that neither an argument nor `@listSize(assumedSize:)` sizes (parties, RFIs, …). */
  readonly assumedListSize: number;
  /** Largest `first` the `customers` resolver accepts; a larger value is refused there, so it costs no more. */
  readonly maxPageSize: number;
  /** Most ids `nodes` accepts; more are refused by its resolver. */
  readonly maxNodes: number;
}

/**
 * The cost of one operation, by `graphql-query-complexity` with the prices the schema declares
 * (`@cost` and `@listSize` next to each field; formula in cost-directives.ts). Both branches of type
 * conditions count (an upper bound), each fragment spread counts its fragment again, a fragment
 * cycle adds nothing, and a field `@skip`/`@include` leaves out costs nothing. Arguments come from
 * the request's variables, so a size cannot hide behind `$first`. `Infinity` when the operation
 * expands to more than `MAX_PRICED_SELECTIONS` selections.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>>,
  options: CostOptions,
): number {
  if (expandedSize(operation, fragments) > MAX_PRICED_SELECTIONS) return Infinity;
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...fragments.values()].map(countEveryBranch),
  };
  const typeInfo = new TypeInfo(schema);
  // Errors reported here are arguments that fail coercion; execution reports them for their fields.
  const context = new ValidationContext(schema, document, typeInfo, () => {});
  const visitor = createComplexityRule({
    maximumComplexity: Infinity,
    estimators: [estimatorFor(schema, options)],
    variables,
    // Twice ours: the library also counts the inline fragments countEveryBranch adds.
    maxQueryNodes: 2 * MAX_PRICED_SELECTIONS + 1,
  })(context);
  visit(document, visitWithTypeInfo(typeInfo, visitor as unknown as ASTVisitor));
  return visitor.complexity;
}

/**
 * Most selections priced per operation, fragments expanded at each spread; beyond it the operation
 * is refused as too costly. The full introspection query expands to ~250, a page with every
 * customer field to ~120.
 */
export const MAX_PRICED_SELECTIONS = 5_000;

/**
 * Selections of the operation with each fragment expanded at every spread, counted with one count
 * per fragment (linear in the document), so a fragment tree that doubles at each level is refused
 * before graphql-query-complexity walks it spread by spread. Hand-written: the library only caps
 * the walk once it is under way.
 */
function expandedSize(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): number {
  const counts = new Map<string, number>();
  const visiting = new Set<string>();
  const count = (selections: readonly SelectionNode[]): number => {
    let total = 0;
    for (const selection of selections) {
      total += 1;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        total += fragmentSize(selection.name.value);
      } else if (selection.selectionSet) {
        total += count(selection.selectionSet.selections);
      }
      // Past the cap the exact figure no longer matters.
      if (total > MAX_PRICED_SELECTIONS) return total;
    }
    return total;
  };
  const fragmentSize = (name: string): number => {
    const known = counts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A cycle (or an unknown fragment) is a validation error of its own; it must not loop here.
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const size = count(fragment.selectionSet.selections);
    visiting.delete(name);
    counts.set(name, size);
    return size;
  };
  return count(operation.selectionSet.selections);
}

const estimators = new WeakMap<GraphQLSchema, WeakMap<CostOptions, ComplexityEstimator>>();

/** One estimator per schema and options: it caches each field's declared price. */
function estimatorFor(schema: GraphQLSchema, options: CostOptions): ComplexityEstimator {
  let byOptions = estimators.get(schema);
  if (!byOptions) estimators.set(schema, (byOptions = new WeakMap()));
  let estimator = byOptions.get(options);
  if (!estimator) byOptions.set(options, (estimator = schemaCostEstimator(schema, options)));
  return estimator;
}

/**
 * graphql-query-complexity prices a selection on an abstract type as its most costly member; this
 * project counts every branch (an upper bound, and today's figures). Wrapping each type condition
 * and fragment spread in an inline fragment without one makes the library add the branch to every
 * member of the enclosing type, which is that sum.
 */
function countEveryBranch<T extends DefinitionNode>(definition: T): T {
  return visit(definition, {
    InlineFragment: { leave: (node) => (node.typeCondition ? wrap(node) : undefined) },
    FragmentSpread: { leave: wrap },
  });
}

function wrap(node: InlineFragmentNode | FragmentSpreadNode): InlineFragmentNode {
  return { kind: Kind.INLINE_FRAGMENT, selectionSet: { kind: Kind.SELECTION_SET, selections: [node] } };
}

/** The error a too costly operation gets; the message names the limit. */
/** The refusal of an operation costing `cost` (Infinity: past the selection cap), as every transport words it. */
export function costLimitError(cost: number, maxCost: number): GraphQLError {
  const found = cost === Infinity ? `of more than ${MAX_PRICED_SELECTIONS} selections` : `${cost}`;
  return new graphql.GraphQLError(`Query cost ${found} exceeds the limit of ${maxCost}.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', max: maxCost, http: { status: 400 } },
  });
}

/** Prices an operation for its variables and answers the refusal, or `undefined` when it may run. */
export type CostCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
) => GraphQLError | undefined;

/**
 * The cost limit with its verdict cache, for any transport: `costLimitPlugin` runs it for Apollo's
 * HTTP requests; a WebSocket server (graphql-ws `onSubscribe`) can run the same check on a
 * subscription's document before it starts. Bad variables pass: graphql-js reports them itself.
 */
export function createCostCheck(options: CostOptions): CostCheck {
  // Apollo reuses one DocumentNode per distinct query text (its document store), and an
  // operation's cost depends on its variables only through numbers, list lengths and booleans
  // (`@include(if: $x)`), so the cost is cached per document, operation and variable shape: a
  // repeated operation is priced once, not per request.
  const costs = new WeakMap<object, Map<string, number>>();
  return (schema, document, operation, variables) => {
    const key = `${operation.name?.value ?? ''}|${variableShape(variables)}`;
    let byShape = costs.get(document);
    let cost = byShape?.get(key);
    if (cost === undefined) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
      // Bad variables fail execution before any resolver runs; graphql-js reports them there.
      if (coerced.errors) return undefined;
      cost = operationCost(schema, operation, fragmentsOf(document), coerced.coerced, options);
      if (!byShape) costs.set(document, (byShape = new Map()));
      if (byShape.size < MAX_SHAPES_PER_DOCUMENT) byShape.set(key, cost);
    }
    // A fresh error per request: Apollo may annotate the one it is given.
    return cost > options.maxCost ? costLimitError(cost, options.maxCost) : undefined;
  };
}

/**
 * Refuses an operation costing more than `maxCost` (see `operationCost`) once the operation and its
 * coerced variables are known, before anything executes: it is answered with HTTP 400 and nothing is
 * sent upstream. Arguments are read from the variables, which plain validation rules never have.
 */
export function costLimitPlugin<TContext extends object>(options: CostOptions): ApolloServerPlugin<TContext> {
  const check = createCostCheck(options);
  // Holds no per-request state, so every request shares it.
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return;
      const refusal = check(schema, document, operation, request.variables);
      if (refusal) throw refusal;
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Distinct variable shapes remembered per document; beyond it, new shapes are priced every time. */
const MAX_SHAPES_PER_DOCUMENT = 64;

/**
 * What of the variables can change a cost: numbers and list lengths (ids, `first`) and booleans
 * (`@include(if: $x)`), nothing else.
 */
function variableShape(variables: Record<string, unknown> | undefined): string {
  if (!variables) return '';
  let shape = '';
  for (const name of Object.keys(variables).sort()) {
    const value = variables[name];
    shape += `${name}:${Array.isArray(value) ? `[${value.length}]` : typeof value === 'number' || typeof value === 'boolean' ? value : typeof value};`;
  }
  return shape;
}
