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
import { UserModel } from '../accounts/account.models.js';
import { SubscriberStreams } from '../accounts/subscriber-streams.js';
import { ForumLoaders } from '../forum/forum.loaders.js';
import { ReadScopes } from '../forum/read-scopes.js';
import { CurrentViewer, RequestLoaders, type RequestContext, type Viewer } from '../platform/auth/viewer.js';
import { Loaders } from '../platform/graphql/loaders.js';
import type { Page } from '../platform/graphql/page-info.model.js';
import { LiveEvents, type SupportMessageAddedEvent } from '../platform/pubsub/events.js';
import { asLoaded } from '../platform/pubsub/live-event-bus.js';
import { supportAccess } from './support-access.js';
import { SupportLoaders } from './support.loaders.js';
import {
  SupportConversationModel,
  SupportMessageConnectionModel,
  SupportMessageModel,
} from './support.models.js';
import type { ConversationRow, MessageRow } from './support.rows.js';
import { SupportService } from './support.service.js';

const MESSAGE_ADDED_DESCRIPTION = 'New messages of a conversation, for its two people only.';

@Resolver(() => SupportConversationModel)
export class SupportConversationResolver {
  constructor(
    private readonly support: SupportService,
    private readonly supportLoaders: SupportLoaders,
    private readonly forumLoaders: ForumLoaders,
    private readonly scopes: ReadScopes,
    private readonly streams: SubscriberStreams,
  ) {}

  @Query(() => [SupportConversationModel], {
    description: "The viewer's conversations (as member or as professional), newest activity first.",
  })
  supportConversations(@CurrentViewer() viewer: Viewer | null): Promise<ConversationRow[]> {
    return this.support.list(viewer);
  }

  @Query(() => SupportConversationModel, {
    nullable: true,
    description: 'Null unless the viewer is one of its two people.',
  })
  supportConversation(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ConversationRow | null> {
    return this.support.find(viewer, id);
  }

  @Mutation(() => SupportConversationModel, {
    description:
      'A professional or coordinator who may work the case writes to the author of its post (also an anonymous one). One conversation per case and professional: opening again adds the message to it.',
  })
  async openSupportConversation(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('message', { description: '1 to 4,000 characters.' }) message: string,
  ): Promise<ConversationRow> {
    return this.support.open(await this.scopes.of(viewer, loaders), caseId, message);
  }

  @Mutation(() => SupportMessageModel, {
    description: 'NOT_FOUND unless the viewer is one of its two people.',
  })
  sendSupportMessage(
    @CurrentViewer() viewer: Viewer | null,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('body', { description: '1 to 4,000 characters.' }) body: string,
  ): Promise<MessageRow> {
    return this.support.send(viewer, conversationId, body);
  }

  @Mutation(() => SupportConversationModel, {
    description: 'Marks the other person’s messages read, and the viewer’s notices of this conversation.',
  })
  markSupportConversationRead(
    @CurrentViewer() viewer: Viewer | null,
    @Args('conversationId', { type: () => ID }) conversationId: string,
  ): Promise<ConversationRow> {
    return this.support.markRead(viewer, conversationId);
  }

  @Subscription(() => SupportMessageModel, { description: MESSAGE_ADDED_DESCRIPTION, resolve: asLoaded })
  async supportMessageAdded(
    @Context() context: RequestContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
  ): Promise<AsyncIterableIterator<MessageRow>> {
    const conversation = await this.support.requireParticipant(context.viewer, conversationId);
    return this.streams.of(
      context,
      LiveEvents.supportMessageAdded(conversation.id),
      (event: SupportMessageAddedEvent) => this.support.liveMessage(context.viewer, event),
    );
  }

  // Fields without parameter decorators get graphql's (parent, args, context) directly.

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The case it came from: for the professional (staff) only, null for the member.',
  })
  caseId(conversation: ConversationRow, _args: unknown, { viewer }: RequestContext): string | null {
    return supportAccess.showsCase(viewer, conversation) ? conversation.caseId : null;
  }

  @ResolveField(() => UserModel, { description: 'The professional who opened it.' })
  professional(
    conversation: ConversationRow,
    _args: unknown,
    { loaders }: RequestContext,
  ): Promise<UserModel> {
    return this.person(loaders, conversation.professionalId);
  }

  @ResolveField(() => UserModel, {
    description:
      'The author of the case’s post, also of an anonymous one; only the two people see the conversation.',
  })
  member(conversation: ConversationRow, _args: unknown, { loaders }: RequestContext): Promise<UserModel> {
    return this.person(loaders, conversation.memberId);
  }

  @ResolveField(() => Int, { description: 'Messages from the other person the viewer has not read.' })
  unreadCount(conversation: ConversationRow, _args: unknown, { loaders }: RequestContext): Promise<number> {
    return this.supportLoaders.unreadCount(loaders, conversation.id);
  }

  @ResolveField(() => SupportMessageConnectionModel, {
    description: 'Oldest first.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 50) * childComplexity,
  })
  messages(
    @Parent() conversation: ConversationRow,
    @RequestLoaders() loaders: Loaders,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Page<MessageRow>> {
    return this.support.messagePage(loaders, conversation, { first, after });
  }

  private async person(loaders: Loaders, userId: string): Promise<UserModel> {
    return (await this.forumLoaders.publicUser(loaders, userId))!;
  }
}

@Resolver(() => SupportMessageModel)
export class SupportMessageResolver {
  constructor(private readonly forumLoaders: ForumLoaders) {}

  @ResolveField(() => UserModel)
  async sender(message: MessageRow, _args: unknown, { loaders }: RequestContext): Promise<UserModel> {
    return (await this.forumLoaders.publicUser(loaders, message.senderId))!;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer wrote it.' })
  mine(message: MessageRow, _args: unknown, { viewer }: RequestContext): boolean {
    return viewer?.userId === message.senderId;
  }
}
