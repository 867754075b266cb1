import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind } from './notification.entity.js';

export interface NotificationRow {
  id: string;
  userId: string;
  kind: NotificationKind;
  postId: string | null;
  caseId: string | null;
  conversationId: string | null;
  createdAt: Date;
  readAt: Date | null;
  createdKey: string;
}

export type NotificationCursor = [createdKey: string, id: string];

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  postId?: string;
  caseId?: string;
  conversationId?: string;
}

const COLUMNS = `n.id, n.user_id AS "userId", n.kind, n.post_id AS "postId", n.case_id AS "caseId",
  n.conversation_id AS "conversationId", n.created_at AS "createdAt",
  n.read_at AS "readAt", n.created_at::text AS "createdKey"`;

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertMany(manager: EntityManager, notifications: NewNotification[]): Promise<NotificationRow[]> {
    if (notifications.length === 0) return [];
    return manager.query(
      `INSERT INTO notifications AS n (user_id, kind, post_id, case_id, conversation_id)
       SELECT * FROM unnest($1::uuid[], $2::notification_kind[], $3::uuid[], $4::uuid[], $5::uuid[])
       RETURNING ${COLUMNS}`,
      [
        notifications.map((notification) => notification.userId),
        notifications.map((notification) => notification.kind),
        notifications.map((notification) => notification.postId ?? null),
        notifications.map((notification) => notification.caseId ?? null),
        notifications.map((notification) => notification.conversationId ?? null),
      ],
    );
  }

  async findForUser(userId: string, ids: readonly string[]): Promise<NotificationRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM notifications n WHERE n.user_id = $1 AND n.id = ANY($2::uuid[])`,
      [userId, ids],
    );
  }

  /** Newest first. */
  async list(
    userId: string,
    options: { unreadOnly: boolean; limit: number; after: NotificationCursor | null },
  ): Promise<NotificationRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM notifications n
       WHERE n.user_id = $1 AND (NOT $2 OR n.read_at IS NULL)
         AND ($3::timestamptz IS NULL OR (n.created_at, n.id) < ($3, $4::uuid))
       ORDER BY n.created_at DESC, n.id DESC
       LIMIT $5`,
      [userId, options.unreadOnly, ...(options.after ?? [null, null]), options.limit],
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.count;
  }

  /** Marks the user's notices of one support conversation read (the conversation was read). */
  async markConversationRead(userId: string, conversationId: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET read_at = now()
       WHERE user_id = $1 AND conversation_id = $2 AND read_at IS NULL`,
      [userId, conversationId],
    );
  }

  /** Marks the given notifications of the user read, or all of them when ids is null. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET read_at = now()
       WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids],
    );
  }
}
