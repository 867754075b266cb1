import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { createHttpApp } from './http-app.js';
import { closeOnSignals } from './platform/lifecycle/close-on-signals.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createHttpApp(config);
  closeOnSignals(app);
  await app.listen(config.http.port, config.http.host);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
