import { SupportConversationsDocument } from '$lib/graphql/generated/graphql';
import { isStaff } from '$lib/server/roles';
import { requireUser } from '$lib/server/session';
import type { PageServerLoad } from './$types';

/** The viewer's support conversations, as member or as professional, newest activity first. */
export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const { supportConversations } = await event.locals.api.request(SupportConversationsDocument);
  return {
    conversations: supportConversations.map((conversation) => {
      // The viewer is one of the two: show the other.
      const asProfessional = conversation.professional.id === user.id;
      return {
        id: conversation.id,
        caseId: conversation.caseId,
        lastMessageAt: conversation.lastMessageAt,
        unreadCount: conversation.unreadCount,
        asProfessional,
        other: (asProfessional ? conversation.member : conversation.professional).displayName,
      };
    }),
    staff: isStaff(user),
  };
};
