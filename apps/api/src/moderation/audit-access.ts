import { groupActor } from '../groups/group-access.js';
import type { Viewer } from '../platform/auth/viewer.js';
import type { AuditRow } from './audit.repository.js';

/** Entries whose actor is a reader who reported a post. */
const isReport = (entry: Pick<AuditRow, 'action' | 'detail'>) =>
  entry.action === 'POST_FLAGGED' || entry.detail.source === 'flag';

export const auditAccess = {
  /**
   * Who did it, in a case's history: staff see everyone; a facilitator does
   * not learn which member reported another (they are peers in one group).
   */
  showsActor(viewer: Viewer | null, entry: Pick<AuditRow, 'action' | 'detail'>): boolean {
    return groupActor(viewer)?.staff === true || !isReport(entry);
  },
};
