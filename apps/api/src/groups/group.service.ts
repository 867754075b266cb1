import { Injectable } from '@nestjs/common';
import { UserRepository } from '../accounts/user.repository.js';
import { requireSignedIn, type Viewer } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import { UniqueViolation } from '../platform/database/unique-violation.js';
import { isUuid } from '../platform/database/uuid.js';
import { conflict, forbidden, notFound } from '../platform/errors/domain-error.js';
import { groupAccess, groupActor } from './group-access.js';
import { parseSlug, parseText } from './group-input.js';
import type { GroupRole } from './group-membership.entity.js';
import type { GroupEntity, GroupVisibility } from './group.entity.js';
import { GroupLoaders } from './group.loaders.js';
import { GroupRepository, type NewGroup } from './group.repository.js';

export interface GroupChanges {
  slug?: string | null;
  nameId?: string | null;
  nameEn?: string | null;
  descriptionId?: string | null;
  descriptionEn?: string | null;
  visibility?: GroupVisibility | null;
  archived?: boolean | null;
}

@Injectable()
export class GroupService {
  constructor(
    private readonly groups: GroupRepository,
    private readonly groupLoaders: GroupLoaders,
    private readonly users: UserRepository,
  ) {}

  /** The groups the viewer may see, the viewer's own first; their `viewerRole` is read along. */
  async list(viewer: Viewer | null, loaders: Loaders): Promise<GroupEntity[]> {
    const all = await this.groups.listAll({ includeArchived: true });
    const roles = viewer
      ? await this.groups.rolesOf(
          viewer.userId,
          all.map((group) => group.id),
        )
      : new Map<string, GroupRole>();
    for (const group of all)
      this.groupLoaders.knownViewerRole(loaders, group.id, roles.get(group.id) ?? null);
    const visible = all.filter((group) =>
      groupAccess.canSee(groupActor(viewer), group, roles.get(group.id) ?? null),
    );
    return [
      ...visible.filter((group) => roles.has(group.id)),
      ...visible.filter((group) => !roles.has(group.id)),
    ];
  }

  async bySlug(viewer: Viewer | null, loaders: Loaders, slug: string): Promise<GroupEntity | null> {
    const group = await this.groups.findBySlug(slug.trim().toLowerCase());
    if (!group) return null;
    this.groupLoaders.knownGroup(loaders, group);
    const role = await this.groupLoaders.viewerRole(loaders, group.id);
    return groupAccess.canSee(groupActor(viewer), group, role) ? group : null;
  }

  async join(viewer: Viewer | null, groupId: string): Promise<GroupEntity> {
    const member = requireSignedIn(viewer);
    const { group } = await this.requireVisibleGroup(member, groupId);
    if (group.archivedAt) throw conflict('This group is archived and takes no new members.');
    await this.groups.join(group.id, member.userId);
    return group;
  }

  async leave(viewer: Viewer | null, groupId: string): Promise<GroupEntity> {
    const member = requireSignedIn(viewer);
    const { group, role } = await this.requireVisibleGroup(member, groupId);
    if (role === 'FACILITATOR') {
      throw conflict('You facilitate this group; ask a coordinator to hand it over first.');
    }
    await this.groups.leave(group.id, member.userId);
    return group;
  }

  async setFacilitator(
    viewer: Viewer | null,
    groupId: string,
    userId: string,
    facilitator: boolean,
  ): Promise<GroupEntity> {
    requireAdmin(viewer);
    const group = await this.requireGroup(groupId);
    const user = isUuid(userId) ? await this.users.findById(userId) : null;
    if (!user) throw notFound('User');
    if (facilitator) {
      if (group.archivedAt) throw conflict('This group is archived.');
      await this.groups.setRole(group.id, user.id, 'FACILITATOR');
    } else if ((await this.groups.roleOf(user.id, group.id)) === 'FACILITATOR') {
      await this.groups.setRole(group.id, user.id, 'MEMBER');
    }
    return group;
  }

  async create(viewer: Viewer | null, input: NewGroup): Promise<GroupEntity> {
    requireAdmin(viewer);
    return this.groups.insert({ ...input, ...parseGroup(input) }).catch(slugTaken);
  }

  async update(viewer: Viewer | null, groupId: string, changes: GroupChanges): Promise<GroupEntity> {
    requireAdmin(viewer);
    const group = await this.requireGroup(groupId);
    const archivedAt = changes.archived == null ? {} : { archivedAt: changes.archived ? new Date() : null };
    await this.groups.update(group.id, { ...parseGroup(changes), ...archivedAt }).catch(slugTaken);
    return (await this.groups.findById(group.id))!;
  }

  /** The group with the viewer's role in it, or NOT_FOUND when the viewer may not see it. */
  async requireVisibleGroup(
    viewer: Viewer | null,
    groupId: string,
  ): Promise<{ group: GroupEntity; role: GroupRole | null }> {
    const group = await this.requireGroup(groupId);
    const role = viewer ? await this.groups.roleOf(viewer.userId, group.id) : null;
    if (!groupAccess.canSee(groupActor(viewer), group, role)) throw notFound('Group');
    return { group, role };
  }

  private async requireGroup(groupId: string): Promise<GroupEntity> {
    const group = isUuid(groupId) ? await this.groups.findById(groupId) : null;
    if (!group) throw notFound('Group');
    return group;
  }
}

function requireAdmin(viewer: Viewer | null): Viewer {
  if (requireSignedIn(viewer).role !== 'ADMIN') throw forbidden('Only a coordinator can manage groups.');
  return viewer!;
}

function slugTaken(error: unknown): never {
  if (error instanceof UniqueViolation && error.constraint === 'groups_slug_key') {
    throw conflict('A group with this address exists.', 'slug');
  }
  throw error;
}

function parseGroup(input: GroupChanges): Partial<NewGroup> {
  const parsed: Partial<NewGroup> = {};
  if (input.slug != null) parsed.slug = parseSlug(input.slug);
  if (input.nameId != null) parsed.nameId = parseText('nameId', input.nameId, 2, 60);
  if (input.nameEn != null) parsed.nameEn = parseText('nameEn', input.nameEn, 2, 60);
  if (input.descriptionId != null)
    parsed.descriptionId = parseText('descriptionId', input.descriptionId, 10, 500);
  if (input.descriptionEn != null)
    parsed.descriptionEn = parseText('descriptionEn', input.descriptionEn, 10, 500);
  if (input.visibility != null) parsed.visibility = input.visibility;
  return parsed;
}
