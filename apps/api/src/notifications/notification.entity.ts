import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { PostEntity } from '../forum/post.entity.js';
import { ModerationCaseEntity } from '../moderation/moderation-case.entity.js';
import { SupportConversationEntity } from '../support/support-conversation.entity.js';

export const NOTIFICATION_KINDS = [
  'REPLY_TO_THREAD',
  'REPLY_TO_POST',
  'CASE_ESCALATED',
  'SUPPORT_MESSAGE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

@Entity({ name: 'notifications' })
/** A user's list, newest first, and the unread count. */
@Index('notifications_user_order_idx', ['userId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** The post the notification is about (the reply). */
  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'notifications_post_id_fkey' })
  post?: PostEntity;

  /** The case an escalation notice is about. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => ModerationCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'notifications_case_id_fkey' })
  case?: ModerationCaseEntity;

  /** The support conversation a message notice is about. */
  @Column({ name: 'conversation_id', type: 'uuid', nullable: true })
  conversationId: string | null;

  @ManyToOne(() => SupportConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id', foreignKeyConstraintName: 'notifications_conversation_id_fkey' })
  conversation?: SupportConversationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
