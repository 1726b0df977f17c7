import type { CodegenConfig } from '@graphql-codegen/cli';

const model = '../model/customer.js';

/** Resolver types whose parents are the unified model, plus a typed client for the examples. */
const config: CodegenConfig = {
  schema: ['schema/*.graphql', 'scripts/codegen/federation-directives.graphql'],
  documents: ['examples/operations/*.graphql'],
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
    // Apollo Client's InMemoryCache needs the schema's abstract types to match fragments on an
    // interface (`... on Customer`); README "Using Apollo Client".
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    'src/generated/client/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Date: 'string' } },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
