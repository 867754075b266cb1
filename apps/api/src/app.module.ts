import { Module, type DynamicModule } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module.js';
import { ForumModule } from './forum/forum.module.js';
import { GroupsModule } from './groups/groups.module.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import type { AppConfig } from './platform/config/config.js';
import { GraphqlPlatformModule } from './platform/graphql/graphql.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { PlatformModule } from './platform/platform.module.js';
import { SafetyModule } from './safety/safety.module.js';
import { SupportModule } from './support/support.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config),
        HealthModule,
        AccountsModule,
        SafetyModule,
        GroupsModule,
        ForumModule,
        NotificationsModule,
        ModerationModule,
        SupportModule,
        GraphqlPlatformModule,
      ],
    };
  }
}
