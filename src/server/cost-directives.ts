import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { ConstArgumentNode, GraphQLCompositeType, GraphQLField, GraphQLNamedType, GraphQLSchema } from 'graphql';
import { graphql } from './graphql-runtime.js';

const {
  getNamedType,
  getNullableType,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
} = graphql;

/** The numbers that are not declared on fields: defaults and the caps the resolvers enforce. */
export interface PricingDefaults {
  /** Size of a list no argument and no `@listSize(assumedSize:)` sizes. */
  readonly assumedListSize: number;
  /** Cap of a size read from a slicing argument (`first`): the resolvers refuse more. */
  readonly maxPageSize: number;
  /** Cap of a size read from a priced list argument (`nodes(ids:)`): the resolver refuses more. */
  readonly maxNodes: number;
}

/** What the schema declares about one field, read once per field. */
interface FieldPrice {
  /** `@cost(weight:)` of the field (for an interface field: the highest of its implementations). */
  readonly weight: number;
  /** `@cost(weight:)` of the type each item of the field is (max over an abstract type's members). */
  readonly typeWeight: number;
  /** Arguments carrying `@cost`: charged once when given, per element when a list. */
  readonly pricedArguments: readonly { readonly name: string; readonly weight: number }[];
  /** `@listSize(slicingArguments:)`: the size is the argument's value. */
  readonly slicingArguments: readonly string[];
  /** `@listSize(assumedSize:)`. */
  readonly assumedSize: number | undefined;
  /** Whether the field returns a list. */
  readonly isList: boolean;
  /** Whether a field returning the parent type names this field in `@listSize(sizedFields:)`. */
  readonly sizedByParent: boolean;
}

/**
 * Prices a field from the cost directives declared next to it in `schema/` (`@cost`, `@listSize`
 * of https://specs.apollo.dev/cost/v0.1, the IBM GraphQL Cost Directive specification that
 * Federation 2.9 and routers' demand control read), in this project's formula, which
 * `graphql-query-complexity` sums over the operation:
 *
 *   cost = 1 + @cost weight + priced arguments + size × (type weight + cost of the selection)
 *
 * `size` is, in order: a slicing argument's value (`customers(first:)`, default from the schema,
 * capped at `maxPageSize`, at least 1; not a number → `assumedSize`, else the cap); for a list
 * with a list argument carrying `@cost`, that list's length (`nodes(ids:)`: one item and one
 * upstream GET per id, capped at `maxNodes`); 1 for a field its parent's `@listSize(sizedFields:)`
 * names (a connection's `edges`/`nodes`: the page was paid for by the field that returned it, whose
 * size multiplies its whole selection); `@listSize(assumedSize:)` or `assumedListSize` for any other
 * list; 1 otherwise. An undeclared field costs 1, and `assumedListSize` per item when it is a list.
 * Federation forbids `@cost` on interface fields, so an interface field costs what its most costly
 * implementation declares. `_entities` is added by `@apollo/subgraph` and cannot carry a directive:
 * each representation is priced like `Query.node`. Hand-written: the library's own estimators read
 * its `@complexity(value:, multipliers:)`, not the cost spec's directives.
 */
export function schemaCostEstimator(schema: GraphQLSchema, defaults: PricingDefaults): ComplexityEstimator {
  const directives = costDirectives(schema);
  const sizedFields = sizedFieldsByType(schema, directives);
  const prices = new WeakMap<object, FieldPrice>();
  const nodeWeight = (() => {
    const node = schema.getQueryType()?.getFields().node;
    return node ? weightOf(node, directives) : 0;
  })();

  function priceOf(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): FieldPrice {
    let price = prices.get(field);
    if (!price) {
      const listSize = directiveArgs(field.astNode?.directives, directives.listSize);
      price = {
        weight: isInterfaceType(parent)
          ? implementationWeight(schema, parent, field.name, directives)
          : weightOf(field, directives),
        typeWeight: typeWeight(schema, getNamedType(field.type), directives),
        pricedArguments: field.args.flatMap((arg) => {
          const weight = weightOf(arg, directives);
          return weight ? [{ name: arg.name, weight }] : [];
        }),
        slicingArguments: stringList(listSize?.slicingArguments),
        assumedSize: typeof listSize?.assumedSize === 'number' ? listSize.assumedSize : undefined,
        isList: isListType(getNullableType(field.type)),
        sizedByParent: sizedFields.get(parent.name)?.has(field.name) ?? false,
      };
      prices.set(field, price);
    }
    return price;
  }

  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (field.name === '_entities' && type === schema.getQueryType()) {
      const n = Array.isArray(args.representations) ? args.representations.length : 1;
      return 1 + n * nodeWeight + n * childComplexity;
    }
    const price = priceOf(type, field);
    let own = 1 + price.weight;
    let sizeFromList: number | undefined;
    for (const { name, weight } of price.pricedArguments) {
      const value = args[name];
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) {
        const n = clamp(value.length, 0, defaults.maxNodes);
        own += weight * n;
        sizeFromList ??= n;
      } else {
        own += weight;
      }
    }
    return own + size(price, args, sizeFromList, defaults) * (price.typeWeight + childComplexity);
  };
}

