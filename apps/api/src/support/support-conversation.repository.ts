import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CONVERSATION_COLUMNS, type ConversationRow } from './support.rows.js';

const RETURNING = `RETURNING ${CONVERSATION_COLUMNS.replaceAll('c.', '')}`;

@Injectable()
export class SupportConversationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<ConversationRow[]> {
    return this.db.query(
      `SELECT ${CONVERSATION_COLUMNS} FROM support_conversations c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The user's conversations as member or as professional, newest activity first. */
  async listFor(userId: string): Promise<ConversationRow[]> {
    return this.db.query(
      `SELECT ${CONVERSATION_COLUMNS} FROM support_conversations c
       WHERE c.professional_id = $1 OR c.member_id = $1
       ORDER BY c.last_message_at DESC, c.id DESC`,
      [userId],
    );
  }

  /** Who wrote the post, also when it was posted anonymously. */
  async postAuthorId(manager: EntityManager, postId: string): Promise<string | null> {
    const [row] = await manager.query(`SELECT author_id AS "authorId" FROM posts WHERE id = $1`, [postId]);
    return row?.authorId ?? null;
  }

  /**
   * The conversation of (case, professional), created when there is none yet.
   * Two requests at once end with one row: the second waits for the first's
   * insert and then reads it.
   */
  async openOrFind(
    manager: EntityManager,
    input: { caseId: string; professionalId: string; memberId: string },
  ): Promise<{ conversation: ConversationRow; created: boolean }> {
    const [inserted] = await manager.query(
      `INSERT INTO support_conversations (case_id, professional_id, member_id) VALUES ($1, $2, $3)
       ON CONFLICT (case_id, professional_id) DO NOTHING ${RETURNING}`,
      [input.caseId, input.professionalId, input.memberId],
    );
    if (inserted) return { conversation: inserted, created: true };
    const [existing] = await manager.query(
      `SELECT ${CONVERSATION_COLUMNS} FROM support_conversations c WHERE c.case_id = $1 AND c.professional_id = $2`,
      [input.caseId, input.professionalId],
    );
    return { conversation: existing, created: false };
  }

  /** Moves the conversation's last activity to a new message's time. */
  async touch(manager: EntityManager, id: string, at: Date): Promise<ConversationRow> {
    const [[row]] = await manager.query(
      `UPDATE support_conversations SET last_message_at = GREATEST(last_message_at, $2) WHERE id = $1 ${RETURNING}`,
      [id, at],
    );
    return row;
  }
}
