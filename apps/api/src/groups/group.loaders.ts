import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { UserEntity } from '../accounts/user.entity.js';
import type { Viewer } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import type { GroupRole } from './group-membership.entity.js';
import type { GroupEntity } from './group.entity.js';
import { GroupRepository } from './group.repository.js';

const byKey = <K, V>(keys: readonly K[], found: Map<K, V>, fallback: V) =>
  keys.map((key) => found.get(key) ?? fallback);

/**
 * The per-request DataLoaders of groups, one set for every module: a group
 * or the viewer's role in it is read once per request, whoever asks
 * (Group.viewerRole, the forum's read checks).
 */
@Injectable()
export class GroupLoaders {
  constructor(private readonly repository: GroupRepository) {}

  group(loaders: Loaders, id: string): Promise<GroupEntity | null> {
    return loaders.get(this.groups).load(id);
  }

  /** Remembers a group this request has already read. */
  knownGroup(loaders: Loaders, group: GroupEntity): void {
    loaders.get(this.groups).prime(group.id, group);
  }

  /** The viewer's role in the group; null when not a member or not signed in. */
  viewerRole(loaders: Loaders, groupId: string): Promise<GroupRole | null> {
    return loaders.get(this.viewerRoles).load(groupId);
  }

  /** Remembers the viewer's role in a group, read by this request along with something else. */
  knownViewerRole(loaders: Loaders, groupId: string, role: GroupRole | null): void {
    loaders.get(this.viewerRoles).prime(groupId, role);
  }

  memberCount(loaders: Loaders, groupId: string): Promise<number> {
    return loaders.get(this.memberCounts).load(groupId);
  }

  facilitators(loaders: Loaders, groupId: string): Promise<UserEntity[]> {
    return loaders.get(this.facilitatorLists).load(groupId);
  }

  private readonly groups = () =>
    new DataLoader<string, GroupEntity | null>(async (ids) => {
      const groups = await this.repository.findByIds(ids);
      return byKey(ids, new Map(groups.map((group) => [group.id, group])), null);
    });

  private readonly viewerRoles = (viewer: Viewer | null) =>
    new DataLoader<string, GroupRole | null>(async (ids) => {
      const roles = viewer ? await this.repository.rolesOf(viewer.userId, ids) : new Map<string, GroupRole>();
      return byKey(ids, roles, null);
    });

  private readonly memberCounts = () =>
    new DataLoader<string, number>(async (ids) => byKey(ids, await this.repository.memberCounts(ids), 0));

  private readonly facilitatorLists = () =>
    new DataLoader<string, UserEntity[]>(async (ids) =>
      byKey(ids, await this.repository.facilitators(ids), []),
    );
}
