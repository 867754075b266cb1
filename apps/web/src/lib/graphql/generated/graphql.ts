/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** HELD and HIDDEN posts are shown only to their author and to those who moderate them. */
export type PostVisibility =
  | 'HELD'
  | 'HIDDEN'
  | 'VISIBLE';

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

/** Global roles. Everyone is a MEMBER. */
export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'PROFESSIONAL';

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

export type PostViewFragment = { id: string, body: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, createdAt: string, editedAt: string | null, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean }, reactions: Array<{ kind: ReactionKind, count: number, viewerReacted: boolean }> };

export type PostResultViewFragment = { held: boolean, post: { id: string, thread: { id: string } }, safetyResources: Array<{ name: string, contact: string, description: string }> };

export type ThreadQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ThreadQuery = { thread: { id: string, title: string, createdAt: string, lastActivityAt: string, locked: boolean, pinned: boolean, replyCount: number, viewerIsAuthor: boolean, group: { id: string, slug: string, name: string, viewerRole: GroupRole | null, archived: boolean }, posts: { nodes: Array<{ id: string, body: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, createdAt: string, editedAt: string | null, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean }, reactions: Array<{ kind: ReactionKind, count: number, viewerReacted: boolean }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, author: { displayName: string, anonymous: boolean } } | null };

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


export type PostAddedSubscription = { postAdded: { id: string, body: string, bodyHtml: string, contentWarning: string | null, visibility: PostVisibility, createdAt: string, editedAt: string | null, viewerIsAuthor: boolean, author: { displayName: string, anonymous: boolean }, reactions: Array<{ kind: ReactionKind, count: number, viewerReacted: boolean }> } };

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

export type NotificationViewFragment = { id: string, kind: NotificationKind, createdAt: string, read: boolean, post: { id: string, author: { displayName: string, anonymous: boolean }, thread: { id: string, title: string } } | null };

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, createdAt: string, read: boolean, post: { id: string, author: { displayName: string, anonymous: boolean }, thread: { id: string, title: string } } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string } };

export type SafetyResourcesQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type SafetyResourcesQuery = { safetyResources: Array<{ name: string, contact: string, description: string }> };

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
export const NotificationViewFragmentDoc = new TypedDocumentString(`
    fragment NotificationView on Notification {
  id
  kind
  createdAt
  read
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
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
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
export const SafetyResourcesDocument = new TypedDocumentString(`
    query SafetyResources($locale: String) {
  safetyResources(locale: $locale) {
    name
    contact
    description
  }
}
    `) as unknown as TypedDocumentString<SafetyResourcesQuery, SafetyResourcesQueryVariables>;