import { SubscriberStreams } from '../accounts/subscriber-streams.js';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, type Viewer } from '../platform/auth/viewer.js';
import { unauthenticated } from '../platform/errors/domain-error.js';
import type { Page } from '../platform/graphql/page-info.model.js';
import { LiveEvents, type NotificationAddedEvent } from '../platform/pubsub/events.js';
import { asLoaded } from '../platform/pubsub/live-event-bus.js';
import { NotificationConnectionModel, NotificationModel } from './notification.models.js';
import type { NotificationRow } from './notification.repository.js';
import { NotificationService } from './notification.service.js';

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly streams: SubscriberStreams,
  ) {}

  @Query(() => NotificationConnectionModel, { description: "The viewer's notifications, newest first." })
  notifications(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ): Promise<Page<NotificationRow>> {
    return this.notificationService.list(viewer, { first, after, unreadOnly });
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer | null): Promise<number> {
    return this.notificationService.unreadCount(viewer);
  }

  @Mutation(() => Int, {
    description: 'Marks notifications read (all of them without ids); returns the unread count.',
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer | null,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.notificationService.markRead(viewer, ids ?? null);
  }

  @Subscription(() => NotificationModel, {
    description: "The viewer's new notifications, live.",
    resolve: asLoaded,
  })
  notificationAdded(@Context() context: RequestContext): AsyncIterableIterator<NotificationRow> {
    const viewer = context.viewer;
    if (!viewer) throw unauthenticated();
    return this.streams.of(
      context,
      LiveEvents.notificationAdded(viewer.userId),
      async (event: NotificationAddedEvent) =>
        (await this.notificationService.own(context.viewer, event.notificationId)) ?? null,
    );
  }

  @ResolveField(() => Boolean)
  read(@Parent() notification: NotificationRow): boolean {
    return notification.readAt !== null;
  }
}
