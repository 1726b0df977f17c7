import type { CodegenConfig } from '@graphql-codegen/cli';

const model = '../model/customer.js';

const clientConfig = { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Date: 'string' } };

/**
 * Resolver types whose parents are the unified model, a typed client for the examples, and the
 * onboarding desk's typed documents and `possibleTypes` (each client output reads only its own documents).
 */
const config: CodegenConfig = {
  schema: ['schema/*.graphql', 'scripts/codegen/federation-directives.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../server/context.js#GraphQLContext',
        scalars: { DateTime: 'string', Date: 'string' },
        mappers: {
          Customer: `${model}#CustomerModel`,
          IndividualCustomer: `${model}#IndividualCustomerModel`,
          BusinessCustomer: `${model}#BusinessCustomerModel`,
          Node: `${model}#CustomerModel`,
          AssociatedParty: '../resolvers/views.js#AssociatedPartyView',
          InformationRequest: '../resolvers/views.js#InformationRequestView',
          Rejection: '../resolvers/views.js#RejectionView',
          PartyRejection: '../resolvers/views.js#PartyRejectionView',
          CustomerConnection: '../model/connection.js#ConnectionModel',
          CustomerEdge: '../model/connection.js#EdgeModel',
        },
      },
    },
    // The SDL enums as runtime values too, for the code that checks a name at run time (global ids).
    'src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true },
    },
    // Apollo Client's InMemoryCache needs the schema's abstract types to match fragments on an
    // interface (`... on Customer`); README "Using Apollo Client".
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    'src/generated/client/': {
      documents: ['examples/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    'web/desk/src/gql/': {
      documents: ['web/desk/src/**/*.tsx'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
