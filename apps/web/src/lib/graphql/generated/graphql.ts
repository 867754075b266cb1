/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AuditAction =
  | 'AUTHOR_REVEALED'
  | 'CASE_CLAIMED'
  | 'CASE_ESCALATED'
  | 'CASE_NOTE_ADDED'
  | 'CASE_OPENED'
  | 'CASE_RAISED'
  | 'CASE_RESOLVED'
  | 'DEADLINE_ESCALATED'
  | 'POST_FLAGGED'
  | 'POST_HELD'
  | 'POST_HIDDEN'
  | 'POST_RESTORED'
  | 'POST_SCREENED'
  | 'SUPPORT_CONVERSATION_OPENED'
  | 'THREAD_LOCKED';

export type CaseKind =
  | 'DEBRIEF'
  | 'POST'
  | 'REFERRAL';

export type CaseStatus =
  | 'CLAIMED'
  | 'OPEN'
  | 'RESOLVED';

export type CreatePostInput = {
  anonymous?: boolean | null | undefined;
  /** Markdown. */
  body: string;
  contentWarning?: string | null | undefined;
  /** The post this one answers; its author is notified. */
  replyToPostId?: string | null | undefined;
  threadId: string;
};

export type CreateThreadInput = {
  anonymous?: boolean | null | undefined;
  /** Markdown. */
  body: string;
  contentWarning?: string | null | undefined;
  groupId: string;
  title: string;
};

export type EditPostInput = {
  /** Markdown. */
  body: string;
  /** Null or empty removes the warning. */
  contentWarning?: string | null | undefined;
  postId: string;
};

export type FlagReason =
  | 'HARASSMENT'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'RISK_OF_HARM'
  | 'SPAM'
  | 'UNSAFE_ADVICE';

export type GroupRole =
  | 'FACILITATOR'
  | 'MEMBER';

/** PUBLIC: every signed-in person reads it; MEMBERS_ONLY: only its members (and staff) do. */
export type GroupVisibility =
  | 'MEMBERS_ONLY'
  | 'PUBLIC';

export type NotificationKind =
  | 'CASE_ESCALATED'
  | 'REPLY_TO_POST'
  | 'REPLY_TO_THREAD'
  | 'SUPPORT_MESSAGE';

/** Why a post is held or hidden, as its author is told. */
export type PostHoldReason =
  /** Held because it shares personal data; it waits for a moderator’s review. */
  | 'PERSONAL_DATA'
  /** Hidden by moderators: flagged by several readers, or reviewed and not released. */
  | 'REVIEW'
  /** Held because it suggests a crisis: the author sees the safety resources; a counsellor reaches out. */
  | 'SAFETY';

/** HELD and HIDDEN posts are shown only to their author and to those who moderate them. */
export type PostVisibility =
  | 'HELD'
  | 'HIDDEN'
  | 'VISIBLE';

export type QueueKind =
  | 'FACILITATOR'
  | 'PROFESSIONAL';

/** Supportive reactions, one of each per person. */
export type ReactionKind =
  | 'HUG'
  | 'SAME_HERE'
  | 'STRENGTH'
  | 'SUPPORT'
  | 'THANKS';

export type RegisterInput = {
  /** 2 to 40 characters; no real name needed. */
  displayName: string;
  email: string;
  /** `id` (default) or `en`. */
  locale?: string | null | undefined;
  /** At least 10 characters. */
  password: string;
};

/** HIDDEN_POST hides the post, RESTORED_POST shows it to everyone; any other resolution of a held post keeps it out of the group. */
export type Resolution =
  | 'EMERGENCY'
  | 'HIDDEN_POST'
  | 'NO_ACTION'
  | 'REACHED_OUT'
  | 'REFERRED'
  | 'RESTORED_POST';

export type RiskLevel =
  | 'CRISIS'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NONE';

/** Global roles. Everyone is a MEMBER. */
export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'PROFESSIONAL';

