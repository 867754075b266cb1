import { Redis } from 'ioredis';
import { TestApp, errorCodes } from './support/test-app.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;

const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

describe('rate limits on login and registration', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start({
      LOGIN_LIMIT_PER_EMAIL: '3',
      LOGIN_LIMIT_PER_IP: '5',
      REGISTER_LIMIT_PER_IP: '2',
    });
  });

  afterAll(() => api.close());

  it('locks an email after its failed logins from any address, even for the right password', async () => {
    const user = await registerFrom(api, '10.0.0.1', 'target');
    for (const ip of ['10.0.1.1', '10.0.1.2', '10.0.1.3']) {
      const result = await api.gql(LOGIN, { email: user.email, password: 'wrong password' }, from(ip));
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    }
    const locked = await api.gql(LOGIN, { email: user.email, password: user.password }, from('10.0.1.4'));
    expect(errorCodes(locked)).toEqual(['RATE_LIMITED']);
    expect(locked.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.data).toBeNull();
  });

  it('clears the failures of an email after a successful login', async () => {
    const user = await registerFrom(api, '10.0.0.2', 'forgetful');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await api.gql(LOGIN, { email: user.email, password: 'wrong password' }, from('10.0.2.1'));
    }
    expect((await api.gql(LOGIN, user, from('10.0.2.1'))).data!.login.token).toBeTruthy();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const result = await api.gql(
        LOGIN,
        { email: user.email, password: 'wrong password' },
        from('10.0.2.2'),
      );
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('limits login attempts per client address across emails', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await api.gql(
        LOGIN,
        { email: `n${attempt}@example.test`, password: 'x' },
        from('10.0.3.1'),
      );
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    }
    const limited = await api.gql(LOGIN, { email: 'n9@example.test', password: 'x' }, from('10.0.3.1'));
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    const otherAddress = await api.gql(LOGIN, { email: 'n9@example.test', password: 'x' }, from('10.0.3.2'));
    expect(errorCodes(otherAddress)).toEqual(['UNAUTHENTICATED']);
  });

  it('limits registrations per client address and creates no account once limited', async () => {
    await registerFrom(api, '10.0.4.1', 'first');
    await registerFrom(api, '10.0.4.1', 'second');
    const limited = await api.gql(
      REGISTER,
      { input: { email: 'third@example.test', password: 'sepuluh-karakter', displayName: 'Third' } },
      from('10.0.4.1'),
    );
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    const login = await api.gql(
      LOGIN,
      { email: 'third@example.test', password: 'sepuluh-karakter' },
      from('10.0.4.9'),
    );
    expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps its counters in Redis, shared by every API process', async () => {
    const second = await TestApp.start({
      DATABASE_URL: api.config.databaseUrl,
      REDIS_PREFIX: api.config.redis.prefix,
      LOGIN_LIMIT_PER_EMAIL: '3',
      LOGIN_LIMIT_PER_IP: '5',
    });
    try {
      const user = await registerFrom(api, '10.0.5.1', 'shared');
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await api.gql(LOGIN, { email: user.email, password: 'wrong password' }, from('10.0.5.2'));
      }
      const elsewhere = await second.gql(LOGIN, user, from('10.0.5.3'));
      expect(errorCodes(elsewhere)).toEqual(['RATE_LIMITED']);

      const redis = new Redis(api.config.redis.url);
      const keys = await redis.keys(`${api.config.redis.prefix}:rate:login-email*`);
      redis.disconnect();
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(' ')).not.toContain(user.email);
    } finally {
      await second.closeSharingState();
    }
  });
});

async function registerFrom(api: TestApp, ip: string, name: string) {
  const user = { email: `${name}@example.test`, password: `password of ${name}` };
  const result = await api.gql(REGISTER, { input: { ...user, displayName: name } }, from(ip));
  expect(result.errors).toBeUndefined();
  return user;
}
