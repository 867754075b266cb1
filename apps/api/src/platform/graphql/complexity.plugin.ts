import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  getVariableValues,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Estimates kept per document; past this many variants of one document, estimates are not kept. */
const MAX_KEPT_PER_DOCUMENT = 64;

interface DocumentEstimates {
  /** The variables an estimate depends on (see variablesThatCount). */
  counted: readonly string[];
  /** Estimates by operation name and the values of the counted variables. */
  known: Map<string, number>;
}

/**
 * Refuses an operation whose estimated cost is over GRAPHQL_MAX_COMPLEXITY
 * before anything runs. Fields declare their cost with `complexity` (lists
 * multiply their children by `first`); every other field costs 1.
 *
 * An estimate depends only on the document, the operation and the variables
 * that reach a `complexity` function or an @include/@skip, so it is kept per
 * parsed document (Apollo reuses the parsed document of a query text it has
 * seen) and those variables' values: the thread page with another thread id
 * costs what it cost before.
 */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  private readonly estimates = new WeakMap<DocumentNode, DocumentEstimates>();

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const maximum = this.config.graphql.maxComplexity;
    return {
      didResolveOperation: async ({ request, document, operation }) => {
        let kept = this.estimates.get(document);
        if (!kept) {
          kept = { counted: variablesThatCount(schema, document), known: new Map() };
          this.estimates.set(document, kept);
        }
        const variables = request.variables ?? {};
        const key = JSON.stringify([
          request.operationName ?? null,
          ...kept.counted.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : [])),
        ]);
        let complexity = kept.known.get(key);
        if (complexity === undefined) {
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
          if (kept.known.size < MAX_KEPT_PER_DOCUMENT) kept.known.set(key, complexity);
        } else {
          // A kept estimate skips the estimator's coercion of the variables; refuse bad ones as it would.
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables);
          if (coerced.errors?.length) throw requestError(coerced.errors.at(-1)!.message);
        }
        if (complexity > maximum) {
          throw requestError(`The query is too complex (${complexity}; the limit is ${maximum}).`);
        }
      },
    };
  }
}

/**
 * The variables an estimate can depend on: those used in the arguments of a
 * field whose `complexity` is a function of its arguments, or in a directive
 * (@include and @skip decide whether a field counts at all).
 */
function variablesThatCount(schema: GraphQLSchema, document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable: (variable) => {
        names.add(variable.name.value);
      },
    });
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: (field) => {
        const definition = typeInfo.getFieldDef();
        if (!definition || typeof definition.extensions?.complexity === 'function') {
          for (const argument of field.arguments ?? []) collect(argument);
        }
      },
      Directive: (directive) => {
        if (directive.name.value === 'include' || directive.name.value === 'skip') collect(directive);
      },
    }),
  );
  return [...names].sort();
}

function requestError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
