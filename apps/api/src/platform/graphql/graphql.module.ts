import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule, type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { AccountService } from '../../accounts/account.service.js';
import { AccountsModule } from '../../accounts/accounts.module.js';
import { sessionTokenFrom } from '../../accounts/session-token.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { RequestContext } from '../auth/viewer.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DomainErrorFilter } from '../errors/domain-error.filter.js';
import { createErrorFormatter } from '../errors/format-graphql-error.js';
import { ComplexityPlugin } from './complexity.plugin.js';
import { Loaders } from './loaders.js';
import { localeFromAcceptLanguage } from './request-locale.js';

interface WebSocketContext {
  connectionParams?: Record<string, unknown>;
  extra: { request: IncomingMessage };
}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AccountsModule],
      inject: [APP_CONFIG, AccountService],
      useFactory: (config: AppConfig, accounts: AccountService): ApolloDriverConfig => {
        const logger = new Logger('GraphQL');
        const formatError = createErrorFormatter({
          exposeInternals: !config.isProduction,
          onInternalError: (error) => logger.error(error),
        });
        const formatAll = (errors: readonly GraphQLError[]) =>
          errors.map((error) => formatError(error.toJSON(), error));
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: false,
          introspection: !config.isProduction,
          includeStacktraceInErrorResponses: !config.isProduction,
          csrfPrevention: true,
          // No HTTP cache hints are used; without this Apollo wraps every field resolver to collect them.
          plugins: [ApolloServerPluginCacheControlDisabled()],
          allowBatchedHttpRequests: false,
          validationRules: [depthLimit(config.graphql.maxDepth)],
          formatError,
          subscriptions: {
            // graphql-ws sends results past Apollo, so its errors get the same formatting here.
            // (Nest's type omits onError, which it passes on to graphql-ws all the same.)
            'graphql-ws': {
              onNext: (_context, _id, _payload, _args, result) =>
                result.errors ? { ...result, errors: formatAll(result.errors) } : undefined,
              onError: (_context: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
                formatAll(errors),
            } as GraphQLWsSubscriptionsConfig,
          },
          // Over HTTP Apollo's Fastify integration passes the request and the reply; over the
          // WebSocket, graphql-ws passes its own context.
          context: async (
            transport: FastifyRequest | WebSocketContext,
            reply?: FastifyReply,
          ): Promise<RequestContext> => {
            // Over the WebSocket only the connection's own token counts, never cookies, so a
            // page on another site cannot open a subscription in a signed-in person's name.
            const overWebSocket = 'extra' in transport;
            const headers = overWebSocket ? transport.extra.request.headers : transport.headers;
            const token = overWebSocket
              ? sessionTokenFrom({ authorization: String(transport.connectionParams?.authorization ?? '') })
              : sessionTokenFrom(headers);
            const signedIn = token ? await accounts.viewerForToken(token) : null;
            const viewer = signedIn?.viewer ?? null;
            const locale = localeFromAcceptLanguage(headers['accept-language']) ?? viewer?.locale ?? 'id';
            const clientAddress = overWebSocket ? transport.extra.request.socket.remoteAddress : transport.ip;
            const loaders = new Loaders(viewer, { facilitatedGroupIds: signedIn?.facilitatedGroupIds });
            return { clientAddress: clientAddress ?? 'unknown', reply, viewer, locale, loaders };
          },
        };
      },
    }),
  ],
  providers: [ComplexityPlugin, { provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class GraphqlPlatformModule {}
