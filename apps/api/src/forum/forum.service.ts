import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { groupAccess } from '../groups/group-access.js';
import { GroupRepository } from '../groups/group.repository.js';
import { NotificationAnnouncer } from '../notifications/notification-announcer.js';
import { NotificationRepository, type NotificationRow } from '../notifications/notification.repository.js';
import { authorOutcome } from '../moderation/routing.js';
import { screenNewPost } from '../moderation/post-screening.js';
import { isUuid } from '../platform/database/uuid.js';
import { OutboxRepository } from '../platform/queue/outbox.repository.js';
import { requireSignedIn } from '../platform/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../platform/errors/domain-error.js';
import { LiveEvents, type PostAddedEvent } from '../platform/pubsub/events.js';
import { LiveEventBus } from '../platform/pubsub/live-event-bus.js';
import { parseBody, parseContentWarning, parseTitle } from './forum-input.js';
import type { PostRow, ThreadRow } from './forum.rows.js';
import { renderMarkdown } from './markdown.js';
import { PostRepository, type HoldDecision } from './post.repository.js';
import type { ReactionKind } from './reaction.entity.js';
import { ForumQueryService } from './forum-query.service.js';
import type { ReadScope } from './read-scope.js';
import { ThreadRepository } from './thread.repository.js';

export interface NewThreadCommand {
  groupId: string;
  title: string;
  body: string;
  anonymous?: boolean | null;
  contentWarning?: string | null;
}

/** A new post, and whether its author is shown the safety resources at once. */
export interface PostOutcome {
  post: PostRow;
  showSafetyResources: boolean;
}

export interface NewPostCommand {
  threadId: string;
  body: string;
  anonymous?: boolean | null;
  contentWarning?: string | null;
  replyToPostId?: string | null;
}

