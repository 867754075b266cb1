import type { EntityManager } from 'typeorm';
import type { JobName, JobPayloads } from './jobs.js';

/** Work to do once the job's transaction has committed (live events, for instance). */
export type AfterCommit = () => Promise<void>;

/**
 * Runs one kind of job. `run` executes inside the transaction that marks the
 * job's outbox record done, so its database effects happen exactly once even
 * when BullMQ delivers the job again (a worker killed mid-job, a re-relay).
 */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  run(payload: JobPayloads[N], manager: EntityManager): Promise<AfterCommit | void>;
}

/** Injection token of the list of every handler the worker runs. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
