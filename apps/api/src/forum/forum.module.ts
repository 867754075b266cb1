import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { GroupsModule } from '../groups/groups.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SafetyModule } from '../safety/safety.module.js';
import { ForumQueryService } from './forum-query.service.js';
import { ForumLoaders } from './forum.loaders.js';
import { ForumService } from './forum.service.js';
import { NotificationPostResolver } from './notification-post.resolver.js';
import { PostRepository } from './post.repository.js';
import { PostResults } from './post-result.js';
import { PostResolver } from './post.resolver.js';
import { ReadScopes } from './read-scopes.js';
import { GroupThreadsResolver, ThreadResolver } from './thread.resolver.js';
import { ThreadRepository } from './thread.repository.js';

@Module({
  imports: [AccountsModule, GroupsModule, NotificationsModule, SafetyModule],
  providers: [
    ForumLoaders,
    ForumQueryService,
    ForumService,
    GroupThreadsResolver,
    NotificationPostResolver,
    PostRepository,
    PostResolver,
    PostResults,
    ReadScopes,
    ThreadRepository,
    ThreadResolver,
  ],
  exports: [ForumLoaders, ForumService, PostRepository, ReadScopes, ThreadRepository],
})
export class ForumModule {}
