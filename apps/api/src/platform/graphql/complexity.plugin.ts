import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Refuses an operation whose estimated cost is over GRAPHQL_MAX_COMPLEXITY
 * before anything runs. Fields declare their cost with `complexity` (lists
 * multiply their children by `first`); every other field costs 1.
 */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const maximum = this.config.graphql.maxComplexity;
    return {
      didResolveOperation: async ({ request, document }) => {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // The estimate coerces the variables first; a bad value is the client's mistake.
          if (error instanceof GraphQLError) throw requestError(error.message);
          throw error;
        }
        if (complexity > maximum) {
          throw requestError(`The query is too complex (${complexity}; the limit is ${maximum}).`);
        }
      },
    };
  }
}

function requestError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
