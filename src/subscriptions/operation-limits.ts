import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { operationCost } from '../server/cost.js';
import { graphql } from '../server/graphql-runtime.js';
import { COST_OPTIONS, MAX_TOKENS, queryLimits } from '../server/limits.js';

// The graphql-js instance the schema was built with (graphql-runtime.ts explains why it matters).
const { getOperationAST, getVariableValues, GraphQLError, Kind, parse, specifiedRules, validate } = graphql;

/** A document checked against every query limit, ready to execute. */
export interface CheckedOperation {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly variables: Record<string, unknown>;
}

/**
 * The HTTP endpoint's checks for an operation arriving over WebSocket: parse with the token limit,
 * graphql-js's validation plus the depth/alias/directive rules of limits.ts, coerced variables, and
 * the cost limit of cost.ts. Errors carry the codes Apollo gives the same failures over HTTP.
 */
export function createOperationChecker(schema: GraphQLSchema) {
  const rules = [...specifiedRules, ...queryLimits().validationRules];
  return (query: string, operationName: string | null | undefined, rawVariables: unknown) => {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: MAX_TOKENS });
    } catch (err) {
      const message =
        err instanceof GraphQLError && /tokens\. Parsing aborted/.test(err.message)
          ? `Query token count exceeds the limit of ${MAX_TOKENS}.`
          : err instanceof Error
            ? err.message
            : 'Syntax error.';
      return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length > 0) {
      return invalid.map(
        (e) =>
          new GraphQLError(e.message, {
            nodes: e.nodes,
            extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
      );
    }
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation) {
      return [
        new GraphQLError('Could not determine which operation to run.', { extensions: { code: 'BAD_USER_INPUT' } }),
      ];
    }
    const variables = rawVariables && typeof rawVariables === 'object' ? (rawVariables as Record<string, unknown>) : {};
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) {
      return coerced.errors.map(
        (e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }),
      );
    }
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const cost = operationCost(schema, operation, fragments, coerced.coerced, COST_OPTIONS);
    if (cost > COST_OPTIONS.maxCost) {
      return [
        new GraphQLError(`Query cost ${cost} exceeds the limit of ${COST_OPTIONS.maxCost}.`, {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', max: COST_OPTIONS.maxCost, cost },
        }),
      ];
    }
    return { document, operation, variables } satisfies CheckedOperation;
  };
}
