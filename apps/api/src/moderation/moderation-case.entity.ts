import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { PostEntity } from '../forum/post.entity.js';
import { GroupEntity } from '../groups/group.entity.js';

/** Declared lowest first: PostgreSQL orders enum values by declaration, so `severity DESC` is "worst first". */
export const RISK_LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRISIS'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const QUEUE_KINDS = ['FACILITATOR', 'PROFESSIONAL'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export const CASE_KINDS = ['POST', 'REFERRAL', 'DEBRIEF'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = ['OPEN', 'CLAIMED', 'RESOLVED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const RESOLUTIONS = [
  'NO_ACTION',
  'REACHED_OUT',
  'HIDDEN_POST',
  'RESTORED_POST',
  'REFERRED',
  'EMERGENCY',
] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

@Entity({ name: 'moderation_cases' })
@Check('moderation_cases_escalation_level_check', `"escalation_level" BETWEEN 0 AND 3`)
/** Written by hand in the Moderation migration: at most one unresolved case per post (partial unique index). */
@Index('moderation_cases_open_post_key', { synchronize: false })
/** Written by hand: a queue's open work, worst first then oldest (severity DESC, created_at, id). */
@Index('moderation_cases_queue_order_idx', { synchronize: false })
/** Written by hand: the deadline sweep's unclaimed, not fully escalated cases by due time. */
@Index('moderation_cases_due_idx', { synchronize: false })
export class ModerationCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: CASE_KINDS, enumName: 'case_kind', default: 'POST' })
  kind: CaseKind;

  @Column({ type: 'enum', enum: QUEUE_KINDS, enumName: 'queue_kind' })
  queue: QueueKind;

  @Column({ type: 'enum', enum: RISK_LEVELS, enumName: 'risk_level' })
  severity: RiskLevel;

  @Column({ type: 'enum', enum: CASE_STATUSES, enumName: 'case_status', default: 'OPEN' })
  status: CaseStatus;

  /** Screening categories and flag reasons seen so far; they only accumulate. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Index('moderation_cases_post_id_idx')
  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'moderation_cases_post_id_fkey' })
  post?: PostEntity;

  @Index('moderation_cases_group_id_idx')
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'moderation_cases_group_id_fkey' })
  group?: GroupEntity;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'moderation_cases_assignee_id_fkey' })
  assignee?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** When an unclaimed case escalates next. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** Deadline escalations so far, 0 to 3. */
  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'enum', enum: RESOLUTIONS, enumName: 'case_resolution', nullable: true })
  resolution: Resolution | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
