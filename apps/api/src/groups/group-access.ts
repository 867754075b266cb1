import type { Viewer } from '../platform/auth/viewer.js';
import type { GroupRole } from './group-membership.entity.js';
import type { GroupEntity } from './group.entity.js';

/** A signed-in person as group rules see them; null is a visitor who is not signed in. */
export interface GroupActor {
  /** Professionals and coordinators work every group's cases, so they read and moderate every group. */
  staff: boolean;
}

export function groupActor(viewer: Viewer | null): GroupActor | null {
  return viewer && { staff: viewer.role === 'PROFESSIONAL' || viewer.role === 'ADMIN' };
}

/**
 * Who may do what in a group: the one home of these rules. `role` is the
 * actor's membership role in the group, null when not a member.
 */
export const groupAccess = {
  /** Archived groups stay visible to their members and to staff. */
  canSee(actor: GroupActor | null, group: GroupEntity, role: GroupRole | null): boolean {
    return !group.archivedAt || role !== null || actor?.staff === true;
  },

  canRead(actor: GroupActor | null, group: GroupEntity, role: GroupRole | null): boolean {
    if (!actor || !groupAccess.canSee(actor, group, role)) return false;
    return group.visibility === 'PUBLIC' || role !== null || actor.staff;
  },

  canPost(actor: GroupActor | null, group: GroupEntity, role: GroupRole | null): boolean {
    return actor !== null && (role !== null || actor.staff) && !group.archivedAt;
  },

  canModerate(actor: GroupActor | null, role: GroupRole | null): boolean {
    return role === 'FACILITATOR' || actor?.staff === true;
  },
};
