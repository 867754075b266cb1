import { DataSource } from 'typeorm';
import { TestApp, errorCodes } from './support/test-app.js';

const REGISTER_DOCUMENT =
  'mutation { register(input: { email: "csrf@example.test", password: "sepuluh-karakter", displayName: "Csrf" }) { token } }';

describe('GraphQL hygiene', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start({ GRAPHQL_MAX_DEPTH: '1', GRAPHQL_MAX_COMPLEXITY: '12' });
  });

  afterAll(() => api.close());

  async function usersWithEmail(email: string): Promise<number> {
    const [row] = await api.app
      .get(DataSource)
      .query('SELECT count(*)::int AS count FROM users WHERE email = $1', [email]);
    return row.count;
  }

  it('refuses a simple cross-site form POST (CSRF prevention) and changes nothing', async () => {
    const response = await api.post(
      '/graphql',
      new URLSearchParams({ query: REGISTER_DOCUMENT }).toString(),
      {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
    expect(await usersWithEmail('csrf@example.test')).toBe(0);
  });

  it('refuses a body over 100 KB (413) and changes nothing', async () => {
    const response = await api.post(
      '/graphql',
      JSON.stringify({
        query:
          'mutation($bio: String!) { register(input: { email: "big@example.test", password: "sepuluh-karakter", displayName: $bio }) { token } }',
        variables: { bio: 'x'.repeat(110 * 1024) },
      }),
      { 'content-type': 'application/json' },
    );
    expect(response.status).toBe(413);
    expect(await usersWithEmail('big@example.test')).toBe(0);
  });

  it('refuses a text/plain POST too', async () => {
    const response = await api.post('/graphql', JSON.stringify({ query: '{ me { id } }' }), {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const response = await api.post(
      '/graphql',
      JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
      {
        'content-type': 'application/json',
      },
    );
    expect(response.status).toBe(400);
  });

  it('rejects a query nested deeper than the limit with BAD_USER_INPUT, before running it', async () => {
    expect((await api.gql('{ me { id } }')).errors).toBeUndefined();
    const tooDeep = await api.gql(
      'mutation { register(input: { email: "deep@example.test", password: "sepuluh-karakter", displayName: "Deep" }) { user { id } } }',
    );
    expect(errorCodes(tooDeep)).toEqual(['BAD_USER_INPUT']);
    expect(await usersWithEmail('deep@example.test')).toBe(0);
  });

  it('rejects a query whose complexity is over the limit with BAD_USER_INPUT, before running it', async () => {
    const aliases = Array.from({ length: 7 }, (_, index) => `a${index}: me { id displayName }`).join(' ');
    const result = await api.gql(`{ ${aliases} }`);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.message).toMatch(/too complex/);
    expect(result.data).toBeUndefined();
  });

  it.each([
    ['a syntax error', '{ me { id '],
    ['an unknown field', '{ me { password } }'],
    ['a missing argument', 'mutation { login(email: "a@b.co") { token } }'],
  ])('gives %s the code BAD_USER_INPUT', async (_case, query) => {
    const result = await api.gql(query);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('allows introspection outside production', async () => {
    const result = await api.gql('{ __schema { queryType { name } } }');
    expect(result.data!.__schema.queryType.name).toBe('Query');
  });

  it('echoes a given X-Request-Id and makes one when there is none', async () => {
    const given = await api.gql('{ me { id } }', {}, { headers: { 'x-request-id': 'web-1234' } });
    expect(given.headers.get('x-request-id')).toBe('web-1234');
    const made = await api.gql('{ me { id } }');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GraphQL in production', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start({ NODE_ENV: 'production', PSEUDONYM_SECRET: 'x'.repeat(40) });
  });

  afterAll(() => api.close());

  it('refuses introspection and shows no stack traces', async () => {
    const result = await api.gql('{ __schema { queryType { name } } }');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace/i);
  });
});
