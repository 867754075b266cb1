import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web server, generated from the schema the
 * API emits (`npm run schema -w @sebaya/api`). The output is committed so that
 * building the web needs neither the API nor codegen: `npm run codegen -w @sebaya/web`.
 */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/lib/graphql/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        strictScalars: true,
        scalars: { ID: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
