/** The live events, their channels and payloads. Payloads carry ids only; subscribers load what they may see. */
export const LiveEvents = {
  postAdded: (threadId: string) => `post-added.${threadId}`,
  notificationAdded: (userId: string) => `notification-added.${userId}`,
} as const;

export interface PostAddedEvent {
  postId: string;
  threadId: string;
}

export interface NotificationAddedEvent {
  notificationId: string;
  userId: string;
}
