import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReadScope } from '../forum/read-scope.js';
import { AuditRepository } from '../moderation/audit.repository.js';
import { caseAccess } from '../moderation/case-access.js';
import { CaseRepository } from '../moderation/case.repository.js';
import { NotificationAnnouncer } from '../notifications/notification-announcer.js';
import { NotificationRepository, type NotificationRow } from '../notifications/notification.repository.js';
import { requireSignedIn, type Viewer } from '../platform/auth/viewer.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput, forbidden, notFound } from '../platform/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize } from '../platform/graphql/cursor.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import { toPage, type Page } from '../platform/graphql/page-info.model.js';
import { boundedText } from '../platform/input/bounded-text.js';
import { LiveEvents, type SupportMessageAddedEvent } from '../platform/pubsub/events.js';
import { LiveEventBus } from '../platform/pubsub/live-event-bus.js';
import { supportAccess } from './support-access.js';
import { SupportConversationRepository } from './support-conversation.repository.js';
import type { MessageCursor } from './support-message.repository.js';
import { SupportMessageRepository } from './support-message.repository.js';
import { SupportLoaders } from './support.loaders.js';
import type { ConversationRow, MessageRow } from './support.rows.js';

const MESSAGE_MAX = 4_000;

const isCursor = (key: unknown[]): key is MessageCursor =>
  key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' && isUuid(key[1]);
const messageCursorOf = (row: MessageRow) => encodeCursor([row.createdKey, row.id]);

/** What one new message wrote: the conversation (with its new activity time) and the notice to the other person. */
interface Posted {
  conversation: ConversationRow;
  message: MessageRow;
  notifications: NotificationRow[];
}

/**
 * Private conversations between a professional and the author of a case's
 * post (C6). Only the two of them ever see a conversation; to anyone else it
 * does not exist (null or NOT_FOUND). Each message notifies the other person
 * and goes out live, both after the commit.
 */
