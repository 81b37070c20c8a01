import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the client's operations, from the checked-in schema (npm run schema writes it).
// Fragments are not masked: a component gets the fields its operation spreads, typed as such.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' } },
    },
  },
};

export default config;
