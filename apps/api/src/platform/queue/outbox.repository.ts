import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobName, JobPayloads } from './jobs.js';

export interface OutboxRecord {
  id: string;
  jobName: JobName;
  payload: Record<string, unknown>;
  runAt: Date;
}

/** The outbox: jobs written in the same transaction as the change that asks for them. */
@Injectable()
export class OutboxRepository {
  async add<N extends JobName>(
    manager: EntityManager,
    jobName: N,
    payload: JobPayloads[N],
    runAt?: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outbox (job_name, payload, run_at) VALUES ($1, $2, COALESCE($3, now()))`,
      [jobName, JSON.stringify(payload), runAt ?? null],
    );
  }

  /** Locks up to `limit` records not yet relayed, oldest first; other relays skip them. */
  async lockUnrelayed(manager: EntityManager, limit: number): Promise<OutboxRecord[]> {
    const rows: { id: string; job_name: JobName; payload: Record<string, unknown>; run_at: Date }[] =
      await manager.query(
        `SELECT id, job_name, payload, run_at FROM outbox
         WHERE relayed_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
    return rows.map((row) => ({
      id: row.id,
      jobName: row.job_name,
      payload: row.payload,
      runAt: row.run_at,
    }));
  }

  async markRelayed(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE outbox SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Locks a record for its job; null when it is done already (a repeated delivery) or unknown. */
  async lockUndone(manager: EntityManager, id: string): Promise<{ id: string } | null> {
    const [row] = await manager.query(`SELECT id FROM outbox WHERE id = $1 AND done_at IS NULL FOR UPDATE`, [
      id,
    ]);
    return row ?? null;
  }

  async markDone(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE outbox SET done_at = now() WHERE id = $1`, [id]);
  }

  /**
   * Hands back to the relay the records whose job was lost (Redis restarted
   * empty, a job that failed for good): relayed long ago, due long ago, not done.
   */
  async releaseLost(manager: EntityManager, olderThanMs: number): Promise<number> {
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE outbox SET relayed_at = NULL
       WHERE done_at IS NULL AND relayed_at IS NOT NULL
         AND relayed_at < now() - make_interval(secs => $1 / 1000.0)
         AND run_at < now() - make_interval(secs => $1 / 1000.0)`,
      [olderThanMs],
    );
    return count;
  }

  /** Forgets done records after a week; the changes they caused are in their own tables. */
  async prune(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM outbox WHERE done_at < now() - interval '7 days'`);
  }
}