function size(
  price: FieldPrice,
  args: Record<string, unknown>,
  sizeFromList: number | undefined,
  defaults: PricingDefaults,
): number {
  if (price.slicingArguments.length > 0) {
    const given = price.slicingArguments.map((name) => args[name]).filter((v): v is number => typeof v === 'number');
    if (given.length > 0) return clamp(Math.max(...given), 1, defaults.maxPageSize);
    return price.assumedSize ?? defaults.maxPageSize;
  }
  if (price.isList && sizeFromList !== undefined) return sizeFromList;
  if (price.sizedByParent) return 1;
  if (price.isList) return price.assumedSize ?? defaults.assumedListSize;
  return 1;
}

/** The schema's names for the cost spec's directives (imported names, or `federation__…` when not imported). */
interface CostDirectives {
  readonly cost: string[];
  readonly listSize: string[];
}

function costDirectives(schema: GraphQLSchema): CostDirectives {
  const present = (names: string[]) => names.filter((name) => schema.getDirective(name));
  return { cost: present(['cost', 'federation__cost']), listSize: present(['listSize', 'federation__listSize']) };
}

type DirectiveHolder = { readonly astNode?: { readonly directives?: readonly DirectiveLike[] } | null | undefined };
interface DirectiveLike {
  readonly name: { readonly value: string };
  readonly arguments?: readonly ConstArgumentNode[];
}

/** The literal arguments of the first directive named one of `names`, or undefined. */
function directiveArgs(
  applied: readonly DirectiveLike[] | undefined,
  names: readonly string[],
): Record<string, unknown> | undefined {
  const directive = applied?.find((d) => names.includes(d.name.value));
  if (!directive) return undefined;
  const values: Record<string, unknown> = {};
  for (const arg of directive.arguments ?? []) values[arg.name.value] = valueFromASTUntyped(arg.value);
  return values;
}

/** `@cost(weight:)` on a field, argument or type; 0 without one. */
function weightOf(holder: DirectiveHolder, directives: CostDirectives): number {
  const weight = directiveArgs(holder.astNode?.directives, directives.cost)?.weight;
  return typeof weight === 'number' ? weight : 0;
}

function implementationWeight(
  schema: GraphQLSchema,
  iface: GraphQLCompositeType,
  fieldName: string,
  directives: CostDirectives,
): number {
  if (!isAbstractType(iface)) return 0;
  let max = 0;
  for (const type of schema.getPossibleTypes(iface)) {
    const field = type.getFields()[fieldName];
    if (field) max = Math.max(max, weightOf(field, directives));
  }
  return max;
}

/** `@cost` on a type is charged per object of it; an abstract type costs its most costly member. */
function typeWeight(schema: GraphQLSchema, type: GraphQLNamedType, directives: CostDirectives): number {
  if (isAbstractType(type)) {
    return Math.max(0, ...schema.getPossibleTypes(type).map((member) => weightOf(member, directives)));
  }
  return weightOf(type, directives);
}

/** For each type, the fields that a field returning it names in `@listSize(sizedFields:)`. */
function sizedFieldsByType(schema: GraphQLSchema, directives: CostDirectives): Map<string, Set<string>> {
  const byType = new Map<string, Set<string>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const sized = stringList(directiveArgs(field.astNode?.directives, directives.listSize)?.sizedFields);
      if (sized.length === 0) continue;
      const returned = getNamedType(field.type);
      const names = isAbstractType(returned) ? schema.getPossibleTypes(returned).map((t) => t.name) : [];
      for (const name of [returned.name, ...names]) {
        const set = byType.get(name) ?? new Set<string>();
        for (const f of sized) set.add(f);
        byType.set(name, set);
      }
    }
  }
  return byType;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `value` within [min, max]; anything not a number is priced at `max`. */
function clamp(value: unknown, min: number, max: number): number {
  const n = typeof value === 'number' && !Number.isNaN(value) ? Math.ceil(value) : max;
  return Math.min(Math.max(n, min), max);
}
