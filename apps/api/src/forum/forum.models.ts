import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../platform/graphql/enum-of.js';
import { PageInfoModel } from '../platform/graphql/page-info.model.js';
import { SafetyResourceModel } from '../safety/safety-resource.model.js';
import { POST_HOLD_REASONS } from './post-hold.js';
import { POST_VISIBILITIES, type PostVisibility } from './post.entity.js';
import { REACTION_KINDS, type ReactionKind } from './reaction.entity.js';

export const PostVisibilityEnum = enumOf(POST_VISIBILITIES);
registerEnumType(PostVisibilityEnum, {
  name: 'PostVisibility',
  description: 'HELD and HIDDEN posts are shown only to their author and to those who moderate them.',
});

export const PostHoldReasonEnum = enumOf(POST_HOLD_REASONS);
registerEnumType(PostHoldReasonEnum, {
  name: 'PostHoldReason',
  description: 'Why a post is held or hidden, as its author is told.',
  valuesMap: {
    SAFETY: {
      description:
        'Held because it suggests a crisis: the author sees the safety resources; a counsellor reaches out.',
    },
    PERSONAL_DATA: {
      description: 'Held because it shares personal data; it waits for a moderator’s review.',
    },
    REVIEW: {
      description: 'Hidden by moderators: flagged by several readers, or reviewed and not released.',
    },
  },
});

export const ReactionKindEnum = enumOf(REACTION_KINDS);
registerEnumType(ReactionKindEnum, {
  name: 'ReactionKind',
  description: 'Supportive reactions, one of each per person.',
});

@ObjectType('Author', { description: 'Who wrote a post, as the viewer may know it.' })
export class AuthorModel {
  @Field({ description: 'The display name, or the per-thread pseudonym of an anonymous author.' })
  displayName: string;

  @Field()
  anonymous: boolean;
}

/** Resolved from ThreadRow; related fields come from ThreadResolver. */
@ObjectType('Thread')
export class ThreadModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'When the newest post everyone can see was written.' })
  lastActivityAt: Date;

  @Field()
  locked: boolean;

  @Field()
  pinned: boolean;
}

@ObjectType('ReactionCount')
export class ReactionCountModel {
  @Field(() => ReactionKindEnum)
  kind: ReactionKind;

  @Field(() => Int)
  count: number;

  @Field({ description: 'Whether the viewer gave this reaction.' })
  viewerReacted: boolean;
}

/** Resolved from PostRow; related fields come from PostResolver. */
@ObjectType('Post')
export class PostModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The markdown as written.' })
  body: string;

  @Field({ description: 'Sanitised HTML rendered from the markdown.' })
  bodyHtml: string;

  @Field(() => String, {
    nullable: true,
    description: 'When set, clients show the body only after the reader opens it.',
  })
  contentWarning: string | null;

  @Field(() => PostVisibilityEnum)
  visibility: PostVisibility;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;
}

@ObjectType('ThreadConnection')
export class ThreadConnectionModel {
  @Field(() => [ThreadModel])
  nodes: ThreadModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
}

@ObjectType('PostConnection')
export class PostConnectionModel {
  @Field(() => [PostModel])
  nodes: PostModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
}

@ObjectType('PostResult')
export class PostResultModel {
  @Field(() => PostModel)
  post: PostModel;

  @Field({ description: 'True when the post waits for review and others cannot see it yet.' })
  held: boolean;

  @Field(() => [SafetyResourceModel], { description: 'Shown at once to an author whose post suggests risk.' })
  safetyResources: SafetyResourceModel[];
}

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  groupId: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown.' })
  body: string;

  @Field(() => Boolean, { nullable: true })
  anonymous?: boolean | null;

  @Field(() => String, { nullable: true })
  contentWarning?: string | null;
}

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  threadId: string;

  @Field({ description: 'Markdown.' })
  body: string;

  @Field(() => Boolean, { nullable: true })
  anonymous?: boolean | null;

  @Field(() => String, { nullable: true })
  contentWarning?: string | null;

  @Field(() => ID, { nullable: true, description: 'The post this one answers; its author is notified.' })
  replyToPostId?: string | null;
}

@InputType()
export class EditPostInput {
  @Field(() => ID)
  postId: string;

  @Field({ description: 'Markdown.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Null or empty removes the warning.' })
  contentWarning?: string | null;
}