/** Writing to the forum. Every method checks who may do it before it changes anything. */
@Injectable()
export class ForumService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupRepository,
    private readonly threads: ThreadRepository,
    private readonly posts: PostRepository,
    private readonly notifications: NotificationRepository,
    private readonly live: LiveEventBus,
    private readonly announcer: NotificationAnnouncer,
    private readonly query: ForumQueryService,
    private readonly outbox: OutboxRepository,
  ) {}

  async createThread(scope: ReadScope | null, command: NewThreadCommand): Promise<PostOutcome> {
    const author = requireSignedIn(scope);
    const group = isUuid(command.groupId) ? await this.groups.findById(command.groupId) : null;
    const role = group ? await this.groups.roleOf(author.userId, group.id) : null;
    if (!group || !groupAccess.canSee(author, group, role)) throw notFound('Group');
    if (!groupAccess.canPost(author, group, role)) {
      throw forbidden(group.archivedAt ? 'This group is archived.' : 'Join the group to start a thread.');
    }
    const title = parseTitle(command.title);
    const content = parseContent(command);
    const anonymous = command.anonymous ?? false;
    const screening = authorOutcome(screenNewPost({ title, body: content.bodySource }));

    const post = await this.db.transaction(async (manager) => {
      const threadId = await this.threads.insert(manager, {
        groupId: group.id,
        authorId: author.userId,
        anonymous,
        title,
      });
      const post = await this.posts.insert(manager, {
        ...content,
        threadId,
        authorId: author.userId,
        anonymous,
        isOpening: true,
        ...heldOrVisible(screening),
      });
      await this.outbox.add(manager, 'screen-post', { postId: post.id });
      return post;
    });
    await this.announce(post, []);
    return { post, showSafetyResources: screening.resources };
  }

  async createPost(scope: ReadScope | null, command: NewPostCommand): Promise<PostOutcome> {
    const author = requireSignedIn(scope);
    const { thread, group, role } = await this.requireThread(author, command.threadId);
    if (!groupAccess.canPost(author, group, role)) {
      throw forbidden(group.archivedAt ? 'This group is archived.' : 'Join the group to reply.');
    }
    if (thread.locked && !groupAccess.canModerate(author, role)) {
      throw conflict('This thread is locked and takes no more replies.');
    }
    const replyTo = command.replyToPostId
      ? await this.requireReplyTarget(author, thread, command.replyToPostId)
      : null;
    const content = parseContent(command);
    const screening = authorOutcome(screenNewPost({ body: content.bodySource }));

    const { post, notified } = await this.db.transaction(async (manager) => {
      const post = await this.posts.insert(manager, {
        ...content,
        threadId: thread.id,
        authorId: author.userId,
        anonymous: command.anonymous ?? false,
        isOpening: false,
        ...heldOrVisible(screening),
      });
      await this.outbox.add(manager, 'screen-post', { postId: post.id });
      if (post.visibility === 'VISIBLE') await this.threads.touch(manager, thread.id, post.createdAt);
      const notified = await this.notifications.insertMany(manager, replyRecipients(post, thread, replyTo));
      return { post, notified };
    });
    await this.announce(post, notified);
    return { post, showSafetyResources: screening.resources };
  }

  async editPost(
    scope: ReadScope | null,
    input: { postId: string; body: string; contentWarning?: string | null },
  ): Promise<string> {
    const post = await this.requireOwnPost(scope, input.postId);
    const content = parseContent(input);
    const hold = authorOutcome(screenNewPost({ body: content.bodySource }));
    await this.db.transaction(async (manager) => {
      await this.posts.edit(manager, post.id, { ...content, hold });
      await this.outbox.add(manager, 'screen-post', { postId: post.id });
    });
    return post.id;
  }

  async deletePost(scope: ReadScope | null, postId: string): Promise<void> {
    const post = await this.requireOwnPost(scope, postId);
    await this.posts.softDelete(post.id);
  }

  async setReaction(
    scope: ReadScope | null,
    postId: string,
    kind: ReactionKind,
    active: boolean,
  ): Promise<string> {
    const reader = requireSignedIn(scope);
    const post = await this.requireReadablePost(reader, postId);
    if (post.visibility !== 'VISIBLE') throw conflict('This post is waiting for review.');
    await this.posts.setReaction(post.id, reader.userId, kind, active);
    return post.id;
  }

  async setThreadFlag(
    scope: ReadScope | null,
    threadId: string,
    flag: 'locked' | 'pinned',
    value: boolean,
  ): Promise<string> {
    const moderator = requireSignedIn(scope);
    const { thread, role } = await this.requireThread(moderator, threadId);
    if (!groupAccess.canModerate(moderator, role)) {
      throw forbidden('Only the group’s facilitators and staff can do this.');
    }
    await this.threads.setFlag(thread.id, flag, value);
    return thread.id;
  }

  /** Live events go out after the commit, so a subscriber never loads a post that is not there yet. */
  private async announce(post: PostRow, notified: NotificationRow[]): Promise<void> {
    await this.live.publish<PostAddedEvent>(LiveEvents.postAdded(post.threadId), {
      postId: post.id,
      threadId: post.threadId,
    });
    await this.announcer.announce(notified);
  }

  /** The thread with its group and the actor's role there; NOT_FOUND when the actor may not read it. */
  private async requireThread(actor: ReadScope, threadId: string) {
    const found = await this.query.thread(actor, threadId);
    if (!found) throw notFound('Thread');
    const { group, viewerRole, ...thread } = found;
    return { thread, group, role: viewerRole };
  }

  /** A post the actor may see (own held posts included); NOT_FOUND otherwise. */
  private async requireReadablePost(actor: ReadScope, postId: string): Promise<PostRow> {
    const [post] = isUuid(postId) ? await this.posts.findVisible([postId], actor) : [];
    if (!post) throw notFound('Post');
    return post;
  }

  private async requireOwnPost(scope: ReadScope | null, postId: string): Promise<PostRow> {
    const author = requireSignedIn(scope);
    const post = await this.requireReadablePost(author, postId);
    if (post.authorId !== author.userId) throw forbidden('You can only change your own posts.');
    return post;
  }

  private async requireReplyTarget(actor: ReadScope, thread: ThreadRow, postId: string): Promise<PostRow> {
    const target = await this.requireReadablePost(actor, postId).catch(() => null);
    if (!target || target.threadId !== thread.id) {
      throw badInput('replyToPostId', 'You can only answer a post of the same thread.');
    }
    return target;
  }
}

/** The routing table decides at once, from the quick screening, whether a new post is held. */
function heldOrVisible(screening: HoldDecision) {
  return screening.held
    ? { visibility: 'HELD' as const, staffOnly: screening.staffOnly }
    : { visibility: 'VISIBLE' as const, staffOnly: false };
}

function parseContent(input: { body: string; contentWarning?: string | null }) {
  const bodySource = parseBody(input.body);
  return {
    bodySource,
    bodyHtml: renderMarkdown(bodySource),
    contentWarning: parseContentWarning(input.contentWarning),
  };
}

/** The thread's author and the author of the answered post hear of a reply, never its own author. */
function replyRecipients(post: PostRow, thread: ThreadRow, replyTo: PostRow | null) {
  if (post.visibility !== 'VISIBLE') return [];
  const recipients = new Map<string, 'REPLY_TO_THREAD' | 'REPLY_TO_POST'>();
  if (replyTo && replyTo.authorId !== post.authorId) recipients.set(replyTo.authorId, 'REPLY_TO_POST');
  if (thread.authorId !== post.authorId) recipients.set(thread.authorId, 'REPLY_TO_THREAD');
  return [...recipients].map(([userId, kind]) => ({ userId, kind, postId: post.id }));
}
