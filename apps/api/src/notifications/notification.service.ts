import { Injectable } from '@nestjs/common';
import { requireSignedIn, type Viewer } from '../platform/auth/viewer.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput } from '../platform/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize } from '../platform/graphql/cursor.js';
import { toPage, type Page } from '../platform/graphql/page-info.model.js';
import {
  NotificationRepository,
  type NotificationCursor,
  type NotificationRow,
} from './notification.repository.js';

const isCursor = (key: unknown[]): key is NotificationCursor =>
  key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' && isUuid(key[1]);
const cursorOf = (row: NotificationRow) => encodeCursor([row.createdKey, row.id]);

/** A person's own notifications; nobody reads or marks another's. */
@Injectable()
export class NotificationService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(
    viewer: Viewer | null,
    options: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<Page<NotificationRow>> {
    const { userId } = requireSignedIn(viewer);
    const size = pageSize(options.first, 20, 100);
    const after = options.after ? decodeCursor<NotificationCursor>(options.after, isCursor) : null;
    const rows = await this.notifications.list(userId, {
      unreadOnly: options.unreadOnly ?? false,
      limit: size + 1,
      after,
    });
    return toPage(rows, size, cursorOf);
  }

  unreadCount(viewer: Viewer | null): Promise<number> {
    return this.notifications.unreadCount(requireSignedIn(viewer).userId);
  }

  /** Marks the given notifications read (all when ids is null); returns how many stay unread. */
  async markRead(viewer: Viewer | null, ids: readonly string[] | null): Promise<number> {
    const { userId } = requireSignedIn(viewer);
    if (ids && !ids.every(isUuid)) throw badInput('ids', 'These are not notification ids.');
    await this.notifications.markRead(userId, ids);
    return this.notifications.unreadCount(userId);
  }

  /** One of the viewer's notifications, or null when it is someone else's. */
  async own(viewer: Viewer | null, id: string): Promise<NotificationRow | null> {
    if (!viewer) return null;
    const [row] = await this.notifications.findForUser(viewer.userId, [id]);
    return row ?? null;
  }
}
