/** The live events, their channels and payloads. Payloads carry ids only; subscribers load what they may see. */
export const LiveEvents = {
  postAdded: (threadId: string) => `post-added.${threadId}`,
  notificationAdded: (userId: string) => `notification-added.${userId}`,
  caseQueued: (queue: string) => `case-queued.${queue}`,
  supportMessageAdded: (conversationId: string) => `support-message-added.${conversationId}`,
} as const;

export interface PostAddedEvent {
  postId: string;
  threadId: string;
}

export interface NotificationAddedEvent {
  notificationId: string;
  userId: string;
}

/** A case opened, raised into a queue, or escalated. */
export interface CaseQueuedEvent {
  caseId: string;
}

/** A message in a support conversation (for its two people only). */
export interface SupportMessageAddedEvent {
  messageId: string;
  conversationId: string;
}
