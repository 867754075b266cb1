import { TestApp, errorCodes, type TestUser } from './support/test-app.js';

const GROUPS =
  '{ groups { id slug name description memberCount viewerRole archived facilitators { id displayName } } }';
const GROUP = `query($slug: String!) { group(slug: $slug) { id slug name memberCount viewerRole visibility } }`;
const JOIN = `mutation($id: ID!) { joinGroup(groupId: $id) { id memberCount viewerRole } }`;
const LEAVE = `mutation($id: ID!) { leaveGroup(groupId: $id) { id memberCount viewerRole } }`;
const SET_FACILITATOR = `mutation($groupId: ID!, $userId: ID!, $facilitator: Boolean!) {
  setFacilitator(groupId: $groupId, userId: $userId, facilitator: $facilitator) { id facilitators { id } }
}`;
const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug name visibility } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateGroupInput!) { updateGroup(groupId: $id, input: $input) { id slug name archived visibility } }`;

const newGroupInput = (slug: string) => ({
  slug,
  nameId: `Grup ${slug}`,
  nameEn: `Group ${slug}`,
  descriptionId: 'Deskripsi grup untuk pengujian.',
  descriptionEn: 'A group description for testing.',
});

describe('groups', () => {
  let api: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    admin = await api.newUser({ role: 'ADMIN' });
  });

  afterAll(() => api.close());

  const groupId = async (slug: string) =>
    (await api.gql(GROUP, { slug }, { token: admin.token })).data!.group.id;

  it('lists the six seeded topic groups to anyone, named in the request’s language', async () => {
    const indonesian = await api.gql(GROUPS);
    expect(indonesian.data!.groups.map((group: { slug: string }) => group.slug)).toEqual(
      expect.arrayContaining(['kecemasan', 'stres', 'trauma', 'akademik', 'duka', 'hubungan']),
    );
    const anxiety = indonesian.data!.groups.find((group: { slug: string }) => group.slug === 'kecemasan');
    expect(anxiety).toMatchObject({ name: 'Kecemasan', viewerRole: null, archived: false });

    const english = await api.gql(GROUPS, {}, { headers: { 'accept-language': 'en' } });
    expect(english.data!.groups.find((group: { slug: string }) => group.slug === 'duka').name).toBe('Grief');
  });

  it('lets a member join and leave, counting members and showing the viewer’s role', async () => {
    const member = await api.newUser();
    const id = await groupId('stres');
    const joined = await api.gql(JOIN, { id }, { token: member.token });
    expect(joined.data!.joinGroup).toMatchObject({ memberCount: 1, viewerRole: 'MEMBER' });
    const again = await api.gql(JOIN, { id }, { token: member.token });
    expect(again.data!.joinGroup.memberCount).toBe(1);

    const list = await api.gql(GROUPS, {}, { token: member.token });
    expect(list.data!.groups[0]).toMatchObject({ slug: 'stres', viewerRole: 'MEMBER' });

    const left = await api.gql(LEAVE, { id }, { token: member.token });
    expect(left.data!.leaveGroup).toMatchObject({ memberCount: 0, viewerRole: null });
  });

  it('needs a session to join, and a group that exists', async () => {
    const id = await groupId('trauma');
    expect(errorCodes(await api.gql(JOIN, { id }))).toEqual(['UNAUTHENTICATED']);
    const member = await api.newUser();
    for (const missing of ['00000000-0000-4000-8000-000000000000', 'trauma']) {
      expect(errorCodes(await api.gql(JOIN, { id: missing }, { token: member.token }))).toEqual([
        'NOT_FOUND',
      ]);
    }
  });

  describe('facilitators', () => {
    it('are set and unset by a coordinator, listed on the group, and cannot simply leave', async () => {
      const peer = await api.newUser({ displayName: 'Fasilitator Duka' });
      const id = await groupId('duka');
      const set = await api.gql(
        SET_FACILITATOR,
        { groupId: id, userId: peer.id, facilitator: true },
        { token: admin.token },
      );
      expect(set.data!.setFacilitator.facilitators).toEqual([{ id: peer.id }]);

      const asPeer = await api.gql(GROUP, { slug: 'duka' }, { token: peer.token });
      expect(asPeer.data!.group).toMatchObject({ viewerRole: 'FACILITATOR', memberCount: 1 });
      expect(errorCodes(await api.gql(LEAVE, { id }, { token: peer.token }))).toEqual(['CONFLICT']);

      const unset = await api.gql(
        SET_FACILITATOR,
        { groupId: id, userId: peer.id, facilitator: false },
        { token: admin.token },
      );
      expect(unset.data!.setFacilitator.facilitators).toEqual([]);
      expect((await api.gql(GROUP, { slug: 'duka' }, { token: peer.token })).data!.group.viewerRole).toBe(
        'MEMBER',
      );
    });

    it.each(['MEMBER', 'PROFESSIONAL'] as const)('cannot be set by a %s', async (role) => {
      const caller = await api.newUser({ role });
      const id = await groupId('akademik');
      const result = await api.gql(
        SET_FACILITATOR,
        { groupId: id, userId: caller.id, facilitator: true },
        { token: caller.token },
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(
        (await api.gql(GROUP, { slug: 'akademik' }, { token: caller.token })).data!.group.viewerRole,
      ).toBeNull();
    });

    it('must be an existing user', async () => {
      const id = await groupId('akademik');
      const result = await api.gql(
        SET_FACILITATOR,
        { groupId: id, userId: '00000000-0000-4000-8000-000000000000', facilitator: true },
        { token: admin.token },
      );
      expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    });
  });

  describe('management by coordinators', () => {
    it('creates a members-only group and refuses a taken or malformed address', async () => {
      const created = await api.gql(
        CREATE,
        { input: { ...newGroupInput('remaja'), visibility: 'MEMBERS_ONLY' } },
        { token: admin.token },
      );
      expect(created.data!.createGroup).toMatchObject({
        slug: 'remaja',
        name: 'Grup remaja',
        visibility: 'MEMBERS_ONLY',
      });

      const taken = await api.gql(CREATE, { input: newGroupInput('remaja') }, { token: admin.token });
      expect(errorCodes(taken)).toEqual(['CONFLICT']);
      const malformed = await api.gql(
        CREATE,
        { input: newGroupInput('Not A Slug!') },
        { token: admin.token },
      );
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
      expect(malformed.errors![0]!.extensions.field).toBe('slug');
    });

    it('is FORBIDDEN to members and creates nothing', async () => {
      const member = await api.newUser();
      expect(
        errorCodes(await api.gql(CREATE, { input: newGroupInput('rahasia') }, { token: member.token })),
      ).toEqual(['FORBIDDEN']);
      expect((await api.gql(GROUP, { slug: 'rahasia' }, { token: admin.token })).data!.group).toBeNull();
    });

    it('archives a group: hidden from non-members, kept for its members and coordinators, closed to joining', async () => {
      const created = await api.gql(CREATE, { input: newGroupInput('lama') }, { token: admin.token });
      const id = created.data!.createGroup.id;
      const member = await api.newUser();
      await api.gql(JOIN, { id }, { token: member.token });

      const archived = await api.gql(UPDATE, { id, input: { archived: true } }, { token: admin.token });
      expect(archived.data!.updateGroup.archived).toBe(true);

      const outsider = await api.newUser();
      expect((await api.gql(GROUP, { slug: 'lama' }, { token: outsider.token })).data!.group).toBeNull();
      const outsiderList = await api.gql(GROUPS, {}, { token: outsider.token });
      expect(outsiderList.data!.groups.map((group: { slug: string }) => group.slug)).not.toContain('lama');
      expect(errorCodes(await api.gql(JOIN, { id }, { token: outsider.token }))).toEqual(['NOT_FOUND']);

      expect((await api.gql(GROUP, { slug: 'lama' }, { token: member.token })).data!.group.viewerRole).toBe(
        'MEMBER',
      );
      expect(errorCodes(await api.gql(JOIN, { id }, { token: member.token }))).toEqual(['CONFLICT']);
    });

    it('edits names and refuses a description that is too short', async () => {
      const id = await groupId('hubungan');
      const edited = await api.gql(UPDATE, { id, input: { nameId: 'Relasi' } }, { token: admin.token });
      expect(edited.data!.updateGroup.name).toBe('Relasi');
      const bad = await api.gql(UPDATE, { id, input: { descriptionEn: 'short' } }, { token: admin.token });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0]!.extensions.field).toBe('descriptionEn');
    });
  });
});
