import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { createHttpApp } from './http-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createHttpApp(config);
  await app.listen(config.http.port, config.http.host);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
