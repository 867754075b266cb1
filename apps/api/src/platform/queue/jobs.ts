/**
 * The job registry: every job name, the BullMQ queue it runs on and its
 * payload. The worker refuses to start when a name has no handler.
 */
export const JOB_QUEUES = {
  'screen-post': 'screening',
  'case-deadline': 'deadlines',
} as const;

export type JobName = keyof typeof JOB_QUEUES;
export type QueueName = (typeof JOB_QUEUES)[JobName];

export interface JobPayloads {
  'screen-post': { postId: string };
  'case-deadline': { caseId: string; level: number };
}

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];
export const QUEUE_NAMES = [...new Set(Object.values(JOB_QUEUES))] as QueueName[];
