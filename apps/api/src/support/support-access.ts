import type { ReadScope } from '../forum/read-scope.js';
import { groupActor } from '../groups/group-access.js';
import type { Viewer } from '../platform/auth/viewer.js';
import type { ConversationRow } from './support.rows.js';

type People = Pick<ConversationRow, 'professionalId' | 'memberId'>;

/**
 * The one home of who may see a support conversation: its two people, the
 * professional who opened it and the member who wrote the case's post.
 * To anyone else it does not exist.
 */
export const supportAccess = {
  /** Professionals and coordinators open conversations, on cases they may work (caseAccess.canWork). */
  canOpen(worker: ReadScope): boolean {
    return worker.staff;
  },

  /** The member, or the professional while still staff (someone no longer staff loses the conversation). */
  isParticipant(viewer: Viewer | null, conversation: People): boolean {
    if (!viewer) return false;
    if (viewer.userId === conversation.memberId) return true;
    return viewer.userId === conversation.professionalId && groupActor(viewer)!.staff;
  },

  /** Whom a message from `senderId` notifies. */
  otherPerson(conversation: People, senderId: string): string {
    return senderId === conversation.professionalId ? conversation.memberId : conversation.professionalId;
  },

  /** The case is staff's business: shown to the conversation's professional while staff, never to the member. */
  showsCase(viewer: Viewer | null, conversation: People): boolean {
    return viewer?.userId === conversation.professionalId && groupActor(viewer)!.staff;
  },
};
