import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Viewer } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import { SupportMessageRepository, type MessageCursor } from './support-message.repository.js';
import type { MessageRow } from './support.rows.js';

export interface MessagePageRequest {
  conversationId: string;
  after: MessageCursor | null;
  /** Rows to read (a page and one more). */
  limit: number;
}

/**
 * Per-request loaders of what conversations show, so a list of conversations
 * reads its messages and unread counts in one statement each. Callers have
 * checked that the viewer is one of the conversation's two people.
 */
@Injectable()
export class SupportLoaders {
  constructor(private readonly messages: SupportMessageRepository) {}

  messagePage(loaders: Loaders, request: MessagePageRequest): Promise<MessageRow[]> {
    return loaders.get(this.pageLoader).load(request);
  }

  /** Messages from the other person that the viewer has not read. */
  unreadCount(loaders: Loaders, conversationId: string): Promise<number> {
    return loaders.get(this.unreadLoader).load(conversationId);
  }

  private readonly pageLoader = () =>
    new DataLoader<MessagePageRequest, MessageRow[], string>(
      async (requests) => {
        const pages = new Map<MessagePageRequest, MessageRow[]>();
        for (const limit of new Set(requests.map((request) => request.limit))) {
          const batch = requests.filter((request) => request.limit === limit);
          const rows = await this.messages.pages(batch, limit);
          batch.forEach((request, index) => pages.set(request, rows[index]!));
        }
        return requests.map((request) => pages.get(request)!);
      },
      { cacheKeyFn: (request) => JSON.stringify([request.conversationId, request.after, request.limit]) },
    );

  private readonly unreadLoader = (viewer: Viewer | null) =>
    new DataLoader<string, number>(async (ids) => {
      const counts = viewer
        ? await this.messages.unreadCounts(ids, viewer.userId)
        : new Map<string, number>();
      return ids.map((id) => counts.get(id) ?? 0);
    });
}
