/**
 * Which forms and links to offer, from the viewer's global roles. Only a
 * choice of what to show: the API decides what each person may do.
 */
type WithRoles = { roles: readonly string[] } | null | undefined;

/** Professionals and coordinators: they work the professional queue and every group's. */
export function isStaff(user: WithRoles): boolean {
  return !!user && (user.roles.includes('PROFESSIONAL') || user.roles.includes('ADMIN'));
}

export function isProfessional(user: WithRoles): boolean {
  return !!user && user.roles.includes('PROFESSIONAL');
}

export function isAdmin(user: WithRoles): boolean {
  return !!user && user.roles.includes('ADMIN');
}
