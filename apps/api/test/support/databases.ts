import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

import { templateUrl as databaseUrl } from './template.mjs';

export { TEMPLATE_ENV } from './template.mjs';
export { databaseUrl };

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

async function withMaintenanceConnection<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function createDatabaseFromTemplate(name: string, template: string): Promise<void> {
  return withMaintenanceConnection(async (client) => {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
}

export function dropDatabase(name: string): Promise<void> {
  return withMaintenanceConnection(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
