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
import { GroupEntity } from '../groups/group.entity.js';

@Entity({ name: 'threads' })
/** The group's thread list: pinned first, then by last activity. */
@Index('threads_group_order_idx', ['groupId', 'pinned', 'lastActivityAt', 'id'])
/** Written by hand in the Forum migration: full-text search of titles in both languages. */
@Index('threads_search_idx', { synchronize: false })
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'threads_group_id_fkey' })
  group?: GroupEntity;

  @Index('threads_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'threads_author_id_fkey' })
  author?: UserEntity;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Time of the newest post everyone can see; held posts do not move it, so they leak no timing. */
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;
}
