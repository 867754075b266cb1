import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      http: { host: '127.0.0.1', port: 4000 },
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/sebaya',
      redis: { url: 'redis://127.0.0.1:6379', prefix: 'sebaya' },
      session: { secureCookie: false },
    });
    expect(config.bootstrapAdmin).toBeUndefined();
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ API_PORT: '', REDIS_URL: '' }).http.port).toBe(4000);
  });

  const production = { NODE_ENV: 'production', PSEUDONYM_SECRET: 'a production secret of at least 32 chars' };

  it('makes cookies Secure in production unless told otherwise', () => {
    expect(loadConfig(production).session.secureCookie).toBe(true);
    expect(loadConfig({ ...production, COOKIE_SECURE: '0' }).session.secureCookie).toBe(false);
  });

  it('wants its own pseudonym secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PSEUDONYM_SECRET/);
    expect(() => loadConfig({ ...production, PSEUDONYM_SECRET: 'short' })).toThrow(/PSEUDONYM_SECRET/);
    expect(loadConfig(production).pseudonymSecret).toBe(production.PSEUDONYM_SECRET);
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ API_PORT: '99999', REDIS_URL: 'http://x', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/API_PORT/);
    expect(problems).toMatch(/REDIS_URL/);
    expect(problems).toMatch(/LOG_LEVEL/);
  });

  it('wants the bootstrap admin email and password together', () => {
    expect(() => loadConfig({ SEBAYA_ADMIN_EMAIL: 'a@b.co' })).toThrow(ConfigError);
    expect(() => loadConfig({ SEBAYA_ADMIN_EMAIL: 'a@b.co', SEBAYA_ADMIN_PASSWORD: 'short' })).toThrow(
      ConfigError,
    );
    expect(
      loadConfig({ SEBAYA_ADMIN_EMAIL: 'a@b.co', SEBAYA_ADMIN_PASSWORD: 'long enough pw' }).bootstrapAdmin,
    ).toEqual({ email: 'a@b.co', password: 'long enough pw' });
  });
});
