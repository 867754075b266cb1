import type { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Every path. (nestjs-pino's default, `{/*splat}`, matches nothing with the
        // @fastify/middie of @nestjs/platform-fastify 12.5.)
        forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
        pinoHttp: {
          // The request's id is Fastify's (see request-id.ts); pino-http logs it as req.id.
          level: config.logLevel,
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          // Middleware see req.url without the path they are mounted on; originalUrl is whole.
          autoLogging: {
            ignore: (req: IncomingMessage & { originalUrl?: string }) => req.originalUrl === '/health',
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
