import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

const names = new Map<string, string>();

/**
 * Runs a read of the hot path as a named prepared statement on TypeORM's pg
 * pool: PostgreSQL parses and plans it once per connection instead of on
 * every request (on the thread page, planning cost more than running), and
 * the call skips TypeORM's per-query runner. For SQL whose text is fixed
 * (parameters go in `values`): each distinct text gets its own name.
 */
export async function preparedQuery<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (!name) names.set(text, (name = `sebaya_${names.size + 1}`));
  const pool = (db.driver as PostgresDriver).master as Pool;
  return (await pool.query({ name, text, values })).rows as T[];
}
