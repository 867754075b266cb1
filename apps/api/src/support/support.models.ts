import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../platform/graphql/page-info.model.js';

/** Resolved from ConversationRow; the people, the case, the unread count and the messages come from SupportConversationResolver. */
@ObjectType('SupportConversation', {
  description: 'A private conversation between a professional and the author of a case’s post.',
})
export class SupportConversationModel {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'Time of the newest message.' })
  lastMessageAt: Date;
}

/** Resolved from MessageRow; sender and mine come from SupportMessageResolver. */
@ObjectType('SupportMessage')
export class SupportMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType('SupportMessageConnection')
export class SupportMessageConnectionModel {
  @Field(() => [SupportMessageModel])
  nodes: SupportMessageModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
}
