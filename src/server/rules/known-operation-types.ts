import type { ValidationRule } from 'graphql';
import { graphql } from '../graphql-runtime.js';

/**
 * An operation whose type the schema has no root for (`mutation` or `subscription` here) is a
 * validation error, as in graphql-js 17's rule of this name; graphql-js 16 lacks the rule and fails
 * such an operation only while executing it, which Apollo reports as an internal error.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new graphql.GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }),
    );
  },
});
