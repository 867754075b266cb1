import type { ReadScope } from '../forum/read-scope.js';
import type { QueueKind } from './moderation-case.entity.js';

/**
 * The one home of who may see and work which cases, given the viewer's scope
 * (staff: professionals and coordinators; the groups they facilitate).
 */
export const caseAccess = {
  /** The professional queue is staff's; a facilitator queue is its groups' facilitators' (and staff's). */
  canOpenQueue(worker: ReadScope, queue: QueueKind): boolean {
    return worker.staff || (queue === 'FACILITATOR' && worker.facilitatedGroupIds.length > 0);
  },

  /** The groups whose cases the worker sees in a queue; null for all. */
  queueGroups(worker: ReadScope): string[] | null {
    return worker.staff ? null : worker.facilitatedGroupIds;
  },

  canWork(worker: ReadScope, kase: { queue: QueueKind; groupId: string | null }): boolean {
    if (worker.staff) return true;
    return (
      kase.queue === 'FACILITATOR' &&
      kase.groupId !== null &&
      worker.facilitatedGroupIds.includes(kase.groupId)
    );
  },
};
