import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MESSAGE_COLUMNS, type MessageRow } from './support.rows.js';

/** Messages are read oldest first; the cursor is the last row's sort key. */
export type MessageCursor = [createdKey: string, id: string];

export interface MessagePageKey {
  conversationId: string;
  after: MessageCursor | null;
}

@Injectable()
export class SupportMessageRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    manager: EntityManager,
    input: { conversationId: string; senderId: string; body: string },
  ): Promise<MessageRow> {
    const [row] = await manager.query(
      `INSERT INTO support_messages AS m (conversation_id, sender_id, body) VALUES ($1, $2, $3)
       RETURNING ${MESSAGE_COLUMNS}`,
      [input.conversationId, input.senderId, input.body],
    );
    return row;
  }

  async findByIds(ids: readonly string[]): Promise<MessageRow[]> {
    return this.db.query(`SELECT ${MESSAGE_COLUMNS} FROM support_messages m WHERE m.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /** One page (up to `limit` rows, oldest first) for each key, in one statement; the pages in the keys' order. */
  async pages(keys: readonly MessagePageKey[], limit: number): Promise<MessageRow[][]> {
    const rows: (MessageRow & { ord: string })[] = await this.db.query(
      `SELECT k.ord, page.* FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[])
         WITH ORDINALITY AS k(conversation_id, after_at, after_id, ord)
       CROSS JOIN LATERAL (
         SELECT ${MESSAGE_COLUMNS} FROM support_messages m
         WHERE m.conversation_id = k.conversation_id
           AND (k.after_at IS NULL OR (m.created_at, m.id) > (k.after_at, k.after_id))
         ORDER BY m.created_at, m.id
         LIMIT $4
       ) page
       ORDER BY k.ord, page."createdAt", page.id`,
      [
        keys.map((key) => key.conversationId),
        keys.map((key) => key.after?.[0] ?? null),
        keys.map((key) => key.after?.[1] ?? null),
        limit,
      ],
    );
    const pages = keys.map((): MessageRow[] => []);
    for (const { ord, ...row } of rows) pages[Number(ord) - 1]!.push(row);
    return pages;
  }

  /** Per conversation: messages from the other person that the reader has not read. */
  async unreadCounts(conversationIds: readonly string[], readerId: string): Promise<Map<string, number>> {
    const rows: { conversationId: string; count: number }[] = await this.db.query(
      `SELECT conversation_id AS "conversationId", count(*)::int AS count FROM support_messages
       WHERE conversation_id = ANY($1::uuid[]) AND sender_id <> $2 AND read_at IS NULL
       GROUP BY conversation_id`,
      [conversationIds, readerId],
    );
    return new Map(rows.map((row) => [row.conversationId, row.count]));
  }

  async markRead(conversationId: string, readerId: string): Promise<void> {
    await this.db.query(
      `UPDATE support_messages SET read_at = now()
       WHERE conversation_id = $1 AND sender_id <> $2 AND read_at IS NULL`,
      [conversationId, readerId],
    );
  }
}
