import type { DataSourceOptions } from 'typeorm';
import { SessionEntity } from '../../accounts/session.entity.js';
import { UserEntity } from '../../accounts/user.entity.js';
import { GroupMembershipEntity } from '../../groups/group-membership.entity.js';
import { GroupEntity } from '../../groups/group.entity.js';
import { PostRevisionEntity } from '../../forum/post-revision.entity.js';
import { PostEntity } from '../../forum/post.entity.js';
import { ReactionEntity } from '../../forum/reaction.entity.js';
import { ThreadEntity } from '../../forum/thread.entity.js';
import { NotificationEntity } from '../../notifications/notification.entity.js';
import { AuditEntryEntity } from '../../moderation/audit-entry.entity.js';
import { CaseNoteEntity } from '../../moderation/case-note.entity.js';
import { FlagEntity } from '../../moderation/flag.entity.js';
import { ModerationCaseEntity } from '../../moderation/moderation-case.entity.js';
import { SupportConversationEntity } from '../../support/support-conversation.entity.js';
import { SupportMessageEntity } from '../../support/support-message.entity.js';
import { OutboxRecordEntity } from '../queue/outbox-record.entity.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { SafetyResourceEntity } from '../../safety/safety-resource.entity.js';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  SafetyResourceEntity,
  GroupEntity,
  GroupMembershipEntity,
  ThreadEntity,
  PostEntity,
  PostRevisionEntity,
  ReactionEntity,
  NotificationEntity,
  OutboxRecordEntity,
  ModerationCaseEntity,
  FlagEntity,
  CaseNoteEntity,
  AuditEntryEntity,
  SupportConversationEntity,
  SupportMessageEntity,
];

/** The one TypeORM configuration, shared by the API, the worker, migrations and tests. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // Connections stay open through quiet minutes: pg's default closes them after 10 s idle, and
    // under uneven load the pool then keeps opening fresh backends, each slow until it has
    // planned its prepared statements and filled its caches (measured: periodic ~1 s stalls).
    extra: { max: 20, idleTimeoutMillis: 300_000, application_name: 'sebaya' },
  };
}
