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
});
