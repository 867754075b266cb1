import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = [
  'CASE_OPENED',
  'CASE_RAISED',
  'POST_SCREENED',
  'POST_FLAGGED',
  'POST_HELD',
  'POST_HIDDEN',
  'POST_RESTORED',
  'THREAD_LOCKED',
  'CASE_CLAIMED',
  'CASE_ESCALATED',
  'DEADLINE_ESCALATED',
  'CASE_NOTE_ADDED',
  'CASE_RESOLVED',
  'AUTHOR_REVEALED',
  'SUPPORT_CONVERSATION_OPENED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One line of the append-only audit log. A trigger written in the Moderation
 * migration refuses UPDATE and DELETE. The ids are plain columns without
 * foreign keys on purpose: the record outlives what it talks about.
 */
@Entity({ name: 'audit_entries' })
@Index('audit_entries_order_idx', ['createdAt', 'id'])
@Index('audit_entries_case_idx', ['caseId', 'createdAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: AUDIT_ACTIONS, enumName: 'audit_action' })
  action: AuditAction;

  /** Who did it; null for the system (screening, deadlines). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  /** The person the action concerns (an author revealed, a member contacted). */
  @Column({ name: 'subject_user_id', type: 'uuid', nullable: true })
  subjectUserId: string | null;

  /** What else is worth keeping: severity, queue, resolution, matched rules, … */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, unknown>;

  /** The clock at the insert, not the transaction's start: entries of one transaction keep their order. */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