@Injectable()
export class SupportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: SupportConversationRepository,
    private readonly messages: SupportMessageRepository,
    private readonly cases: CaseRepository,
    private readonly audit: AuditRepository,
    private readonly notifications: NotificationRepository,
    private readonly announcer: NotificationAnnouncer,
    private readonly live: LiveEventBus,
    private readonly loaders: SupportLoaders,
  ) {}

  /**
   * A professional (or coordinator) who may work the case writes to the
   * author of its post, also when the post was anonymous. One conversation
   * per (case, professional): opening again adds the message to it. Opening
   * is written to the audit log with the member as its subject.
   */
  async open(scope: ReadScope | null, caseId: string, rawMessage: string): Promise<ConversationRow> {
    const worker = requireSignedIn(scope);
    if (!supportAccess.canOpen(worker)) {
      throw forbidden('Only professionals and coordinators open support conversations.');
    }
    const body = boundedText('message', rawMessage, { min: 1, max: MESSAGE_MAX });
    const [kase] = isUuid(caseId) ? await this.cases.findByIds([caseId]) : [];
    if (!kase || !caseAccess.canWork(worker, kase)) throw notFound('Case');
    const postId = kase.postId;
    if (!postId) throw badInput('caseId', 'This case is about no post, so there is nobody to write to.');

    const posted = await this.db.transaction(async (manager) => {
      const memberId = await this.conversations.postAuthorId(manager, postId);
      if (!memberId) throw notFound('Case');
      if (memberId === worker.userId) throw badInput('caseId', 'This is your own post.');
      const { conversation, created } = await this.conversations.openOrFind(manager, {
        caseId: kase.id,
        professionalId: worker.userId,
        memberId,
      });
      if (created) {
        await this.audit.append(manager, {
          action: 'SUPPORT_CONVERSATION_OPENED',
          actorId: worker.userId,
          caseId: kase.id,
          postId,
          subjectUserId: memberId,
          detail: { conversationId: conversation.id },
        });
      }
      return this.post(manager, conversation, worker.userId, body);
    });
    await this.announce(posted);
    return posted.conversation;
  }

  async send(viewer: Viewer | null, conversationId: string, rawBody: string): Promise<MessageRow> {
    const { userId } = requireSignedIn(viewer);
    const conversation = await this.requireParticipant(viewer, conversationId);
    const body = boundedText('body', rawBody, { min: 1, max: MESSAGE_MAX });
    const posted = await this.db.transaction((manager) => this.post(manager, conversation, userId, body));
    await this.announce(posted);
    return posted.message;
  }

  /** Marks the other person's messages read, and the viewer's notices of this conversation. */
  async markRead(viewer: Viewer | null, conversationId: string): Promise<ConversationRow> {
    const { userId } = requireSignedIn(viewer);
    const conversation = await this.requireParticipant(viewer, conversationId);
    await this.messages.markRead(conversation.id, userId);
    await this.notifications.markConversationRead(userId, conversation.id);
    return conversation;
  }

  /** The viewer's conversations, as member or as professional, newest activity first. */
  async list(viewer: Viewer | null): Promise<ConversationRow[]> {
    const conversations = await this.conversations.listFor(requireSignedIn(viewer).userId);
    return conversations.filter((conversation) => supportAccess.isParticipant(viewer, conversation));
  }

  /** The conversation when the viewer is one of its two people; null otherwise. */
  async find(viewer: Viewer | null, conversationId: string): Promise<ConversationRow | null> {
    requireSignedIn(viewer);
    const [conversation] = isUuid(conversationId) ? await this.conversations.findByIds([conversationId]) : [];
    return conversation && supportAccess.isParticipant(viewer, conversation) ? conversation : null;
  }

  /** The conversation when the viewer is one of its two people; NOT_FOUND otherwise. */
  async requireParticipant(viewer: Viewer | null, conversationId: string): Promise<ConversationRow> {
    const conversation = await this.find(viewer, conversationId);
    if (!conversation) throw notFound('Conversation');
    return conversation;
  }

  /** A page of the conversation's messages, oldest first. Callers have checked the viewer may read it. */
  async messagePage(
    loaders: Loaders,
    conversation: ConversationRow,
    options: { first?: number | null; after?: string | null },
  ): Promise<Page<MessageRow>> {
    const size = pageSize(options.first, 50, 100);
    const after = options.after ? decodeCursor<MessageCursor>(options.after, isCursor) : null;
    const rows = await this.loaders.messagePage(loaders, {
      conversationId: conversation.id,
      after,
      limit: size + 1,
    });
    return toPage(rows, size, messageCursorOf);
  }

  /** The event's message when the subscriber is one of the conversation's two people. */
  async liveMessage(viewer: Viewer | null, event: SupportMessageAddedEvent): Promise<MessageRow | null> {
    const [conversation] = await this.conversations.findByIds([event.conversationId]);
    if (!conversation || !supportAccess.isParticipant(viewer, conversation)) return null;
    const [message] = await this.messages.findByIds([event.messageId]);
    return message?.conversationId === conversation.id ? message : null;
  }

  private async post(
    manager: EntityManager,
    conversation: ConversationRow,
    senderId: string,
    body: string,
  ): Promise<Posted> {
    const message = await this.messages.insert(manager, { conversationId: conversation.id, senderId, body });
    const touched = await this.conversations.touch(manager, conversation.id, message.createdAt);
    const notifications = await this.notifications.insertMany(manager, [
      {
        userId: supportAccess.otherPerson(conversation, senderId),
        kind: 'SUPPORT_MESSAGE',
        conversationId: conversation.id,
      },
    ]);
    return { conversation: touched, message, notifications };
  }

  /** After the commit: the notice to the other person and the message to both people's subscriptions. */
  private async announce({ conversation, message, notifications }: Posted): Promise<void> {
    await this.announcer.announce(notifications);
    await this.live.publish<SupportMessageAddedEvent>(LiveEvents.supportMessageAdded(conversation.id), {
      messageId: message.id,
      conversationId: conversation.id,
    });
  }
}
