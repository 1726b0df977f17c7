import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import { MAX_PAGE_SIZE } from '../providers/types.js';
import { MAX_NODES } from '../resolvers/query.js';
import type { GraphQLContext } from './context.js';
import { costLimitPlugin, type CostOptions } from './cost.js';
import { graphql } from './graphql-runtime.js';

// The limits every operation is held to (README "Security" shows them). Each was chosen to let the
// README's queries, the test suite's full-field queries and Apollo Sandbox's introspection through.

/**
 * Deepest field nesting, fragments flattened and `__schema` left out (Sandbox's introspection query is
 * 15 deep; graphql-js caps introspection nesting on its own). The deepest legitimate path is 7:
 * `customers → edges → node → rejection → associatedParties → associatedParty → id`.
 */
export const MAX_DEPTH = 10;
/**
 * Aliased fields per operation (`__typename` aliases are free). The README query uses 3; more
 * customers at once belong in `nodes`.
 */
export const MAX_ALIASES = 15;
/** Directives per operation (`@include`/`@skip` on a handful of fields). */
export const MAX_DIRECTIVES = 20;
/** Lexical tokens per document: a full-field list query is ~200, `nodes` with 512 inline ids ~530. */
export const MAX_TOKENS = 1000;
/** Size assumed for lists no argument sizes (associated parties, RFIs, categories, capabilities, …). */
export const ASSUMED_LIST_SIZE = 3;
/** Cost of one upstream GET: a customer fetched by id, Fin.com V1 capabilities, a list's pages. */
export const FETCH_COST = 400;
/**
 * Most an operation may cost (formula in cost.ts). A page of 512 customers with every field the
 * schema offers except capabilities costs about 215,000 (512 × ~420); 512 customers by id with a
 * small selection about 206,000 (512 × (400 + a few fields)). Twice that many fetches, or a full page
 * with capabilities (512 Fin.com V1 GETs), do not fit. test/security/cost.test.ts holds all four.
 */
export const MAX_COST = 250_000;
/** Largest request body (bytes); larger ones get HTTP 413 before parsing. */
export const MAX_BODY_BYTES = 100 * 1024;

export const COST_OPTIONS: CostOptions = {
  maxCost: MAX_COST,
  assumedListSize: ASSUMED_LIST_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
  maxNodes: MAX_NODES,
};

/**
 * Query limits as Apollo validation rules, plugins and parse options: depth, aliases and directives
 * from graphql-armor, tokens from graphql-js's parser, cost from cost.ts. Every refusal
 * happens before execution with HTTP 400, names its limit in the message and `extensions.limit`, and
 * carries `extensions.code` GRAPHQL_VALIDATION_FAILED (the token limit, hit while parsing:
 * GRAPHQL_PARSE_FAILED). Introspection nesting (`types { fields { type { fields … } } }`) is capped
 * by graphql-js's own MaxIntrospectionDepthRule, one of the standard rules Apollo runs.
 */
export function queryLimits(): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<GraphQLContext>[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, flattenFragments: true, ignoreIntrospection: true, ...report('depth', MAX_DEPTH) },
    maxAliases: { n: MAX_ALIASES, ...report('aliases', MAX_ALIASES) },
    maxDirectives: { n: MAX_DIRECTIVES, ...report('directives', MAX_DIRECTIVES) },
    // Its Apollo plugin throws from parsingDidStart, which Apollo Server 5 answers with HTTP 500; graphql-js
    // counts the same tokens in `parse` (parseOptions below), which Apollo answers with 400.
    maxTokens: { enabled: false },
    // graphql-armor's cost limit ignores arguments (`first: 512` costs what `first: 1` does); cost.ts prices them.
    costLimit: { enabled: false },
    // Off: its pattern misses graphql-js's enum hints ("Did you mean the enum value …?") and leaves
    // "[Suggestion hidden]?" behind. Apollo's hideSchemaDetailsFromClientErrors and formatError
    // (errors.ts) remove every suggestion in production instead.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return {
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
      costLimitPlugin(COST_OPTIONS),
      tokenLimitMessagePlugin,
    ],
    parseOptions: { maxTokens: MAX_TOKENS },
  };
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more that? \d+ tokens\. Parsing aborted\.$/;

/** Words graphql-js's token-limit parse error like the other limits, and names it in `extensions.limit`. */
const tokenLimitMessagePlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return tokenLimitMessageListener;
  },
};

// Holds no per-request state, so every request shares it.
const tokenLimitMessageListener: GraphQLRequestListener<GraphQLContext> = {
  async didEncounterErrors({ errors }) {
    for (const error of errors) {
      if (!TOKEN_LIMIT_MESSAGE.test(error.message)) continue;
      error.message = `Query token count exceeds the limit of ${MAX_TOKENS}.`;
      Object.assign(error.extensions, { limit: 'tokens', max: MAX_TOKENS });
    }
  },
};

type RejectCallback = NonNullable<
  NonNullable<NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>['maxDepth']>['onReject']
>[number];

/**
 * Reports a refusal as a validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED) naming the limit;
 * graphql-armor words it "Syntax Error: Query depth limit of 10 exceeded, found 14." and, left to
 * itself, would code it BAD_USER_INPUT, which clients read as a bad id.
 */
function report(limit: string, max: number): { propagateOnRejection: false; onReject: RejectCallback[] } {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new graphql.GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit, max } }),
        ),
    ],
  };
}
