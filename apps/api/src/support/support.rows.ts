/** A support conversation as read for the API. */
export interface ConversationRow {
  id: string;
  caseId: string;
  professionalId: string;
  memberId: string;
  createdAt: Date;
  lastMessageAt: Date;
}

/** A message of a support conversation. */
export interface MessageRow {
  id: string;
  conversationId: string;
  senderId: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
  /** created_at as Postgres prints it (for cursors). */
  createdKey: string;
}

export const CONVERSATION_COLUMNS = `c.id, c.case_id AS "caseId", c.professional_id AS "professionalId",
  c.member_id AS "memberId", c.created_at AS "createdAt", c.last_message_at AS "lastMessageAt"`;

export const MESSAGE_COLUMNS = `m.id, m.conversation_id AS "conversationId", m.sender_id AS "senderId", m.body,
  m.created_at AS "createdAt", m.read_at AS "readAt", m.created_at::text AS "createdKey"`;
