import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { groupAccess, groupActor } from '../groups/group-access.js';
import type { GroupEntity } from '../groups/group.entity.js';
import { GroupRepository } from '../groups/group.repository.js';
import { NotificationRepository, type NotificationRow } from '../notifications/notification.repository.js';
import type { Viewer } from '../platform/auth/viewer.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../platform/errors/domain-error.js';
import { LiveEvents, type NotificationAddedEvent, type PostAddedEvent } from '../platform/pubsub/events.js';
import { LiveEventBus } from '../platform/pubsub/live-event-bus.js';
import { parseBody, parseContentWarning, parseTitle } from './forum-input.js';
import type { PostRow, ThreadRow } from './forum.rows.js';
import { renderMarkdown } from './markdown.js';
import { PostRepository } from './post.repository.js';
import type { ReactionKind } from './reaction.entity.js';
import { ThreadRepository } from './thread.repository.js';

export interface NewThreadCommand {
  groupId: string;
  title: string;
  body: string;
  anonymous?: boolean | null;
  contentWarning?: string | null;
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
  ) {}

  async createThread(viewer: Viewer | null, command: NewThreadCommand): Promise<PostRow> {
    const author = requireViewer(viewer);
    const group = isUuid(command.groupId) ? await this.groups.findById(command.groupId) : null;
    const role = group ? await this.groups.roleOf(author.userId, group.id) : null;
    if (!group || !groupAccess.canSee(groupActor(author), group, role)) throw notFound('Group');
    if (!groupAccess.canPost(groupActor(author), group, role)) {
      throw forbidden(group.archivedAt ? 'This group is archived.' : 'Join the group to start a thread.');
    }
    const title = parseTitle(command.title);
    const content = parseContent(command);
    const anonymous = command.anonymous ?? false;

    const post = await this.db.transaction(async (manager) => {
      const threadId = await this.threads.insert(manager, {
        groupId: group.id,
        authorId: author.userId,
        anonymous,
        title,
      });
      return this.posts.insert(manager, {
        ...content,
        threadId,
        authorId: author.userId,
        anonymous,
        isOpening: true,
        visibility: 'VISIBLE',
      });
    });
    await this.announce(post, []);
    return post;
  }

  async createPost(viewer: Viewer | null, command: NewPostCommand): Promise<PostRow> {
    const author = requireViewer(viewer);
    const { thread, group, role } = await this.requireThread(author, command.threadId);
    if (!groupAccess.canPost(groupActor(author), group, role)) {
      throw forbidden(group.archivedAt ? 'This group is archived.' : 'Join the group to reply.');
    }
    const moderator = groupAccess.canModerate(groupActor(author), role);
    if (thread.locked && !moderator) throw conflict('This thread is locked and takes no more replies.');
    const replyTo = command.replyToPostId
      ? await this.requireReplyTarget(author, thread, command.replyToPostId)
      : null;
    const content = parseContent(command);

    const { post, notified } = await this.db.transaction(async (manager) => {
      const post = await this.posts.insert(manager, {
        ...content,
        threadId: thread.id,
        authorId: author.userId,
        anonymous: command.anonymous ?? false,
        isOpening: false,
        visibility: 'VISIBLE',
      });
      if (post.visibility === 'VISIBLE') await this.threads.touch(manager, thread.id, post.createdAt);
      const notified = await this.notifications.insertMany(manager, replyRecipients(post, thread, replyTo));
      return { post, notified };
    });
    await this.announce(post, notified);
    return post;
  }

  async editPost(
    viewer: Viewer | null,
    input: { postId: string; body: string; contentWarning?: string | null },
  ): Promise<string> {
    const post = await this.requireOwnPost(viewer, input.postId);
    const content = parseContent(input);
    await this.posts.edit(post.id, content);
    return post.id;
  }

  async deletePost(viewer: Viewer | null, postId: string): Promise<void> {
    const post = await this.requireOwnPost(viewer, postId);
    await this.posts.softDelete(post.id);
  }

  async setReaction(
    viewer: Viewer | null,
    postId: string,
    kind: ReactionKind,
    active: boolean,
  ): Promise<string> {
    const reader = requireViewer(viewer);
    const post = await this.requireReadablePost(reader, postId);
    if (post.visibility !== 'VISIBLE') throw conflict('This post is waiting for review.');
    await this.posts.setReaction(post.id, reader.userId, kind, active);
    return post.id;
  }

  async setThreadFlag(
    viewer: Viewer | null,
    threadId: string,
    flag: 'locked' | 'pinned',
    value: boolean,
  ): Promise<string> {
    const moderator = requireViewer(viewer);
    const { thread, role } = await this.requireThread(moderator, threadId);
    if (!groupAccess.canModerate(groupActor(moderator), role)) {
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
    for (const notification of notified) {
      await this.live.publish<NotificationAddedEvent>(LiveEvents.notificationAdded(notification.userId), {
        notificationId: notification.id,
        userId: notification.userId,
      });
    }
  }

  private async requireThread(viewer: Viewer, threadId: string) {
    const thread = isUuid(threadId) ? (await this.threads.findByIds([threadId]))[0] : undefined;
    const group = thread && (await this.groups.findById(thread.groupId));
    const role = group ? await this.groups.roleOf(viewer.userId, group.id) : null;
    if (!thread || !group || !groupAccess.canRead(groupActor(viewer), group, role)) throw notFound('Thread');
    const scope = {
      userId: viewer.userId,
      staff: groupActor(viewer)!.staff,
      facilitatedGroupIds: role === 'FACILITATOR' ? [group.id] : [],
    };
    if ((await this.threads.findVisible([thread.id], scope)).length === 0) throw notFound('Thread');
    return { thread, group: group as GroupEntity, role };
  }

  private async requireReadablePost(viewer: Viewer, postId: string): Promise<PostRow> {
    const [post] = isUuid(postId) ? await this.posts.findByIds([postId]) : [];
    if (!post || post.deleted) throw notFound('Post');
    const { role } = await this.requireThread(viewer, post.threadId);
    const moderator = groupAccess.canModerate(groupActor(viewer), role);
    if (post.visibility !== 'VISIBLE' && post.authorId !== viewer.userId && !moderator)
      throw notFound('Post');
    return post;
  }

  private async requireOwnPost(viewer: Viewer | null, postId: string): Promise<PostRow> {
    const author = requireViewer(viewer);
    const post = await this.requireReadablePost(author, postId);
    if (post.authorId !== author.userId) throw forbidden('You can only change your own posts.');
    return post;
  }

  private async requireReplyTarget(viewer: Viewer, thread: ThreadRow, postId: string): Promise<PostRow> {
    const target = await this.requireReadablePost(viewer, postId).catch(() => null);
    if (!target || target.threadId !== thread.id) {
      throw badInput('replyToPostId', 'You can only answer a post of the same thread.');
    }
    return target;
  }
}

function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
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
