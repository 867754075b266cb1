import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './platform/config/config.js';
import { createHttpApp } from './http-app.js';
import { printEmittedSchema } from './platform/graphql/print-schema.js';

/** `npm run schema -w @sebaya/api`: writes the code-first schema to apps/api/schema.gql. */
async function main(): Promise<void> {
  const app = await createHttpApp({ ...loadConfig(), logLevel: 'silent' });
  await app.init();
  const target = fileURLToPath(new URL('../schema.gql', import.meta.url));
  await writeFile(target, printEmittedSchema(app));
  await app.close();
  console.log(`Wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
