import type { CaseKind, CaseStatus, QueueKind, Resolution, RiskLevel } from './moderation-case.entity.js';

/** A case as read for the API and the worker. */
export interface CaseRow {
  id: string;
  kind: CaseKind;
  queue: QueueKind;
  severity: RiskLevel;
  status: CaseStatus;
  categories: string[];
  postId: string | null;
  groupId: string | null;
  assigneeId: string | null;
  createdAt: Date;
  dueAt: Date;
  escalationLevel: number;
  resolution: Resolution | null;
  resolvedAt: Date | null;
  /** created_at as Postgres prints it (for cursors). */
  createdKey: string;
}

export const CASE_COLUMNS = `c.id, c.kind, c.queue, c.severity, c.status, c.categories,
  c.post_id AS "postId", c.group_id AS "groupId", c.assignee_id AS "assigneeId",
  c.created_at AS "createdAt", c.due_at AS "dueAt", c.escalation_level AS "escalationLevel",
  c.resolution, c.resolved_at AS "resolvedAt", c.created_at::text AS "createdKey"`;
