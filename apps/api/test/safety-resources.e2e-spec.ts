import { TestApp, errorCodes } from './support/test-app.js';

const RESOURCES = '{ safetyResources { name contact description } }';

describe('safetyResources', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start();
  });

  afterAll(() => api.close());

  it('is open without an account, Indonesian by default, with the emergency number first', async () => {
    const result = await api.gql(RESOURCES);
    const resources = result.data!.safetyResources;
    expect(resources.length).toBeGreaterThanOrEqual(5);
    expect(resources[0]).toMatchObject({ contact: '112' });
    expect(resources[0].description).toMatch(/bahaya/);
    expect(resources.map((resource: { contact: string }) => resource.contact)).toContain('119 ext. 8');
  });

  it('follows Accept-Language, then the viewer’s language, and an explicit locale over both', async () => {
    const english = await api.gql(RESOURCES, {}, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.data!.safetyResources[0].description).toMatch(/danger/);

    const user = await api.newUser();
    await api.gql(
      'mutation { updateProfile(input: { locale: "en" }) { locale } }',
      {},
      { token: user.token },
    );
    const viewers = await api.gql(RESOURCES, {}, { token: user.token });
    expect(viewers.data!.safetyResources[0].description).toMatch(/danger/);

    const explicit = await api.gql(
      '{ safetyResources(locale: "id") { description } }',
      {},
      { token: user.token },
    );
    expect(explicit.data!.safetyResources[0].description).toMatch(/bahaya/);
  });

  it('rejects an unknown locale with BAD_USER_INPUT', async () => {
    expect(errorCodes(await api.gql('{ safetyResources(locale: "fr") { name } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  describe('editing (coordinators only)', () => {
    const CREATE = `mutation($input: SafetyResourceInput!) { createSafetyResource(input: $input) { id name contact description position } }`;
    const UPDATE = `mutation($id: ID!, $input: SafetyResourceInput!) { updateSafetyResource(id: $id, input: $input) { id contact description } }`;
    const DELETE = `mutation($id: ID!) { deleteSafetyResource(id: $id) }`;
    const input = {
      name: 'Layanan Konseling Kampus',
      contact: '0800-123-456',
      descriptionId: 'Konseling gratis untuk mahasiswa.',
      descriptionEn: 'Free counselling for students.',
      position: 5,
    };

    it('adds, changes and removes a resource, which everyone then sees in its place', async () => {
      const admin = await api.newUser({ role: 'ADMIN' });
      const created = await api.gql(CREATE, { input }, { token: admin.token });
      const id = created.data!.createSafetyResource.id as string;
      expect(created.data!.createSafetyResource).toMatchObject({ name: input.name, position: 5 });

      const listed = (await api.gql('{ safetyResources { id } }')).data!.safetyResources.map(
        (r: { id: string }) => r.id,
      );
      expect(listed.indexOf(id)).toBeGreaterThan(0);

      const changed = await api.gql(
        UPDATE,
        { id, input: { ...input, contact: '0800-999' } },
        { token: admin.token, headers: { 'accept-language': 'en' } },
      );
      expect(changed.data!.updateSafetyResource).toEqual({
        id,
        contact: '0800-999',
        description: input.descriptionEn,
      });

      expect((await api.gql(DELETE, { id }, { token: admin.token })).data!.deleteSafetyResource).toBe(true);
      const after = (await api.gql('{ safetyResources { id } }')).data!.safetyResources.map(
        (r: { id: string }) => r.id,
      );
      expect(after).not.toContain(id);
    });

    it('refuses others, bad input, and removing the last resource', async () => {
      const admin = await api.newUser({ role: 'ADMIN' });
      for (const user of [await api.newUser(), await api.newUser({ role: 'PROFESSIONAL' })]) {
        expect(errorCodes(await api.gql(CREATE, { input }, { token: user.token }))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await api.gql(CREATE, { input }))).toEqual(['UNAUTHENTICATED']);
      const blank = await api.gql(CREATE, { input: { ...input, contact: ' ' } }, { token: admin.token });
      expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contact' });
      expect(errorCodes(await api.gql(DELETE, { id: 'nope' }, { token: admin.token }))).toEqual([
        'NOT_FOUND',
      ]);

      const ids = (await api.gql('{ safetyResources { id } }')).data!.safetyResources.map(
        (r: { id: string }) => r.id,
      );
      for (const id of ids.slice(2)) await api.gql(DELETE, { id }, { token: admin.token });
      // The last two removed at once: exactly one removal is refused, one resource stays.
      const both = await Promise.all(
        ids.slice(0, 2).map((id: string) => api.gql(DELETE, { id }, { token: admin.token })),
      );
      expect(both.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect((await api.gql('{ safetyResources { id } }')).data!.safetyResources).toHaveLength(1);
    });
  });
});
