import { takeStack } from './e2e-env';
import { requireFromApi, stopProcess, withPostgres } from './stack';

interface RedisClient {
  scan(cursor: string, ...args: (string | number)[]): Promise<[string, string[]]>;
  del(...keys: string[]): Promise<number>;
  quit(): Promise<unknown>;
  disconnect(): void;
}

/** Stops the API and web of this run, drops its database and removes its Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const stack = takeStack();
  if (!stack) return;

  for (const { child } of [...stack.processes].reverse()) await stopProcess(child);

  await withPostgres(stack.adminDatabaseUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${stack.databaseName}" WITH (FORCE)`),
  );

  try {
    await deleteRedisKeys(stack.redisUrl, `${stack.redisPrefix}:*`);
  } catch (error) {
    // Rate-limit counters expire by themselves; leaving them is harmless.
    console.warn(`Could not remove the Redis keys ${stack.redisPrefix}:*: ${String(error)}`);
  }
}

async function deleteRedisKeys(url: string, pattern: string): Promise<void> {
  const { Redis } = requireFromApi('ioredis') as {
    Redis: new (url: string, options: Record<string, unknown>) => RedisClient;
  };
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: false });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  } finally {
    redis.disconnect();
  }
}
