import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CASE_COLUMNS, type CaseRow } from './case.rows.js';
import type { CaseStatus, QueueKind, Resolution, RiskLevel } from './moderation-case.entity.js';

/** Queue order: worst first, then oldest. The cursor is the last row's sort key. */
export type CaseCursor = [severity: RiskLevel, createdKey: string, id: string];

export interface QueueFilter {
  queue: QueueKind;
  /** null: every case not resolved yet. */
  status: CaseStatus | null;
  /** Only these groups' cases (a facilitator's queue); null for all. */
  groupIds: string[] | null;
  after: CaseCursor | null;
  limit: number;
}

export interface CaseChange {
  queue: QueueKind;
  severity: RiskLevel;
  categories: string[];
  dueAt: Date;
  /** Moving to another queue gives the case back to that queue's people. */
  reopen: boolean;
}

const RETURNING = `RETURNING ${CASE_COLUMNS.replaceAll('c.', '')}`;

@Injectable()
export class CaseRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<CaseRow[]> {
    return this.db.query(`SELECT ${CASE_COLUMNS} FROM moderation_cases c WHERE c.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /** Locks the case for a change in this transaction. */
  async lock(manager: EntityManager, id: string): Promise<CaseRow | null> {
    const [row] = await manager.query(
      `SELECT ${CASE_COLUMNS} FROM moderation_cases c WHERE c.id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /**
   * The post's unresolved case, locked; serialises every signal about one post
   * (an advisory lock, because there may be no row to lock yet).
   */
  async lockOpenForPost(manager: EntityManager, postId: string): Promise<CaseRow | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`case:${postId}`]);
    const [row] = await manager.query(
      `SELECT ${CASE_COLUMNS} FROM moderation_cases c
       WHERE c.post_id = $1 AND c.status <> 'RESOLVED' FOR UPDATE`,
      [postId],
    );
    return row ?? null;
  }

  async insertPostCase(
    manager: EntityManager,
    input: {
      postId: string;
      groupId: string;
      queue: QueueKind;
      severity: RiskLevel;
      categories: string[];
      dueAt: Date;
    },
  ): Promise<CaseRow> {
    const [row] = await manager.query(
      `INSERT INTO moderation_cases (kind, queue, severity, categories, post_id, group_id, due_at)
       VALUES ('POST', $1, $2, $3, $4, $5, $6) ${RETURNING}`,
      [input.queue, input.severity, input.categories, input.postId, input.groupId, input.dueAt],
    );
    return row;
  }

  async change(manager: EntityManager, id: string, change: CaseChange): Promise<CaseRow> {
    const [[row]] = await manager.query(
      `UPDATE moderation_cases SET queue = $2, severity = $3, categories = $4, due_at = $5,
         status = CASE WHEN $6 THEN 'OPEN'::case_status ELSE status END,
         assignee_id = CASE WHEN $6 THEN NULL ELSE assignee_id END,
         claimed_at = CASE WHEN $6 THEN NULL ELSE claimed_at END,
         updated_at = now()
       WHERE id = $1 ${RETURNING}`,
      [id, change.queue, change.severity, change.categories, change.dueAt, change.reopen],
    );
    return row;
  }

  /** Claims an open case; null when someone else was first (or it is not open). */
  async claim(manager: EntityManager, id: string, assigneeId: string): Promise<CaseRow | null> {
    const [rows] = await manager.query(
      `UPDATE moderation_cases SET status = 'CLAIMED', assignee_id = $2, claimed_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'OPEN' ${RETURNING}`,
      [id, assigneeId],
    );
    return rows[0] ?? null;
  }

  async resolve(
    manager: EntityManager,
    id: string,
    input: { assigneeId: string; resolution: Resolution },
  ): Promise<CaseRow> {
    const [[row]] = await manager.query(
      `UPDATE moderation_cases SET status = 'RESOLVED', resolution = $3, resolved_at = now(),
         assignee_id = $2, claimed_at = COALESCE(claimed_at, now()), updated_at = now()
       WHERE id = $1 ${RETURNING}`,
      [id, input.assigneeId, input.resolution],
    );
    return row;
  }

  /**
   * The deadline escalation of a case still open at `level` and past due:
   * level + 1 and a new due time. null when the case was claimed, resolved or
   * escalated already (the job or sweep came late or twice).
   */
  async escalateOverdue(
    manager: EntityManager,
    id: string,
    level: number,
    nextDueAt: Date,
  ): Promise<CaseRow | null> {
    const [rows] = await manager.query(
      `UPDATE moderation_cases SET escalation_level = escalation_level + 1, due_at = $3, updated_at = now()
       WHERE id = $1 AND status = 'OPEN' AND escalation_level = $2 AND escalation_level < 3 AND due_at <= now()
       ${RETURNING}`,
      [id, level, nextDueAt],
    );
    return rows[0] ?? null;
  }

  /** Open cases past due that can still escalate, oldest due first. */
  async listOverdue(limit: number): Promise<{ id: string; escalationLevel: number }[]> {
    return this.db.query(
      `SELECT id, escalation_level AS "escalationLevel" FROM moderation_cases
       WHERE status = 'OPEN' AND escalation_level < 3 AND due_at <= now()
       ORDER BY due_at LIMIT $1`,
      [limit],
    );
  }

  async listQueue(filter: QueueFilter): Promise<CaseRow[]> {
    const params: unknown[] = [filter.queue, filter.status, filter.groupIds, filter.limit];
    let after = '';
    if (filter.after) {
      params.push(...filter.after);
      after = `AND (c.severity < $5::risk_level OR (c.severity = $5::risk_level
               AND (c.created_at, c.id) > ($6::timestamptz, $7::uuid)))`;
    }
    return this.db.query(
      `SELECT ${CASE_COLUMNS} FROM moderation_cases c
       WHERE c.queue = $1
         AND (CASE WHEN $2::case_status IS NULL THEN c.status <> 'RESOLVED' ELSE c.status = $2::case_status END)
         AND ($3::uuid[] IS NULL OR c.group_id = ANY($3::uuid[]))
         ${after}
       ORDER BY c.severity DESC, c.created_at, c.id
       LIMIT $4`,
      params,
    );
  }
}
