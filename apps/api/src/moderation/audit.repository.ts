import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction } from './audit-entry.entity.js';

export interface AuditRecord {
  action: AuditAction;
  /** null for the system: screening, deadlines. */
  actorId: string | null;
  caseId?: string | null;
  postId?: string | null;
  subjectUserId?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditRow extends Required<AuditRecord> {
  id: string;
  createdAt: Date;
  createdKey: string;
}

export type AuditCursor = [createdKey: string, id: string];

const AUDIT_COLUMNS = `a.id, a.action, a.actor_id AS "actorId", a.case_id AS "caseId", a.post_id AS "postId",
  a.subject_user_id AS "subjectUserId", a.detail, a.created_at AS "createdAt", a.created_at::text AS "createdKey"`;

/** The append-only audit log. Entries are written in the transaction of what they record. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async append(manager: EntityManager, ...records: AuditRecord[]): Promise<void> {
    for (const record of records) {
      await manager.query(
        `INSERT INTO audit_entries (action, actor_id, case_id, post_id, subject_user_id, detail)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          record.action,
          record.actorId,
          record.caseId ?? null,
          record.postId ?? null,
          record.subjectUserId ?? null,
          JSON.stringify(record.detail ?? {}),
        ],
      );
    }
  }

  /** The cases' histories, oldest first. */
  async listForCases(caseIds: readonly string[]): Promise<AuditRow[]> {
    return this.db.query(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entries a WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
      [caseIds],
    );
  }

  /** The whole log, newest first. */
  async list(options: {
    after: AuditCursor | null;
    limit: number;
    caseId: string | null;
  }): Promise<AuditRow[]> {
    return this.db.query(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entries a
       WHERE ($2::uuid IS NULL OR a.case_id = $2)
         AND ($3::timestamptz IS NULL OR (a.created_at, a.id) < ($3::timestamptz, $4::uuid))
       ORDER BY a.created_at DESC, a.id DESC LIMIT $1`,
      [options.limit, options.caseId, options.after?.[0] ?? null, options.after?.[1] ?? null],
    );
  }
}
