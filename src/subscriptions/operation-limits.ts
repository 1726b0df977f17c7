import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { costLimitError, fragmentsOf, operationCost } from '../server/cost.js';
import { graphql } from '../server/graphql-runtime.js';
import { COST_OPTIONS, MAX_TOKENS, queryLimits } from '../server/limits.js';

// The graphql-js instance the schema was built with (graphql-runtime.ts explains why it matters).
const { getOperationAST, getVariableValues, GraphQLError, parse, specifiedRules, validate } = graphql;

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
    // Priced with the variables coerced above (a document parsed per subscribe would never hit
    // createCostCheck's per-document cache); refused as over HTTP, less the HTTP status.
    const cost = operationCost(schema, operation, fragmentsOf(document), coerced.coerced, COST_OPTIONS);
    if (cost > COST_OPTIONS.maxCost) {
      const refusal = costLimitError(cost, COST_OPTIONS.maxCost);
      const { http: _status, ...extensions } = refusal.extensions;
      return [new GraphQLError(refusal.message, { extensions })];
    }
    return { document, operation, variables } satisfies CheckedOperation;
  };
}
