import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { TestApp } from './support/test-app.js';

const SEED = fileURLToPath(new URL('../dist/seed-demo.js', import.meta.url));
const run = promisify(execFile);

describe('seed-demo', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start();
  });

  afterAll(() => api.close());

  const seed = (environment: Record<string, string> = {}) =>
    run(process.execPath, [SEED], {
      env: {
        ...process.env,
        DATABASE_URL: api.config.databaseUrl,
        REDIS_PREFIX: api.config.redis.prefix,
        ...environment,
      },
    });

  it('creates one account per role, idempotently, each able to log in with its role', async () => {
    await seed();
    const { stdout } = await seed();
    for (const account of DEMO_ACCOUNTS) {
      expect(stdout).toContain(`${account.email} / ${account.password}`);
      const login = await api.gql(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { roles } } }',
        { email: account.email, password: account.password },
      );
      expect(login.data!.login.user.roles).toContain(account.role);
    }
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.role))).toEqual(
      new Set(['MEMBER', 'PROFESSIONAL', 'ADMIN']),
    );
  });

  it('adds memberships, a facilitator and a few conversations, once', async () => {
    await seed();
    const login = async (email: string) => {
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email)!;
      const result = await api.gql(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password: account.password },
      );
      return result.data!.login.token as string;
    };
    const member = await login('anggota@sebaya.example');
    const threads = await api.gql(
      '{ group(slug: "kecemasan") { viewerRole threads { nodes { title replyCount author { anonymous } } } } }',
      {},
      { token: member },
    );
    expect(threads.data!.group.viewerRole).toBe('MEMBER');
    expect(threads.data!.group.threads.nodes).toEqual([
      { title: 'Capek banget akhir-akhir ini', replyCount: 0, author: { anonymous: true } },
      { title: 'Deg-degan tiap mau presentasi di kelas', replyCount: 2, author: { anonymous: false } },
    ]);
    const facilitator = await login('fasilitator@sebaya.example');
    const role = await api.gql('{ group(slug: "kecemasan") { viewerRole } }', {}, { token: facilitator });
    expect(role.data!.group.viewerRole).toBe('FACILITATOR');
  });

  it('refuses to run in production', async () => {
    await expect(seed({ NODE_ENV: 'production' })).rejects.toMatchObject({ code: 1 });
  });
});
