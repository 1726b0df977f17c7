import type { GraphQLNamedType, GraphQLSchema } from 'graphql';
import { UserInputError } from '../model/errors.js';
import { graphql } from './graphql-runtime.js';

/**
 * Checks every representation `_entities` receives before @apollo/subgraph resolves it, which does
 * not: a representation that is no object, names no entity type, or lacks a key field as a string
 * crashed its resolvers (INTERNAL_SERVER_ERROR, the whole list for an unknown type). Each bad one
 * becomes BAD_USER_INPUT at its own index; the valid ones still resolve. Hand-written because
 * @apollo/subgraph offers no such check; flat `@key(fields: "id")` keys are all this schema has.
 */
export function checkEntityRepresentations(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (!field || !resolve) return;
  const keys = entityKeys(schema);
  field.resolve = (source, args: { representations: unknown[] }, context, info) => {
    const problems = args.representations.map((representation) => problem(representation, keys));
    if (problems.every((p) => p === null)) return resolve(source, args, context, info);
    const valid = args.representations.filter((_, i) => problems[i] === null);
    const resolved = resolve(source, { ...args, representations: valid }, context, info) as unknown[];
    let next = 0;
    // An Error entry is reported at its index by both executors (graphql-js completeValue; jit likewise).
    return problems.map((p) => (p === null ? resolved[next++] : new UserInputError(p)));
  };
}

/** Each entity type (object or interface with `@key`) and the flat key field sets it accepts. */
function entityKeys(schema: GraphQLSchema): Map<string, string[][]> {
  const keys = new Map<string, string[][]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!graphql.isObjectType(type) && !graphql.isInterfaceType(type)) continue;
    const sets = keyDirectives(type).map((fields) => fields.trim().split(/\s+/));
    if (sets.length) keys.set(type.name, sets);
  }
  return keys;
}

function keyDirectives(type: GraphQLNamedType): string[] {
  const nodes = [type.astNode, ...(type.extensionASTNodes ?? [])];
  const fields: string[] = [];
  for (const directive of nodes.flatMap((node) => node?.directives ?? [])) {
    if (directive.name.value !== 'key' && directive.name.value !== 'federation__key') continue;
    const argument = directive.arguments?.find((a) => a.name.value === 'fields')?.value;
    if (argument?.kind === graphql.Kind.STRING && !/[{}]/.test(argument.value)) fields.push(argument.value);
  }
  return fields;
}

/** Why `representation` cannot be resolved, or null when it can. Messages never echo client values. */
function problem(representation: unknown, keys: Map<string, string[][]>): string | null {
  if (typeof representation !== 'object' || representation === null || Array.isArray(representation)) {
    return 'Each representation must be an object with a "__typename".';
  }
  const record = representation as Record<string, unknown>;
  const typename = record.__typename;
  const sets = typeof typename === 'string' ? keys.get(typename) : undefined;
  if (typeof typename !== 'string' || !sets) {
    return 'The representation\'s "__typename" must name an entity type of this subgraph.';
  }
  if (sets.some((set) => set.every((name) => typeof record[name] === 'string'))) return null;
  return `A ${typename} representation needs its key field${sets[0]!.length > 1 ? 's' : ''} ${sets[0]!.map((n) => `"${n}"`).join(', ')} as a string.`;
}