export type SafetyResourceInput = {
  /** How to reach it, as people should dial or type it; 2 to 100 characters. */
  contact: string;
  /** English, up to 500 characters. */
  descriptionEn: string;
  /** Bahasa Indonesia, up to 500 characters. */
  descriptionId: string;
  /** 2 to 100 characters. */
  name: string;
  /** Lower comes first; default 100. */
  position?: number | null | undefined;
};

export type UpdateProfileInput = {
  displayName?: string | null | undefined;
  locale?: string | null | undefined;
};

export type ViewerFragment = { id: string, displayName: string, locale: string, roles: Array<Role> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, locale: string, roles: Array<Role> } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { token: string, user: { id: string, displayName: string, locale: string, roles: Array<Role> } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, displayName: string, locale: string, roles: Array<Role> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, displayName: string, locale: string, roles: Array<Role> } };

export type PostViewFragment = { id: string, body: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, holdReason: PostHoldReason | null, createdAt: string, editedAt: string | null, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean }, reactions: Array<{ kind: ReactionKind, count: number, viewerReacted: boolean }> };

export type PostResultViewFragment = { held: boolean, post: { id: string, thread: { id: string } }, safetyResources: Array<{ name: string, contact: string, description: string }> };

export type ThreadQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ThreadQuery = { thread: { id: string, title: string, createdAt: string, lastActivityAt: string, locked: boolean, pinned: boolean, replyCount: number, viewerIsAuthor: boolean, group: { id: string, slug: string, name: string, viewerRole: GroupRole | null, archived: boolean }, posts: { nodes: Array<{ id: string, body: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, holdReason: PostHoldReason | null, createdAt: string, editedAt: string | null, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean }, reactions: Array<{ kind: ReactionKind, count: number, viewerReacted: boolean }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, author: { displayName: string, anonymous: boolean } } | null };

export type ThreadPostIdsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ThreadPostIdsQuery = { thread: { id: string, posts: { nodes: Array<{ id: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } | null };

export type CreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadMutation = { createThread: { held: boolean, post: { id: string, thread: { id: string } }, safetyResources: Array<{ name: string, contact: string, description: string }> } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { held: boolean, post: { id: string, thread: { id: string } }, safetyResources: Array<{ name: string, contact: string, description: string }> } };

export type EditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type EditPostMutation = { editPost: { id: string } };

export type DeletePostMutationVariables = Exact<{
  postId: string;
}>;


export type DeletePostMutation = { deletePost: boolean };

export type SetReactionMutationVariables = Exact<{
  postId: string;
  kind: ReactionKind;
  active: boolean;
}>;


export type SetReactionMutation = { setReaction: { id: string } };

export type SetThreadLockedMutationVariables = Exact<{
  threadId: string;
  locked: boolean;
}>;


export type SetThreadLockedMutation = { setThreadLocked: { id: string, locked: boolean } };

export type SetThreadPinnedMutationVariables = Exact<{
  threadId: string;
  pinned: boolean;
}>;


export type SetThreadPinnedMutation = { setThreadPinned: { id: string, pinned: boolean } };

export type SearchQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { nodes: Array<{ id: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, createdAt: string, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean }, thread: { id: string, title: string, group: { slug: string, name: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PostAddedSubscriptionVariables = Exact<{
  threadId: string;
}>;


export type PostAddedSubscription = { postAdded: { id: string, body: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, holdReason: PostHoldReason | null, createdAt: string, editedAt: string | null, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean }, reactions: Array<{ kind: ReactionKind, count: number, viewerReacted: boolean }> } };

export type GroupSummaryFragment = { id: string, slug: string, name: string, description: string, memberCount: number, visibility: GroupVisibility, archived: boolean, viewerRole: GroupRole | null, viewerCanRead: boolean, facilitators: Array<{ displayName: string }> };

export type ThreadSummaryFragment = { id: string, title: string, createdAt: string, lastActivityAt: string, locked: boolean, pinned: boolean, replyCount: number, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean } };

export type GroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsQuery = { groups: Array<{ id: string, slug: string, name: string, description: string, memberCount: number, visibility: GroupVisibility, archived: boolean, viewerRole: GroupRole | null, viewerCanRead: boolean, facilitators: Array<{ displayName: string }> }> };

export type GroupQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type GroupQuery = { group: { id: string, slug: string, name: string, description: string, memberCount: number, visibility: GroupVisibility, archived: boolean, viewerRole: GroupRole | null, viewerCanRead: boolean, threads: { nodes: Array<{ id: string, title: string, createdAt: string, lastActivityAt: string, locked: boolean, pinned: boolean, replyCount: number, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, facilitators: Array<{ displayName: string }> } | null };

export type JoinGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type JoinGroupMutation = { joinGroup: { id: string, slug: string, viewerRole: GroupRole | null } };

export type LeaveGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type LeaveGroupMutation = { leaveGroup: { id: string, slug: string, viewerRole: GroupRole | null } };

export type FlagPostMutationVariables = Exact<{
  postId: string;
  reason: FlagReason;
  note?: string | null | undefined;
}>;


export type FlagPostMutation = { flagPost: { id: string } };

export type CaseSummaryFragment = { id: string, kind: CaseKind, queue: QueueKind, severity: RiskLevel, status: CaseStatus, categories: Array<string>, createdAt: string, dueAt: string, escalationLevel: number, assignee: { displayName: string } | null, group: { slug: string, name: string } | null, post: { id: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, thread: { id: string, title: string } } | null };

export type ModerationQueueQueryVariables = Exact<{
  queue: QueueKind;
  status?: CaseStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { nodes: Array<{ id: string, kind: CaseKind, queue: QueueKind, severity: RiskLevel, status: CaseStatus, categories: Array<string>, createdAt: string, dueAt: string, escalationLevel: number, assignee: { displayName: string } | null, group: { slug: string, name: string } | null, post: { id: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, thread: { id: string, title: string } } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CaseQueryVariables = Exact<{
  id: string;
  withAuthor: boolean;
}>;


export type CaseQuery = { case: { resolution: Resolution | null, resolvedAt: string | null, id: string, kind: CaseKind, queue: QueueKind, severity: RiskLevel, status: CaseStatus, categories: Array<string>, createdAt: string, dueAt: string, escalationLevel: number, assignee: { id: string, displayName: string } | null, post: { id: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, createdAt: string, editedAt: string | null, author: { displayName: string, anonymous: boolean }, thread: { id: string, title: string, locked: boolean } } | null, postAuthor?: { id: string, displayName: string } | null, flags: Array<{ id: string, reason: FlagReason, note: string | null, createdAt: string }>, notes: Array<{ id: string, body: string, createdAt: string }>, history: Array<{ id: string, action: AuditAction, detail: string, createdAt: string, actor: { displayName: string } | null }>, group: { slug: string, name: string } | null } | null };

export type ClaimCaseMutationVariables = Exact<{
  caseId: string;
}>;


export type ClaimCaseMutation = { claimCase: { id: string, status: CaseStatus } };

export type EscalateCaseMutationVariables = Exact<{
  caseId: string;
  note?: string | null | undefined;
}>;


export type EscalateCaseMutation = { escalateCase: { id: string, queue: QueueKind } };

export type ResolveCaseMutationVariables = Exact<{
  caseId: string;
  resolution: Resolution;
  note?: string | null | undefined;
  lockThread?: boolean | null | undefined;
}>;


export type ResolveCaseMutation = { resolveCase: { id: string, status: CaseStatus } };

export type AddCaseNoteMutationVariables = Exact<{
  caseId: string;
  body: string;
}>;


export type AddCaseNoteMutation = { addCaseNote: { id: string } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  caseId?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { nodes: Array<{ id: string, action: AuditAction, caseId: string | null, postId: string | null, subjectUserId: string | null, detail: string, createdAt: string, actor: { displayName: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CaseQueuedSubscriptionVariables = Exact<{
  queue: QueueKind;
}>;


export type CaseQueuedSubscription = { caseQueued: { id: string } };

export type NotificationViewFragment = { id: string, kind: NotificationKind, createdAt: string, read: boolean, caseId: string | null, conversationId: string | null, post: { id: string, author: { displayName: string, anonymous: boolean }, thread: { id: string, title: string } } | null };

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, createdAt: string, read: boolean, caseId: string | null, conversationId: string | null, post: { id: string, author: { displayName: string, anonymous: boolean }, thread: { id: string, title: string } } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string } };

export type HeaderQueryVariables = Exact<{
  withGroups: boolean;
  withConversations: boolean;
}>;


export type HeaderQuery = { unreadNotificationCount: number, groups?: Array<{ id: string, viewerRole: GroupRole | null }>, supportConversations?: Array<{ id: string }> };

export type SafetyResourcesQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type SafetyResourcesQuery = { safetyResources: Array<{ name: string, contact: string, description: string }> };

export type SafetyResourcesForEditingQueryVariables = Exact<{ [key: string]: never; }>;


export type SafetyResourcesForEditingQuery = { safetyResources: Array<{ id: string, name: string, contact: string, descriptionId: string, descriptionEn: string, position: number }> };

export type CreateSafetyResourceMutationVariables = Exact<{
  input: SafetyResourceInput;
}>;


export type CreateSafetyResourceMutation = { createSafetyResource: { id: string } };

export type UpdateSafetyResourceMutationVariables = Exact<{
  id: string;
  input: SafetyResourceInput;
}>;


export type UpdateSafetyResourceMutation = { updateSafetyResource: { id: string } };

export type DeleteSafetyResourceMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSafetyResourceMutation = { deleteSafetyResource: boolean };

export type ConversationSummaryFragment = { id: string, caseId: string | null, createdAt: string, lastMessageAt: string, unreadCount: number, professional: { id: string, displayName: string }, member: { id: string, displayName: string } };

export type SupportConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportConversationsQuery = { supportConversations: Array<{ id: string, caseId: string | null, createdAt: string, lastMessageAt: string, unreadCount: number, professional: { id: string, displayName: string }, member: { id: string, displayName: string } }> };

export type SupportConversationQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SupportConversationQuery = { supportConversation: { id: string, caseId: string | null, createdAt: string, lastMessageAt: string, unreadCount: number, messages: { nodes: Array<{ id: string, body: string, createdAt: string, mine: boolean, sender: { displayName: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, professional: { id: string, displayName: string }, member: { id: string, displayName: string } } | null };

export type OpenSupportConversationMutationVariables = Exact<{
  caseId: string;
  message: string;
}>;


export type OpenSupportConversationMutation = { openSupportConversation: { id: string } };

export type SendSupportMessageMutationVariables = Exact<{
  conversationId: string;
  body: string;
}>;


export type SendSupportMessageMutation = { sendSupportMessage: { id: string } };

export type MarkSupportConversationReadMutationVariables = Exact<{
  conversationId: string;
}>;


export type MarkSupportConversationReadMutation = { markSupportConversationRead: { id: string, unreadCount: number } };

export type OnDutyQueryVariables = Exact<{ [key: string]: never; }>;


export type OnDutyQuery = { me: { id: string, onDuty: boolean | null } | null };

export type SetOnDutyMutationVariables = Exact<{
  onDuty: boolean;
}>;


export type SetOnDutyMutation = { setOnDuty: { id: string, onDuty: boolean | null } };

export type SupportMessageAddedSubscriptionVariables = Exact<{
  conversationId: string;
}>;


export type SupportMessageAddedSubscription = { supportMessageAdded: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFragmentDoc = new TypedDocumentString(`
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}
    `, {"fragmentName":"Viewer"}) as unknown as TypedDocumentString<ViewerFragment, unknown>;
export const PostViewFragmentDoc = new TypedDocumentString(`
    fragment PostView on Post {
  id
  body
  bodyHtml
  contentWarning
  visibility
  holdReason
  createdAt
  editedAt
  viewerIsAuthor
  author {
    displayName
    anonymous
  }
  reactions {
    kind
    count
    viewerReacted
  }
}
    `, {"fragmentName":"PostView"}) as unknown as TypedDocumentString<PostViewFragment, unknown>;
export const PostResultViewFragmentDoc = new TypedDocumentString(`
    fragment PostResultView on PostResult {
  held
  post {
    id
    thread {
      id
    }
  }
  safetyResources {
    name
    contact
    description
  }
}
    `, {"fragmentName":"PostResultView"}) as unknown as TypedDocumentString<PostResultViewFragment, unknown>;
export const GroupSummaryFragmentDoc = new TypedDocumentString(`
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  memberCount
  visibility
  archived
  viewerRole
  viewerCanRead
  facilitators {
    displayName
  }
}
    `, {"fragmentName":"GroupSummary"}) as unknown as TypedDocumentString<GroupSummaryFragment, unknown>;
export const ThreadSummaryFragmentDoc = new TypedDocumentString(`
    fragment ThreadSummary on Thread {
  id
  title
  createdAt
  lastActivityAt
  locked
  pinned
  replyCount
  viewerIsAuthor
  author {
    displayName
    anonymous
  }
}
    `, {"fragmentName":"ThreadSummary"}) as unknown as TypedDocumentString<ThreadSummaryFragment, unknown>;
export const CaseSummaryFragmentDoc = new TypedDocumentString(`
    fragment CaseSummary on ModerationCase {
  id
  kind
  queue
  severity
  status
  categories
  createdAt
  dueAt
  escalationLevel
  assignee {
    displayName
  }
  group {
    slug
    name
  }
  post {
    id
    bodyHtml
    contentWarning
    visibility
    thread {
      id
      title
    }
  }
}
    `, {"fragmentName":"CaseSummary"}) as unknown as TypedDocumentString<CaseSummaryFragment, unknown>;
export const NotificationViewFragmentDoc = new TypedDocumentString(`
    fragment NotificationView on Notification {
  id
  kind
  createdAt
  read
  caseId
  conversationId
  post {
    id
    author {
      displayName
      anonymous
    }
    thread {
      id
      title
    }
  }
}
    `, {"fragmentName":"NotificationView"}) as unknown as TypedDocumentString<NotificationViewFragment, unknown>;
export const ConversationSummaryFragmentDoc = new TypedDocumentString(`
    fragment ConversationSummary on SupportConversation {
  id
  caseId
  createdAt
  lastMessageAt
  unreadCount
  professional {
    id
    displayName
  }
  member {
    id
    displayName
  }
}
    `, {"fragmentName":"ConversationSummary"}) as unknown as TypedDocumentString<ConversationSummaryFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    token
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}`) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ThreadDocument = new TypedDocumentString(`
    query Thread($id: ID!, $first: Int!, $after: String) {
  thread(id: $id) {
    ...ThreadSummary
    group {
      id
      slug
      name
      viewerRole
      archived
    }
    posts(first: $first, after: $after) {
      nodes {
        ...PostView
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment PostView on Post {
  id
  body
  bodyHtml
  contentWarning
  visibility
  holdReason
  createdAt
  editedAt
  viewerIsAuthor
  author {
    displayName
    anonymous
  }
  reactions {
    kind
    count
    viewerReacted
  }
}
fragment ThreadSummary on Thread {
  id
  title
  createdAt
  lastActivityAt
  locked
  pinned
  replyCount
  viewerIsAuthor
  author {
    displayName
    anonymous
  }
}`) as unknown as TypedDocumentString<ThreadQuery, ThreadQueryVariables>;
export const ThreadPostIdsDocument = new TypedDocumentString(`
    query ThreadPostIds($id: ID!, $first: Int!, $after: String) {
  thread(id: $id) {
    id
    posts(first: $first, after: $after) {
      nodes {
        id
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadPostIdsQuery, ThreadPostIdsQueryVariables>;
export const CreateThreadDocument = new TypedDocumentString(`
    mutation CreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    ...PostResultView
  }
}
    fragment PostResultView on PostResult {
  held
  post {
    id
    thread {
      id
    }
  }
  safetyResources {
    name
    contact
    description
  }
}`) as unknown as TypedDocumentString<CreateThreadMutation, CreateThreadMutationVariables>;
export const CreatePostDocument = new TypedDocumentString(`
    mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    ...PostResultView
  }
}
    fragment PostResultView on PostResult {
  held
  post {
    id
    thread {
      id
    }
  }
  safetyResources {
    name
    contact
    description
  }
}`) as unknown as TypedDocumentString<CreatePostMutation, CreatePostMutationVariables>;
export const EditPostDocument = new TypedDocumentString(`
    mutation EditPost($input: EditPostInput!) {
  editPost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditPostMutation, EditPostMutationVariables>;
export const DeletePostDocument = new TypedDocumentString(`
    mutation DeletePost($postId: ID!) {
  deletePost(postId: $postId)
}
    `) as unknown as TypedDocumentString<DeletePostMutation, DeletePostMutationVariables>;
export const SetReactionDocument = new TypedDocumentString(`
    mutation SetReaction($postId: ID!, $kind: ReactionKind!, $active: Boolean!) {
  setReaction(postId: $postId, kind: $kind, active: $active) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetReactionMutation, SetReactionMutationVariables>;
export const SetThreadLockedDocument = new TypedDocumentString(`
    mutation SetThreadLocked($threadId: ID!, $locked: Boolean!) {
  setThreadLocked(threadId: $threadId, locked: $locked) {
    id
    locked
  }
}
    `) as unknown as TypedDocumentString<SetThreadLockedMutation, SetThreadLockedMutationVariables>;
export const SetThreadPinnedDocument = new TypedDocumentString(`
    mutation SetThreadPinned($threadId: ID!, $pinned: Boolean!) {
  setThreadPinned(threadId: $threadId, pinned: $pinned) {
    id
    pinned
  }
}
    `) as unknown as TypedDocumentString<SetThreadPinnedMutation, SetThreadPinnedMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int!, $after: String) {
  search(query: $query, first: $first, after: $after) {
    nodes {
      id
      bodyHtml
      contentWarning
      visibility
      createdAt
      viewerIsAuthor
      author {
        displayName
        anonymous
      }
      thread {
        id
        title
        group {
          slug
          name
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const PostAddedDocument = new TypedDocumentString(`
    subscription PostAdded($threadId: ID!) {
  postAdded(threadId: $threadId) {
    ...PostView
  }
}
    fragment PostView on Post {
  id
  body
  bodyHtml
  contentWarning
  visibility
  holdReason
  createdAt
  editedAt
  viewerIsAuthor
  author {
    displayName
    anonymous
  }
  reactions {
    kind
    count
    viewerReacted
  }
}`) as unknown as TypedDocumentString<PostAddedSubscription, PostAddedSubscriptionVariables>;
export const GroupsDocument = new TypedDocumentString(`
    query Groups {
  groups {
    ...GroupSummary
  }
}
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  memberCount
  visibility
  archived
  viewerRole
  viewerCanRead
  facilitators {
    displayName
  }
}`) as unknown as TypedDocumentString<GroupsQuery, GroupsQueryVariables>;
export const GroupDocument = new TypedDocumentString(`
    query Group($slug: String!, $first: Int!, $after: String) {
  group(slug: $slug) {
    ...GroupSummary
    threads(first: $first, after: $after) {
      nodes {
        ...ThreadSummary
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  memberCount
  visibility
  archived
  viewerRole
  viewerCanRead
  facilitators {
    displayName
  }
}
fragment ThreadSummary on Thread {
  id
  title
  createdAt
  lastActivityAt
  locked
  pinned
  replyCount
  viewerIsAuthor
  author {
    displayName
    anonymous
  }
}`) as unknown as TypedDocumentString<GroupQuery, GroupQueryVariables>;
export const JoinGroupDocument = new TypedDocumentString(`
    mutation JoinGroup($groupId: ID!) {
  joinGroup(groupId: $groupId) {
    id
    slug
    viewerRole
  }
}
    `) as unknown as TypedDocumentString<JoinGroupMutation, JoinGroupMutationVariables>;
export const LeaveGroupDocument = new TypedDocumentString(`
    mutation LeaveGroup($groupId: ID!) {
  leaveGroup(groupId: $groupId) {
    id
    slug
    viewerRole
  }
}
    `) as unknown as TypedDocumentString<LeaveGroupMutation, LeaveGroupMutationVariables>;
export const FlagPostDocument = new TypedDocumentString(`
    mutation FlagPost($postId: ID!, $reason: FlagReason!, $note: String) {
  flagPost(postId: $postId, reason: $reason, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlagPostMutation, FlagPostMutationVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($queue: QueueKind!, $status: CaseStatus, $first: Int!, $after: String) {
  moderationQueue(queue: $queue, status: $status, first: $first, after: $after) {
    nodes {
      ...CaseSummary
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment CaseSummary on ModerationCase {
  id
  kind
  queue
  severity
  status
  categories
  createdAt
  dueAt
  escalationLevel
  assignee {
    displayName
  }
  group {
    slug
    name
  }
  post {
    id
    bodyHtml
    contentWarning
    visibility
    thread {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const CaseDocument = new TypedDocumentString(`
    query Case($id: ID!, $withAuthor: Boolean!) {
  case(id: $id) {
    ...CaseSummary
    resolution
    resolvedAt
    assignee {
      id
      displayName
    }
    post {
      id
      bodyHtml
      contentWarning
      visibility
      createdAt
      editedAt
      author {
        displayName
        anonymous
      }
      thread {
        id
        title
        locked
      }
    }
    postAuthor @include(if: $withAuthor) {
      id
      displayName
    }
    flags {
      id
      reason
      note
      createdAt
    }
    notes {
      id
      body
      createdAt
    }
    history {
      id
      action
      actor {
        displayName
      }
      detail
      createdAt
    }
  }
}
    fragment CaseSummary on ModerationCase {
  id
  kind
  queue
  severity
  status
  categories
  createdAt
  dueAt
  escalationLevel
  assignee {
    displayName
  }
  group {
    slug
    name
  }
  post {
    id
    bodyHtml
    contentWarning
    visibility
    thread {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<CaseQuery, CaseQueryVariables>;
export const ClaimCaseDocument = new TypedDocumentString(`
    mutation ClaimCase($caseId: ID!) {
  claimCase(caseId: $caseId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ClaimCaseMutation, ClaimCaseMutationVariables>;
export const EscalateCaseDocument = new TypedDocumentString(`
    mutation EscalateCase($caseId: ID!, $note: String) {
  escalateCase(caseId: $caseId, note: $note) {
    id
    queue
  }
}
    `) as unknown as TypedDocumentString<EscalateCaseMutation, EscalateCaseMutationVariables>;
export const ResolveCaseDocument = new TypedDocumentString(`
    mutation ResolveCase($caseId: ID!, $resolution: Resolution!, $note: String, $lockThread: Boolean) {
  resolveCase(
    caseId: $caseId
    resolution: $resolution
    note: $note
    lockThread: $lockThread
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveCaseMutation, ResolveCaseMutationVariables>;
export const AddCaseNoteDocument = new TypedDocumentString(`
    mutation AddCaseNote($caseId: ID!, $body: String!) {
  addCaseNote(caseId: $caseId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $caseId: ID) {
  auditLog(first: $first, after: $after, caseId: $caseId) {
    nodes {
      id
      action
      actor {
        displayName
      }
      caseId
      postId
      subjectUserId
      detail
      createdAt
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const CaseQueuedDocument = new TypedDocumentString(`
    subscription CaseQueued($queue: QueueKind!) {
  caseQueued(queue: $queue) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseQueuedSubscription, CaseQueuedSubscriptionVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int!, $after: String) {
  notifications(first: $first, after: $after) {
    nodes {
      ...NotificationView
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment NotificationView on Notification {
  id
  kind
  createdAt
  read
  caseId
  conversationId
  post {
    id
    author {
      displayName
      anonymous
    }
    thread {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const HeaderDocument = new TypedDocumentString(`
    query Header($withGroups: Boolean!, $withConversations: Boolean!) {
  unreadNotificationCount
  groups @include(if: $withGroups) {
    id
    viewerRole
  }
  supportConversations @include(if: $withConversations) {
    id
  }
}
    `) as unknown as TypedDocumentString<HeaderQuery, HeaderQueryVariables>;
export const SafetyResourcesDocument = new TypedDocumentString(`
    query SafetyResources($locale: String) {
  safetyResources(locale: $locale) {
    name
    contact
    description
  }
}
    `) as unknown as TypedDocumentString<SafetyResourcesQuery, SafetyResourcesQueryVariables>;
export const SafetyResourcesForEditingDocument = new TypedDocumentString(`
    query SafetyResourcesForEditing {
  safetyResources {
    id
    name
    contact
    descriptionId
    descriptionEn
    position
  }
}
    `) as unknown as TypedDocumentString<SafetyResourcesForEditingQuery, SafetyResourcesForEditingQueryVariables>;
export const CreateSafetyResourceDocument = new TypedDocumentString(`
    mutation CreateSafetyResource($input: SafetyResourceInput!) {
  createSafetyResource(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSafetyResourceMutation, CreateSafetyResourceMutationVariables>;
export const UpdateSafetyResourceDocument = new TypedDocumentString(`
    mutation UpdateSafetyResource($id: ID!, $input: SafetyResourceInput!) {
  updateSafetyResource(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateSafetyResourceMutation, UpdateSafetyResourceMutationVariables>;
export const DeleteSafetyResourceDocument = new TypedDocumentString(`
    mutation DeleteSafetyResource($id: ID!) {
  deleteSafetyResource(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSafetyResourceMutation, DeleteSafetyResourceMutationVariables>;
export const SupportConversationsDocument = new TypedDocumentString(`
    query SupportConversations {
  supportConversations {
    ...ConversationSummary
  }
}
    fragment ConversationSummary on SupportConversation {
  id
  caseId
  createdAt
  lastMessageAt
  unreadCount
  professional {
    id
    displayName
  }
  member {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SupportConversationsQuery, SupportConversationsQueryVariables>;
export const SupportConversationDocument = new TypedDocumentString(`
    query SupportConversation($id: ID!, $first: Int!, $after: String) {
  supportConversation(id: $id) {
    ...ConversationSummary
    messages(first: $first, after: $after) {
      nodes {
        id
        body
        createdAt
        mine
        sender {
          displayName
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment ConversationSummary on SupportConversation {
  id
  caseId
  createdAt
  lastMessageAt
  unreadCount
  professional {
    id
    displayName
  }
  member {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SupportConversationQuery, SupportConversationQueryVariables>;
export const OpenSupportConversationDocument = new TypedDocumentString(`
    mutation OpenSupportConversation($caseId: ID!, $message: String!) {
  openSupportConversation(caseId: $caseId, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenSupportConversationMutation, OpenSupportConversationMutationVariables>;
export const SendSupportMessageDocument = new TypedDocumentString(`
    mutation SendSupportMessage($conversationId: ID!, $body: String!) {
  sendSupportMessage(conversationId: $conversationId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendSupportMessageMutation, SendSupportMessageMutationVariables>;
export const MarkSupportConversationReadDocument = new TypedDocumentString(`
    mutation MarkSupportConversationRead($conversationId: ID!) {
  markSupportConversationRead(conversationId: $conversationId) {
    id
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkSupportConversationReadMutation, MarkSupportConversationReadMutationVariables>;
export const OnDutyDocument = new TypedDocumentString(`
    query OnDuty {
  me {
    id
    onDuty
  }
}
    `) as unknown as TypedDocumentString<OnDutyQuery, OnDutyQueryVariables>;
export const SetOnDutyDocument = new TypedDocumentString(`
    mutation SetOnDuty($onDuty: Boolean!) {
  setOnDuty(onDuty: $onDuty) {
    id
    onDuty
  }
}
    `) as unknown as TypedDocumentString<SetOnDutyMutation, SetOnDutyMutationVariables>;
export const SupportMessageAddedDocument = new TypedDocumentString(`
    subscription SupportMessageAdded($conversationId: ID!) {
  supportMessageAdded(conversationId: $conversationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportMessageAddedSubscription, SupportMessageAddedSubscriptionVariables>;