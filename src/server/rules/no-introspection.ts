import type { ValidationRule } from 'graphql';
import { graphql } from '../graphql-runtime.js';

/**
 * Refuses `__schema` and `__type` (introspection off). Replaces Apollo Server's own rule, whose
 * message tells the client to "pass introspection: true to ApolloServer": here the switch is the
 * `INTROSPECTION` variable. `__typename` stays allowed: clients need it to read abstract types.
 */
export const NoIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value !== '__schema' && node.name.value !== '__type') return;
    context.reportError(
      new graphql.GraphQLError(
        'GraphQL introspection is not allowed on this server, but the query contained __schema or __type. ' +
          'Its operator can enable it with INTROSPECTION=true.',
        { nodes: node, extensions: { validationErrorCode: 'INTROSPECTION_DISABLED' } },
      ),
    );
  },
});
