import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotificationModel } from '../notifications/notification.models.js';
import type { NotificationRow } from '../notifications/notification.repository.js';
import { RequestLoaders } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import { PostModel } from './forum.models.js';
import { ForumLoaders } from './forum.loaders.js';
import type { PostRow } from './forum.rows.js';

/** The forum's field on Notification (the notifications module knows nothing of posts). */
@Resolver(() => NotificationModel)
export class NotificationPostResolver {
  constructor(private readonly forumLoaders: ForumLoaders) {}

  @ResolveField(() => PostModel, {
    nullable: true,
    description: 'The reply this is about; null when the viewer can no longer see it.',
  })
  post(@Parent() notification: NotificationRow, @RequestLoaders() loaders: Loaders): Promise<PostRow | null> {
    return notification.postId
      ? this.forumLoaders.visiblePost(loaders, notification.postId)
      : Promise.resolve(null);
  }
}
