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
import { ModerationCaseEntity } from '../moderation/moderation-case.entity.js';

/** A private conversation a professional opens with the author of a case's post. */
@Entity({ name: 'support_conversations' })
@Index('support_conversations_case_professional_key', ['caseId', 'professionalId'], { unique: true })
export class SupportConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ModerationCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'support_conversations_case_id_fkey' })
  case?: ModerationCaseEntity;

  @Index('support_conversations_professional_id_idx')
  @Column({ name: 'professional_id', type: 'uuid' })
  professionalId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'professional_id',
    foreignKeyConstraintName: 'support_conversations_professional_id_fkey',
  })
  professional?: UserEntity;

  @Index('support_conversations_member_id_idx')
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'support_conversations_member_id_fkey' })
  member?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Time of the newest message; orders the inbox. */
  @Column({ name: 'last_message_at', type: 'timestamptz', default: () => 'now()' })
  lastMessageAt: Date;
}
