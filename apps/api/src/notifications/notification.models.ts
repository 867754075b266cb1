import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../platform/graphql/enum-of.js';
import { PageInfoModel } from '../platform/graphql/page-info.model.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification.entity.js';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

/** Resolved from NotificationRow; `post` and `read` come from NotificationResolver. */
@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => ID, { nullable: true, description: 'The case an escalation notice is about (staff only).' })
  caseId: string | null;

  @Field(() => ID, { nullable: true, description: 'The support conversation a message notice is about.' })
  conversationId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionModel {
  @Field(() => [NotificationModel])
  nodes: NotificationModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
}
