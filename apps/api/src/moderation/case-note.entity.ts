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
import { ModerationCaseEntity } from './moderation-case.entity.js';

/** A private note on a case, read only by those who may work the case. */
@Entity({ name: 'case_notes' })
@Index('case_notes_case_order_idx', ['caseId', 'createdAt'])
export class CaseNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ModerationCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_notes_case_id_fkey' })
  case?: ModerationCaseEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'case_notes_author_id_fkey' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
