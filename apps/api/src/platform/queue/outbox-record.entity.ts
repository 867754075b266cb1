import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work for the worker, written in the same transaction as the change that
 * asks for it; the relay moves it into BullMQ with the record's id as job id.
 */
@Entity({ name: 'outbox' })
/** Written by hand in the Moderation migration: the records still to relay (partial index). */
@Index('outbox_pending_idx', { synchronize: false })
export class OutboxRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A job name of the job registry. */
  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** The earliest time the job may run (delayed jobs such as deadlines). */
  @Column({ name: 'run_at', type: 'timestamptz', default: () => 'now()' })
  runAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the relay handed it to BullMQ. */
  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** When a handler finished it; a job whose record is done is not run again. */
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}
