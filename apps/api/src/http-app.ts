import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './platform/config/config.js';

/** Builds the HTTP + GraphQL application (without listening), for main.ts and the tests. */
export async function createHttpApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // The web server on the same machine forwards the client's address.
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  return app;
}
