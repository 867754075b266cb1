/**
 * What one signed-in viewer may read beyond what everyone sees: their own
 * held or hidden posts, and every post of the groups they moderate (all
 * groups for staff). Built once per request.
 */
export interface ReadScope {
  userId: string;
  staff: boolean;
  facilitatedGroupIds: string[];
}

/**
 * SQL for "this post is shown to the viewer" given aliases p (posts) and t
 * (threads) and the scope's parameters at $viewer, $staff and $facilitated.
 * A post held for a crisis (staff_only) is not shown to the group's facilitators.
 */
export const postVisibleSql = (viewer: string, staff: string, facilitated: string) =>
  `(p.visibility = 'VISIBLE' OR p.author_id = ${viewer} OR ${staff}
    OR (t.group_id = ANY(${facilitated}) AND NOT p.staff_only))`;

/** SQL for "the viewer may read this group's threads" given alias g (groups) and the scope's parameters. */
export const groupReadableSql = (viewer: string, staff: string) =>
  `(${staff} OR (g.visibility = 'PUBLIC' AND g.archived_at IS NULL) OR EXISTS (
     SELECT 1 FROM group_memberships m WHERE m.group_id = g.id AND m.user_id = ${viewer}))`;
