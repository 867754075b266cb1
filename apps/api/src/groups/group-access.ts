import type { Viewer } from '../platform/auth/viewer.js';
import type { GroupRole } from './group-membership.entity.js';
import type { GroupEntity } from './group.entity.js';

/**
 * Who may do what in a group: the one home of these rules. `role` is the
 * viewer's membership role in the group, null when not a member.
 */
export const groupAccess = {
  /** Professionals and coordinators work every group's cases, so they read every group. */
  isStaff(viewer: Viewer | null): boolean {
    return viewer?.role === 'PROFESSIONAL' || viewer?.role === 'ADMIN';
  },

  canSee(viewer: Viewer | null, group: GroupEntity, role: GroupRole | null): boolean {
    return !group.archivedAt || role !== null || viewer?.role === 'ADMIN';
  },

  canRead(viewer: Viewer | null, group: GroupEntity, role: GroupRole | null): boolean {
    if (!viewer || !groupAccess.canSee(viewer, group, role)) return false;
    return group.visibility === 'PUBLIC' || role !== null || groupAccess.isStaff(viewer);
  },

  canPost(viewer: Viewer | null, group: GroupEntity, role: GroupRole | null): boolean {
    return viewer !== null && role !== null && !group.archivedAt;
  },

  canModerate(viewer: Viewer | null, role: GroupRole | null): boolean {
    return role === 'FACILITATOR' || groupAccess.isStaff(viewer);
  },
};
