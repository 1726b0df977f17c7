import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';

/**
 * The one graphql-js instance Apollo Server and `@apollo/subgraph` use, for code that inspects the
 * schema's types or throws errors Apollo must recognise. graphql 16 ships a CommonJS `main` and an
 * ESM `module`: Node loads the CommonJS build for every package, but Vite (vitest) hands project files
 * the ESM build, whose classes fail graphql's cross-realm `instanceof` checks against the schema (and
 * Apollo would not see our GraphQLError as one). Requiring it pins the same build everywhere.
 */
export const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;
