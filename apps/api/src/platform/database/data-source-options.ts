import type { DataSourceOptions } from 'typeorm';
import { SessionEntity } from '../../accounts/session.entity.js';
import { UserEntity } from '../../accounts/user.entity.js';
import { GroupMembershipEntity } from '../../groups/group-membership.entity.js';
import { GroupEntity } from '../../groups/group.entity.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { SafetyResourceEntity } from '../../safety/safety-resource.entity.js';

export const ENTITIES = [UserEntity, SessionEntity, SafetyResourceEntity, GroupEntity, GroupMembershipEntity];

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
    extra: { max: 20, application_name: 'sebaya' },
  };
}
