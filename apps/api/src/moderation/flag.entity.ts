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

export const FLAG_REASONS = [
  'RISK_OF_HARM',
  'HARASSMENT',
  'SPAM',
  'UNSAFE_ADVICE',
  'OFF_TOPIC',
  'OTHER',
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/** A reader's report of a post. One per person per post. */
@Entity({ name: 'flags' })
@Index('flags_post_flagger_key', ['postId', 'flaggerId'], { unique: true })
export class FlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'flags_post_id_fkey' })
  post?: PostEntity;

  @Index('flags_flagger_id_idx')
  @Column({ name: 'flagger_id', type: 'uuid' })
  flaggerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flagger_id', foreignKeyConstraintName: 'flags_flagger_id_fkey' })
  flagger?: UserEntity;

  @Column({ type: 'enum', enum: FLAG_REASONS, enumName: 'flag_reason' })
  reason: FlagReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
