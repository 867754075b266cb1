import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { PostEntity } from './post.entity.js';

/** The supportive reactions; deliberately no "dislike". */
export const REACTION_KINDS = ['HUG', 'SUPPORT', 'SAME_HERE', 'THANKS', 'STRENGTH'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

@Entity({ name: 'post_reactions' })
export class ReactionEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'enum', enum: REACTION_KINDS, enumName: 'reaction_kind' })
  kind: ReactionKind;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'post_reactions_post_id_fkey' })
  post?: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'post_reactions_user_id_fkey' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
