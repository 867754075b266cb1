import { Injectable } from '@nestjs/common';
import { LiveEvents, type NotificationAddedEvent } from '../platform/pubsub/events.js';
import { LiveEventBus } from '../platform/pubsub/live-event-bus.js';
import type { NotificationRow } from './notification.repository.js';

/** Pushes stored notifications to their recipients' live subscriptions (after the commit). */
@Injectable()
export class NotificationAnnouncer {
  constructor(private readonly live: LiveEventBus) {}

  async announce(notifications: readonly NotificationRow[]): Promise<void> {
    for (const notification of notifications) {
      await this.live.publish<NotificationAddedEvent>(LiveEvents.notificationAdded(notification.userId), {
        notificationId: notification.id,
        userId: notification.userId,
      });
    }
  }
}
