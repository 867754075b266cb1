import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PostEntity } from './post.entity.js';

/** A post's earlier text, saved on each edit; only moderators read it. */
@Entity({ name: 'post_revisions' })
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('post_revisions_post_id_idx')
  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'post_revisions_post_id_fkey' })
  post?: PostEntity;

  @Column({ name: 'body_source', type: 'text' })
  bodySource: string;

  @Column({ name: 'content_warning', type: 'text', nullable: true })
  contentWarning: string | null;

  /** When this text was replaced. */
  @CreateDateColumn({ name: 'replaced_at', type: 'timestamptz' })
  replacedAt: Date;
}
