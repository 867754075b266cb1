import { DataSource } from 'typeorm';
import { TestApp, errorCodes } from './support/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { token user { id displayName roles locale } }
}`;
const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { id displayName roles } }
}`;
const ME = '{ me { id displayName roles locale } }';

describe('accounts', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start();
  });

  afterAll(() => api.close());

  describe('register', () => {
    it('creates a member, signs it in and defaults the language to Indonesian', async () => {
      const result = await api.gql(REGISTER, {
        input: { email: '  Rina@Example.TEST ', password: 'sepuluh-karakter', displayName: '  Rina   K ' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.register.user).toMatchObject({
        displayName: 'Rina K',
        roles: ['MEMBER'],
        locale: 'id',
      });

      const me = await api.gql(ME, {}, { token: result.data!.register.token });
      expect(me.data!.me).toMatchObject({ id: result.data!.register.user.id, displayName: 'Rina K' });
    });

    it('stores the email normalised, so another case of the same address is a CONFLICT', async () => {
      await api.gql(REGISTER, {
        input: { email: 'dewi@example.test', password: 'sepuluh-karakter', displayName: 'Dewi' },
      });
      const duplicate = await api.gql(REGISTER, {
        input: { email: 'DEWI@example.test', password: 'sepuluh-karakter', displayName: 'Dewi 2' },
      });
      expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
      expect(duplicate.errors![0]!.extensions.field).toBe('email');
    });

    it('refuses a display name that differs from a taken one only in case', async () => {
      await api.newUser({ displayName: 'Bintang' });
      const duplicate = await api.gql(REGISTER, {
        input: { email: 'bintang2@example.test', password: 'sepuluh-karakter', displayName: 'BINTANG' },
      });
      expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
      expect(duplicate.errors![0]!.extensions.field).toBe('displayName');
    });

    it.each([
      ['password', { password: 'short-pw1' }],
      ['email', { email: 'not-an-email' }],
      ['displayName', { displayName: 'x' }],
      ['displayName', { displayName: 'x'.repeat(41) }],
      ['locale', { locale: 'fr' }],
    ])('rejects a bad %s with BAD_USER_INPUT and creates nothing', async (field, override) => {
      const input = {
        email: `bad-${field}-${Math.random()}@example.test`,
        password: 'sepuluh-karakter',
        displayName: `Bad ${Math.random().toString(36).slice(2, 8)}`,
        ...override,
      };
      const result = await api.gql(REGISTER, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions.field).toBe(field);
      expect(await countUsersWithEmail(api, input.email)).toBe(0);
    });

    it('hashes the password with argon2id at 19 MiB, t=2, p=1 and never stores it', async () => {
      const user = await api.newUser();
      const [row] = await api.app
        .get(DataSource)
        .query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain(user.password);
    });
  });

  describe('login', () => {
    it('returns a token that works as a Bearer header and as the httpOnly SameSite=Lax cookie it sets', async () => {
      const user = await api.newUser();
      const result = await api.gql(LOGIN, { email: user.email.toUpperCase(), password: user.password });
      expect(result.data!.login.user.id).toBe(user.id);

      const cookie = result.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^sebaya_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toContain(result.data!.login.token);

      const viaBearer = await api.gql(ME, {}, { token: result.data!.login.token });
      expect(viaBearer.data!.me.id).toBe(user.id);
      const viaCookie = await api.gql(ME, {}, { headers: { cookie: cookie.split(';')[0]! } });
      expect(viaCookie.data!.me.id).toBe(user.id);
    });

    it('stores only a hash of the token', async () => {
      const user = await api.newUser();
      const rows: { token_hash: Buffer }[] = await api.app
        .get(DataSource)
        .query('SELECT token_hash FROM sessions WHERE user_id = $1', [user.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.token_hash.toString('base64url')).not.toBe(user.token);
      expect(rows[0]!.token_hash).toHaveLength(32);
    });

    it('gives the same UNAUTHENTICATED error for a wrong password and an unknown email', async () => {
      const user = await api.newUser();
      const wrongPassword = await api.gql(LOGIN, { email: user.email, password: 'wrong password!' });
      const unknownEmail = await api.gql(LOGIN, { email: 'nobody@example.test', password: user.password });
      expect(errorCodes(wrongPassword)).toEqual(['UNAUTHENTICATED']);
      expect(wrongPassword.errors).toEqual(unknownEmail.errors);
      expect(wrongPassword.data).toBeNull();
    });

    it('ignores an unknown, malformed or expired token: the request is anonymous', async () => {
      const user = await api.newUser();
      expect((await api.gql(ME, {}, { token: 'not-a-real-token' })).data!.me).toBeNull();
      await api.app
        .get(DataSource)
        .query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      expect((await api.gql(ME, {}, { token: user.token })).data!.me).toBeNull();
    });
  });

  describe('logout', () => {
    it('revokes the session and clears the cookie; other sessions of the user live on', async () => {
      const user = await api.newUser();
      const second = await api.gql(LOGIN, { email: user.email, password: user.password });
      const result = await api.gql('mutation { logout }', {}, { token: user.token });
      expect(result.data!.logout).toBe(true);
      expect(result.headers.get('set-cookie')).toMatch(/sebaya_session=;.*Expires=Thu, 01 Jan 1970/);
      expect((await api.gql(ME, {}, { token: user.token })).data!.me).toBeNull();
      expect((await api.gql(ME, {}, { token: second.data!.login.token })).data!.me.id).toBe(user.id);
    });

    it('answers true when nobody was signed in', async () => {
      expect((await api.gql('mutation { logout }')).data!.logout).toBe(true);
    });
  });

  describe('assignRole', () => {
    const ASSIGN = `mutation($userId: ID!, $role: Role!) { assignRole(userId: $userId, role: $role) { id roles } }`;

    it('lets a coordinator make someone a professional', async () => {
      const admin = await api.newUser({ role: 'ADMIN' });
      const member = await api.newUser();
      const result = await api.gql(
        ASSIGN,
        { userId: member.id, role: 'PROFESSIONAL' },
        { token: admin.token },
      );
      expect(result.data!.assignRole.roles).toEqual(['MEMBER', 'PROFESSIONAL']);
      expect((await api.gql(ME, {}, { token: member.token })).data!.me.roles).toEqual([
        'MEMBER',
        'PROFESSIONAL',
      ]);
    });

    it.each(['MEMBER', 'PROFESSIONAL'] as const)('is FORBIDDEN to a %s and changes nothing', async (role) => {
      const caller = await api.newUser({ role });
      const target = await api.newUser();
      const result = await api.gql(ASSIGN, { userId: target.id, role: 'ADMIN' }, { token: caller.token });
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect((await api.gql(ME, {}, { token: target.token })).data!.me.roles).toEqual(['MEMBER']);
    });

    it('is UNAUTHENTICATED without a session', async () => {
      const target = await api.newUser();
      expect(errorCodes(await api.gql(ASSIGN, { userId: target.id, role: 'ADMIN' }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });

    it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])(
      'is NOT_FOUND for user %s',
      async (userId) => {
        const admin = await api.newUser({ role: 'ADMIN' });
        expect(errorCodes(await api.gql(ASSIGN, { userId, role: 'ADMIN' }, { token: admin.token }))).toEqual([
          'NOT_FOUND',
        ]);
      },
    );

    it('is BAD_USER_INPUT for a role that does not exist', async () => {
      const admin = await api.newUser({ role: 'ADMIN' });
      const result = await api.gql(ASSIGN, { userId: admin.id, role: 'FACILITATOR' }, { token: admin.token });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('updateProfile', () => {
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName locale } }`;

    it('changes the display name and language of the viewer', async () => {
      const user = await api.newUser();
      const result = await api.gql(
        UPDATE,
        { input: { displayName: 'Langit', locale: 'en' } },
        { token: user.token },
      );
      expect(result.data!.updateProfile).toEqual({ displayName: 'Langit', locale: 'en' });
    });

    it('rejects a bad locale and keeps the old values', async () => {
      const user = await api.newUser();
      const result = await api.gql(
        UPDATE,
        { input: { displayName: 'Awan', locale: 'xx' } },
        { token: user.token },
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect((await api.gql(ME, {}, { token: user.token })).data!.me).toMatchObject({
        displayName: user.displayName,
        locale: 'id',
      });
    });

    it('is UNAUTHENTICATED without a session', async () => {
      expect(errorCodes(await api.gql(UPDATE, { input: { locale: 'en' } }))).toEqual(['UNAUTHENTICATED']);
    });
  });
});

async function countUsersWithEmail(api: TestApp, email: string): Promise<number> {
  const [row] = await api.app
    .get(DataSource)
    .query('SELECT count(*)::int AS count FROM users WHERE email = lower(trim($1))', [email]);
  return row.count;
}
