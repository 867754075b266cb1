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
import { ThreadEntity } from './thread.entity.js';

export const POST_VISIBILITIES = ['VISIBLE', 'HELD', 'HIDDEN'] as const;
export type PostVisibility = (typeof POST_VISIBILITIES)[number];

@Entity({ name: 'posts' })
@Index('posts_thread_order_idx', ['threadId', 'createdAt', 'id'])
/** Written by hand in the Forum migration: full-text search over both languages (GIN on an expression). */
@Index('posts_search_idx', { synchronize: false })
/** Written by hand in the Forum migration: one opening post per thread (partial unique index). */
@Index('posts_opening_key', { synchronize: false })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'posts_thread_id_fkey' })
  thread?: ThreadEntity;

  @Index('posts_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'posts_author_id_fkey' })
  author?: UserEntity;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  /** The thread's opening post. */
  @Column({ name: 'is_opening', type: 'boolean', default: false })
  isOpening: boolean;

  /** Markdown as written, kept for editing. */
  @Column({ name: 'body_source', type: 'text' })
  bodySource: string;

  /** Sanitised HTML rendered from bodySource when it was saved. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ name: 'content_warning', type: 'text', nullable: true })
  contentWarning: string | null;

  @Column({ type: 'enum', enum: POST_VISIBILITIES, enumName: 'post_visibility', default: 'VISIBLE' })
  visibility: PostVisibility;

  /**
   * A held or hidden post that only its author and staff may see, not the
   * group's facilitators (a post held for a crisis).
   */
  @Column({ name: 'staff_only', type: 'boolean', default: false })
  staffOnly: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  /** Soft delete by the author; moderators keep the record. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
