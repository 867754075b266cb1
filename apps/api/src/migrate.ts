import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { prepareDatabase } from './platform/database/prepare-database.js';

/** `node dist/migrate.js`: creates the database when missing and applies pending migrations. */
async function main(): Promise<void> {
  const applied = await prepareDatabase(loadConfig().databaseUrl);
  console.log(
    applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
