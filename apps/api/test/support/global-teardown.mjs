import pg from 'pg';
import { TEMPLATE_ENV, templateUrl } from './template.mjs';

export default async function globalTeardown() {
  const template = process.env[TEMPLATE_ENV];
  if (!template) return;
  const client = new pg.Client({ connectionString: templateUrl('postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await client.end();
}
