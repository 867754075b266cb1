import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { closeOnSignals } from './platform/lifecycle/close-on-signals.js';
import { WorkerModule } from './worker.module.js';

/** The worker process: `node dist/worker.js` (npm start runs it beside the API). */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  closeOnSignals(app);
  app.get(Logger).log('worker started');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
