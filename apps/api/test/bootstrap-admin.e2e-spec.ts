import { DataSource } from 'typeorm';
import { TestApp } from './support/test-app.js';

const ADMIN = { SEBAYA_ADMIN_EMAIL: 'Koordinator@Example.test', SEBAYA_ADMIN_PASSWORD: 'koordinator-pass' };

describe('the bootstrap coordinator account', () => {
  it('is created as ADMIN on start when configured, once, and can log in', async () => {
    const api = await TestApp.start(ADMIN);
    try {
      const second = await TestApp.start({
        ...ADMIN,
        DATABASE_URL: api.config.databaseUrl,
        REDIS_PREFIX: api.config.redis.prefix,
      });
      await second.closeSharingState();

      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS count FROM users WHERE role = 'ADMIN'`);
      expect(row.count).toBe(1);

      const login = await api.gql(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { roles } } }',
        { email: 'koordinator@example.test', password: 'koordinator-pass' },
      );
      expect(login.data!.login.user.roles).toEqual(['MEMBER', 'ADMIN']);
    } finally {
      await api.close();
    }
  });

  it('is not created without the variables', async () => {
    const api = await TestApp.start();
    try {
      const [row] = await api.app.get(DataSource).query('SELECT count(*)::int AS count FROM users');
      expect(row.count).toBe(0);
    } finally {
      await api.close();
    }
  });
});
