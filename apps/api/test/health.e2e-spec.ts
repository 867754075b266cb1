import { Client } from 'pg';
import { TestApp } from './support/test-app.js';

describe('GET /health', () => {
  it('answers 200 when Postgres and Redis both answer', async () => {
    const api = await TestApp.start();
    try {
      const response = await fetch(`${api.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
    } finally {
      await api.close();
    }
  });

  it('answers 503 naming Redis when Redis is unreachable', async () => {
    const api = await TestApp.start({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await fetch(`${api.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', postgres: 'up', redis: 'down' });
    } finally {
      await api.close();
    }
  });

  it('answers 503 naming Postgres when its database stops taking connections', async () => {
    const api = await TestApp.start();
    const admin = new Client({ connectionString: api.config.databaseUrl.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${api.databaseName}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
        api.databaseName,
      ]);
      const response = await fetch(`${api.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', postgres: 'down', redis: 'up' });
    } finally {
      await admin.query(`ALTER DATABASE "${api.databaseName}" ALLOW_CONNECTIONS true`);
      await admin.end();
      await api.close();
    }
  });
});
