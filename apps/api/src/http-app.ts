import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './platform/config/config.js';
import { echoRequestId, requestId } from './platform/logging/request-id.js';

/** Room for a post of 20,000 characters (at most 3 UTF-8 bytes each) and its query. */
const BODY_LIMIT_BYTES = 100 * 1024;

/** Builds the HTTP + GraphQL application (without listening), for main.ts and the tests. */
export async function createHttpApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // The web server on the same machine forwards the client's address.
    trustProxy: 'loopback',
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestId,
  });
  adapter.getInstance().addHook('onRequest', echoRequestId);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  return app;
}
